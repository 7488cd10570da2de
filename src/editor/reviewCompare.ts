// The compare dialog's work (issue 17 item 2): the old structure comes from one of the document's versions or from
// another file; the open document is always the new one. The matriks perubahan files load jsPDF and the XLSX writer
// only when asked for.
import { compareDocuments, type DocumentComparison } from '../commands/compareDocuments';
import { downloadBlob, readFileAsText } from '../io/file/browserFile';
import { fileNameFor, readDocumentFile } from '../io/file/documentFile';
import type { Paper } from '../io/export/paper';
import type { MatriksTitles } from '../io/review/matriks';
import type { CompareMatch, Workspace } from '../model';
import type { Editor } from './types';

export interface CompareSide {
  doc: Workspace;
  /** how the dialog, the legend and the printed matriks call it */
  title: string;
}

export function versionTitle(takenAt: number): string {
  const d = new Date(takenAt);
  const date = d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  return `versi ${date} ${time}`;
}

/** What a side that cannot be read says instead (shown in the dialog: a toast would sit behind it). */
export type SideResult = CompareSide | { message: string; problems?: string[] };

/** One of the open document's stored versions. */
export async function versionSide(editor: Editor, key: string, takenAt: number): Promise<SideResult> {
  const store = editor.persistence.store();
  const loaded = store ? await store.loadSnapshot(key) : { ok: false as const, message: 'Riwayat versi tidak tersedia di peramban ini.' };
  if (!loaded.ok) return { message: loaded.message };
  return { doc: loaded.doc, title: versionTitle(takenAt) };
}

/** Another document file (last year's structure, a re-import). */
export async function fileSide(file: File): Promise<SideResult> {
  const read = readDocumentFile(await readFileAsText(file), file.name);
  if (!read.ok) return { message: read.message, problems: read.problems };
  return { doc: read.doc, title: `berkas «${file.name}» (${read.doc.title})` };
}

/** The old side against the open document; the open document's findings are the ones the editor shows. */
export function compareWithOpen(editor: Editor, lama: Workspace, match: CompareMatch = 'auto'): DocumentComparison {
  return compareDocuments(lama, editor.currentDoc(), { match, findingsAfter: editor.findings.get().findings });
}

export async function downloadMatriks(editor: Editor, cmp: DocumentComparison, titles: Omit<MatriksTitles, 'printedAt'>, format: 'pdf' | 'xlsx', paper: Paper = 'a4'): Promise<void> {
  const exports = await import('../io/review/exports');
  const printedAt = new Date(editor.clock.now()).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  const base = fileNameFor(editor.currentDoc()).replace(/\.petakerja\.json$/, '');
  const blob = format === 'pdf' ? exports.matriksPdfBlob(cmp, { ...titles, printedAt }, paper) : await exports.matriksXlsxBlob(cmp);
  downloadBlob(`${base}-matriks-perubahan${format === 'pdf' ? `-${paper}` : ''}.${format}`, blob);
}
