// Peta jabatan import shared by the editor's import dialog and the CLI.
import { unitPath, type Workspace } from '../../model';
import { parsePejabatCsv } from './pejabatCsv';
import type { ImportOptions, ImportResult } from './types';

export { buildWorkspace, formatProblem, layoutKeyOf } from './buildWorkspace';
export { LAYOUT_LABELS } from './layouts';
export { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns';
export { decodeText, detectDelimiter, parsePejabatCsv } from './pejabatCsv';
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
  const kind = detectFileKind(file);
  if (kind === 'xls') {
    return {
      ok: false,
      problems: [{ row: null, message: 'Berkas .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8.' }],
    };
  }
  if (kind === 'xlsx') {
    const { parsePejabatXlsx } = await import('./pejabatXlsx');
    return parsePejabatXlsx(file.bytes as Uint8Array, options);
  }
  if (/\.xlsx?$/i.test(file.name)) {
    return {
      ok: false,
      problems: [{ row: null, message: `Berkas «${file.name}» bernama .xlsx tetapi isinya bukan XLSX yang sah.` }],
    };
  }
  return parsePejabatCsv(file.bytes, options);
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
