// Delete a team. Nothing else refers to a team except a lane of a peta lintas fungsi, which the map rules report.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { requireTeam, teamName } from './teamGuards';

export interface DeleteTeamArgs {
  id: string;
}

export const deleteTeam = defineCommand<DeleteTeamArgs>({
  id: 'team.delete',
  label: ({ id }, doc) => `Hapus tim «${teamName(doc, id)}»`,
  recipe: (draft, { id }) => {
    requireTeam(baseOf(draft), id);
    delete draft.teams[id];
  },
});
