// The whole Pemda workspace in and out as files: one ZIP of the documents' JSON files (the same files "Simpan
// berkas" writes), a Pemda-wide rekap as XLSX, and the reading of a folder or ZIP of documents chosen at once.
import { readFileAsBytes, readFileAsText } from '../file/browserFile';
import { inflateGuarded } from '../import/zipGuard';

export interface NamedText {
  name: string;
  text: string;
}

/** The ZIP of documents; names are made unique (two documents may share a title). Stored, not deflated: JSON inside
 * a ZIP the user may open with any tool, and the IndexedDB reads dominate anyway. */
export async function zipDocuments(files: readonly NamedText[]): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const used = new Set<string>();
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    let name = f.name;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = f.name.replace(/(\.petakerja)?\.json$/i, `-${i}$&`);
    used.add(name.toLowerCase());
    entries[name] = strToU8(f.text);
  }
  return zipSync(entries, { level: 6 });
}

/** most a ZIP of documents may inflate to: 50 PD of 5,000 jabatan each is ~120 MB of indented JSON */
export const MAX_BUNDLE_INFLATED_BYTES = 400 * 1024 * 1024;

export type BundleRead = { texts: NamedText[]; problems: { name: string; message: string }[] };

/** Every JSON document in the chosen files: .json files as they are, .zip files opened (guarded against zip bombs). */
export async function readDocumentFiles(files: readonly File[]): Promise<BundleRead> {
  const texts: NamedText[] = [];
  const problems: BundleRead['problems'] = [];
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    if (/\.zip$/i.test(file.name)) {
      const verdict = await inflateGuarded(await readFileAsBytes(file), MAX_BUNDLE_INFLATED_BYTES, { name: /\.json$/i, kind: 'ZIP' });
      if (verdict.ok === false) problems.push({ name, message: verdict.message });
      else if (verdict.ok === null) problems.push({ name, message: 'Berkas ini bukan ZIP yang dapat dibuka.' });
      else {
        const decoder = new TextDecoder();
        for (const [entry, bytes] of Object.entries(verdict.files)) {
          if (entry.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')) continue;
          texts.push({ name: `${file.name}/${entry}`, text: decoder.decode(bytes) });
        }
      }
    } else if (/\.json$/i.test(file.name)) {
      texts.push({ name, text: await readFileAsText(file) });
    }
    // other files of a chosen folder (pictures, spreadsheets) are not documents: passed over in silence
  }
  return { texts, problems };
}

export type Cell = string | number | null;
export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** .xlsx bytes: text typed as text (never a formula), numbers as numbers. */
export async function sheetsXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = sheets.map((t) => ({
    sheet: t.name,
    data: [
      t.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((v) => (v === null || v === '' ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String }))),
    ],
  }));
  const blob = await writeXlsxFile(data as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
