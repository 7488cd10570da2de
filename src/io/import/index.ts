// Peta jabatan import shared by the editor's import dialog and the CLI.
import { unitPath, type Workspace } from '../../model';
import { buildFromTable, readCsvTable } from './pejabatCsv';
import type { ImportOptions, ImportProblem, ImportProgress, ImportResult, SourceTable } from './types';

export { buildWorkspace, formatProblem, layoutKeyOf } from './buildWorkspace';
export { LAYOUT_LABELS } from './layouts';
export { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns';
export { buildFromTable, decodeText, detectDelimiter, parsePejabatCsv, readCsvTable } from './pejabatCsv';
// The XLSX reader (read-excel-file) is loaded only when a workbook arrives: it keeps the app's first chunk and the
// CLI's start-up on CSV free of it. Import parsePejabatXlsx from './pejabatXlsx' for direct use.
export type { XlsxInput } from './pejabatXlsx';
export * from './types';

export interface PetaJabatanFile {
  name: string;
  /** file contents; a string is taken as CSV text */
  bytes: Uint8Array | string;
}

export type FileKind = 'csv' | 'xlsx' | 'xls';

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** By content first (a renamed file still opens), then by extension. */
export function detectFileKind(file: PetaJabatanFile): FileKind {
  if (typeof file.bytes !== 'string') {
    if (startsWith(file.bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
    if (startsWith(file.bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  }
  return 'csv';
}

export async function importPetaJabatan(file: PetaJabatanFile, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readPetaJabatanTable(file, options.onProgress);
  return read.ok ? buildFromTable(read.table, options) : { ok: false, problems: read.problems };
}

/**
 * The file as rows of text, not yet read as a peta jabatan: the import dialog's worker keeps this table, so the
 * column-mapping step builds again from it without reading the file a second time.
 */
export async function readPetaJabatanTable(
  file: PetaJabatanFile,
  onProgress?: (p: ImportProgress) => void,
): Promise<{ ok: true; table: SourceTable } | { ok: false; problems: ImportProblem[] }> {
  const kind = detectFileKind(file);
  if (kind === 'xls') {
    return {
      ok: false,
      problems: [{ row: null, message: 'Berkas .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8.' }],
    };
  }
  if (kind === 'xlsx') {
    const { readXlsxTable } = await import('./pejabatXlsx');
    return readXlsxTable(file.bytes as Uint8Array, onProgress);
  }
  if (/\.xlsx?$/i.test(file.name)) {
    return {
      ok: false,
      problems: [{ row: null, message: `Berkas «${file.name}» bernama .xlsx tetapi isinya bukan XLSX yang sah.` }],
    };
  }
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  const read = readCsvTable(file.bytes);
  onProgress?.({ phase: 'read', done: 1, total: 1 });
  return read;
}

/** The kode of an imported position (findings name positions by id; a CSV user knows them by kode). */
export function kodeOf(doc: Workspace, positionId: string): string | null {
  return doc.positions[positionId]?.kode ?? null;
}

/** A finding subject as a CSV user reads it: a position by its kode, a unit by its path, anything else as is. */
export function subjectAsKode(doc: Workspace, id: string): string {
  const kode = kodeOf(doc, id);
  if (kode) return kode;
  if (doc.units[id]) return unitPath(doc, id);
  return id;
}
