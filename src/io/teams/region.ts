// Names of the Pemerintah Daerah for letterheads and signatures: from the document's instansi ("Pemerintah
// Kabupaten Banjar"), else from the profile's region. Pure.
import type { Golongan, ProfileId, Workspace } from '../../model';

export type JenisDaerah = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  jenis: JenisDaerah | null;
  /** "Banjar"; empty when unknown */
  nama: string;
}

const PROFILE_REGION: Record<ProfileId, Region & { ibukota: string }> = {
  nasional: { jenis: null, nama: '', ibukota: '' },
  'banjarmasin-147-2023': { jenis: 'kota', nama: 'Banjarmasin', ibukota: 'Banjarmasin' },
  'palembang-30-2023': { jenis: 'kota', nama: 'Palembang', ibukota: 'Palembang' },
  'padang-panjang-48-2024': { jenis: 'kota', nama: 'Padang Panjang', ibukota: 'Padang Panjang' },
  'banjar-39-2024': { jenis: 'kabupaten', nama: 'Banjar', ibukota: 'Martapura' },
  'serang-23-2023': { jenis: 'kota', nama: 'Serang', ibukota: 'Serang' },
};

const JENIS_WORD: Record<JenisDaerah, string> = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' };
const KEPALA_DAERAH: Record<JenisDaerah, string> = { provinsi: 'Gubernur', kabupaten: 'Bupati', kota: 'Wali Kota' };

export function regionOf(doc: Pick<Workspace, 'instansi'>, profileId: ProfileId): Region {
  const raw = doc.instansi.nama.trim().replace(/^pemerintah\s+/i, '');
  const m = /^(provinsi|kabupaten|kota)\s+(.+)$/i.exec(raw);
  if (m) return { jenis: m[1].toLowerCase() as JenisDaerah, nama: m[2].trim() };
  if (raw) return { jenis: doc.instansi.jenis, nama: raw };
  const fallback = PROFILE_REGION[profileId];
  return { jenis: doc.instansi.jenis ?? fallback.jenis, nama: fallback.nama };
}

/** The profile's seat of government, for "Ditetapkan di …" (empty when unknown). */
export function ibukotaOf(profileId: ProfileId, region: Region): string {
  const fallback = PROFILE_REGION[profileId];
  return fallback.nama && fallback.nama === region.nama ? fallback.ibukota : '';
}

/** "Kabupaten Banjar"; "Daerah" when unknown. */
export function daerahName(r: Region): string {
  if (!r.nama) return 'Daerah';
  return r.jenis ? `${JENIS_WORD[r.jenis]} ${r.nama}` : r.nama;
}

/** "Pemerintah Kabupaten Banjar" */
export function pemerintahName(r: Region): string {
  return `Pemerintah ${daerahName(r)}`;
}

/** "Bupati Banjar"; "Kepala Daerah" when unknown. */
export function kepalaDaerahTitle(r: Region): string {
  if (!r.jenis) return r.nama ? `Kepala Daerah ${r.nama}` : 'Kepala Daerah';
  return r.nama ? `${KEPALA_DAERAH[r.jenis]} ${r.nama}` : KEPALA_DAERAH[r.jenis];
}

/** Pangkat of a golongan ruang (PP 99/2000 names). */
export const PANGKAT: Record<Golongan, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};
