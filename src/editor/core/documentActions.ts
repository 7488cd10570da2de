// What the toolbar and keyboard do to documents and the selection. Each receives the editor it acts on.
import { applyLayout } from '../../commands/applyLayout';
import { copySubtrees, ClipboardSchema, type ClipboardPayload } from '../../commands/clipboard';
import { duplicateSubtree } from '../../commands/duplicateSubtree';
import { pasteSubtrees } from '../../commands/pasteSubtrees';
import { fileNameFor, fileTooLargeMessage, readDocumentFile, serializeDocument } from '../../io/file/documentFile';
import { readFileAsText } from '../../io/file/browserFile';
import { ensurePlacements } from '../../layout/ensurePlacements';
import { emptyWorkspace, type Workspace } from '../../model';
import type { Editor } from './types';
import { grownHeightOf } from '../../io/export/positionText';

export function newDocument(editor: Editor): Promise<void> {
  return editor.persistence.guardLeave('membuat dokumen baru', async () => {
    const doc = emptyWorkspace('Dokumen baru');
    await editor.persistence.adopt(doc);
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
    editor.showToast({ kind: 'error', text: result.message, details: result.problems });
    return;
  }
  await openRestored(editor, result.doc, result.notices, `Berkas «${file.name}» dibuka.`);
}

/** A restored document (file, sample, import) becomes a document of its own in the list. */
export function openRestored(editor: Editor, doc: Workspace, notices: string[], message: string): Promise<void> {
  return editor.persistence.guardLeave('membuka dokumen lain', async () => {
    const existing = editor.persistence.exists(doc.id);
    const opened = ensurePlacements(existing ? { ...doc, id: editor.persistence.freshId() } : doc);
    await editor.persistence.adopt(opened);
    editor.openDocument(opened);
    editor.showToast({
      kind: 'info',
      text: existing ? `${message} Disimpan sebagai dokumen baru karena dokumen dengan ID yang sama sudah ada.` : message,
      details: notices.length ? notices : undefined,
    });
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
  editor.env.clipboard?.writeText(JSON.stringify(copied)).catch(() => undefined);
  editor.showToast({ kind: 'info', text: `${copied.positions.length} jabatan disalin.` });
}

export async function pasteClipboard(editor: Editor): Promise<void> {
  if (!editor.get().doc) return;
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
  const { doc, selection } = editor.get();
  if (!doc) return;
  const superiorId = selection[0] ?? null;
  const before = new Set(Object.keys(doc.positions));
  if (editor.run(pasteSubtrees, { payload, superiorId })) {
    const after = editor.get().doc!;
    editor.select(Object.keys(after.positions).filter((id) => !before.has(id)));
  }
}

export function duplicateSelection(editor: Editor): void {
  const { selection } = editor.get();
  for (const id of selection) editor.run(duplicateSubtree, { rootId: id });
}

export async function rapikan(editor: Editor): Promise<void> {
  if (editor.get().view === 'peta') {
    await editor.canvases.current()?.rapikan?.();
    return;
  }
  const doc = editor.get().doc;
  if (!doc) return;
  editor.showToast({ kind: 'info', text: 'Merapikan tata letak…' });
  const { layoutInWorker } = await import('../../layout/elkWorker');
  const placements = await layoutInWorker(doc, { heightOf: grownHeightOf });
  // Only apply if the document did not change meanwhile: a stale layout must not overwrite newer work.
  if (editor.get().doc !== doc) {
    editor.showToast({ kind: 'info', text: 'Dokumen berubah selama merapikan; jalankan Rapikan lagi.' });
    return;
  }
  editor.run(applyLayout, { placements });
  editor.showToast({ kind: 'info', text: 'Tata letak dirapikan.' });
  editor.clock.setTimeout(() => fitView(editor), 50);
}

export function fitView(editor: Editor): void {
  editor.canvases.current()?.fit();
}

export function focusSearch(editor: Editor): void {
  editor.focusField('search');
}
