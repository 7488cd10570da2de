// Create a team (Tim Kerja). The caller makes the id (newId('team')); everything but id and nama may be left out
// and gets the schema's defaults.
import { z } from 'zod';
import { TeamSchema } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkMembers, checkTeamFields } from './teamGuards';

export type TeamInput = z.input<typeof TeamSchema>;

export interface CreateTeamArgs {
  team: TeamInput;
}

export const createTeam = defineCommand<CreateTeamArgs>({
  id: 'team.create',
  label: ({ team }) => `Buat tim «${team.nama}»`,
  recipe: (draft, { team }) => {
    const doc = baseOf(draft);
    const t = parseOrRefuse(TeamSchema, team, `Tim «${team.nama}»`);
    if (doc.teams[t.id]) throw new CommandError(`Id tim «${t.id}» sudah dipakai dalam dokumen.`);
    checkTeamFields(doc, t);
    checkMembers(doc, t);
    draft.teams[t.id] = t;
  },
});
