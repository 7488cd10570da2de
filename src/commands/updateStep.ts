// Change a subproses step (name, output, pejabat pengampu, keterangan).
import { SubprosesStepSchema, type SubprosesStep } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface UpdateStepArgs {
  mapId: string;
  stepId: string;
  changes: Partial<Omit<SubprosesStep, 'id'>>;
}

export const updateStep = defineCommand<UpdateStepArgs>({
  id: 'step.update',
  label: ({ mapId, stepId }, doc) => {
    const m = doc.maps[mapId];
    const s = m?.kind === 'subproses' ? m.steps.find((x) => x.id === stepId) : undefined;
    return `Ubah langkah «${s?.nama ?? stepId}»`;
  },
  recipe: (draft, { mapId, stepId, changes }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'subproses');
    const i = indexOfId(map.steps, stepId, 'Langkah');
    const before = map.steps[i];
    const after = parseOrRefuse(SubprosesStepSchema, { ...before, ...changes, id: before.id }, `Langkah «${before.nama}»`);
    if (after.pengampuId !== null && after.pengampuId !== before.pengampuId && !doc.positions[after.pengampuId]) {
      throw new CommandError(`Jabatan dengan id «${after.pengampuId}» tidak ditemukan dalam dokumen.`);
    }
    const ds = draftMap(draft, mapId, 'subproses').steps[i];
    for (const key of Object.keys(after) as (keyof SubprosesStep)[]) {
      if (after[key] !== before[key]) (ds as Record<keyof SubprosesStep, unknown>)[key] = after[key];
    }
  },
});
