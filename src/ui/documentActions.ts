// What the toolbar and keyboard do to documents and the selection.
import { CommandError, execute } from '../commands/command';
import { applyLayout } from '../commands/applyLayout';
import { copySubtrees, ClipboardSchema, type ClipboardPayload } from '../commands/clipboard';
import { duplicateAndPlace } from '../commands/duplicateAndPlace';
import { pasteAndPlace } from '../commands/pasteAndPlace';
import { fileNameFor, fileTooLargeMessage, readDocumentFile, serializeDocument } from '../io/file/documentFile';
import { downloadText, pickFile, readFileAsText } from '../io/file/browserFile';
import { ensurePlacements } from '../layout/ensurePlacements';
import { emptyWorkspace, type Workspace } from '../model';
import { commit, editor, openDialog, openDocument, select, showToast } from '../editor/editorStore';
import { guardLeave, persistence } from '../editor/persistence';
import { viewport } from '../editor/viewport';
import { FIT_VIEW_OPTIONS } from '../editors/struktur/StrukturCanvas';
import { fitMap, rapikanMap } from '../editor/mapActions';
import { grownHeightOf } from '../io/export/positionText';

export function newDocument(): void {
  guardLeave('membuat dokumen baru', () => {
    const doc = emptyWorkspace('Dokumen baru');
    persistence.adopt(doc);
    openDocument(doc);
  });
}

export async function openFileDialog(): Promise<void> {
  const file = await pickFile('.json,application/json');
  if (file) await openFile(file);
}

/** Open a PetaKerja JSON file as a new document in the list. A bad file changes nothing. */
export async function openFile(file: File): Promise<void> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.xlsx')) {
    openDialog({ type: 'import', file });
    return;
  }
  // refuse a runaway file before reading it into memory
  const tooLarge = fileTooLargeMessage(file.size, file.name);
  if (tooLarge) {
    showToast({ kind: 'error', text: tooLarge });
    return;
  }
  let text: string;
  try {
    text = await readFileAsText(file);
  } catch (e) {
    showToast({ kind: 'error', text: `Berkas «${file.name}» tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  const result = readDocumentFile(text, file.name);
  if (!result.ok) {
    showToast({ kind: 'error', text: result.message, details: result.problems, technical: result.technical });
    return;
  }
  openRestored(result.doc, result.notices, `Berkas «${file.name}» dibuka.`);
}

/** A restored document (file, sample, import) becomes a document of its own in the list. */
export function openRestored(doc: Workspace, notices: string[], message: string): void {
  guardLeave('membuka dokumen lain', () => openRestoredNow(doc, notices, message));
}

function openRestoredNow(doc: Workspace, notices: string[], message: string): void {
  const existing = persistence.exists(doc.id);
  const opened = ensurePlacements(existing ? { ...doc, id: persistence.freshId() } : doc);
  persistence.adopt(opened);
  openDocument(opened);
  showToast({
    kind: 'info',
    text: existing ? `${message} Disimpan sebagai dokumen baru karena dokumen dengan ID yang sama sudah ada.` : message,
    details: notices.length ? notices : undefined,
  });
}

export function saveFile(): void {
  const doc = editor.get().doc;
  if (!doc) return;
  downloadText(fileNameFor(doc), serializeDocument(doc), 'application/json');
  showToast({ kind: 'info', text: `Berkas «${fileNameFor(doc)}» diunduh.` });
}

export function startImport(): void {
  openDialog({ type: 'import' });
}

export function deleteSelection(): void {
  const { selection } = editor.get();
  if (selection.length) openDialog({ type: 'delete', ids: selection });
}

let internalClipboard: ClipboardPayload | null = null;

export function copySelection(): void {
  const { doc, selection } = editor.get();
  if (!doc || !selection.length) return;
  internalClipboard = copySubtrees(doc, selection);
  const text = JSON.stringify(internalClipboard);
  navigator.clipboard?.writeText(text).catch(() => undefined);
  showToast({ kind: 'info', text: `${internalClipboard.positions.length} jabatan disalin.` });
}

export async function pasteClipboard(): Promise<void> {
  const { doc, selection } = editor.get();
  if (!doc) return;
  let payload: ClipboardPayload | null = internalClipboard;
  try {
    const text = await navigator.clipboard?.readText();
    if (text) {
      const parsed = ClipboardSchema.safeParse(JSON.parse(text));
      if (parsed.success) payload = parsed.data;
    }
  } catch {
    // no clipboard permission or not our format: fall back to what was copied in this tab
  }
  if (!payload) {
    showToast({ kind: 'info', text: 'Tidak ada jabatan yang disalin.' });
    return;
  }
  const superiorId = selection[0] ?? null;
  const before = new Set(Object.keys(doc.positions));
  // placed beside the selection, clear of every other box (commands/pasteAndPlace.ts)
  const pasted = attempt(() => pasteAndPlace(doc, { payload: payload!, superiorId }));
  if (!pasted) return;
  commit(pasted.executed);
  const after = editor.get().doc!;
  select(Object.keys(after.positions).filter((id) => !before.has(id)));
  showToast({ kind: 'info', text: `${pasted.count} jabatan ditempel${superiorId ? ` di bawah «${doc.positions[superiorId].nama}»` : ''}.` });
}

export function duplicateSelection(): void {
  const copies: string[] = [];
  for (const id of editor.get().selection) {
    const d = editor.get().doc;
    if (!d) return;
    const done = attempt(() => duplicateAndPlace(d, { rootId: id }));
    if (!done) return;
    commit(done.executed);
    copies.push(done.copyId);
  }
  if (copies.length) select(copies);
}

/** A refused command becomes a message; anything else is a bug and goes on. */
function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof CommandError) {
      showToast({ kind: 'error', text: e.message });
      return null;
    }
    throw e;
  }
}

export async function rapikan(): Promise<void> {
  if (editor.get().view === 'peta') return rapikanMap();
  const doc = editor.get().doc;
  if (!doc) return;
  showToast({ kind: 'info', text: 'Merapikan tata letak…' });
  const { layoutInWorker } = await import('../layout/elkWorker');
  const placements = await layoutInWorker(doc, { heightOf: grownHeightOf });
  // Only apply if the document did not change meanwhile: a stale layout must not overwrite newer work.
  if (editor.get().doc !== doc) {
    showToast({ kind: 'info', text: 'Dokumen berubah selama merapikan; jalankan Rapikan lagi.' });
    return;
  }
  commit(execute(doc, applyLayout, { placements }));
  showToast({ kind: 'info', text: 'Tata letak dirapikan.' });
  setTimeout(fitView, 50);
}

export function fitView(): void {
  if (editor.get().view === 'peta') return fitMap();
  void viewport()?.fitView({ ...FIT_VIEW_OPTIONS, duration: 300 });
}

export function focusSearch(): void {
  document.querySelector<HTMLInputElement>('#search-input')?.focus();
}
