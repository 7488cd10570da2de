// Add a view to the presentation sequence (at the end, or before position `index`).
import type { z } from 'zod';
import { PresentationStepSchema } from '../model';
import { presentationSteps, stepTitle } from '../model/presentation';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkStepTarget } from './presentationGuards';

export interface AddPresentationStepArgs {
  /** fields with a default (title, rootId, region) may be left out */
  step: z.input<typeof PresentationStepSchema>;
  /** 0-based; omitted: after the last step */
  index?: number;
}

export const addPresentationStep = defineCommand<AddPresentationStepArgs>({
  id: 'presentation.addStep',
  label: ({ step }, doc) => {
    const parsed = PresentationStepSchema.safeParse(step);
    return parsed.success ? `Tambah tampilan presentasi «${stepTitle(doc, parsed.data)}»` : 'Tambah tampilan presentasi';
  },
  recipe: (draft, { step, index }) => {
    const doc = baseOf(draft);
    const parsed = parseOrRefuse(PresentationStepSchema, step, 'Tampilan presentasi');
    const steps = presentationSteps(doc);
    if (steps.some((s) => s.id === parsed.id)) {
      throw new CommandError(`Id tampilan presentasi «${parsed.id}» sudah dipakai dalam dokumen.`);
    }
    checkStepTarget(doc, parsed);
    const count = steps.length;
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > count)) {
      throw new CommandError(`Urutan ${index + 1} di luar daftar tampilan presentasi (1–${count + 1}).`);
    }
    // the first step gives an older document its presentation
    draft.presentation ??= { steps: [] };
    draft.presentation.steps.splice(index ?? count, 0, parsed);
  },
});
