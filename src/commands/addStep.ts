// Add a step to a subproses map; its pejabat pengampu, when given, must be a position of the structure.
import { SubprosesStepSchema, type SubprosesStep } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, refuseTakenId, requireMapOf } from './mapGuards';

export interface AddStepArgs {
  mapId: string;
  step: SubprosesStep;
  /** default: last */
  index?: number;
}

export const addStep = defineCommand<AddStepArgs>({
  id: 'step.add',
  label: ({ step }) => `Tambah langkah «${step.nama}»`,
  recipe: (draft, { mapId, step, index }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'subproses');
    const s = parseOrRefuse(SubprosesStepSchema, step, `Langkah «${step.nama}»`);
    refuseTakenId(map.steps, s.id, 'langkah');
    if (s.pengampuId !== null && !doc.positions[s.pengampuId]) {
      throw new CommandError(`Jabatan dengan id «${s.pengampuId}» tidak ditemukan dalam dokumen.`);
    }
    const at = index ?? map.steps.length;
    if (at < 0 || at > map.steps.length) throw new CommandError(`Urutan langkah ${at} di luar jangkauan.`);
    draftMap(draft, mapId, 'subproses').steps.splice(at, 0, s);
  },
});
