// Move symbols (lintas fungsi) or boxes (relasi) — one drag is one undo step. A symbol whose centre lands in
// another lane re-binds to that lane; dropped outside every lane it keeps its lane.
import { laneAt, nodeCenter, type Point } from '../model';
import { defineCommand } from './command';
import { baseOf, checkedPoint, samePoint } from './guards';
import { draftMap, mapTitle, requireMapOf } from './mapGuards';
import { CommandError } from './command';

export interface MoveNodesArgs {
  mapId: string;
  moves: { id: string; to: Point }[];
}

export const moveNodes = defineCommand<MoveNodesArgs>({
  id: 'node.move',
  label: ({ mapId, moves }, doc) =>
    // a relasi drag also pins the boxes never placed: count nothing, name the map
    doc.maps[mapId]?.kind === 'relasi'
      ? `Pindahkan kotak pada peta «${mapTitle(doc, mapId)}»`
      : moves.length === 1
        ? `Pindahkan simbol pada peta «${mapTitle(doc, mapId)}»`
        : `Pindahkan ${moves.length} simbol`,
  recipe: (draft, { mapId, moves }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    const items: { id: string; placement: Point | null }[] = map.kind === 'relasi' ? map.boxes : map.nodes;
    const at = new Map(items.map((x, i) => [x.id, i]));
    for (const { id, to } of moves) {
      const i = at.get(id);
      if (i === undefined) throw new CommandError(`Simbol dengan id «${id}» tidak ditemukan pada peta ini.`);
      const point = checkedPoint(to);
      if (map.kind === 'relasi') {
        if (!samePoint(map.boxes[i].placement, point)) draftMap(draft, mapId, 'relasi').boxes[i].placement = point;
        continue;
      }
      const node = map.nodes[i];
      const lane = laneAt(map, nodeCenter(node, point)!);
      const dn = draftMap(draft, mapId, 'lintas-fungsi').nodes[i];
      if (!samePoint(node.placement, point)) dn.placement = point;
      if (lane && lane.id !== node.laneId) dn.laneId = lane.id;
    }
  },
});
