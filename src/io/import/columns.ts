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
  // peta jabatan numbers (DOMAIN.md §8.3)
  'kebutuhan',
  'bezetting',
  // the other hierarchy layouts (DOMAIN.md §8.4)
  'nomor',
  'id',
  'parent_id',
  'nama_unor',
  'eselon',
  // read and ignored: derived from K and B
  'selisih',
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
  pengalaman_kerja: 'pengalaman_tahun',
  pengalaman_kerja_tahun: 'pengalaman_tahun',
  lama_pengalaman: 'pengalaman_tahun',
  kelas_jab: 'kelas_jabatan',
  nip_pemangku: 'nip',
  nip_pegawai: 'nip',
  nama_pns: 'nama',
  nama_asn: 'nama',
  // K
  k: 'kebutuhan',
  abk: 'kebutuhan',
  formasi: 'kebutuhan',
  total_kebutuhan: 'kebutuhan',
  jumlah_kebutuhan: 'kebutuhan',
  kebutuhan_pegawai: 'kebutuhan',
  kebutuhan_abk: 'kebutuhan',
  jumlah_kebutuhan_pegawai: 'kebutuhan',
  // B
  b: 'bezetting',
  eksisting: 'bezetting',
  existing: 'bezetting',
  jumlah_pegawai: 'bezetting',
  jumlah_pemangku: 'bezetting',
  persediaan_pegawai: 'bezetting',
  jumlah_eksisting: 'bezetting',
  pegawai_eksisting: 'bezetting',
  // ±
  '±': 'selisih',
  '+_': 'selisih',
  '+': 'selisih',
  lebih_kurang: 'selisih',
  kurang_lebih: 'selisih',
  b_k: 'selisih',
  // hierarchy
  no: 'nomor',
  no_urut: 'nomor',
  nomor_urut: 'nomor',
  nomor_jabatan: 'nomor',
  id_unor: 'id',
  unor_id: 'id',
  id_jabatan: 'id',
  diatasan_id: 'parent_id',
  id_atasan: 'parent_id',
  atasan_id: 'parent_id',
  induk_id: 'parent_id',
  parent: 'parent_id',
  unor: 'nama_unor',
  nama_unit: 'nama_unor',
  unit_organisasi_nama: 'nama_unor',
  eselon_jabatan: 'eselon',
  esl: 'eselon',
};

const KNOWN = new Set<string>(COLUMNS);

export function normaliseHeader(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/\((.*?)\)/g, ' $1 ')
    .replace(/[\s\-./:]+/g, '_')
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
