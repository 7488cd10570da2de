// Apply "Rapikan" to a lintas fungsi or relasi map: new placements for symbols/boxes and, for lintas fungsi,
// new lane sizes (layout/lintasFungsi.ts computes both). One undo step.
import { defineCommand } from './command';
import { baseOf, checkedPoint, samePoint } from './guards';
import type { Point } from '../model';
import { CommandError } from './command';
import { draftMap, mapTitle, requireMapOf } from './mapGuards';

export interface ApplyMapLayoutArgs {
  mapId: string;
  placements: Record<string, Point>;
  laneSizes?: Record<string, number>;
}

export const applyMapLayout = defineCommand<ApplyMapLayoutArgs>({
  id: 'map.applyLayout',
  label: ({ mapId }, doc) => `Rapikan peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, placements, laneSizes = {} }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    const items: { id: string; placement: Point | null }[] = map.kind === 'relasi' ? map.boxes : map.nodes;
    const known = new Set(items.map((x) => x.id));
    for (const id of Object.keys(placements)) if (!known.has(id)) throw new CommandError(`Simbol dengan id «${id}» tidak ditemukan pada peta ini.`);
    items.forEach((x, i) => {
      const to = placements[x.id];
      if (!to) return;
      const point = checkedPoint(to);
      if (samePoint(x.placement, point)) return;
      if (map.kind === 'relasi') draftMap(draft, mapId, 'relasi').boxes[i].placement = point;
      else draftMap(draft, mapId, 'lintas-fungsi').nodes[i].placement = point;
    });
    if (map.kind !== 'lintas-fungsi') return;
    map.lanes.forEach((lane, i) => {
      const size = laneSizes[lane.id];
      if (size === undefined || size === lane.size) return;
      if (!Number.isFinite(size) || size < 40 || size > 4000) throw new CommandError(`Lebar lajur ${size} tidak sah (40–4000).`);
      draftMap(draft, mapId, 'lintas-fungsi').lanes[i].size = size;
    });
  },
});
