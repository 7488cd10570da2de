// Re-attach a position under another superior (drag a box onto an official, or "Lepaskan dari atasan").
// Hard refusals only for what can never be reviewed meaningfully: a cycle (KED-04) and a line across Perangkat
// Daerah (KED-10). Everything else the user may draw, and the linter reports it.
// Cost: O(depth of the superior chain + depth of the unit tree); no index is built and only the moved record
// is drafted, so immer shares everything else with the previous document.
import type { Point } from '../model';
import { defineCommand } from './command';
import { baseOf, checkedPoint, checkSuperior, positionName, requirePosition, samePoint } from './guards';

export interface MovePositionArgs {
  id: string;
  superiorId: string | null;
  /** undefined keeps the box where it is; null clears the placement (the box joins its superior's stack) */
  placement?: Point | null;
}

export const movePosition = defineCommand<MovePositionArgs>({
  id: 'position.move',
  label: ({ id, superiorId }, doc) =>
    superiorId === null
      ? `Lepaskan «${positionName(doc, id)}» dari atasannya`
      : `Pindahkan «${positionName(doc, id)}» ke bawah «${positionName(doc, superiorId)}»`,
  recipe: (draft, { id, superiorId, placement }) => {
    const doc = baseOf(draft);
    const current = requirePosition(doc, id);
    const nextPlacement = placement === undefined || placement === null ? placement : checkedPoint(placement);
    if (superiorId !== current.superiorId) checkSuperior(doc, current, superiorId);
    const superiorChanges = superiorId !== current.superiorId;
    const placementChanges = nextPlacement !== undefined && !samePoint(current.placement, nextPlacement);
    if (!superiorChanges && !placementChanges) return;
    const target = draft.positions[id];
    if (superiorChanges) target.superiorId = superiorId;
    if (placementChanges && nextPlacement !== undefined) target.placement = nextPlacement;
  },
});
