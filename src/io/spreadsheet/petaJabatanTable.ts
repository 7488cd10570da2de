// The peta jabatan as spreadsheet tables (DOMAIN.md §8.5): Peta Jabatan (one row per jabatan), Pemangku (one row
// per person), Rekap (per unit and per PD) and Temuan. Pure: the XLSX and CSV writers format these tables, and the
// importer reads the Peta Jabatan and Pemangku tables back to the same document.
import {
  bezettingOf,
  POSITION_KIND_LABELS,
  rekapGroupLabel,
  selisihOf,
  unitPath,
  type Position,
  type Workspace,
} from '../../model';
import { unitRekap } from '../../model/petaJabatan';
import type { Finding } from '../../rules';

export type CellValue = string | number | null;
export interface Table {
  name: string;
  header: string[];
  rows: CellValue[][];
}

export const PETA_HEADER = [
  'kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'tipe_pd', 'atasan', 'memimpin_unit_mandiri', 'substansi',
  'pengecualian', 'kelas_jabatan', 'K', 'B', '±',
];
export const PEMANGKU_HEADER = ['kode', 'nama', 'nip', 'pendidikan', 'golongan', 'predikat_kinerja', 'pengalaman_tahun'];

const yaTidak = (b: boolean): string => (b ? 'ya' : '');

/** Positions in a stable order: by unit path, then kode. */
export function orderedPositions(doc: Workspace): Position[] {
  const path = new Map<string, string>();
  const pathOf = (id: string) => {
    let p = path.get(id);
    if (p === undefined) path.set(id, (p = unitPath(doc, id)));
    return p;
  };
  return Object.values(doc.positions).sort(
    (a, b) => (a.superiorId === null ? 0 : 1) - (b.superiorId === null ? 0 : 1) || pathOf(a.unitId).localeCompare(pathOf(b.unitId)) || a.kode.localeCompare(b.kode, 'id', { numeric: true }),
  );
}

function pdOf(doc: Workspace, unitId: string) {
  let u = doc.units[unitId];
  const seen = new Set<string>();
  while (u && u.parentId && doc.units[u.parentId] && !seen.has(u.id)) {
    seen.add(u.id);
    u = doc.units[u.parentId];
  }
  return u;
}

/** A kode for every position: its own, or its id when it has none (the atasan column must name something). */
const kodeOf = (p: Position): string => p.kode || p.id;

export function petaJabatanRows(doc: Workspace, positions = orderedPositions(doc)): CellValue[][] {
  return positions.map((p) => {
    const unit = doc.units[p.unitId];
    const pd = pdOf(doc, p.unitId);
    const sup = p.superiorId ? doc.positions[p.superiorId] : undefined;
    return [
      kodeOf(p), p.nama, p.kind, p.jenjang ?? '', unitPath(doc, p.unitId), pd?.tipePd ?? '', sup ? kodeOf(sup) : '',
      yaTidak(p.memimpinUnitMandiri), p.substansi, yaTidak(!!unit?.pengecualian), p.kelasJabatan, p.kebutuhan,
      bezettingOf(p), selisihOf(p),
    ];
  });
}

export function pemangkuRows(positions: Position[]): CellValue[][] {
  const out: CellValue[][] = [];
  for (const p of positions) {
    for (const x of p.pemangku) {
      out.push([kodeOf(p), x.nama ?? '', x.nip ?? '', x.pendidikan ?? '', x.golongan ?? '', x.predikatKinerja ?? '', x.pengalamanTahun ?? null]);
    }
  }
  return out;
}

export function rekapRows(doc: Workspace): CellValue[][] {
  const out: CellValue[][] = [];
  const units = Object.values(doc.units).sort((a, b) => unitPath(doc, a.id).localeCompare(unitPath(doc, b.id)));
  for (const u of units) {
    const rekap = unitRekap(doc, u.id);
    if (rekap.total.jabatan === 0) continue;
    const level = u.isPerangkatDaerah ? 'Perangkat Daerah' : 'Unit';
    out.push([level, unitPath(doc, u.id), 'Jumlah', rekap.total.jabatan, rekap.total.k, rekap.total.b, rekap.total.selisih]);
    for (const [g, row] of rekap.byGroup) out.push([level, unitPath(doc, u.id), rekapGroupLabel(g), row.jabatan, row.k, row.b, row.selisih]);
  }
  return out;
}

export function petaJabatanTables(doc: Workspace, findings: readonly Finding[]): Table[] {
  const positions = orderedPositions(doc);
  return [
    { name: 'Peta Jabatan', header: PETA_HEADER, rows: petaJabatanRows(doc, positions) },
    { name: 'Pemangku', header: PEMANGKU_HEADER, rows: pemangkuRows(positions) },
    { name: 'Rekap', header: ['tingkat', 'unit', 'kelompok', 'jabatan', 'K', 'B', '±'], rows: rekapRows(doc) },
    {
      name: 'Temuan',
      header: ['aturan', 'tingkat', 'subjek', 'pesan', 'rujukan'],
      rows: findings.map((f) => [f.ruleId, f.severity, f.subjects.map((s) => doc.positions[s]?.kode || (doc.units[s] ? unitPath(doc, s) : s)).join(', '), f.message, f.citation]),
    },
  ];
}

/** Kind labels for people reading the sheet are in the template's second sheet; the cells keep the code names. */
export const KIND_LABELS = POSITION_KIND_LABELS;

/** A text cell a spreadsheet would evaluate (=, +, -, @, tab, CR at the start) written as text: «'=…». */
export function formulaSafe(v: string): string {
  return v !== '' && '=+-@\t\r'.includes(v[0]) ? `'${v}` : v;
}
