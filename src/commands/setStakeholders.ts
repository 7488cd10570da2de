// Replace the stakeholders on the input and output sides of a level map (one edit in the properties panel).
import { StakeholderSchema, type Stakeholder } from '../model';
import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, mapTitle, requireMapOf } from './mapGuards';

export interface SetStakeholdersArgs {
  mapId: string;
  stakeholders: Stakeholder[];
}

export const setStakeholders = defineCommand<SetStakeholdersArgs>({
  id: 'map.setStakeholders',
  label: ({ mapId }, doc) => `Ubah pemangku kepentingan peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, stakeholders }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const list = parseOrRefuse(z.array(StakeholderSchema), stakeholders, 'Daftar pemangku kepentingan');
    if (new Set(list.map((s) => s.id)).size !== list.length) throw new CommandError('Id pemangku kepentingan tidak boleh ganda.');
    if (JSON.stringify(list) === JSON.stringify(map.stakeholders)) return;
    draftMap(draft, mapId, 'level').stakeholders = list;
  },
});
