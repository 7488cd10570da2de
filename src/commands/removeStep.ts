// Remove a step from a subproses map.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RemoveStepArgs {
  mapId: string;
  stepId: string;
}

export const removeStep = defineCommand<RemoveStepArgs>({
  id: 'step.remove',
  label: ({ mapId, stepId }, doc) => {
    const m = doc.maps[mapId];
    const s = m?.kind === 'subproses' ? m.steps.find((x) => x.id === stepId) : undefined;
    return `Hapus langkah «${s?.nama ?? stepId}»`;
  },
  recipe: (draft, { mapId, stepId }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'subproses');
    draftMap(draft, mapId, 'subproses').steps.splice(indexOfId(map.steps, stepId, 'Langkah'), 1);
  },
});
