// docs/contoh/peta-jabatan-kode-atasan.xlsx: the CSV sample of the same name as a spreadsheet (every cell text, as a
// peta jabatan typed in Excel keeps its codes). Written by `npm run docs` when it is missing (delete it after changing the CSV);
// the XLSX container carries a timestamp, so it is not rewritten on every run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import writeExcelFile, { type Cell } from 'write-excel-file/node';

const CSV = 'docs/contoh/peta-jabatan-kode-atasan.csv';
const XLSX = 'docs/contoh/peta-jabatan-kode-atasan.xlsx';

export async function writeSamples(): Promise<string[]> {
  if (existsSync(XLSX)) return [];
  const rows = Papa.parse<string[]>(readFileSync(CSV, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const sheet = rows.map((r) => r.map((v): Cell => (v === '' ? null : { value: v, type: String, format: '@' })));
  writeFileSync(XLSX, new Uint8Array(await writeExcelFile(sheet, { sheet: 'Peta Jabatan' }).toBuffer()));
  return [XLSX];
}
