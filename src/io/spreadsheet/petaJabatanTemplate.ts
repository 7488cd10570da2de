// The import template a user downloads from the import dialog (issue 13): our own layout (DOMAIN.md §8.1, with K and
// B) with a few example rows, and — in the XLSX — a second sheet listing every value each column accepts. The CSV
// cannot hold a second sheet: it carries the header and the examples only (the dialog says where the list is).
import {
  GOLONGAN,
  JENJANG,
  JENJANG_LABELS,
  PENDIDIKAN,
  POSITION_KIND_LABELS,
  POSITION_KINDS,
  PREDIKAT_KINERJA,
  PREDIKAT_LABELS,
  TIPE_PD,
  TIPE_PD_LABELS,
} from '../../model';
import { formulaSafe, type CellValue } from './petaJabatanTable';

export const TEMPLATE_HEADER = [
  'kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'tipe_pd', 'atasan', 'kelas_jabatan', 'kebutuhan', 'bezetting',
  'nama', 'nip', 'pendidikan', 'golongan', 'predikat_kinerja', 'pengalaman_tahun',
];

/** Three jabatan of one dinas; the second JF row is a second pemangku of the same jabatan (the same kode). */
export const TEMPLATE_ROWS: CellValue[][] = [
  ['1', 'Kepala Dinas Contoh', 'jpt-pratama', '', 'Dinas Contoh', 'dinas', '', 14, 1, 1, 'Nama Kepala Dinas', '197001011995031001', 'S2', 'IV/c', 'baik', 25],
  ['1.1', 'Sekretaris', 'administrator', '', 'Dinas Contoh > Sekretariat', 'dinas', '1', 11, 1, 1, '', '', '', '', '', null],
  ['1.1.1', 'Analis Kebijakan Ahli Muda', 'fungsional', 'ahli-muda', 'Dinas Contoh > Sekretariat', 'dinas', '1.1', 11, 2, 2, 'Nama Pemangku Satu', '198503152010012001', 'S1', 'III/c', 'baik', 12],
  ['1.1.1', 'Analis Kebijakan Ahli Muda', 'fungsional', 'ahli-muda', 'Dinas Contoh > Sekretariat', 'dinas', '1.1', 11, 2, 2, 'Nama Pemangku Dua', '199002202015022002', 'S1', 'III/b', 'sangat-baik', 8],
  ['1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', '', 'Dinas Contoh > Sekretariat', 'dinas', '1.1', 5, 3, 0, '', '', '', '', '', null],
];

/** The second sheet: column, accepted value, what it means. */
export function allowedValueRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  const add = (column: string, values: readonly string[], label: (v: string) => string) => {
    for (const v of values) rows.push([column, v, label(v)]);
  };
  add('jenis', POSITION_KINDS, (v) => POSITION_KIND_LABELS[v as keyof typeof POSITION_KIND_LABELS]);
  add('jenjang', JENJANG, (v) => `${JENJANG_LABELS[v as keyof typeof JENJANG_LABELS]} (wajib untuk jenis fungsional)`);
  add('tipe_pd', TIPE_PD, (v) => TIPE_PD_LABELS[v as keyof typeof TIPE_PD_LABELS]);
  add('pendidikan', PENDIDIKAN, () => 'pendidikan terakhir');
  add('golongan', GOLONGAN, () => 'pangkat/golongan ruang');
  add('predikat_kinerja', PREDIKAT_KINERJA, (v) => PREDIKAT_LABELS[v as keyof typeof PREDIKAT_LABELS]);
  rows.push(['kelas_jabatan', '1 … 17', 'kelas jabatan, per jabatan']);
  rows.push(['kebutuhan', '0, 1, 2, …', 'K: kebutuhan menurut ABK (juga dibaca dari kolom «K», «ABK», «formasi»)']);
  rows.push(['bezetting', '0, 1, 2, …', 'B: jumlah pemangku bila nama tidak dicantumkan (juga «B», «eksisting»)']);
  rows.push(['kode', 'teks unik', 'mis. 1, 1.2, 1.2.10 (1.10 berbeda dari 1.1); baris per orang memakai kode jabatannya']);
  rows.push(['atasan', 'kode', 'kode atasan langsung; kosong untuk pimpinan tertinggi dalam berkas']);
  rows.push(['unit', 'A > B > C', 'jalur unit dari Perangkat Daerah ke bawah, dipisah « > »']);
  rows.push(['nip', '18 angka', 'tulis sebagai teks agar angka nol di depan tidak hilang']);
  rows.push(['pengalaman_tahun', '0, 1, 2, …', 'lama pengalaman dalam tahun']);
  return rows;
}

const csvField = (v: CellValue): string => {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = formulaSafe(v);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** `;`-separated with a BOM, as Indonesian Excel opens it. */
export function templateCsv(): string {
  return '\uFEFF' + [TEMPLATE_HEADER, ...TEMPLATE_ROWS].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** Two sheets: «Peta Jabatan» (header and examples, every text cell typed as text) and «Nilai yang diizinkan». */
export async function templateXlsx(): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cell = (v: CellValue) => (v === null || v === '' ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String, format: '@' });
  const bold = (h: string) => ({ value: h, type: String, fontWeight: 'bold' as const });
  const sheets = [
    { sheet: 'Peta Jabatan', data: [TEMPLATE_HEADER.map(bold), ...TEMPLATE_ROWS.map((r) => r.map(cell))] },
    { sheet: 'Nilai yang diizinkan', data: [['kolom', 'nilai', 'keterangan'].map(bold), ...allowedValueRows().map((r) => r.map(cell))] },
  ];
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
