// What the toolbar and keyboard do to documents and the selection. Each receives the editor it acts on.
import { execute } from '../commands/command';
import { applyLayout } from '../commands/applyLayout';
import { copySubtrees, ClipboardSchema, type ClipboardPayload } from '../commands/clipboard';
import { duplicateAndPlace } from '../commands/duplicateAndPlace';
import { pasteAndPlace } from '../commands/pasteAndPlace';
import { fileNameFor, fileTooLargeMessage, readDocumentFile, serializeDocument } from '../io/file/documentFile';
import { readFileAsText } from '../io/file/browserFile';
import { ensurePlacements } from '../layout/ensurePlacements';
import { emptyWorkspace, type Workspace } from '../model';
import { fitMap, rapikanMap } from './mapActions';
import { STRUKTUR_CANVAS } from './canvases';
import type { Editor } from './types';
import { grownHeightOf } from '../io/export/positionText';

export function newDocument(editor: Editor): Promise<void> {
  return editor.persistence.guardLeave('membuat dokumen baru', () => {
    const doc = emptyWorkspace('Dokumen baru');
    void editor.persistence.adopt(doc);
    editor.openDocument(doc);
  });
}

export async function openFileDialog(editor: Editor): Promise<void> {
  const file = await editor.env.pickFile('.json,application/json');
  if (file) await openFile(editor, file);
}

/** Open a PetaKerja JSON file as a new document in the list. A bad file changes nothing. */
export async function openFile(editor: Editor, file: File): Promise<void> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.xlsx')) {
    editor.openDialog({ type: 'import', file });
    return;
  }
  // refuse a runaway file before reading it into memory
  const tooLarge = fileTooLargeMessage(file.size, file.name);
  if (tooLarge) {
    editor.showToast({ kind: 'error', text: tooLarge });
    return;
  }
  let text: string;
  try {
    text = await readFileAsText(file);
  } catch (e) {
    editor.showToast({ kind: 'error', text: `Berkas «${file.name}» tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  const result = readDocumentFile(text, file.name);
  if (!result.ok) {
    editor.showToast({ kind: 'error', text: result.message, details: result.problems, technical: result.technical });
    return;
  }
  openRestored(editor, result.doc, result.notices, `Berkas «${file.name}» dibuka.`);
}

/** A restored document (file, sample, import) becomes a document of its own in the list. */
export function openRestored(editor: Editor, doc: Workspace, notices: string[], message: string): Promise<void> {
  return editor.persistence.guardLeave('membuka dokumen lain', () => openRestoredNow(editor, doc, notices, message));
}

function openRestoredNow(editor: Editor, doc: Workspace, notices: string[], message: string): void {
  const { persistence } = editor;
  const existing = persistence.exists(doc.id);
  const opened = ensurePlacements(existing ? { ...doc, id: persistence.freshId() } : doc);
  void persistence.adopt(opened);
  editor.openDocument(opened);
  editor.showToast({
    kind: 'info',
    text: existing ? `${message} Disimpan sebagai dokumen baru karena dokumen dengan ID yang sama sudah ada.` : message,
    details: notices.length ? notices : undefined,
  });
}

export function saveFile(editor: Editor): void {
  const doc = editor.get().doc;
  if (!doc) return;
  editor.env.download(fileNameFor(doc), serializeDocument(doc), 'application/json');
  editor.showToast({ kind: 'info', text: `Berkas «${fileNameFor(doc)}» diunduh.` });
}

export function startImport(editor: Editor): void {
  editor.openDialog({ type: 'import' });
}

export function deleteSelection(editor: Editor): void {
  const { selection } = editor.get();
  if (selection.length) editor.openDialog({ type: 'delete', ids: selection });
}

export function copySelection(editor: Editor): void {
  const { doc, selection } = editor.get();
  if (!doc || !selection.length) return;
  const copied = copySubtrees(doc, selection);
  editor.clipboard = copied;
  const text = JSON.stringify(copied);
  editor.env.clipboard?.writeText(text).catch(() => undefined);
  editor.showToast({ kind: 'info', text: `${copied.positions.length} jabatan disalin.` });
}

export async function pasteClipboard(editor: Editor): Promise<void> {
  const { doc, selection } = editor.get();
  if (!doc) return;
  let payload: ClipboardPayload | null = editor.clipboard;
  try {
    const text = await editor.env.clipboard?.readText();
    if (text) {
      const parsed = ClipboardSchema.safeParse(JSON.parse(text));
      if (parsed.success) payload = parsed.data;
    }
  } catch {
    // no clipboard permission or not our format: fall back to what was copied in this tab
  }
  if (!payload) {
    editor.showToast({ kind: 'info', text: 'Tidak ada jabatan yang disalin.' });
    return;
  }
  const superiorId = selection[0] ?? null;
  const before = new Set(Object.keys(doc.positions));
  // placed beside the selection, clear of every other box (commands/pasteAndPlace.ts)
  const pasted = editor.attempt(() => pasteAndPlace(doc, { payload: payload!, superiorId }));
  if (!pasted) return;
  editor.commit(pasted.executed);
  const after = editor.get().doc!;
  editor.select(Object.keys(after.positions).filter((id) => !before.has(id)));
  editor.showToast({ kind: 'info', text: `${pasted.count} jabatan ditempel${superiorId ? ` di bawah «${doc.positions[superiorId].nama}»` : ''}.` });
}

export function duplicateSelection(editor: Editor): void {
  const copies: string[] = [];
  for (const id of editor.get().selection) {
    const d = editor.get().doc;
    if (!d) return;
    const done = editor.attempt(() => duplicateAndPlace(d, { rootId: id }));
    if (!done) return;
    editor.commit(done.executed);
    copies.push(done.copyId);
  }
  if (copies.length) editor.select(copies);
}

export async function rapikan(editor: Editor): Promise<void> {
  if (editor.get().view === 'peta') return rapikanMap(editor);
  const doc = editor.get().doc;
  if (!doc) return;
  editor.showToast({ kind: 'info', text: 'Merapikan tata letak…' });
  const { layoutInWorker } = await import('../layout/elkWorker');
  const placements = await layoutInWorker(doc, { heightOf: grownHeightOf });
  // Only apply if the document did not change meanwhile: a stale layout must not overwrite newer work.
  if (editor.get().doc !== doc) {
    editor.showToast({ kind: 'info', text: 'Dokumen berubah selama merapikan; jalankan Rapikan lagi.' });
    return;
  }
  editor.commit(execute(doc, applyLayout, { placements }));
  editor.showToast({ kind: 'info', text: 'Tata letak dirapikan.' });
  editor.clock.setTimeout(() => fitView(editor), 50);
}

export function fitView(editor: Editor): void {
  if (editor.get().view === 'peta') return fitMap(editor);
  editor.canvases.handle(STRUKTUR_CANVAS)?.fit?.();
}

export function focusSearch(editor: Editor): void {
  editor.focusField('search');
}
