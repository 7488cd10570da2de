// Put the steps of a subproses map in a new order: `stepIds` lists every step exactly once.
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, mapTitle, requireMapOf } from './mapGuards';

export interface ReorderStepsArgs {
  mapId: string;
  stepIds: string[];
}

export const reorderSteps = defineCommand<ReorderStepsArgs>({
  id: 'step.reorder',
  label: ({ mapId }, doc) => `Urutkan ulang langkah peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, stepIds }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'subproses');
    const byId = new Map(map.steps.map((s) => [s.id, s]));
    if (stepIds.length !== map.steps.length || new Set(stepIds).size !== stepIds.length || !stepIds.every((id) => byId.has(id))) {
      throw new CommandError('Urutan baru harus memuat setiap langkah peta tepat satu kali.');
    }
    if (stepIds.every((id, i) => map.steps[i].id === id)) return;
    draftMap(draft, mapId, 'subproses').steps = stepIds.map((id) => byId.get(id)!);
  },
});
