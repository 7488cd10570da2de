// Drag a box onto an official: the box becomes its subordinate and, unless the user keeps boxes where they drop
// them, moves with its subtree into a clear spot under the new superior — one undo step with the move.
import type { Point, Workspace } from '../model';
import { belowSuperior, clearSpotFor, freeSubtree, makeRoom, shiftGroup } from '../layout/placeClear';
import { execute, executeAll, type Executed } from './command';
import { moveBoxes } from './moveBoxes';
import { movePosition } from './movePosition';
import { positionName } from './guards';

export interface ReattachArgs {
  ids: string[];
  superiorId: string;
  /** "leave boxes where I drop them": the boxes take the placements they were dropped at, nothing else moves */
  leaveWhereDropped?: boolean;
  /** where each box was dropped (used with leaveWhereDropped) */
  dropped?: { id: string; placement: Point }[];
}

export function reattach(doc: Workspace, { ids, superiorId, leaveWhereDropped, dropped }: ReattachArgs): Executed {
  const label =
    ids.length === 1
      ? `Pindahkan «${positionName(doc, ids[0])}» ke bawah «${positionName(doc, superiorId)}»`
      : `Pindahkan ${ids.length} jabatan ke bawah «${positionName(doc, superiorId)}»`;
  const steps: ((d: Workspace) => Executed)[] = ids.map((id) => (d: Workspace) => execute(d, movePosition, { id, superiorId }));
  if (leaveWhereDropped) {
    const moves = (dropped ?? []).filter((m) => ids.includes(m.id));
    if (moves.length) steps.push((d) => execute(d, moveBoxes, { moves: moves.filter((m) => d.positions[m.id]?.placement !== null) }));
  } else {
    steps.push((d) => {
      const group = freeSubtree(d, ids);
      const start = belowSuperior(d, superiorId);
      if (!group.length || !start) return execute(d, moveBoxes, { moves: [] });
      const to = clearSpotFor(d, group, start);
      return execute(d, moveBoxes, { moves: [...shiftGroup(d, group, to)].map(([id, placement]) => ({ id, placement })) });
    });
    // the superior's stack may have grown into the boxes below it
    steps.push((d) => execute(d, moveBoxes, { moves: [...makeRoom(d, [superiorId, ...freeSubtree(d, ids)])].map(([id, placement]) => ({ id, placement })) }));
  }
  return executeAll(doc, label, steps);
}
