// The regulation behind each profile (DOMAIN.md §3; texts in docs/regulations). Rules build their
// citations from these short names so that every citation names the active profile's own regulation.
import type { ProfileId } from '../model';
import { withoutRemarks } from './quote';

export interface Regulation {
  /** how a citation names it, e.g. "Perbup Banjar 39/2024" */
  short: string;
  /** full title as enacted */
  title: string;
  /** the regulation text in the repository (docs/regulations), null for the national profile */
  seedFile: string | null;
}

export const REGULATIONS: Record<ProfileId, Regulation> = {
  nasional: {
    short: 'PermenPANRB 7/2022',
    title:
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
    seedFile: null,
  },
  'banjarmasin-147-2023': {
    short: 'Perwali Banjarmasin 147/2023',
    title:
      'Peraturan Wali Kota Banjarmasin Nomor 147 Tahun 2023 tentang Sistem Kerja pada Pemerintah Kota Banjarmasin untuk Penyederhanaan Birokrasi',
    seedFile: 'docs/regulations/banjarmasin-147-2023.txt',
  },
  'palembang-30-2023': {
    short: 'Perwali Palembang 30/2023',
    title: 'Peraturan Wali Kota Palembang Nomor 30 Tahun 2023 tentang Sistem Kerja di Lingkungan Pemerintah Kota Palembang',
    seedFile: 'docs/regulations/palembang-30-2023.txt',
  },
  'padang-panjang-48-2024': {
    short: 'Perwali Padang Panjang 48/2024',
    title:
      'Peraturan Wali Kota Padang Panjang Nomor 48 Tahun 2024 tentang Sistem Kerja di Lingkungan Pemerintah Daerah',
    seedFile: 'docs/regulations/padang-panjang-48-2024.txt',
  },
  'banjar-39-2024': {
    short: 'Perbup Banjar 39/2024',
    title: 'Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja',
    seedFile: 'docs/regulations/banjar-39-2024.txt',
  },
  'serang-23-2023': {
    short: 'Perwali Serang 23/2023',
    title:
      'Peraturan Wali Kota Serang Nomor 23 Tahun 2023 tentang Sistem Kerja untuk Penyederhanaan Birokrasi di Lingkungan Pemerintah Kota Serang',
    seedFile: 'docs/regulations/serang-23-2023.txt',
  },
};

/** A regional clause as a short reference: remarks in parentheses and "; PermenPANRB …" tails left out. */
function bareClause(clause: string): string {
  return withoutRemarks(clause).split(';')[0].trim();
}

/** A regional clause that says the region does not regulate the matter is not "the same rule". */
const notRegulated = (clause: string) => /^tidak\b|tidak mengatur|tidak menyebut/.test(clause);

/**
 * "Perbup Banjar 39/2024, Lampiran I …" for each profile from the clause part only. The national profile has no
 * text of its own in the repository (PermenPANRB 7/2022 is not among docs/regulations), so its citation names the
 * subject and then the regional articles that carry the same rule: "PermenPANRB 7/2022, pola kedudukan Pelaksana;
 * sama dengan Perwali Palembang 30/2023 Pasal 6 ayat (4), …".
 */
export function cite(clauses: Record<ProfileId, string>): Record<ProfileId, string> {
  const out = {} as Record<ProfileId, string>;
  for (const id of Object.keys(clauses) as ProfileId[]) out[id] = `${REGULATIONS[id].short}, ${clauses[id]}`;
  if (clauses.nasional !== undefined && !notRegulated(clauses.nasional)) {
    const shared = (Object.keys(clauses) as ProfileId[])
      .filter((id) => id !== 'nasional' && !notRegulated(clauses[id]))
      .map((id) => `${REGULATIONS[id].short} ${bareClause(clauses[id])}`);
    if (shared.length) out.nasional += `; sama dengan ${shared.join(', ')}`;
  }
  return out;
}
