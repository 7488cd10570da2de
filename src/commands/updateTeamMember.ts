// Change a member of a team: role, cara (penunjukan / pengajuan sukarela), own period, or who it is. Making a
// member Ketua or Koordinator while the team has another is refused: setTeamKetua hands the role over.
import { TeamMemberSchema, type TeamMember } from '../model';
import { defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkMembers, memberName, requireMemberIndex, requireTeam, teamName } from './teamGuards';

export type TeamMemberChanges = Partial<Omit<TeamMember, 'id'>>;

export interface UpdateTeamMemberArgs {
  teamId: string;
  memberId: string;
  changes: TeamMemberChanges;
}

const FIELD_LABELS: Record<keyof TeamMemberChanges, string> = {
  role: 'Ubah kedudukan',
  positionId: 'Ganti jabatan',
  personId: 'Ganti pemangku',
  external: 'Ubah data',
  cara: 'Ubah cara penugasan',
  mulai: 'Ubah tanggal mulai penugasan',
  selesai: 'Ubah tanggal selesai penugasan',
};

function changedKeys(current: TeamMember, next: TeamMember): (keyof TeamMemberChanges)[] {
  return (Object.keys(FIELD_LABELS) as (keyof TeamMemberChanges)[]).filter(
    (k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]),
  );
}

export const updateTeamMember = defineCommand<UpdateTeamMemberArgs>({
  id: 'team.member.update',
  label: ({ teamId, memberId, changes }, doc) => {
    const current = doc.teams[teamId]?.members.find((m) => m.id === memberId);
    const keys = current ? changedKeys(current, { ...current, ...changes }) : [];
    const who = current ? memberName(doc, current) : memberId;
    const what = keys.length === 1 ? FIELD_LABELS[keys[0]] : 'Ubah anggota';
    return `${what} «${who}» dalam Tim «${teamName(doc, teamId)}»`;
  },
  recipe: (draft, { teamId, memberId, changes }) => {
    const doc = baseOf(draft);
    const team = requireTeam(doc, teamId);
    const i = requireMemberIndex(team, memberId);
    const current = team.members[i];
    const next = parseOrRefuse(TeamMemberSchema, { ...current, ...changes, id: memberId }, 'Perubahan anggota tim');
    const keys = changedKeys(current, next);
    if (keys.length === 0) return;
    checkMembers(doc, { nama: team.nama, members: team.members.map((m, j) => (j === i ? next : m)) });
    const target = draft.teams[teamId].members[i];
    for (const key of keys) assign(target, key, next[key]);
  },
});

function assign<K extends keyof TeamMemberChanges>(target: TeamMemberChanges, key: K, value: TeamMember[K]): void {
  target[key] = value;
}
