// Move one view of the presentation sequence to another place in it (reorder).
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { presentationSteps } from '../model/presentation';
import { presentationStepName, requireStepIndex } from './presentationGuards';

export interface MovePresentationStepArgs {
  id: string;
  /** 0-based place in the sequence after the move */
  toIndex: number;
}

export const movePresentationStep = defineCommand<MovePresentationStepArgs>({
  id: 'presentation.moveStep',
  label: ({ id, toIndex }, doc) => `Pindahkan tampilan presentasi «${presentationStepName(doc, id)}» ke urutan ${toIndex + 1}`,
  recipe: (draft, { id, toIndex }) => {
    const doc = baseOf(draft);
    const from = requireStepIndex(doc, id);
    const last = presentationSteps(doc).length - 1;
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > last) {
      throw new CommandError(`Urutan ${toIndex + 1} di luar daftar tampilan presentasi (1–${last + 1}).`);
    }
    if (from === toIndex) return;
    const steps = [...presentationSteps(doc)];
    const [moved] = steps.splice(from, 1);
    steps.splice(toIndex, 0, moved);
    draft.presentation!.steps = steps;
  },
});
