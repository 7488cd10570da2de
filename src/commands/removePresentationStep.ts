// Remove one view from the presentation sequence.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { presentationStepName, requireStepIndex } from './presentationGuards';

export interface RemovePresentationStepArgs {
  id: string;
}

export const removePresentationStep = defineCommand<RemovePresentationStepArgs>({
  id: 'presentation.removeStep',
  label: ({ id }, doc) => `Hapus tampilan presentasi «${presentationStepName(doc, id)}»`,
  recipe: (draft, { id }) => {
    const index = requireStepIndex(baseOf(draft), id);
    draft.presentation!.steps.splice(index, 1);
  },
});
