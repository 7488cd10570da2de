// Make one member the team's Ketua (or Koordinator); whoever led before becomes an Anggota, so a team has one
// leader at a time. Asking for what already holds records nothing.
import { isLeaderRole } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import { memberName, requireMemberIndex, requireTeam, teamName } from './teamGuards';

export interface SetTeamKetuaArgs {
  teamId: string;
  memberId: string;
  /** default 'ketua' */
  role?: 'ketua' | 'koordinator';
}

export const setTeamKetua = defineCommand<SetTeamKetuaArgs>({
  id: 'team.ketua',
  label: ({ teamId, memberId, role = 'ketua' }, doc) => {
    const m = doc.teams[teamId]?.members.find((x) => x.id === memberId);
    return `Jadikan «${m ? memberName(doc, m) : memberId}» ${role === 'ketua' ? 'Ketua' : 'Koordinator'} Tim «${teamName(doc, teamId)}»`;
  },
  recipe: (draft, { teamId, memberId, role = 'ketua' }) => {
    const team = requireTeam(baseOf(draft), teamId);
    const chosen = requireMemberIndex(team, memberId);
    const members = draft.teams[teamId].members;
    team.members.forEach((m, i) => {
      if (i === chosen) {
        if (m.role !== role) members[i].role = role;
      } else if (isLeaderRole(m.role)) {
        members[i].role = 'anggota';
      }
    });
  },
});
