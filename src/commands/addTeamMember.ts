// Add a member to a team: a position of the structure or a named person of another instansi. A second Ketua or
// Koordinator is refused (setTeamKetua hands the role over), as is a position already in the team.
import { z } from 'zod';
import { newId, TeamMemberSchema, TEAM_ROLE_LABELS } from '../model';
import { defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkMembers, memberName, requireTeam, teamName } from './teamGuards';

export type TeamMemberInput = Omit<z.input<typeof TeamMemberSchema>, 'id'> & { id?: string };

export interface AddTeamMemberArgs {
  teamId: string;
  member: TeamMemberInput;
}

export const addTeamMember = defineCommand<AddTeamMemberArgs>({
  id: 'team.member.add',
  label: ({ teamId, member }, doc) =>
    `Tambah «${memberName(doc, { positionId: member.positionId ?? null, external: member.external ?? null })}» sebagai ` +
    `${TEAM_ROLE_LABELS[member.role]} Tim «${teamName(doc, teamId)}»`,
  recipe: (draft, { teamId, member }) => {
    const doc = baseOf(draft);
    const team = requireTeam(doc, teamId);
    const m = parseOrRefuse(TeamMemberSchema, { ...member, id: member.id ?? newId('mbr') }, 'Anggota tim');
    checkMembers(doc, { nama: team.nama, members: [...team.members, m] });
    draft.teams[teamId].members.push(m);
  },
});
