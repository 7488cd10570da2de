// Rows of a peta jabatan (from CSV or XLSX, already text) → a Workspace, or the full list of reasons why not.
// All reading rules live here so both file formats behave the same.
import {
  emptyWorkspace,
  GOLONGAN,
  isStructural,
  JENJANG,
  newId,
  PENDIDIKAN,
  POSITION_KINDS,
  PREDIKAT_LABELS,
  TIPE_PD,
  type PemangkuData,
  type Jenjang,
  type Position,
  type PositionKind,
  type TipePd,
  type Unit,
} from '../../model';
import { columnOf, COLUMNS, HOLDER_COLUMNS, REQUIRED_COLUMNS, type Column } from './columns';
import {
  guessTipePd,
  parseGolongan,
  parseJenis,
  parseJenjang,
  parseKelasJabatan,
  parsePendidikan,
  parsePengalaman,
  parsePredikat,
  parseTipePd,
  parseYaTidak,
} from './values';
import {
  MAX_DATA_ROWS,
  type CellOrigin,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  type ImportSummary,
  type SourceRow,
  type SourceTable,
} from './types';

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

const ACCEPTED = {
  jenis:
    `${POSITION_KINDS.join(', ')} (atau labelnya: JPT Madya, JPT Pratama, Administrator, Pengawas, ` +
    'Pejabat Fungsional, Pelaksana)',
  jenjang: `${JENJANG.join(', ')} (atau labelnya, mis. «Ahli Muda», «Terampil»)`,
  tipe_pd: `${TIPE_PD.join(', ')} (atau labelnya, mis. «Kecamatan», «Sekretariat Daerah»)`,
  yaTidak: '«ya» atau «tidak»',
  pendidikan: `${PENDIDIKAN.join(', ')} (mis. «S1», «D-III», «SMA»)`,
  golongan: `${GOLONGAN[0]} … ${GOLONGAN[GOLONGAN.length - 1]} (mis. «III/a», «III-a», «3a», «Penata Muda Tk. I»)`,
  predikat: Object.values(PREDIKAT_LABELS).join(', '),
} as const;

interface RowRecord {
  row: number;
  kode: string;
  nama: string;
  kind: PositionKind | null;
  jenjang: Jenjang | null;
  segments: string[] | null;
  tipePd: TipePd | null;
  atasan: string;
  memimpinUnitMandiri: boolean;
  substansi: string;
  pengecualian: boolean;
  kelasJabatan: number | null;
  holder: PemangkuData | null;
}

/** Notices about many rows are gathered into one line each. */
class Notices {
  private readonly single: string[] = [];
  private readonly grouped = new Map<string, { text: (rows: string) => string; rows: number[] }>();

  add(message: string): void {
    this.single.push(message);
  }

  addRow(key: string, row: number, text: (rows: string) => string): void {
    const g = this.grouped.get(key);
    if (g) {
      if (g.rows[g.rows.length - 1] !== row) g.rows.push(row);
    } else this.grouped.set(key, { text, rows: [row] });
  }

  list(): string[] {
    return [...this.single, ...[...this.grouped.values()].map((g) => g.text(formatRows(g.rows)))];
  }
}

export function formatRows(rows: number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `baris ${shown} dan ${rows.length - 10} lainnya` : `baris ${shown}`;
}

/** "Baris 5, kolom jenis: …" — one line per problem, for the import dialog and the CLI. */
export function formatProblem(p: ImportProblem): string {
  const where = [p.row !== null ? `Baris ${p.row}` : null, p.column ? `kolom ${p.column}` : null].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${p.message}` : p.message;
}

const isBlank = (r: SourceRow): boolean => r.cells.every((c) => c.trim() === '');

function unitKey(segments: string[]): string {
  return segments.map((s) => s.toLowerCase()).join('\u0000');
}

export function buildWorkspace(table: SourceTable, options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const notices = new Notices();
  const nonEmpty = table.rows.filter((r) => !isBlank(r));
  if (nonEmpty.length === 0) {
    return refuse([{ row: null, message: 'Berkas kosong: tidak ada baris judul kolom maupun baris data.' }]);
  }

  // ---- header
  const headerRow = findHeader(nonEmpty);
  if (headerRow.row !== nonEmpty[0].row) {
    notices.add(
      `Judul kolom ditemukan di baris ${headerRow.row}; baris di atasnya (judul lembar, keterangan) diabaikan.`,
    );
  }
  const colIndex = new Map<Column, number>();
  const unknown: string[] = [];
  const untitled: number[] = [];
  headerRow.cells.forEach((raw, i) => {
    const title = raw.trim();
    if (title === '') {
      untitled.push(i);
      return;
    }
    const hit = columnOf(title);
    if (!hit) {
      unknown.push(title);
      return;
    }
    const earlier = colIndex.get(hit.column);
    if (earlier !== undefined) {
      problems.push({
        row: headerRow.row,
        column: hit.column,
        message: `Kolom «${hit.column}» muncul dua kali (kolom ke-${earlier + 1} dan ke-${i + 1}); hapus salah satunya.`,
      });
      return;
    }
    colIndex.set(hit.column, i);
    if (hit.alias) notices.add(`Kolom «${title}» dibaca sebagai «${hit.column}».`);
  });
  if (unknown.length) {
    notices.add(`Kolom yang tidak dikenal diabaikan: ${unknown.map((u) => `«${u}»`).join(', ')}.`);
  }
  for (const col of REQUIRED_COLUMNS) {
    if (!colIndex.has(col)) {
      problems.push({
        row: headerRow.row,
        column: col,
        message: `Kolom wajib «${col}» tidak ada. Kolom wajib: ${REQUIRED_COLUMNS.join(', ')}.`,
      });
    }
  }
  // Without the required columns every row would fail the same way: report the header only.
  if (problems.length) return refuse(problems);

  const dataRows = nonEmpty.filter((r) => r.row > headerRow.row);
  if (dataRows.length === 0) {
    return refuse([{ row: null, message: 'Berkas hanya berisi judul kolom; tidak ada baris jabatan.' }]);
  }
  if (dataRows.length > MAX_DATA_ROWS) {
    return refuse([
      {
        row: null,
        message: `Berkas berisi ${dataRows.length.toLocaleString('id-ID')} baris jabatan; batasnya ${MAX_DATA_ROWS.toLocaleString('id-ID')} baris. Pecah berkas per Perangkat Daerah.`,
      },
    ]);
  }
  if (untitled.length) {
    const withData = untitled.filter((i) => dataRows.some((r) => (r.cells[i] ?? '').trim() !== ''));
    if (withData.length) {
      notices.add(`Kolom tanpa judul (kolom ke-${withData.map((i) => i + 1).join(', ke-')}) diabaikan.`);
    }
  }

  // ---- rows
  const reader = new RowReader(headerRow.cells.length, colIndex, problems, notices);
  const records = dataRows.map((src) => reader.read(src));

  // ---- kode: unique text
  const rowOfKode = new Map<string, number>();
  for (const r of records) {
    if (!r.kode) continue;
    const first = rowOfKode.get(r.kode);
    if (first !== undefined) {
      problems.push({
        row: r.row,
        column: 'kode',
        message:
          `Kode «${r.kode}» sudah dipakai di baris ${first}; setiap jabatan harus punya kode yang unik.` +
          (table.format === 'xlsx' ? ' ' + XLSX_NUMBER_HINT : ''),
      });
    } else rowOfKode.set(r.kode, r.row);
  }

  // ---- atasan: names an existing row, not itself
  const numericKode = new Map<number, string>();
  for (const k of rowOfKode.keys()) if (/^\d+(\.\d+)?$/.test(k) && !numericKode.has(Number(k))) numericKode.set(Number(k), k);
  for (const r of records) {
    if (!r.atasan) continue;
    if (r.atasan === r.kode) {
      problems.push({ row: r.row, column: 'atasan', message: `Jabatan ini menunjuk dirinya sendiri («${r.atasan}») sebagai atasan.` });
    } else if (!rowOfKode.has(r.atasan)) {
      const near = /^\d+(\.\d+)?$/.test(r.atasan) ? numericKode.get(Number(r.atasan)) : undefined;
      problems.push({
        row: r.row,
        column: 'atasan',
        message:
          `Atasan «${r.atasan}» tidak ada di kolom kode berkas ini.` +
          (near && near !== r.atasan ? ` Mungkin maksudnya «${near}»? Kode adalah teks: «1.10» tidak sama dengan «1.1».` : ''),
      });
    }
  }

  if (problems.length) return refuse(problems);

  // ---- units
  const doc = emptyWorkspace();
  const makeId = idMaker();
  const unitByKey = new Map<string, Unit>();
  const pdTipe = new Map<string, { depth: number; tipe: TipePd; row: number }[]>();
  const unitIdOfRow = new Map<number, string>();
  for (const r of records) {
    const segments = r.segments!;
    let parentId: string | null = null;
    for (let depth = 1; depth <= segments.length; depth++) {
      const key = unitKey(segments.slice(0, depth));
      const nama = segments[depth - 1];
      let unit = unitByKey.get(key);
      if (!unit) {
        unit = {
          id: makeId('unit'),
          nama,
          parentId,
          isPerangkatDaerah: depth === 1,
          tipePd: null,
          pengecualian: false,
        };
        unitByKey.set(key, unit);
        doc.units[unit.id] = unit;
      } else if (unit.nama !== nama) {
        notices.addRow(
          `ejaan:${key}`,
          r.row,
          (rows) => `Unit «${nama}» (${rows}) dianggap sama dengan «${unit!.nama}» (beda huruf besar/kecil atau spasi).`,
        );
      }
      parentId = unit.id;
    }
    unitIdOfRow.set(r.row, parentId!);
    if (r.tipePd) {
      const pdKey = unitKey(segments.slice(0, 1));
      const list = pdTipe.get(pdKey) ?? [];
      list.push({ depth: segments.length, tipe: r.tipePd, row: r.row });
      pdTipe.set(pdKey, list);
    }
  }

  // tipe_pd belongs to the Perangkat Daerah (first segment). The PD's own rows decide when rows disagree.
  const defaulted: string[] = [];
  for (const [key, unit] of unitByKey) {
    if (!unit.isPerangkatDaerah) continue;
    const given = pdTipe.get(key);
    if (given && given.length) {
      const chosen = given.find((g) => g.depth === 1) ?? given[0];
      unit.tipePd = chosen.tipe;
      const others = given.filter((g) => g.tipe !== chosen.tipe);
      if (others.length) {
        notices.add(
          `tipe_pd untuk «${unit.nama}» berbeda-beda (${others
            .slice(0, 5)
            .map((o) => `baris ${o.row}: ${o.tipe}`)
            .join('; ')}${others.length > 5 ? '; …' : ''}); dipakai «${chosen.tipe}» dari baris ${chosen.row}. ` +
            'tipe_pd berlaku untuk Perangkat Daerah, yaitu segmen pertama kolom unit.',
        );
      }
    } else {
      const guessed = guessTipePd(unit.nama);
      unit.tipePd = guessed ?? 'dinas';
      if (guessed && guessed !== 'dinas') {
        notices.add(`tipe_pd «${unit.nama}» tidak diisi; dari namanya dianggap «${guessed}».`);
      } else if (!guessed) {
        defaulted.push(unit.nama);
      }
    }
  }
  if (defaulted.length) {
    notices.add(
      `tipe_pd tidak diisi untuk ${defaulted.map((n) => `«${n}»`).join(', ')}; dianggap «dinas». ` +
        'Isi kolom tipe_pd bila bukan Dinas (aturan penempatan jenjang berbeda untuk Kecamatan dan DPMPTSP).',
    );
  }

  // ---- positions
  const idOfKode = new Map<string, string>();
  for (const r of records) idOfKode.set(r.kode, makeId('pos'));
  const byKind = Object.fromEntries(POSITION_KINDS.map((k) => [k, 0])) as Record<PositionKind, number>;
  for (const r of records) {
    const kind = r.kind!;
    byKind[kind]++;
    const unitId = unitIdOfRow.get(r.row)!;
    if (r.jenjang && kind !== 'fungsional') {
      notices.addRow('jenjang-bukan-jf', r.row, (rows) => `Jenjang diabaikan pada jabatan yang bukan fungsional (${rows}).`);
    }
    if (r.memimpinUnitMandiri && kind !== 'fungsional') {
      notices.addRow(
        'mandiri-bukan-jf',
        r.row,
        (rows) => `memimpin_unit_mandiri hanya berlaku untuk Pejabat Fungsional; diabaikan (${rows}).`,
      );
    }
    const memimpin = kind === 'fungsional' && r.memimpinUnitMandiri;
    if (r.pengecualian) {
      doc.units[unitId].pengecualian = true;
      if (!isStructural(kind) && !memimpin) {
        notices.addRow(
          'pengecualian-bukan-pimpinan',
          r.row,
          (rows) =>
            `pengecualian biasanya diisi pada baris pimpinan unit; unit baris ini tetap ditandai pengecualian (${rows}).`,
        );
      }
    }
    const position: Position = {
      id: idOfKode.get(r.kode)!,
      kode: r.kode,
      nama: r.nama,
      kind,
      jenjang: kind === 'fungsional' ? r.jenjang : null,
      unitId,
      superiorId: r.atasan ? idOfKode.get(r.atasan)! : null,
      memimpinUnitMandiri: memimpin,
      substansi: r.substansi,
      kelasJabatan: r.kelasJabatan,
      kebutuhan: 1,
      pemangku: r.holder ? [{ id: `${idOfKode.get(r.kode)!}-pemangku-1`, ...r.holder }] : [],
      bezetting: null,
      placement: null,
    };
    doc.positions[position.id] = position;
  }

  const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
  doc.title = options.title ?? (pds.length === 1 ? pds[0].nama : 'Peta jabatan');
  const summary: ImportSummary = { units: unitByKey.size, positions: records.length, byKind };
  return { ok: true, doc, notices: notices.list(), summary };
}

export const XLSX_NUMBER_HINT =
  'Di Excel, kode yang diketik sebagai angka kehilangan nol di belakang («1.10» menjadi 1.1); ' +
  'format kolom kode dan atasan sebagai Teks lalu ketik ulang kodenya.';

/**
 * Ids for one import: a random part shared by the batch plus a counter. newId() draws from crypto per call, which
 * was a third of the time of a 5,000-row import; one random draw per import keeps ids unique across documents.
 */
function idMaker(): (prefix: string) => string {
  const batch = newId('').slice(1, 7);
  let counter = 0;
  return (prefix) => `${prefix}_${batch}${(counter++).toString(36)}`;
}

function refuse(problems: ImportProblem[]): ImportResult {
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
  return { ok: false, problems: sorted };
}

function findHeader(rows: SourceRow[]): SourceRow {
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const cols = r.cells.map((c) => columnOf(c)?.column).filter(Boolean);
    if (cols.includes('kode') && cols.length >= 2) return r;
  }
  return rows[0];
}

/**
 * Reads one data row at a time into a RowRecord. A class with methods rather than closures per row: a
 * 5,000-row import allocated ~10 functions per row before, and the garbage collector was its largest cost.
 */
class RowReader {
  private src: SourceRow = { row: 0, cells: [] };
  private readonly index: Record<Column, number>;

  constructor(
    private readonly headerWidth: number,
    colIndex: Map<Column, number>,
    private readonly problems: ImportProblem[],
    private readonly notices: Notices,
  ) {
    this.index = Object.fromEntries(COLUMNS.map((c) => [c, colIndex.get(c) ?? -1])) as Record<Column, number>;
  }

  private cell(col: Column): string {
    const i = this.index[col];
    return i < 0 ? '' : (this.src.cells[i] ?? '').trim();
  }

  private origin(col: Column): CellOrigin {
    const i = this.index[col];
    return (i >= 0 && this.src.origins?.[i]) || 'text';
  }

  private problem(column: Column | null, message: string): void {
    this.problems.push(column ? { row: this.src.row, column, message } : { row: this.src.row, message });
  }

  private required(col: Column, what: string): string {
    const v = this.cell(col);
    if (v === '') this.problem(col, `${what} kosong; kolom ini wajib diisi.`);
    return v;
  }

  private flag(col: Column): boolean {
    const raw = this.cell(col);
    const v = parseYaTidak(raw);
    if (v === null) this.problem(col, `Nilai «${raw}» tidak dikenal; isi ${ACCEPTED.yaTidak} atau kosongkan.`);
    return v === true;
  }

  private pick<T>(col: Column, parse: (raw: string) => T | null, accepted: string): T | null {
    const raw = this.cell(col);
    if (raw === '') return null;
    const v = parse(raw);
    if (v === null) this.problem(col, `Nilai «${raw}» tidak dikenal. Isi ${accepted}, atau kosongkan.`);
    return v;
  }

  read(src: SourceRow): RowRecord {
    this.src = src;
    const row = src.row;
    if (src.cells.length > this.headerWidth && src.cells.slice(this.headerWidth).some((c) => c.trim() !== '')) {
      this.problem(
        null,
        `Baris ini berisi ${src.cells.length} nilai, padahal judulnya ${this.headerWidth} kolom. ` +
          'Nilai yang mengandung koma atau titik koma harus diapit tanda kutip ("…").',
      );
    }

    // kode and atasan are text; a spreadsheet may have stored them as numbers or dates.
    for (const col of ['kode', 'atasan'] as const) {
      const o = this.origin(col);
      if (o === 'date') {
        this.problem(
          col,
          `Sel ini tersimpan sebagai tanggal di Excel (mis. «1.10» dibaca sebagai 1 Oktober). Format kolom ${col} sebagai Teks lalu ketik ulang.`,
        );
      } else if (o === 'number') {
        this.notices.addRow('kode-angka', row, numberKodeNotice);
      }
    }
    const kode = this.origin('kode') === 'date' ? '' : this.required('kode', 'Kode');
    const atasan = this.origin('atasan') === 'date' ? '' : this.cell('atasan');
    const nama = this.required('nama_jabatan', 'Nama jabatan');

    const jenisRaw = this.required('jenis', 'Jenis jabatan');
    const kind = jenisRaw ? parseJenis(jenisRaw) : null;
    if (jenisRaw && !kind) this.problem('jenis', `Jenis «${jenisRaw}» tidak dikenal. Isi salah satu: ${ACCEPTED.jenis}.`);

    const jenjangRaw = this.cell('jenjang');
    const jenjang = jenjangRaw ? parseJenjang(jenjangRaw) : null;
    if (jenjangRaw && !jenjang) {
      this.problem('jenjang', `Jenjang «${jenjangRaw}» tidak dikenal. Isi salah satu: ${ACCEPTED.jenjang}.`);
    }
    if (kind === 'fungsional' && !jenjangRaw) {
      this.problem('jenjang', 'Jenjang wajib diisi untuk Pejabat Fungsional (mis. «Ahli Muda», «Terampil»).');
    }

    const unitRaw = this.required('unit', 'Unit');
    let segments: string[] | null = null;
    if (unitRaw) {
      const parts = unitRaw.split('>').map(cleanSegment);
      if (parts.includes('')) {
        this.problem('unit', `Unit «${unitRaw}» memuat bagian kosong; pisahkan nama unit dengan « > », mis. «Dinas X > Bidang Y».`);
      } else segments = parts;
    }

    const tipeRaw = this.cell('tipe_pd');
    const tipePd = tipeRaw ? parseTipePd(tipeRaw) : null;
    if (tipeRaw && !tipePd) {
      this.problem('tipe_pd', `Tipe Perangkat Daerah «${tipeRaw}» tidak dikenal. Isi salah satu: ${ACCEPTED.tipe_pd}.`);
    }

    return {
      row,
      kode,
      nama,
      kind,
      jenjang,
      segments,
      tipePd,
      atasan,
      memimpinUnitMandiri: this.flag('memimpin_unit_mandiri'),
      substansi: this.cell('substansi'),
      pengecualian: this.flag('pengecualian'),
      holder: this.holder(),
      kelasJabatan: this.kelas,
    };
  }

  /** the kelas of the row, read with the holder columns (in their order, so problems keep the column order) */
  private kelas: number | null = null;

  private readKelas(): Record<string, never> {
    this.kelas = this.pick('kelas_jabatan', parseKelasJabatan, 'kelas jabatan berupa bilangan bulat 1–17');
    return {};
  }

  private holder(): PemangkuData | null {
    this.kelas = null;
    if (HOLDER_COLUMNS.every((c) => c === 'kelas_jabatan' || this.index[c] < 0 || this.cell(c) === '')) {
      this.readKelas();
      return null;
    }
    let nip = this.cell('nip');
    // An 18-digit NIP stored as a number keeps only 15 significant digits (Excel), or shows as 1,98E+17 in a CSV
    // saved by Excel. Its last digits (the sequence number, never 000) are gone, so it is not worth keeping.
    if (nip && (/e\+?\d+$/i.test(nip) || this.origin('nip') === 'number')) {
      this.notices.addRow('nip-angka', this.src.row, nipNotice);
      nip = '';
    }
    return {
      nama: this.cell('nama'),
      nip,
      pendidikan: this.pick('pendidikan', parsePendidikan, `salah satu: ${ACCEPTED.pendidikan}`),
      golongan: this.pick('golongan', parseGolongan, `golongan ${ACCEPTED.golongan}`),
      ...this.readKelas(),
      predikatKinerja: this.pick('predikat_kinerja', parsePredikat, `salah satu: ${ACCEPTED.predikat}`),
      pengalamanTahun: this.pick(
        'pengalaman_tahun',
        parsePengalaman,
        'lama pengalaman dalam tahun (0–60), mis. «3» atau «2,5»',
      ),
    };
  }
}

const cleanSegment = (s: string): string => s.trim().replace(/\s+/g, ' ');

const numberKodeNotice = (rows: string): string =>
  `Kode/atasan tersimpan sebagai angka di Excel (${rows}): dibaca seperti yang tersimpan. ${XLSX_NUMBER_HINT}`;

const nipNotice = (rows: string): string =>
  `NIP tersimpan sebagai angka sehingga digitnya hilang (${rows}); NIP tersebut tidak diimpor. Format kolom nip sebagai Teks.`;
