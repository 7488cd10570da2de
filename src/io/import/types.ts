// Shapes shared by the CSV and XLSX readers of a peta jabatan (DOMAIN.md §8.1).
import type { PositionKind, Workspace } from '../../model';

/** One problem that makes the file unreadable as a whole. `row` is the spreadsheet row (header = 1), null for the file. */
export interface ImportProblem {
  row: number | null;
  column?: string;
  message: string;
}

export interface ImportSummary {
  units: number;
  positions: number;
  byKind: Record<PositionKind, number>;
}

export type ImportResult =
  | { ok: true; doc: Workspace; notices: string[]; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[] };

/** How a cell came out of the source: a CSV gives only text; a spreadsheet also numbers, dates and booleans. */
export type CellOrigin = 'text' | 'number' | 'date' | 'boolean';

/** One record of the source file, already turned into text. */
export interface SourceRow {
  /** spreadsheet row number: the file's first record is 1 */
  row: number;
  cells: string[];
  /** per cell, when the source is not plain text (absent = all text) */
  origins?: CellOrigin[];
}

export interface SourceTable {
  format: 'csv' | 'xlsx';
  rows: SourceRow[];
}

export interface ImportOptions {
  /** document title; default: the Perangkat Daerah's name, or "Peta jabatan" for several */
  title?: string;
}

/** Limits that keep the browser responsive; the message names them. */
export const MAX_DATA_ROWS = 20_000;
export const MAX_BYTES = 10 * 1024 * 1024;
