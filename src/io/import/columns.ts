// The columns of a peta jabatan file (DOMAIN.md §8.1) and how a header cell is matched to one.

export const COLUMNS = [
  'kode',
  'nama_jabatan',
  'jenis',
  'jenjang',
  'unit',
  'tipe_pd',
  'atasan',
  'memimpin_unit_mandiri',
  'substansi',
  'pengecualian',
  'nama',
  'nip',
  'pendidikan',
  'golongan',
  'kelas_jabatan',
  'predikat_kinerja',
  'pengalaman_tahun',
] as const;
export type Column = (typeof COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly Column[] = ['kode', 'nama_jabatan', 'jenis', 'unit'];

export const HOLDER_COLUMNS: readonly Column[] = [
  'nama',
  'nip',
  'pendidikan',
  'golongan',
  'kelas_jabatan',
  'predikat_kinerja',
  'pengalaman_tahun',
];

/**
 * Other names real peta jabatan sheets use for the same column. Matching is on the normalised header, so
 * "Nama Jabatan", "NAMA_JABATAN" and "nama-jabatan" need no entry here.
 */
const ALIASES: Record<string, Column> = {
  kode_jabatan: 'kode',
  jabatan: 'nama_jabatan',
  jenis_jabatan: 'jenis',
  jenjang_jabatan: 'jenjang',
  unit_kerja: 'unit',
  unit_organisasi: 'unit',
  tipe_perangkat_daerah: 'tipe_pd',
  jenis_pd: 'tipe_pd',
  kode_atasan: 'atasan',
  atasan_langsung: 'atasan',
  nama_pemangku: 'nama',
  nama_pegawai: 'nama',
  pendidikan_terakhir: 'pendidikan',
  pangkat_golongan: 'golongan',
  gol: 'golongan',
  kelas: 'kelas_jabatan',
  predikat: 'predikat_kinerja',
  pengalaman: 'pengalaman_tahun',
};

const KNOWN = new Set<string>(COLUMNS);

export function normaliseHeader(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The column a header cell names, or null when it is not one of ours. */
export function columnOf(raw: string): { column: Column; alias: boolean } | null {
  const key = normaliseHeader(raw);
  if (KNOWN.has(key)) return { column: key as Column, alias: false };
  // own keys only: a header «constructor» must not find Object.prototype.constructor
  return Object.hasOwn(ALIASES, key) ? { column: ALIASES[key], alias: true } : null;
}
