// Take a member out of a team.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { memberName, requireMemberIndex, requireTeam, teamName } from './teamGuards';

export interface RemoveTeamMemberArgs {
  teamId: string;
  memberId: string;
}

export const removeTeamMember = defineCommand<RemoveTeamMemberArgs>({
  id: 'team.member.remove',
  label: ({ teamId, memberId }, doc) => {
    const m = doc.teams[teamId]?.members.find((x) => x.id === memberId);
    return `Keluarkan «${m ? memberName(doc, m) : memberId}» dari Tim «${teamName(doc, teamId)}»`;
  },
  recipe: (draft, { teamId, memberId }) => {
    const team = requireTeam(baseOf(draft), teamId);
    const i = requireMemberIndex(team, memberId);
    draft.teams[teamId].members.splice(i, 1);
  },
});
