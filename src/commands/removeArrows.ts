// Remove arrows from a lintas fungsi or relasi map.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, requireIds, requireMapOf } from './mapGuards';

export interface RemoveArrowsArgs {
  mapId: string;
  ids: string[];
}

export const removeArrows = defineCommand<RemoveArrowsArgs>({
  id: 'arrow.remove',
  label: ({ ids }) => (ids.length === 1 ? 'Hapus panah' : `Hapus ${ids.length} panah`),
  recipe: (draft, { mapId, ids }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    if (ids.length === 0) return;
    if (map.kind === 'relasi') {
      const gone = requireIds(map.arrows, ids, 'Panah');
      draftMap(draft, mapId, 'relasi').arrows = map.arrows.filter((a) => !gone.has(a.id));
    } else {
      const gone = requireIds(map.arrows, ids, 'Panah');
      draftMap(draft, mapId, 'lintas-fungsi').arrows = map.arrows.filter((a) => !gone.has(a.id));
    }
  },
});
