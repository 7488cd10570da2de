// Peta jabatan CSV (DOMAIN.md §8.1): bytes or text → rows of text → buildWorkspace.
import Papa from 'papaparse';
import { buildWorkspace } from './buildWorkspace';
import { MAX_BYTES, type ImportOptions, type ImportProblem, type ImportResult, type SourceRow, type SourceTable } from './types';

const MB = (n: number): string => `${(n / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

export function tooLarge(size: number): ImportProblem {
  return {
    row: null,
    message: `Berkas berukuran ${MB(size)}; batasnya ${MB(MAX_BYTES)}. Pecah berkas per Perangkat Daerah.`,
  };
}

/**
 * Bytes → text. UTF-8 with or without BOM is the format; UTF-16 with BOM ("Unicode Text" from Excel) is read too.
 * Bytes that are not UTF-8 are read as Windows-1252, which is what Excel's plain "CSV" saves on Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; notice: string | null } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), notice: null };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      notice: 'Berkas bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf beraksen, atau simpan ulang sebagai «CSV UTF-8».',
    };
  }
}

/** Count a delimiter candidate in one line, ignoring text inside quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * Comma or semicolon (Indonesian Excel saves CSV with ";" because "," is the decimal mark); tab for text pasted
 * from a spreadsheet. Decided on the header line, whose names hold none of these.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\n|\r/, 10);
  const line = lines.find((l) => /kode/i.test(l)) ?? lines.find((l) => l.trim() !== '') ?? '';
  const candidates = [',', ';', '\t'] as const;
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const c of candidates) {
    const n = countOutsideQuotes(line, c);
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes: 'Tanda kutip (") pembuka tidak ditutup; semua isi sesudahnya terbaca sebagai satu nilai.',
  InvalidQuotes: 'Tanda kutip (") di dalam nilai harus ditulis dua kali ("") dan nilainya diapit tanda kutip.',
};

export function parsePejabatCsv(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const read = readCsvTable(input);
  return read.ok ? buildFromTable(read.table, options) : { ok: false, problems: read.problems };
}

/** buildWorkspace, with the reading notices (e.g. the encoding) first. */
export function buildFromTable(table: SourceTable, options: ImportOptions = {}): ImportResult {
  const result = buildWorkspace(table, options);
  if (result.ok && table.notices?.length) result.notices.unshift(...table.notices);
  return result;
}

export function readCsvTable(input: Uint8Array | string): { ok: true; table: SourceTable } | { ok: false; problems: ImportProblem[] } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_BYTES) return { ok: false, problems: [tooLarge(size)] };
  let text: string;
  let notice: string | null = null;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    ({ text, notice } = decodeText(input));
  }

  // dynamicTyping stays off: "1.10" must not become 1.1. Empty lines are kept so record i is spreadsheet row i + 1.
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const problems: ImportProblem[] = [];
  for (const e of parsed.errors) {
    problems.push({
      row: typeof e.row === 'number' ? e.row + 1 : null,
      message: QUOTE_MESSAGES[e.code] ?? `CSV tidak dapat dibaca: ${e.message}`,
    });
  }
  if (problems.length) return { ok: false, problems };

  const rows: SourceRow[] = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  return { ok: true, table: { format: 'csv', rows, notices: notice ? [notice] : [] } };
}
