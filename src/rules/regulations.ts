// The regulation behind each profile (DOMAIN.md §3; texts in docs/regulations). Rules build their
// citations from these short names so that every citation names the active profile's own regulation.
import type { ProfileId } from '../model';

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

/** "Perbup Banjar 39/2024, Lampiran I …" for each profile from the clause part only. */
export function cite(clauses: Record<ProfileId, string>): Record<ProfileId, string> {
  const out = {} as Record<ProfileId, string>;
  for (const id of Object.keys(clauses) as ProfileId[]) out[id] = `${REGULATIONS[id].short}, ${clauses[id]}`;
  return out;
}
