// Checks shared by the team commands (Tim Kerja). Commands keep the references sound — every position, unit and
// member they write exists, one person is in a team once, a team has at most one Ketua or Koordinator (setTeamKetua
// hands the role over) — and leave judgements to the TIM rules (an end before the start, a structural Anggota, a
// Ketua from another unit are findings, not refusals: users record what is).
import {
  isInstrumentJenis,
  isIsoDate,
  isLeaderRole,
  isPenandatangan,
  TEAM_POSITION_FIELDS,
  TEAM_POSITION_FIELD_LABELS,
  type Team,
  type TeamMember,
  type Workspace,
} from '../model';
import { CommandError } from './command';

export function requireTeam(doc: Workspace, id: string): Team {
  const t = doc.teams[id];
  if (!t) throw new CommandError(`Tim dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return t;
}

export function requireMemberIndex(team: Team, memberId: string): number {
  const i = team.members.findIndex((m) => m.id === memberId);
  if (i < 0) throw new CommandError(`Anggota dengan id «${memberId}» tidak ditemukan dalam Tim «${team.nama}».`);
  return i;
}

/** «nama» of a team for labels; the id when the team is unknown. */
export function teamName(doc: Workspace, id: string): string {
  return doc.teams[id]?.nama || id;
}

/** «Pranata Komputer Ahli Muda», or the outside person's name. */
export function memberName(doc: Workspace, m: { positionId: string | null; external: { nama: string } | null }): string {
  if (m.positionId !== null) return doc.positions[m.positionId]?.nama || m.positionId;
  return m.external?.nama || '(tanpa nama)';
}

export function checkDate(value: string | null, what: string): void {
  if (value !== null && !isIsoDate(value)) {
    throw new CommandError(`Tanggal ${what} «${value}» tidak sah; tulis sebagai TTTT-BB-HH, misalnya 2026-01-31.`);
  }
}

/** A member names exactly one existing position or one named person of another instansi; its dates are real dates. */
export function checkMember(doc: Workspace, m: TeamMember): void {
  if (m.positionId !== null && m.external !== null) {
    throw new CommandError('Anggota tim adalah jabatan dalam struktur atau orang dari instansi lain, tidak keduanya.');
  }
  if (m.positionId === null && m.external === null) {
    throw new CommandError('Pilih jabatan dalam struktur atau isi nama orang dari instansi lain.');
  }
  if (m.positionId !== null && !doc.positions[m.positionId]) {
    throw new CommandError(`Jabatan dengan id «${m.positionId}» tidak ditemukan dalam dokumen.`);
  }
  if (m.personId !== null && (m.positionId === null || !doc.positions[m.positionId].pemangku.some((x) => x.id === m.personId))) {
    throw new CommandError(`Pemangku «${m.personId}» bukan pemangku jabatan anggota ini.`);
  }
  if (m.external !== null) {
    if (m.external.nama.trim() === '') throw new CommandError('Nama orang dari instansi lain belum diisi.');
    if (m.external.instansi.trim() === '') throw new CommandError(`Instansi «${m.external.nama}» belum diisi.`);
  }
  checkDate(m.mulai, 'mulai penugasan');
  checkDate(m.selesai, 'selesai penugasan');
}

/** The team-level fields: references exist, dates and instrument codes are known. */
export function checkTeamFields(doc: Workspace, t: Team): void {
  if (t.nama.trim() === '') throw new CommandError('Nama tim belum diisi.');
  if (t.ownerUnitId !== null && !doc.units[t.ownerUnitId]) {
    throw new CommandError(`Unit pemilik kinerja dengan id «${t.ownerUnitId}» tidak ditemukan dalam dokumen.`);
  }
  for (const f of TEAM_POSITION_FIELDS) {
    const v = t[f];
    if (v !== null && !doc.positions[v]) {
      throw new CommandError(`${TEAM_POSITION_FIELD_LABELS[f]}: jabatan dengan id «${v}» tidak ditemukan dalam dokumen.`);
    }
  }
  checkDate(t.mulai, 'mulai tim');
  checkDate(t.selesai, 'selesai tim');
  if (t.instrument) {
    const { jenis, penandatangan, tanggal } = t.instrument;
    if (jenis !== '' && !isInstrumentJenis(jenis)) throw new CommandError(`Jenis instrumen «${jenis}» tidak dikenal.`);
    if (penandatangan !== '' && !isPenandatangan(penandatangan)) {
      throw new CommandError(`Penandatangan instrumen «${penandatangan}» tidak dikenal.`);
    }
    checkDate(tanggal, 'instrumen');
  }
  if (t.rekomendasiTimVerifikasi) checkDate(t.rekomendasiTimVerifikasi.tanggal, 'rekomendasi Tim Verifikasi');
}

/** The member list: each member sound, ids unique, a person (a jabatan without a named pemangku) at most once, at most one Ketua or Koordinator. */
export function checkMembers(doc: Workspace, t: Pick<Team, 'nama' | 'members'>): void {
  const ids = new Set<string>();
  const positions = new Set<string>();
  let leaders = 0;
  for (const m of t.members) {
    checkMember(doc, m);
    if (ids.has(m.id)) throw new CommandError(`Id anggota «${m.id}» dipakai dua kali dalam Tim «${t.nama}».`);
    ids.add(m.id);
    if (m.positionId !== null) {
      // one person once: two pemangku of one jabatan may both be members
      const key = m.personId !== null ? `${m.positionId}\u0001${m.personId}` : m.positionId;
      if (positions.has(key) || positions.has(m.positionId)) {
        throw new CommandError(`«${memberName(doc, m)}» sudah menjadi anggota Tim «${t.nama}».`);
      }
      positions.add(key);
    }
    if (isLeaderRole(m.role) && ++leaders > 1) {
      throw new CommandError(`Tim «${t.nama}» hanya dapat memiliki satu Ketua atau Koordinator; gunakan «Jadikan Ketua» untuk menggantinya.`);
    }
  }
}
