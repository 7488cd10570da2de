// Split a structure step that shows too much (the whole structure, or a large subtree) into one step per unit
// (model/presentation.ts stepUnits), in its place and in the same order: a trainer then shows each Perangkat Daerah
// or Bidang readable on a projector instead of one slide of specks. One undo step.
import type { PresentationStep } from '../model';
import { presentationSteps, stepUnits } from '../model/presentation';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { presentationStepName, requireStepIndex } from './presentationGuards';

export interface SplitPresentationStepArgs {
  id: string;
}

export const splitPresentationStep = defineCommand<SplitPresentationStepArgs>({
  id: 'presentation.splitStep',
  label: ({ id }, doc) => {
    const step = presentationSteps(doc).find((s) => s.id === id);
    const n = step ? stepUnits(doc, step).length : 0;
    return `Pecah tampilan presentasi «${presentationStepName(doc, id)}» menjadi ${n} tampilan per unit`;
  },
  recipe: (draft, { id }) => {
    const doc = baseOf(draft);
    const index = requireStepIndex(doc, id);
    const steps = presentationSteps(doc);
    const step = steps[index];
    if (step.kind !== 'struktur') throw new CommandError('Hanya tampilan struktur yang dapat dipecah per unit.');
    const units = stepUnits(doc, step);
    if (units.length === 0) throw new CommandError('Tampilan ini tidak memuat dua unit atau lebih untuk dipecah.');
    // ids from the split step's own: the same every time the command runs (redo, a co-editor's replay)
    const used = new Set(steps.map((s) => s.id));
    const made: PresentationStep[] = units.map((u, i) => {
      let sid = `${step.id}-${i + 1}`;
      while (used.has(sid)) sid = `${sid}b`;
      used.add(sid);
      return { id: sid, title: doc.units[u.unitId]?.nama ?? '', kind: 'struktur', rootId: u.id, region: null };
    });
    draft.presentation!.steps.splice(index, 1, ...made);
  },
});
