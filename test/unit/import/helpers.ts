// Shared by the import and CLI tests: fixtures on disk, and .xlsx files made with write-excel-file on the fly
// (no binary fixture in the repository: the sheet below *is* the fixture's source).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/node';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/csv/', import.meta.url));

export function fixturePath(name: string): string {
  return FIXTURES + name;
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf-8');
}

/** The records of a CSV fixture (comma-separated). */
export function csvRecords(name: string): string[][] {
  return Papa.parse<string[]>(fixtureText(name), { skipEmptyLines: true }).data;
}

/** Every cell as a Text-formatted ("@") string cell: what a careful user's sheet looks like. */
export function textSheet(records: string[][]): SheetData {
  return records.map((r) => r.map((v): Cell => (v === '' ? null : { value: v, type: String, format: '@' })));
}

export async function xlsxBytes(sheet: SheetData): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(sheet).toBuffer());
}

const HEADER = 'kode,nama_jabatan,jenis,jenjang,unit,atasan';

/** A synthetic Dinas with `n` rows: one head, Kepala Bidang every 50 rows, JF/Pelaksana under them. */
export function bigCsv(n: number, delimiter = ','): string {
  const lines = [HEADER];
  lines.push(['1', 'Kepala Dinas', 'jpt-pratama', '', 'Dinas Besar', ''].join(delimiter));
  let bidang = '';
  let bidangKode = '';
  for (let i = 2; i <= n; i++) {
    if (i % 50 === 2) {
      bidang = `Bidang ${i}`;
      bidangKode = `1.${i}`;
      lines.push([bidangKode, `Kepala ${bidang}`, 'administrator', '', `Dinas Besar > ${bidang}`, '1'].join(delimiter));
    } else if (i % 2 === 0) {
      lines.push([`${bidangKode}.${i}`, `Pranata Komputer ${i}`, 'fungsional', 'ahli-pertama', `Dinas Besar > ${bidang}`, bidangKode].join(delimiter));
    } else {
      lines.push([`${bidangKode}.${i}`, `Pengelola Data ${i}`, 'pelaksana', '', `Dinas Besar > ${bidang}`, bidangKode].join(delimiter));
    }
  }
  return lines.join('\n') + '\n';
}
