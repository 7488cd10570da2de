// Remove a lane. Symbols standing in it move to another lane (moveNodesTo); without one the command refuses
// while the lane still holds symbols, so no activity is left outside every lane by accident.
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RemoveLaneArgs {
  mapId: string;
  laneId: string;
  moveNodesTo?: string;
}

export const removeLane = defineCommand<RemoveLaneArgs>({
  id: 'lane.remove',
  label: ({ mapId, laneId }, doc) => {
    const m = doc.maps[mapId];
    const l = m?.kind === 'lintas-fungsi' ? m.lanes.find((x) => x.id === laneId) : undefined;
    return `Hapus lajur «${l?.label || laneId}»`;
  },
  recipe: (draft, { mapId, laneId, moveNodesTo }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi');
    const i = indexOfId(map.lanes, laneId, 'Lajur');
    const inLane = map.nodes.flatMap((n, j) => (n.laneId === laneId ? [j] : []));
    if (inLane.length > 0) {
      if (moveNodesTo === undefined) {
        throw new CommandError(
          `Lajur «${map.lanes[i].label}» masih berisi ${inLane.length} simbol; pindahkan simbolnya ke lajur lain lebih dahulu.`,
        );
      }
      if (moveNodesTo === laneId) throw new CommandError('Simbol tidak dapat dipindahkan ke lajur yang dihapus.');
      indexOfId(map.lanes, moveNodesTo, 'Lajur tujuan');
    }
    const dm = draftMap(draft, mapId, 'lintas-fungsi');
    for (const j of inLane) dm.nodes[j].laneId = moveNodesTo!;
    dm.lanes.splice(i, 1);
  },
});
