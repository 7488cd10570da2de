// Domain vocabulary (DOMAIN.md §2, §3). Code names are stable; labels are what the UI shows.

export const POSITION_KINDS = [
  'jpt-madya',
  'jpt-pratama',
  'administrator',
  'pengawas',
  'fungsional',
  'pelaksana',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const POSITION_KIND_LABELS: Record<PositionKind, string> = {
  'jpt-madya': 'JPT Madya',
  'jpt-pratama': 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  fungsional: 'Pejabat Fungsional',
  pelaksana: 'Pelaksana',
};

/** Structural rank: JPT Madya 4 > JPT Pratama 3 > Administrator 2 > Pengawas 1. */
export const STRUCTURAL_RANK: Partial<Record<PositionKind, number>> = {
  'jpt-madya': 4,
  'jpt-pratama': 3,
  administrator: 2,
  pengawas: 1,
};

export function isStructural(kind: PositionKind): boolean {
  return STRUCTURAL_RANK[kind] !== undefined;
}

/** JF and Pelaksana hang under an official by a kedudukan line; structural posts by garis komando. */
export function isKedudukanKind(kind: PositionKind): boolean {
  return kind === 'fungsional' || kind === 'pelaksana';
}

export const JENJANG = [
  'ahli-utama',
  'ahli-madya',
  'ahli-muda',
  'ahli-pertama',
  'penyelia',
  'mahir',
  'terampil',
  'pemula',
] as const;
export type Jenjang = (typeof JENJANG)[number];

export const JENJANG_LABELS: Record<Jenjang, string> = {
  'ahli-utama': 'Ahli Utama',
  'ahli-madya': 'Ahli Madya',
  'ahli-muda': 'Ahli Muda',
  'ahli-pertama': 'Ahli Pertama',
  penyelia: 'Penyelia',
  mahir: 'Mahir',
  terampil: 'Terampil',
  pemula: 'Pemula',
};

export const TIPE_PD = [
  'setda',
  'setwan',
  'inspektorat',
  'dinas',
  'badan',
  'satpol-pp',
  'dpmptsp',
  'rsud',
  'kecamatan',
  'kelurahan',
  'upt',
] as const;
export type TipePd = (typeof TIPE_PD)[number];

export const TIPE_PD_LABELS: Record<TipePd, string> = {
  setda: 'Sekretariat Daerah',
  setwan: 'Sekretariat DPRD',
  inspektorat: 'Inspektorat',
  dinas: 'Dinas',
  badan: 'Badan',
  'satpol-pp': 'Satuan Polisi Pamong Praja',
  dpmptsp: 'DPMPTSP',
  rsud: 'RSUD',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  upt: 'UPT',
};

export const PROFILE_IDS = [
  'nasional',
  'banjarmasin-147-2023',
  'palembang-30-2023',
  'padang-panjang-48-2024',
  'banjar-39-2024',
  'serang-23-2023',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const PROFILE_LABELS: Record<ProfileId, string> = {
  nasional: 'Nasional (PermenPANRB 7/2022)',
  'banjarmasin-147-2023': 'Perwali Banjarmasin 147/2023',
  'palembang-30-2023': 'Perwali Palembang 30/2023',
  'padang-panjang-48-2024': 'Perwali Padang Panjang 48/2024',
  'banjar-39-2024': 'Perbup Banjar 39/2024',
  'serang-23-2023': 'Perwali Serang 23/2023',
};

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const PENDIDIKAN = ['SD', 'SMP', 'SMA/SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Pendidikan = (typeof PENDIDIKAN)[number];

export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type Golongan = (typeof GOLONGAN)[number];

export const PREDIKAT_KINERJA = ['sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik'] as const;
export type PredikatKinerja = (typeof PREDIKAT_KINERJA)[number];

export const PREDIKAT_LABELS: Record<PredikatKinerja, string> = {
  'sangat-kurang': 'Sangat Kurang',
  kurang: 'Kurang',
  'butuh-perbaikan': 'Butuh Perbaikan',
  baik: 'Baik',
  'sangat-baik': 'Sangat Baik',
};
