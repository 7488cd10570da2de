// Duplicate a team: the same owner, officials, members (fresh member ids) and period, named "… (salinan)". The
// copy has no instrument and no Tim Verifikasi recommendation: the original's decree did not establish it.
import { newId, type Team, type Workspace } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { requireTeam, teamName } from './teamGuards';

export interface DuplicateTeamArgs {
  id: string;
  /** the copy's id; newId('team') when absent */
  newTeamId?: string;
  /** ids for the copied members, in member order; newId('mbr') when absent */
  memberIdFor?: (originalId: string, index: number) => string;
  /** the copy's name; "<nama> (salinan)" when absent */
  nama?: string;
}

/** The copy duplicateTeam adds. Pure; exported so the UI can select the copy afterwards. */
export function planDuplicateTeam(doc: Workspace, args: DuplicateTeamArgs): Team {
  const original = requireTeam(doc, args.id);
  const id = args.newTeamId ?? newId('team');
  if (doc.teams[id]) throw new CommandError(`Id tim «${id}» sudah dipakai dalam dokumen.`);
  const memberId = args.memberIdFor ?? (() => newId('mbr'));
  const members = original.members.map((m, i) => ({ ...m, id: memberId(m.id, i), external: m.external ? { ...m.external } : null }));
  if (new Set(members.map((m) => m.id)).size !== members.length) throw new CommandError('Id anggota salinan tim tidak unik.');
  return {
    ...original,
    id,
    nama: args.nama ?? `${original.nama} (salinan)`,
    members,
    instrument: null,
    rekomendasiTimVerifikasi: null,
    rincianTugas: {
      penanggungjawab: [...original.rincianTugas.penanggungjawab],
      ketua: [...original.rincianTugas.ketua],
      anggota: [...original.rincianTugas.anggota],
    },
  };
}

export const duplicateTeam = defineCommand<DuplicateTeamArgs>({
  id: 'team.duplicate',
  label: ({ id }, doc) => `Gandakan tim «${teamName(doc, id)}»`,
  recipe: (draft, args) => {
    const copy = planDuplicateTeam(baseOf(draft), args);
    draft.teams[copy.id] = copy;
  },
});
