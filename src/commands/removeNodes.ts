// Remove symbols (lintas fungsi) or boxes (relasi) together with the arrows that touch them.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, requireIds, requireMapOf } from './mapGuards';

export interface RemoveNodesArgs {
  mapId: string;
  ids: string[];
}

export const removeNodes = defineCommand<RemoveNodesArgs>({
  id: 'node.remove',
  label: ({ mapId, ids }, doc) => {
    const what = doc.maps[mapId]?.kind === 'relasi' ? 'kotak' : 'simbol';
    return ids.length === 1 ? `Hapus ${what}` : `Hapus ${ids.length} ${what}`;
  },
  recipe: (draft, { mapId, ids }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    if (ids.length === 0) return;
    if (map.kind === 'relasi') {
      const gone = requireIds(map.boxes, ids, 'Kotak');
      const dm = draftMap(draft, mapId, 'relasi');
      dm.boxes = map.boxes.filter((b) => !gone.has(b.id));
      if (map.arrows.some((a) => gone.has(a.source) || gone.has(a.target))) {
        dm.arrows = map.arrows.filter((a) => !gone.has(a.source) && !gone.has(a.target));
      }
      return;
    }
    const gone = requireIds(map.nodes, ids, 'Simbol');
    const dm = draftMap(draft, mapId, 'lintas-fungsi');
    dm.nodes = map.nodes.filter((n) => !gone.has(n.id));
    if (map.arrows.some((a) => gone.has(a.source) || gone.has(a.target))) {
      dm.arrows = map.arrows.filter((a) => !gone.has(a.source) && !gone.has(a.target));
    }
  },
});
