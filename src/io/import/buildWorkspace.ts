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
import { columnOf, COLUMNS, HOLDER_COLUMNS, normaliseHeader, type Column } from './columns';
import { canonicalise, detectLayout, LAYOUT_LABELS, requiredColumns, type LayoutId } from './layouts';
import {
  guessTipePd,
  parseGolongan,
  parseJenis,
  parseJenjang,
  parseCount,
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
  kebutuhan: number | null;
  bezetting: number | null;
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

/** The key a column-mapping choice is remembered under: the shape of the header row. */
export function layoutKeyOf(headers: string[]): string {
  return headers.map((h) => normaliseHeader(h)).join('|');
}

/** A cell written formula-safe by our export («'=…») reads back as it was («=…»). */
function unguard(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.charCodeAt(0) === 39 && c.length > 1 && '=+-@\t\r'.includes(c[1])) cells[i] = c.slice(1);
  }
  return cells;
}

export function buildWorkspace(table: SourceTable, options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const notices = new Notices();
  const nonEmpty = table.rows.filter((r) => !isBlank(r));
  if (nonEmpty.length === 0) {
    return refuse([{ row: null, message: 'Berkas kosong: tidak ada baris judul kolom maupun baris data.' }]);
  }
  for (const r of nonEmpty) unguard(r.cells);
  const mapping = options.columnMapping ?? null;
  const resolve = (title: string): { column: Column; alias: boolean } | null | 'ignore' => {
    if (mapping) {
      const key = normaliseHeader(title);
      if (Object.hasOwn(mapping, key)) return mapping[key] === null ? 'ignore' : { column: mapping[key]!, alias: true };
    }
    return columnOf(title);
  };

  // ---- header
  const headerRow = findHeader(nonEmpty, resolve);
  if (headerRow.row !== nonEmpty[0].row) {
    notices.add(
      `Judul kolom ditemukan di baris ${headerRow.row}; baris di atasnya (judul lembar, keterangan) diabaikan.`,
    );
  }
  const colIndex = new Map<Column, number>();
  const titleOf = new Map<Column, string>();
  const unknown: string[] = [];
  const untitled: number[] = [];
  headerRow.cells.forEach((raw, i) => {
    const title = raw.trim();
    if (title === '') {
      untitled.push(i);
      return;
    }
    const hit = resolve(title);
    if (hit === 'ignore') return;
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
    titleOf.set(hit.column, title);
    if (hit.alias && normaliseHeader(title) !== hit.column) notices.add(`Kolom «${title}» dibaca sebagai «${hit.column}».`);
  });
  if (unknown.length) {
    notices.add(`Kolom yang tidak dikenal diabaikan: ${unknown.map((u) => `«${u}»`).join(', ')}.`);
  }
  const layout: LayoutId = options.layout && options.layout !== 'auto' ? options.layout : detectLayout((c) => colIndex.has(c));
  const required = requiredColumns(layout);
  for (const col of required) {
    if (!colIndex.has(col)) {
      problems.push({
        row: headerRow.row,
        column: col,
        message: `Kolom wajib «${col}» tidak ada. Kolom wajib untuk susunan «${LAYOUT_LABELS[layout]}»: ${required.join(', ')}.`,
      });
    }
  }
  // Without the required columns every row would fail the same way: report the header only, and offer the mapping.
  if (problems.length) {
    const guessed = headerRow.cells.map((c) => {
      const hit = c.trim() ? resolve(c) : null;
      return hit && hit !== 'ignore' ? hit.column : null;
    });
    const refused = refuse(problems);
    return { ...refused, ok: false, mapping: { key: layoutKeyOf(headerRow.cells), row: headerRow.row, headers: headerRow.cells.map((c) => c.trim()), guessed, layout } } as ImportResult;
  }
  if (layout !== 'kode-atasan') notices.add(`Susunan berkas dibaca sebagai «${LAYOUT_LABELS[layout]}».`);

  let dataRows = nonEmpty.filter((r) => r.row > headerRow.row);
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

  // ---- rows wider than the header (checked on the file's own columns, before any layout is turned into ours)
  for (const src of dataRows) {
    const w = headerRow.cells.length;
    if (src.cells.length > w && src.cells.slice(w).some((c) => c.trim() !== '')) {
      problems.push({
        row: src.row,
        message:
          `Baris ini berisi ${src.cells.length} nilai, padahal judulnya ${w} kolom. ` +
          'Nilai yang mengandung koma atau titik koma harus diapit tanda kutip ("…").',
      });
    }
  }

  // ---- the layout's hierarchy → kode/atasan rows
  const canonical = canonicalise(
    layout,
    colIndex,
    dataRows,
    {
      problem: (p) => problems.push(p),
      notice: (key, row, text) => notices.addRow(key, row, text),
    },
    options.title,
  );
  dataRows = canonical.rows;

  // ---- rows
  const reader = new RowReader(canonical.colIndex, problems, notices, colIndex.has('kebutuhan'), colIndex.has('bezetting'));
  const progress = options.onProgress;
  const records: RowRecord[] = [];
  for (let i = 0; i < dataRows.length; i++) {
    records.push(reader.read(dataRows[i]));
    if (progress && i % 2000 === 1999) progress({ phase: 'build', done: i + 1, total: dataRows.length });
  }
  // a problem names the column as the file titles it (in a nomor layout «kode» is the file's «No»)
  const stands: Partial<Record<Column, Column>> =
    layout === 'nomor' ? { kode: 'nomor', atasan: 'nomor' } : layout === 'parent-id' ? { kode: 'id', atasan: 'parent_id' } : {};
  const label = (p: ImportProblem): ImportProblem => {
    const col = p.column ? (stands[p.column as Column] ?? (p.column as Column)) : null;
    return col && titleOf.has(col) ? { ...p, column: titleOf.get(col) } : p;
  };
  return finish(table, options, layout, records, problems.map(label), notices, label);
}

/** The checks across rows (kode, atasan), person rows, "only the valid rows", and the document. */
function finish(
  table: SourceTable,
  options: ImportOptions,
  layout: LayoutId,
  allRecords: RowRecord[],
  rowProblems: ImportProblem[],
  notices: Notices,
  label: (p: ImportProblem) => ImportProblem,
): ImportResult {
  let records = allRecords;
  let problems: ImportProblem[] = [];
  const rejected: ImportProblem[] = [];
  const rejectedRows = new Set<number>();
  if (options.validRowsOnly && rowProblems.length && rowProblems.every((p) => p.row !== null)) {
    for (const p of rowProblems) {
      rejected.push(p);
      rejectedRows.add(p.row!);
    }
  } else problems = rowProblems;
  const kodeOfRejected = new Map<string, number>();
  // a few rounds: a row left out takes the rows under it along (each with its reason)
  for (let round = 0; round < 50; round++) {
    for (const r of records) if (rejectedRows.has(r.row) && r.kode && !kodeOfRejected.has(r.kode)) kodeOfRejected.set(r.kode, r.row);
    records = records.filter((r) => !rejectedRows.has(r.row));
    const found = crossRowProblems(table, records, kodeOfRejected, notices).map(label);
    if (!options.validRowsOnly || found.some((p) => p.row === null)) {
      problems.push(...found);
      break;
    }
    if (found.length === 0) break;
    for (const p of found) {
      rejected.push(p);
      rejectedRows.add(p.row!);
    }
  }
  if (problems.length) return refuse(problems);
  if (records.length === 0) {
    return refuse([{ row: null, message: 'Tidak ada baris yang sah untuk diimpor.' }, ...rejected]);
  }
  if (rejected.length) {
    const rows = [...new Set(rejected.map((p) => p.row!))].sort((a, b) => a - b);
    notices.add(`${rows.length.toLocaleString('id-ID')} baris tidak diimpor (${formatRows(rows)}); alasannya tercantum per baris.`);
  }
  const result = buildDocument(options, records, notices);
  if (!result.ok) return result;
  return { ...result, layout, rejected: sortProblems(rejected) };
}

/**
 * Duplicate kode (unless the rows are persons of one jabatan) and atasan that names no row. Person rows of one
 * jabatan (the same kode, the same jabatan fields) are folded into their first row's record here.
 */
function crossRowProblems(table: SourceTable, records: RowRecord[], kodeOfRejected: Map<string, number>, notices: Notices): ImportProblem[] {
  const problems: ImportProblem[] = [];
  void notices;

  // ---- kode: unique text, or the person rows of one jabatan
  const rowOfKode = new Map<string, number>();
  const recordOfKode = new Map<string, RowRecord>();
  for (const r of records) {
    if (!r.kode) continue;
    const first = rowOfKode.get(r.kode);
    if (first !== undefined && samePersonJabatan(recordOfKode.get(r.kode)!, r)) continue;
    if (first !== undefined) {
      problems.push({
        row: r.row,
        column: 'kode',
        message:
          `Kode «${r.kode}» sudah dipakai di baris ${first}; setiap jabatan harus punya kode yang unik.` +
          (table.format === 'xlsx' ? ' ' + XLSX_NUMBER_HINT : ''),
      });
    } else {
      rowOfKode.set(r.kode, r.row);
      recordOfKode.set(r.kode, r);
    }
  }

  // ---- atasan: names an existing row, not itself
  const numericKode = new Map<number, string>();
  for (const k of rowOfKode.keys()) if (/^\d+(\.\d+)?$/.test(k) && !numericKode.has(Number(k))) numericKode.set(Number(k), k);
  for (const r of records) {
    if (!r.atasan) continue;
    if (r.atasan === r.kode) {
      problems.push({ row: r.row, column: 'atasan', message: `Jabatan ini menunjuk dirinya sendiri («${r.atasan}») sebagai atasan.` });
    } else if (!rowOfKode.has(r.atasan) && kodeOfRejected.has(r.atasan)) {
      problems.push({
        row: r.row,
        column: 'atasan',
        message: `Atasan «${r.atasan}» (baris ${kodeOfRejected.get(r.atasan)}) tidak diimpor, maka jabatan ini pun tidak diimpor.`,
      });
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

  return problems;
}

/** Two rows with the same kode are persons of one jabatan when both name a person and their jabatan agrees. */
function samePersonJabatan(a: RowRecord, b: RowRecord): boolean {
  return (
    a.holder !== null &&
    b.holder !== null &&
    a.nama.toLowerCase() === b.nama.toLowerCase() &&
    a.kind === b.kind &&
    a.jenjang === b.jenjang &&
    a.atasan === b.atasan &&
    (a.segments ?? []).join('>').toLowerCase() === (b.segments ?? []).join('>').toLowerCase()
  );
}

function buildDocument(options: ImportOptions, allRecords: RowRecord[], notices: Notices): Extract<ImportResult, { ok: true }> | Extract<ImportResult, { ok: false }> {
  // person rows of one jabatan: the first row's record carries them all
  const personsOf = new Map<string, RowRecord[]>();
  const records: RowRecord[] = [];
  for (const r of allRecords) {
    const list = personsOf.get(r.kode);
    if (list) list.push(r);
    else {
      personsOf.set(r.kode, [r]);
      records.push(r);
    }
  }
  const kProblems: ImportProblem[] = [];
  let grouped = 0;
  for (const list of personsOf.values()) {
    if (list.length < 2) continue;
    grouped++;
    const ks = list.filter((r) => r.kebutuhan !== null);
    const k0 = ks[0]?.kebutuhan ?? null;
    for (const r of ks) {
      if (r.kebutuhan !== k0) {
        kProblems.push({ row: r.row, column: 'kebutuhan', message: `Kebutuhan (K) ${r.kebutuhan} berbeda dari baris ${ks[0].row} (${k0}) untuk jabatan yang sama.` });
      }
    }
    list[0].kebutuhan = k0;
  }
  if (kProblems.length) return refuse(kProblems) as Extract<ImportResult, { ok: false }>;
  if (grouped) {
    notices.add(`${(allRecords.length - records.length + grouped).toLocaleString('id-ID')} baris pemangku dibaca sebagai ${grouped.toLocaleString('id-ID')} jabatan dengan beberapa pemangku (baris jabatan yang sama pada unit yang sama).`);
  }

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
  const noK: number[] = [];
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
    const persons = personsOf.get(r.kode)!;
    const pemangku = persons
      .filter((x) => x.holder !== null)
      .map((x, i) => ({ id: `${idOfKode.get(r.kode)!}-pemangku-${i + 1}`, ...x.holder! }));
    if (r.bezetting !== null && pemangku.length > 0 && r.bezetting !== pemangku.length) {
      notices.addRow('b-dari-nama', r.row, (rows) => `Bezetting (B) dihitung dari jumlah pemangku yang bernama, bukan dari kolom B (${rows}).`);
    }
    const b = pemangku.length > 0 ? pemangku.length : (r.bezetting ?? 0);
    if (r.kebutuhan === null) noK.push(r.row);
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
      kebutuhan: r.kebutuhan ?? Math.max(1, b),
      pemangku,
      bezetting: pemangku.length === 0 && r.bezetting !== null ? r.bezetting : null,
      placement: null,
    };
    doc.positions[position.id] = position;
  }

  // our own older template has no K column (one row per slot, K = 1): no notice for that
  if (noK.length && (noK.length < records.length || options.layout !== undefined || records.some((r) => r.bezetting !== null))) {
    notices.add(
      noK.length === records.length
        ? 'Kebutuhan (K) tidak ada di berkas; K tiap jabatan dianggap sama dengan B (paling sedikit 1). Isi K dari ABK di panel Properti.'
        : `Kebutuhan (K) kosong pada ${formatRows(noK)}; dianggap sama dengan B (paling sedikit 1).`,
    );
  }
  const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
  doc.title = options.title ?? (pds.length === 1 ? pds[0].nama : 'Peta jabatan');
  const summary: ImportSummary = { units: unitByKey.size, positions: records.length, byKind };
  return { ok: true, doc, notices: notices.list(), summary, layout: 'kode-atasan', rejected: [] };
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

function refuse(problems: ImportProblem[]): Extract<ImportResult, { ok: false }> {
  return { ok: false, problems: sortProblems(problems) };
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

const HIERARCHY_COLUMNS: readonly Column[] = ['kode', 'id', 'nomor', 'nama_jabatan', 'nama_unor'];

function findHeader(rows: SourceRow[], resolve: (title: string) => { column: Column } | null | 'ignore'): SourceRow {
  const head = rows.slice(0, HEADER_SEARCH_ROWS);
  for (const r of head) {
    const cols = r.cells.map((c) => {
      const hit = c.trim() ? resolve(c) : null;
      return hit && hit !== 'ignore' ? hit.column : null;
    }).filter((c): c is Column => c !== null);
    if (cols.some((c) => HIERARCHY_COLUMNS.includes(c)) && cols.length >= 2) return r;
  }
  // nothing recognised: the first row of several filled cells (under a title block) is the header to map
  return head.find((r) => r.cells.filter((c) => c.trim() !== '').length >= 3) ?? rows[0];
}

/**
 * Reads one data row at a time into a RowRecord. A class with methods rather than closures per row: a
 * 5,000-row import allocated ~10 functions per row before, and the garbage collector was its largest cost.
 */
class RowReader {
  private src: SourceRow = { row: 0, cells: [] };
  private readonly index: Record<Column, number>;

  constructor(
    colIndex: Map<Column, number>,
    private readonly problems: ImportProblem[],
    private readonly notices: Notices,
    private readonly hasK: boolean,
    private readonly hasB: boolean,
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
      kebutuhan: this.hasK ? this.pick('kebutuhan', parseCount, 'kebutuhan (K) berupa bilangan bulat 0 atau lebih') : null,
      bezetting: this.hasB ? this.pick('bezetting', parseCount, 'bezetting (B) berupa bilangan bulat 0 atau lebih') : null,
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
