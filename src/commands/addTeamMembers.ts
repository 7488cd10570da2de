// Compound: add several positions to a team as Anggota, one undo step. Positions already in the team are left
// as they are (the caller names them in its message).
import type { Workspace } from '../model';
import { addTeamMember } from './addTeamMember';
import { CommandError, execute, executeAll, type Executed } from './command';

export interface AddTeamMembersArgs {
  teamId: string;
  positionIds: readonly string[];
}

/** The positions of `positionIds` that exist and are not yet in the team, each once. */
export function newMembers(doc: Workspace, teamId: string, positionIds: readonly string[]): string[] {
  const team = doc.teams[teamId];
  if (!team) return [];
  const inTeam = new Set(team.members.map((m) => m.positionId));
  return [...new Set(positionIds)].filter((id) => doc.positions[id] && !inTeam.has(id));
}

export function addTeamMembers(doc: Workspace, { teamId, positionIds }: AddTeamMembersArgs): Executed {
  const team = doc.teams[teamId];
  if (!team) throw new CommandError('Tim tersebut tidak ada lagi dalam dokumen.');
  const fresh = newMembers(doc, teamId, positionIds);
  if (fresh.length === 0) throw new CommandError(`Semua jabatan yang dipilih sudah menjadi anggota Tim «${team.nama}».`);
  const steps = fresh.map((positionId) => (d: Workspace) => execute(d, addTeamMember, { teamId, member: { role: 'anggota', positionId } }));
  return steps.length === 1 ? steps[0](doc) : executeAll(doc, `Tambah ${fresh.length} anggota Tim «${team.nama}»`, steps);
}
