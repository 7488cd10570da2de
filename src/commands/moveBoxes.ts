// One drag of several boxes is one command, hence one undo step.
import type { Point } from '../model';
import { defineCommand } from './command';
import { baseOf, checkedPoint, positionName, requirePosition, samePoint } from './guards';

export interface MoveBoxesArgs {
  moves: { id: string; placement: Point }[];
}

export const moveBoxes = defineCommand<MoveBoxesArgs>({
  id: 'position.place',
  label: ({ moves }, doc) =>
    moves.length === 1 ? `Geser kotak «${positionName(doc, moves[0].id)}»` : `Geser ${moves.length} kotak`,
  recipe: (draft, { moves }) => {
    const doc = baseOf(draft);
    // Check everything first so a refused drag leaves no half-applied moves behind.
    const checked = moves.map((m) => ({ current: requirePosition(doc, m.id), placement: checkedPoint(m.placement) }));
    for (const { current, placement } of checked) {
      if (!samePoint(current.placement, placement)) draft.positions[current.id].placement = placement;
    }
  },
});
