// Change the caption of one view of the presentation sequence (empty: the name of what it shows).
import { defineCommand } from './command';
import { baseOf } from './guards';
import { presentationSteps } from '../model/presentation';
import { presentationStepName, requireStepIndex } from './presentationGuards';

export interface RenamePresentationStepArgs {
  id: string;
  title: string;
}

export const renamePresentationStep = defineCommand<RenamePresentationStepArgs>({
  id: 'presentation.renameStep',
  label: ({ id }, doc) => `Ubah judul tampilan presentasi «${presentationStepName(doc, id)}»`,
  recipe: (draft, { id, title }) => {
    const doc = baseOf(draft);
    const index = requireStepIndex(doc, id);
    if (presentationSteps(doc)[index].title === title) return;
    draft.presentation!.steps[index].title = title;
  },
});
