// Writers of the peta jabatan tables: XLSX (4 sheets, write-excel-file loaded on demand) and CSV (`;`, UTF-8 BOM,
// for Indonesian Excel). The CSV is the Peta Jabatan sheet with the person columns joined: a jabatan with several
// pemangku gives one row per person (the same kode), so a re-import gives the same document.
import type { Workspace } from '../../model';
import type { Finding } from '../../rules';
import { formulaSafe, PEMANGKU_HEADER, petaJabatanTables, type CellValue, type Table } from './petaJabatanTable';

function csvField(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = formulaSafe(v);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function petaJabatanCsv(doc: Workspace): string {
  const [peta, pemangku] = petaJabatanTables(doc, []);
  const persons = new Map<string, CellValue[][]>();
  for (const r of pemangku.rows) {
    const list = persons.get(r[0] as string) ?? [];
    list.push(r.slice(1));
    persons.set(r[0] as string, list);
  }
  const header = [...peta.header, ...PEMANGKU_HEADER.slice(1)];
  const lines = [header.map(csvField).join(';')];
  const none = PEMANGKU_HEADER.slice(1).map(() => null);
  for (const row of peta.rows) {
    for (const person of persons.get(row[0] as string) ?? [none]) lines.push([...row, ...person].map(csvField).join(';'));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The .xlsx bytes. Text cells are typed as text (never a formula), numbers as numbers. */
export async function petaJabatanXlsx(doc: Workspace, findings: readonly Finding[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const tables = petaJabatanTables(doc, findings);
  const sheets = tables.map((t: Table) => ({
    sheet: t.name,
    data: [
      t.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((v) => (v === null || v === '' ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String }))),
    ],
  }));
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
