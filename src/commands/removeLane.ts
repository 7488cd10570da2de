// Remove a lane. Symbols standing in it move to another lane (moveNodesTo) or go with it (deleteNodes, with
// their arrows); with neither the command refuses while the lane still holds symbols, so no activity is left
// outside every lane by accident. Moved symbols are placed in the target lane at the same point of the flow.
import { laneSpans } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RemoveLaneArgs {
  mapId: string;
  laneId: string;
  moveNodesTo?: string;
  /** delete the symbols standing in the lane and the arrows touching them */
  deleteNodes?: boolean;
}

export const removeLane = defineCommand<RemoveLaneArgs>({
  id: 'lane.remove',
  label: ({ mapId, laneId, deleteNodes }, doc) => {
    const m = doc.maps[mapId];
    const l = m?.kind === 'lintas-fungsi' ? m.lanes.find((x) => x.id === laneId) : undefined;
    const held = m?.kind === 'lintas-fungsi' ? m.nodes.filter((n) => n.laneId === laneId).length : 0;
    return `Hapus lajur «${l?.label || laneId}»${deleteNodes && held > 0 ? ` beserta ${held} simbol` : ''}`;
  },
  recipe: (draft, { mapId, laneId, moveNodesTo, deleteNodes }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi');
    const i = indexOfId(map.lanes, laneId, 'Lajur');
    const inLane = map.nodes.flatMap((n, j) => (n.laneId === laneId ? [j] : []));
    if (inLane.length > 0 && deleteNodes) {
      const gone = new Set(inLane.map((j) => map.nodes[j].id));
      const dm = draftMap(draft, mapId, 'lintas-fungsi');
      dm.nodes = dm.nodes.filter((n) => !gone.has(n.id));
      dm.arrows = dm.arrows.filter((a) => !gone.has(a.source) && !gone.has(a.target));
      dm.lanes.splice(i, 1);
      return;
    }
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
    // the moved symbols keep their place along the flow and stand across the target lane as they stood in theirs
    const spans = laneSpans(map);
    const from = spans.find((s) => s.lane.id === laneId)!;
    const to = spans.find((s) => s.lane.id === moveNodesTo);
    const rows = map.orientation === 'rows';
    for (const j of inLane) {
      const n = dm.nodes[j];
      n.laneId = moveNodesTo!;
      if (to && n.placement) {
        const shift = to.start - from.start;
        n.placement = rows ? { x: n.placement.x, y: n.placement.y + shift } : { x: n.placement.x + shift, y: n.placement.y };
      }
    }
    dm.lanes.splice(i, 1);
    // after the lane is gone, the lanes behind it move up by its size: their symbols move with them
    const gap = from.end - from.start;
    for (const n of dm.nodes) {
      const s = spans.find((x) => x.lane.id === n.laneId);
      if (!n.placement || !s || s.start < from.end) continue;
      n.placement = rows ? { x: n.placement.x, y: n.placement.y - gap } : { x: n.placement.x - gap, y: n.placement.y };
    }
  },
});
