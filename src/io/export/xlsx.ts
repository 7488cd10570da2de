// Tables as an XLSX workbook (write-excel-file, loaded lazily). Every value is written as a text cell, never as a
// formula, so a cell that starts with "=", "+", "-" or "@" is not evaluated by any spreadsheet (DOMAIN.md §8.5).
export interface XlsxTable {
  /** sheet name (Excel: at most 31 characters, no []:*?/\) */
  sheet: string;
  columns: { label: string; width: number }[];
  rows: (string | number)[][];
}

export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Lembar';
}

/** The workbook as sheet descriptions (pure; what tablesToXlsx writes). */
export function xlsxSheets(tables: XlsxTable[]) {
  return tables.map((t) => ({
    sheet: safeSheetName(t.sheet),
    columns: t.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
    data: [
      t.columns.map((c) => ({ value: c.label, type: String, fontWeight: 'bold' as const, wrap: true })),
      ...t.rows.map((r) =>
        r.map((v) => (typeof v === 'number' ? { value: v, type: Number } : v === '' ? null : { value: v, type: String, wrap: true })),
      ),
    ],
  }));
}

export async function tablesToXlsx(tables: XlsxTable[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return writeXlsxFile(xlsxSheets(tables) as any).toBlob();
}
