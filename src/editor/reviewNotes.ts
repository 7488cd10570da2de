// What the Reviu panel asks of the editor: write, answer and settle catatan reviu (the name and the time come from
// the desk and the editor's clock, the ids are fresh), send the notes to the author, read a reviewer's copy and take
// its notes over, and the Lembar Reviu files. Every change is one command through editor.run (one undo step).
import { addNote } from '../commands/addNote';
import { editNote } from '../commands/editNote';
import { removeNote } from '../commands/removeNote';
import { importReviewNotes, planNoteImport, type NoteImportPlan } from '../commands/importReviewNotes';
import { replyNote } from '../commands/replyNote';
import { setNoteStatus } from '../commands/setNoteStatus';
import { downloadBlob, readFileAsText } from '../io/file/browserFile';
import { fileNameFor } from '../io/file/documentFile';
import { readReviewSource, reviewNotesFileName, serializeReviewNotes, type ReviewSource } from '../io/file/reviewNotesFile';
import type { Paper } from '../io/export/paper';
import { newId, type NoteStatus, type NoteSubject } from '../model';
import type { Editor } from './types';

function nowIso(editor: Editor): string {
  return new Date(editor.clock.now()).toISOString();
}

/** The reviewer's name, or a message asking for it (the panel focuses its name field). */
function author(editor: Editor): string | null {
  const name = editor.review.get().reviewerName;
  if (name) return name;
  editor.showToast({ kind: 'error', text: 'Isi nama Anda lebih dahulu di panel Reviu: nama itu ditulis pada setiap catatan dan tanggapan.' });
  return null;
}

export function writeNote(editor: Editor, subject: NoteSubject, text: string): string | null {
  const name = author(editor);
  if (name === null) return null;
  const id = newId('catatan');
  return editor.run(addNote, { id, subject, author: name, at: nowIso(editor), text }) ? id : null;
}

export function replyToNote(editor: Editor, noteId: string, text: string): boolean {
  const name = author(editor);
  if (name === null) return false;
  return editor.run(replyNote, { noteId, id: newId('tanggapan'), author: name, at: nowIso(editor), text });
}

export function changeNoteStatus(editor: Editor, noteId: string, status: NoteStatus): boolean {
  return editor.run(setNoteStatus, { noteId, status, at: nowIso(editor) });
}

/** Change the text of one's own note (the command refuses another writer's). */
export function editNoteText(editor: Editor, noteId: string, text: string): boolean {
  const name = author(editor);
  if (name === null) return false;
  return editor.run(editNote, { noteId, author: name, text });
}

/** Delete a note with its replies (one undo step). */
export function deleteNote(editor: Editor, noteId: string): boolean {
  return editor.run(removeNote, { noteId });
}

/** "Kirim catatan": only the notes and replies, to send back without the whole structure. */
export function downloadNotesFile(editor: Editor): void {
  const doc = editor.currentDoc();
  editor.env.download(reviewNotesFileName(doc), serializeReviewNotes(doc, nowIso(editor)), 'application/json');
}

export interface NoteTakeOver {
  source: ReviewSource;
  fileName: string;
  plan: NoteImportPlan;
}

/**
 * Read a reviewer's notes file or whole copy and plan what would be taken over. A file that cannot be read gives its
 * message back for the dialog to show (a toast would sit behind the open dialog).
 */
export async function readReviewerCopy(editor: Editor, file: File): Promise<NoteTakeOver | { message: string }> {
  const read = readReviewSource(await readFileAsText(file), file.name);
  if (!read.ok) return { message: read.message };
  const doc = editor.currentDoc();
  return { source: read.source, fileName: file.name, plan: planNoteImport(doc, { id: read.source.id, notes: read.source.notes }) };
}

export function takeOverNotes(editor: Editor, plan: NoteImportPlan): boolean {
  if (plan.empty) return false;
  return editor.run(importReviewNotes, { plan });
}

const stamp = (editor: Editor) => new Date(editor.clock.now()).toISOString().slice(0, 10);

/** The Lembar Reviu of the open document as a PDF or XLSX download (jsPDF and the XLSX writer load here). */
export async function downloadLembarReviu(editor: Editor, format: 'pdf' | 'xlsx', paper: Paper = 'a4'): Promise<void> {
  const doc = editor.currentDoc();
  const findings = editor.findings.get().findings;
  const exports = await import('../io/review/exports');
  const base = fileNameFor(doc).replace(/\.petakerja\.json$/, '');
  const printedAt = new Date(editor.clock.now()).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  const blob = format === 'pdf' ? exports.lembarReviuPdfBlob(doc, findings, paper, printedAt) : await exports.lembarReviuXlsxBlob(doc, findings);
  downloadBlob(`${base}-lembar-reviu-${stamp(editor)}.${format}`, blob);
}
