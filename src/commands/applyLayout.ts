// "Rapikan": the placements computed by the layout, applied as one undo step.
import type { Point } from '../model';
import { defineCommand } from './command';
import { baseOf, checkedPoint, samePoint } from './guards';

export interface ApplyLayoutArgs {
  placements: Record<string, Point>;
}

export const applyLayout = defineCommand<ApplyLayoutArgs>({
  id: 'layout.apply',
  label: () => 'Rapikan tata letak',
  recipe: (draft, { placements }) => {
    const doc = baseOf(draft);
    const checked: [string, Point][] = Object.entries(placements).map(([id, p]) => [id, checkedPoint(p)]);
    for (const [id, placement] of checked) {
      const current = doc.positions[id];
      // The layout runs in a worker; a position deleted meanwhile is simply skipped.
      if (!current) continue;
      if (!samePoint(current.placement, placement)) draft.positions[id].placement = placement;
    }
  },
});
