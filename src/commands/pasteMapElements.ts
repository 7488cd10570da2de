// Paste what Salin / Potong kept from a map (model/mapClipboard) into a map of the same kind: fresh ids, the
// arrows among the pasted elements kept, every placement moved by `offset`. A pasted lintas fungsi symbol
// stands in the lane under its centre (as a dropped one does); an activity or decision that would stand outside
// every lane is refused, and so is the whole paste.
import { laneAt, MAP_KIND_LABELS, MapClipboardSchema, newId, nodeCenter, type LfNode, type MapClipboard, type Point, type RelasiBox } from '../model';
import { checkBoxRef } from './addNode';
import { CommandError, defineCommand } from './command';
import { baseOf, checkedPoint, parseOrRefuse } from './guards';
import { draftMap, requireMapOf } from './mapGuards';

export interface PasteMapElementsArgs {
  mapId: string;
  /** validated again here */
  clip: MapClipboard;
  offset: Point;
  /** new id for an element or arrow; newId() when absent */
  idFor?: (kind: 'node' | 'box' | 'arrow', oldId: string) => string;
}

const needsLane = (n: LfNode) => n.type === 'activity' || n.type === 'decision';
const moved = (p: Point | null, by: Point): Point => checkedPoint({ x: (p?.x ?? 0) + by.x, y: (p?.y ?? 0) + by.y });

export const pasteMapElements = defineCommand<PasteMapElementsArgs>({
  id: 'map.paste',
  label: ({ clip }) => (clip.kind === 'lintas-fungsi' ? `Tempel ${clip.nodes.length} simbol` : `Tempel ${clip.boxes.length} kotak relasi`),
  recipe: (draft, { mapId, clip: raw, offset, idFor }) => {
    const doc = baseOf(draft);
    const clip = parseOrRefuse(MapClipboardSchema, raw, 'Isi papan klip') as MapClipboard;
    const target = doc.maps[mapId];
    if (!target) throw new CommandError(`Peta dengan id «${mapId}» tidak ditemukan.`);
    if (target.kind !== clip.kind) {
      throw new CommandError(`Yang disalin berasal dari ${MAP_KIND_LABELS[clip.kind].toLowerCase()}; hanya dapat ditempel pada ${MAP_KIND_LABELS[clip.kind].toLowerCase()} lain.`);
    }
    const taken = new Set<string>();
    const fresh = (kind: 'node' | 'box' | 'arrow', old: string) => {
      const id = idFor?.(kind, old) ?? newId(kind === 'arrow' ? 'ar' : kind === 'node' ? 'nd' : 'bx');
      if (taken.has(id)) throw new CommandError(`ID «${id}» dipakai dua kali.`);
      taken.add(id);
      return id;
    };
    const ids = new Map<string, string>();
    if (clip.kind === 'lintas-fungsi') {
      const map = requireMapOf(doc, mapId, 'lintas-fungsi');
      const existing = new Set([...map.nodes.map((n) => n.id), ...map.arrows.map((a) => a.id)]);
      const nodes: LfNode[] = clip.nodes.map((n) => {
        const id = fresh('node', n.id);
        if (existing.has(id)) throw new CommandError(`ID «${id}» sudah dipakai pada peta ini.`);
        ids.set(n.id, id);
        const placement = moved(n.placement, offset);
        const under = laneAt(map, nodeCenter(n, placement)!);
        const laneId = under?.id ?? null;
        if (laneId === null && needsLane(n)) {
          throw new CommandError(`«${n.label || 'Simbol'}» akan berada di luar lajur pelaksana; tempel di dalam salah satu lajur.`);
        }
        return { ...n, id, placement, laneId };
      });
      const dm = draftMap(draft, mapId, 'lintas-fungsi');
      dm.nodes.push(...nodes);
      for (const a of clip.arrows) {
        const source = ids.get(a.source);
        const target = ids.get(a.target);
        if (source && target) dm.arrows.push({ ...a, id: fresh('arrow', a.id), source, target });
      }
      return;
    }
    const map = requireMapOf(doc, mapId, 'relasi');
    const existing = new Set([...map.boxes.map((b) => b.id), ...map.arrows.map((a) => a.id)]);
    const boxes: RelasiBox[] = clip.boxes.map((b) => {
      checkBoxRef(doc, b);
      const id = fresh('box', b.id);
      if (existing.has(id)) throw new CommandError(`ID «${id}» sudah dipakai pada peta ini.`);
      ids.set(b.id, id);
      return { ...b, id, placement: moved(b.placement, offset) };
    });
    const dm = draftMap(draft, mapId, 'relasi');
    dm.boxes.push(...boxes);
    for (const a of clip.arrows) {
      const source = ids.get(a.source);
      const target = ids.get(a.target);
      if (source && target) dm.arrows.push({ ...a, id: fresh('arrow', a.id), source, target });
    }
  },
});
