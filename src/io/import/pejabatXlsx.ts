// Peta jabatan in .xlsx: the first sheet → rows of text → the same buildWorkspace as the CSV path.
//
// What an .xlsx can and cannot preserve of the text the user typed:
// - A cell formatted as Text (or typed with a leading apostrophe) keeps it exactly: «1.10» stays «1.10».
// - A number cell stores only the number: «1.10» typed into a General cell is saved as 1.1, «007» as 7, and an
//   18-digit NIP keeps 15 significant digits. We read the stored number text as written in the file (through
//   read-excel-file's parseNumber hook, so no float round trip adds digits) and tell the user, but the lost zeros
//   cannot be recovered: a kode «1.10» may collide with «1.1», which is then refused as a duplicate with a hint.
// - A cell Excel turned into a date («1.10» read as 1 October in some locales) cannot be turned back: refused.
// - Formulas give their cached value; booleans become «ya»/«tidak».
import { InvalidInputError, readSheet, type Row } from 'read-excel-file/universal';
import { buildWorkspace } from './buildWorkspace';
import { tooLarge } from './pejabatCsv';
import { checkZipSize, inflateGuarded } from './zipGuard';
import { MAX_BYTES, type CellOrigin, type ImportOptions, type ImportProblem, type ImportProgress, type ImportResult, type SourceRow, type SourceTable } from './types';

/** Number cells arrive as the text stored in the sheet, tagged so they can be told from text cells. */
interface StoredNumber {
  stored: string;
}

const isStoredNumber = (v: unknown): v is StoredNumber =>
  typeof v === 'object' && v !== null && typeof (v as StoredNumber).stored === 'string';

/** "1.1000000000000001" (old Excel writes 17 digits) → "1.1"; huge integers keep what the file says. */
function numberText(stored: string): string {
  const n = Number(stored);
  if (!Number.isFinite(n)) return stored;
  const short = String(n);
  return /e/i.test(short) ? stored : short;
}

function cellText(value: unknown): { text: string; origin: CellOrigin } {
  if (value === null || value === undefined) return { text: '', origin: 'text' };
  if (typeof value === 'string') return { text: value, origin: 'text' };
  if (typeof value === 'boolean') return { text: value ? 'ya' : 'tidak', origin: 'boolean' };
  if (isStoredNumber(value)) return { text: numberText(value.stored), origin: 'number' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), origin: 'date' };
  return { text: String(value), origin: 'text' };
}

export type XlsxInput = ArrayBuffer | Uint8Array | Blob;

/** read-excel-file/universal takes an ArrayBuffer; copy so a Node Buffer's shared pool is not passed along. */
function toUniversalInput(input: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(input.byteLength);
  copy.set(input);
  return copy.buffer;
}

const sizeOf = (input: XlsxInput): number => (input instanceof Blob ? input.size : input.byteLength);

export async function parsePejabatXlsx(input: XlsxInput, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readXlsxTable(input, options.onProgress);
  return read.ok ? buildWorkspace(read.table, options) : { ok: false, problems: read.problems };
}

export type TableRead = { ok: true; table: SourceTable } | { ok: false; problems: ImportProblem[] };

/** The first sheet (with our export's Pemangku sheet joined) as rows of text; progress per unzipped piece. */
export async function readXlsxTable(input: XlsxInput, onProgress?: (p: ImportProgress) => void): Promise<TableRead> {
  const size = sizeOf(input);
  if (size > MAX_BYTES) return { ok: false, problems: [tooLarge(size)] };
  let data: Row<StoredNumber>[];
  let persons: Row<StoredNumber>[] | null = null;
  try {
    let bytes = input instanceof Uint8Array ? input : new Uint8Array(input instanceof Blob ? await input.arrayBuffer() : input);
    // a zip that unpacks to gigabytes is refused before the reader allocates for it
    const zip = checkZipSize(bytes);
    if (zip.ok === false) return { ok: false, problems: [{ row: null, message: zip.message }] };
    // the sizes a zip declares may lie: inflate counting the real bytes, then hand the reader a stored (uncompressed)
    // copy of those parts, so it never inflates anything itself
    const inflated = await inflateGuarded(bytes, undefined, undefined, onProgress ? (done, total) => onProgress({ phase: 'unzip', done, total }) : undefined);
    if (inflated.ok === false) return { ok: false, problems: [{ row: null, message: inflated.message }] };
    if (inflated.ok && !inflated.files['xl/workbook.xml']) {
      return { ok: false, problems: [{ row: null, message: NOT_XLSX }] };
    }
    if (inflated.ok) {
      const { zipSync } = await import('fflate');
      bytes = zipSync(inflated.files, { level: 0 });
    }
    onProgress?.({ phase: 'read', done: 0, total: 1 });
    // Only the first sheet is parsed: a workbook with one sheet per PD would otherwise cost all of them.
    data = await readSheet<StoredNumber>(toUniversalInput(bytes), 1, { parseNumber: (stored) => ({ stored }) });
    // our own export (DOMAIN.md §8.5) keeps the persons on a sheet «Pemangku» keyed by kode: join them back
    persons = await readSheet<StoredNumber>(toUniversalInput(bytes), 'Pemangku', { parseNumber: (stored) => ({ stored }) }).catch(() => null);
    onProgress?.({ phase: 'read', done: 1, total: 1 });
  } catch (e) {
    return { ok: false, problems: [{ row: null, message: xlsxErrorMessage(e) }] };
  }

  const rows: SourceRow[] = joinPersons(data, persons).map(({ cells, row }) => {
    const texts: string[] = [];
    const origins: CellOrigin[] = [];
    for (const c of cells) {
      const { text, origin } = cellText(c);
      texts.push(text);
      origins.push(origin);
    }
    return { row, cells: texts, origins };
  });
  return { ok: true, table: { format: 'xlsx', rows } };
}

function xlsxErrorMessage(e: unknown): string {
  if (e instanceof InvalidInputError) {
    switch (e.code) {
      case 'XLS_FILE_NOT_SUPPORTED':
        return 'Berkas .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8.';
      case 'NO_DATA':
        return 'Berkas XLSX kosong.';
      default:
        return NOT_XLSX;
    }
  }
  return `Berkas XLSX tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The Peta Jabatan sheet with the persons of the Pemangku sheet joined by kode (one row per person, as in the CSV
 * export); a jabatan without pemangku keeps its one row. Rows keep the Peta Jabatan sheet's row numbers.
 */
function joinPersons(data: Row<StoredNumber>[], persons: Row<StoredNumber>[] | null): { row: number; cells: Row<StoredNumber> }[] {
  const plain = data.map((cells, i) => ({ row: i + 1, cells }));
  if (!persons || persons.length < 2 || data.length < 1) return plain;
  const text = (v: unknown) => cellText(v).text.trim().toLowerCase();
  const pHeader = persons[0].map(text);
  const pKode = pHeader.indexOf('kode');
  const header = data[0].map(text);
  const kodeAt = header.indexOf('kode');
  if (pKode < 0 || kodeAt < 0) return plain;
  const extra = pHeader.map((_, i) => i).filter((i) => i !== pKode);
  const byKode = new Map<string, Row<StoredNumber>[]>();
  for (const r of persons.slice(1)) {
    const k = cellText(r[pKode]).text.trim();
    if (!k) continue;
    const list = byKode.get(k) ?? [];
    list.push(r);
    byKode.set(k, list);
  }
  const width = data[0].length;
  const pad = (r: Row<StoredNumber>) => [...r, ...new Array(Math.max(0, width - r.length)).fill(null)].slice(0, width);
  const out = [{ row: 1, cells: [...pad(data[0]), ...extra.map((i) => persons[0][i])] as Row<StoredNumber> }];
  data.slice(1).forEach((r, i) => {
    const list = byKode.get(cellText(r[kodeAt]).text.trim()) ?? [null];
    for (const p of list) out.push({ row: i + 2, cells: [...pad(r), ...extra.map((j) => (p ? (p[j] ?? null) : null))] as Row<StoredNumber> });
  });
  return out;
}

const NOT_XLSX = 'Berkas ini bukan XLSX yang sah (isinya tidak dapat dibuka). Simpan ulang dari Excel sebagai .xlsx atau CSV UTF-8.';
