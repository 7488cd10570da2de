// Shapes shared by the CSV and XLSX readers of a peta jabatan (DOMAIN.md §8.1).
import type { PositionKind, Workspace } from '../../model';
import type { Column } from './columns';

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
  | {
      ok: true;
      doc: Workspace;
      notices: string[];
      summary: ImportSummary;
      /** the hierarchy layout that was read (the preview names it) */
      layout: LayoutId;
      /** with validRowsOnly: every row left out, with its number and reason (empty otherwise) */
      rejected: ImportProblem[];
    }
  | { ok: false; problems: ImportProblem[]; mapping?: MappingRequest };

/**
 * The headers were not enough to read the file: the column-mapping step shows them with a guess per header. The
 * user's choice comes back as ImportOptions.columnMapping; `key` names the workbook's shape (its headers), under
 * which the choice is remembered for the next file of the same shape.
 */
export interface MappingRequest {
  key: string;
  /** the header row's number */
  row: number;
  headers: string[];
  /** per header: the column it is read as now, or null (ignored) */
  guessed: (Column | null)[];
  layout: LayoutId;
}

/** Reading progress: rows read of the total. */
export interface ImportProgress {
  phase: 'unzip' | 'read' | 'build';
  done: number;
  total: number;
}

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
  /** what reading the file found worth saying (e.g. the text encoding), shown before the build's notices */
  notices?: string[];
}

export interface ImportOptions {
  /** document title; default: the Perangkat Daerah's name, or "Peta jabatan" for several */
  title?: string;
  /** how the hierarchy is given (DOMAIN.md §8.4); default: detected from the headers */
  layout?: LayoutId | 'auto';
  /** from the column-mapping step: normalised header → column, or null to ignore that column */
  columnMapping?: Record<string, Column | null>;
  /** "Impor baris yang sah saja": leave out the rows with problems (and the rows under them), list them */
  validRowsOnly?: boolean;
  onProgress?: (p: ImportProgress) => void;
}

/** Limits that keep the browser responsive; the message names them. */
export const MAX_DATA_ROWS = 20_000;
export const MAX_BYTES = 10 * 1024 * 1024;

/** How a sheet gives the hierarchy (DOMAIN.md §8.4; io/import/layouts.ts reads each). */
export const LAYOUTS = ['kode-atasan', 'parent-id', 'nomor', 'indent'] as const;
export type LayoutId = (typeof LAYOUTS)[number];
