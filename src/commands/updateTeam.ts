// Change fields of a team (not its members: see addTeamMember, updateTeamMember, removeTeamMember, setTeamKetua).
// Only fields that really change are written, so typing the same value twice records nothing.
import { TeamSchema, type Team } from '../model';
import { defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkTeamFields, requireTeam, teamName } from './teamGuards';

export type TeamChanges = Partial<Omit<Team, 'id' | 'members'>>;

export interface UpdateTeamArgs {
  id: string;
  changes: TeamChanges;
}

const FIELD_LABELS: Record<keyof TeamChanges, string> = {
  nama: 'Ubah nama tim',
  targetKinerja: 'Ubah target kinerja tim',
  ownerUnitId: 'Ubah unit pemilik kinerja tim',
  pimpinanUnitId: 'Ubah Pimpinan Unit Organisasi tim',
  penilaiKinerjaId: 'Ubah Pejabat Penilai Kinerja tim',
  penanggungjawabId: 'Ubah Penanggungjawab tim',
  mulai: 'Ubah tanggal mulai tim',
  selesai: 'Ubah tanggal selesai tim',
  instrument: 'Ubah instrumen penetapan tim',
  rekomendasiTimVerifikasi: 'Ubah rekomendasi Tim Verifikasi tim',
  rincianTugas: 'Ubah rincian tugas tim',
};

function changedKeys(current: Team, next: Team): (keyof TeamChanges)[] {
  return (Object.keys(FIELD_LABELS) as (keyof TeamChanges)[]).filter(
    (k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]),
  );
}

export const updateTeam = defineCommand<UpdateTeamArgs>({
  id: 'team.update',
  label: ({ id, changes }, doc) => {
    const current = doc.teams[id];
    const keys = current ? changedKeys(current, { ...current, ...changes }) : (Object.keys(changes) as (keyof TeamChanges)[]);
    const name = teamName(doc, id);
    if (keys.length === 1 && keys[0] === 'nama') return `Ubah nama tim «${name}» menjadi «${changes.nama}»`;
    if (keys.length === 1) return `${FIELD_LABELS[keys[0]]} «${name}»`;
    return `Ubah tim «${name}»`;
  },
  recipe: (draft, { id, changes }) => {
    const doc = baseOf(draft);
    const current = requireTeam(doc, id);
    // Parsing validates and copies nested objects (instrument, rincianTugas).
    const next = parseOrRefuse(TeamSchema, { ...current, ...changes, id, members: current.members }, `Perubahan tim «${current.nama}»`);
    checkTeamFields(doc, next);
    const target = draft.teams[id];
    for (const key of changedKeys(current, next)) assign(target, key, next[key]);
  },
});

function assign<K extends keyof TeamChanges>(target: TeamChanges, key: K, value: Team[K]): void {
  target[key] = value;
}
