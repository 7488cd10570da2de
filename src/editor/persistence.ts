// Wires the editor to local storage: the document list, autosave (paused while dragging, flushed when the page
// is hidden or closed), version history, the recovery of unreadable documents, and what happens when the storage
// is full or another tab has the same document. Rule throughout: work that is only in this tab is never dropped
// without the user being offered a download of it (and, where it fits, a copy in the version history).
import { freeze } from 'immer';
import { updateDocumentInfo } from '../commands/updateDocumentInfo';
import { downloadText } from '../io/file/browserFile';
import { fileNameFor, serializeDocument } from '../io/file/documentFile';
import { attachPageLifecycle, createAutosave, type AutosaveStatus } from '../io/storage/autosave';
import {
  DocumentStore,
  TAB_CHANNEL_NAME,
  watchOtherTabs,
  type DocumentSummary,
  type LoadResult,
  type SnapshotInfo,
} from '../io/storage/documentStore';
import { parseEnvelope } from '../io/storage/envelope';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../io/storage/messages';
import { createPresence, type Presence } from '../io/storage/presence';
import { parseSnapshotKey } from '../io/storage/snapshots';
import { newId, type Workspace } from '../model';
import { createStore } from './createStore';
import { editor, openDocument, run, showToast } from './editorStore';

export const saveStatus = createStore<{ status: AutosaveStatus; message: string }>({ status: 'saved', message: '' });
export const storedList = createStore<{ items: DocumentSummary[] }>({ items: [] });

/** A switch away from the open document that waits for the user, because its changes could not be stored. */
export interface LeaveRequest {
  /** what the user asked for, e.g. "membuka «Dinas X»" */
  what: string;
  proceed: () => void;
}

export interface TabState {
  /** other tabs of this browser showing the open document */
  otherTabs: number;
  /** another tab deleted the open document */
  removedElsewhere: boolean;
  /** the user asked to load the newer version while this tab has unsaved changes: offer a download first */
  reloadAsk: boolean;
  leave: LeaveRequest | null;
}
export const tabState = createStore<TabState>({ otherTabs: 0, removedElsewhere: false, reloadAsk: false, leave: null });

/** A stored document that could not be opened, shown on the recovery screen instead of the editor. */
export interface Recovery {
  docId: string;
  title: string;
  message: string;
  problems: string[];
  rawText: string;
  /** the newest history copy that opens */
  lastGood: { key: string; takenAt: number; positions: number } | null;
  history: SnapshotInfo[];
}
export const recoveryState = createStore<{ recovery: Recovery | null }>({ recovery: null });

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('petakerja:index');
    return s;
  } catch {
    return null;
  }
}

function tabChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

const storage = typeof window !== 'undefined' ? localStorageOrNull() : null;
const store = storage ? new DocumentStore(storage, { channel: tabChannel() }) : null;
const autosave = store
  ? createAutosave({
      store,
      onStatus: (status, message) => {
        // the banner (StorageBanner) shows quota and conflict with its buttons; no toast on top of it
        saveStatus.set({ status, message: message ?? '' });
        if (status === 'saved') refreshList();
      },
    })
  : null;
let presence: Presence | null = null;

function refreshList(): void {
  if (store) storedList.set({ items: store.list() });
}

const currentDoc = (): Workspace | null => editor.get().doc;

export function downloadDocument(doc: Workspace): void {
  downloadText(fileNameFor(doc), serializeDocument(doc), 'application/json');
}

/** The open document as a JSON file: the one way out that never depends on the browser's storage. */
export function downloadCurrent(): void {
  const doc = currentDoc();
  if (!doc) return;
  downloadDocument(doc);
  showToast({ kind: 'info', text: `Berkas «${fileNameFor(doc)}» diunduh.` });
}

/** Keep this tab's version in the history before it is replaced (best effort: the storage may be full). */
function keepTabVersion(doc: Workspace, reason: 'before-reload' | 'unsaved'): void {
  if (store && autosave?.hasUnsavedChanges()) store.snapshotDocument(doc, autosave.revision, reason);
}

/**
 * Run `proceed` (open another document, start a new one …) once the open document's changes are stored. When
 * they cannot be (full storage, a newer version in another tab), the banner asks first: download, go on, or stay.
 */
export function guardLeave(what: string, proceed: () => void): void {
  const doc = currentDoc();
  if (!autosave || !doc || autosave.flush()) {
    tabState.set({ leave: null });
    proceed();
    return;
  }
  // the question is asked in the banner: a dialog over it would hide it
  editor.set({ dialog: null });
  tabState.set({ leave: { what, proceed } });
}

export function leaveAnyway(download: boolean): void {
  const request = tabState.get().leave;
  const doc = currentDoc();
  if (!request) return;
  if (doc) {
    if (download) downloadDocument(doc);
    keepTabVersion(doc, 'unsaved');
  }
  tabState.set({ leave: null });
  request.proceed();
}

export function cancelLeave(): void {
  tabState.set({ leave: null });
}

export const persistence = {
  available: store !== null,
  exists(id: string): boolean {
    return store?.list().some((d) => d.id === id) ?? false;
  },
  freshId(): string {
    return newId('doc');
  },
  /** Take a new or opened document into the list and make it the one autosave writes. */
  adopt(doc: Workspace): void {
    if (!store || !autosave) return;
    const result = store.create(doc);
    autosave.track(doc.id, result.ok ? result.revision : 0);
    if (!result.ok) {
      // not stored yet: keep it pending so the status says so and the next chance writes it
      autosave.schedule(doc);
      if (result.reason !== 'quota') showToast({ kind: 'error', text: result.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
    }
    store.setLastOpen(doc.id);
    recoveryState.set({ recovery: null });
    refreshList();
  },
  rename(id: string, title: string): void {
    if (!store) return;
    const current = currentDoc();
    if (current?.id === id) {
      // the open document's title is part of the document: change it by command so undo and autosave see it
      run(updateDocumentInfo, { title });
    } else {
      const r = store.rename(id, title);
      if (!r.ok) showToast({ kind: 'error', text: r.message });
    }
    refreshList();
  },
  duplicate(id: string): void {
    if (!store) return;
    autosave?.flush();
    const r = store.duplicate(id);
    if (!r.ok) showToast({ kind: 'error', text: r.message });
    refreshList();
  },
  remove(id: string): void {
    if (!store) return;
    const r = store.remove(id);
    if (!r.ok) {
      showToast({ kind: 'error', text: r.message });
      return;
    }
    if (currentDoc()?.id === id) openDocument(null);
    if (recoveryState.get().recovery?.docId === id) recoveryState.set({ recovery: null });
    refreshList();
  },
};

/** Open a stored document; the open one's unsaved changes are dealt with first (see guardLeave). */
export function openStoredDocument(id: string): void {
  const title = storedList.get().items.find((d) => d.id === id)?.title;
  guardLeave(`membuka «${title ?? id}»`, () => openStoredNow(id));
}

function openStoredNow(id: string): void {
  if (!store || !autosave) return;
  const loaded = store.load(id);
  if (!loaded.ok) {
    if (loaded.reason === 'corrupt') showRecovery(id, loaded);
    else showToast({ kind: 'error', text: loaded.message });
    refreshList();
    return;
  }
  autosave.track(id, loaded.revision);
  store.setLastOpen(id);
  // the version as it was when opened: the first entry of its history in this session
  store.snapshot(id, 'open');
  recoveryState.set({ recovery: null });
  tabState.set({ removedElsewhere: false, reloadAsk: false });
  openDocument(loaded.doc);
  if (loaded.notices.length) showToast({ kind: 'info', text: 'Dokumen dipulihkan dengan catatan:', details: loaded.notices });
}

function positionsIn(text: string | null): number | null {
  const env = text === null ? null : parseEnvelope(text);
  const doc = env?.doc as { positions?: unknown } | undefined;
  return doc && typeof doc.positions === 'object' && doc.positions !== null ? Object.keys(doc.positions).length : null;
}

function showRecovery(id: string, failure: Extract<LoadResult, { ok: false; reason: 'corrupt' }>): void {
  if (!store) return;
  const good = store.lastGoodSnapshot(id);
  recoveryState.set({
    recovery: {
      docId: id,
      title: storedList.get().items.find((d) => d.id === id)?.title ?? id,
      message: failure.message,
      problems: failure.problems,
      rawText: failure.rawText,
      lastGood: good ? { key: good.info.key, takenAt: good.info.takenAt, positions: Object.keys(good.doc.positions).length } : null,
      history: store.listSnapshots(id),
    },
  });
  openDocument(null);
}

/** The unreadable text as it is stored, for a person (or support) to look at. */
export function downloadRaw(): void {
  const r = recoveryState.get().recovery;
  if (!r) return;
  const base = fileNameFor({ title: r.title }).replace(/\.petakerja\.json$/, '');
  downloadText(`${base}-isi-mentah-rusak.txt`, r.rawText, 'text/plain');
}

export function closeRecovery(): void {
  recoveryState.set({ recovery: null });
  refreshList();
}

const when = (ms: number) => new Date(ms).toLocaleString('id-ID');

/**
 * Make a history copy the current version of `docId`. What is stored now becomes a copy itself (so this can be
 * undone from the same list); this tab's unsaved changes of that document are kept there too.
 */
export function restoreVersion(docId: string, key: string): boolean {
  if (!store || !autosave) return false;
  const open = currentDoc();
  if (open?.id === docId && !autosave.flush()) keepTabVersion(open, 'unsaved');
  const r = store.restoreSnapshot(docId, key);
  if (!r.ok) {
    showToast({ kind: 'error', text: r.message });
    return false;
  }
  if (open?.id === docId || recoveryState.get().recovery?.docId === docId) {
    autosave.track(docId, r.revision);
    store.setLastOpen(docId);
    recoveryState.set({ recovery: null });
    openDocument(r.doc);
  }
  const at = store.listSnapshots(docId).find((s) => s.key === key)?.takenAt;
  showToast({
    kind: 'info',
    text: `Versi ${at ? `dari ${when(at)} ` : ''}dipulihkan. Versi sebelumnya tersimpan di Riwayat versi.`,
    details: r.notices.length ? r.notices : undefined,
  });
  refreshList();
  return true;
}

export interface HistoryRow {
  info: SnapshotInfo;
  /** positions in the copy, null when it cannot be read */
  positions: number | null;
}

export function historyOf(docId: string): HistoryRow[] {
  if (!store) return [];
  return store.listSnapshots(docId).map((info) => ({ info, positions: info.readable ? positionsIn(store.snapshotText(info.key)) : null }));
}

/** A history copy as a file: the document as a normal PetaKerja file when readable, else the raw text. */
export function downloadVersion(key: string, title: string): void {
  const text = store?.snapshotText(key) ?? null;
  if (text === null) {
    showToast({ kind: 'error', text: 'Versi tersebut sudah tidak ada di riwayat.' });
    return;
  }
  const env = parseEnvelope(text);
  const base = fileNameFor({ title }).replace(/\.petakerja\.json$/, '');
  const at = parseSnapshotKey(key)?.takenAt ?? 0;
  const stamp = new Date(at).toISOString().slice(0, 16).replace(/[T:]/g, '-');
  if (env && typeof env.doc === 'object' && env.doc !== null) {
    downloadText(`${base}-versi-${stamp}.petakerja.json`, JSON.stringify(env.doc, null, 1) + '\n', 'application/json');
  } else downloadText(`${base}-versi-${stamp}-mentah.txt`, text, 'text/plain');
}

// ---- another tab wrote the open document

/** "Muat versi terbaru": ask first when this tab has unsaved changes. */
export function askReloadLatest(): void {
  if (autosave?.hasUnsavedChanges()) tabState.set({ reloadAsk: true });
  else reloadLatest(false);
}

/** Replace this tab's version by the stored one; this tab's version goes to the history (and a file if asked). */
export function reloadLatest(download: boolean): void {
  const doc = currentDoc();
  if (!doc) return;
  if (download) downloadDocument(doc);
  keepTabVersion(doc, 'before-reload');
  tabState.set({ reloadAsk: false, removedElsewhere: false });
  openStoredNow(doc.id);
  if (currentDoc()?.id === doc.id) showToast({ kind: 'info', text: 'Versi terbaru dimuat. Versi tab ini tersimpan di Riwayat versi.' });
}

export function cancelReload(): void {
  tabState.set({ reloadAsk: false });
}

/** "Simpan versi tab ini sebagai salinan": this tab's version becomes a document of its own; undo history stays. */
export function saveTabCopy(): void {
  const doc = currentDoc();
  if (!doc || !store || !autosave) return;
  const copy: Workspace = { ...doc, id: newId('doc'), title: `${doc.title} (salinan dari tab lain)` };
  const r = store.create(copy);
  if (!r.ok) {
    showToast({ kind: 'error', text: r.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
    return;
  }
  autosave.track(copy.id, r.revision);
  store.setLastOpen(copy.id);
  tabState.set({ reloadAsk: false, removedElsewhere: false });
  // same content under a new id: the undo history still applies, so it is kept (no openDocument)
  editor.set({ doc: freeze(copy, true) });
  refreshList();
  showToast({ kind: 'info', text: `Versi tab ini disimpan sebagai dokumen «${copy.title}». Versi di tab lain tidak diubah.` });
}

/** The open document was deleted in another tab: store this tab's version again. */
export function storeAgain(): void {
  const doc = currentDoc();
  if (!doc || !store || !autosave) return;
  const r = store.save(doc, 0);
  if (!r.ok) {
    showToast({ kind: 'error', text: r.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
    return;
  }
  autosave.track(doc.id, r.revision);
  tabState.set({ removedElsewhere: false });
  refreshList();
}

/** After space was freed (or the other tab closed): try the pending save now. */
export function retrySave(): void {
  if (autosave && !autosave.flush() && autosave.status === 'error-quota') {
    showToast({ kind: 'error', text: 'Masih belum dapat disimpan: penyimpanan browser tetap penuh. Hapus dokumen yang tidak dipakai, atau unduh dokumen ini.' });
  }
}

function onOtherTab(docId: string, revision: number | null): void {
  if (currentDoc()?.id === docId) {
    if (revision === null) tabState.set({ removedElsewhere: true });
    else autosave?.noteExternalChange(docId, revision);
  }
  refreshList();
}

/** Open the last document, then save every change of the open document. */
export function initPersistence(): void {
  if (!store || !autosave) {
    saveStatus.set({ status: 'error-quota', message: STORAGE_UNAVAILABLE_MESSAGE });
    return;
  }
  refreshList();
  const last = store.lastOpenId();
  if (last && store.list().some((d) => d.id === last)) openStoredNow(last);

  presence = createPresence(window, store.tabId, (n) => tabState.set({ otherTabs: n }));
  presence.setDoc(currentDoc()?.id ?? null);

  let previous = editor.get();
  editor.subscribe(() => {
    const state = editor.get();
    if (state.dragging !== previous.dragging) {
      if (state.dragging) autosave.pause();
      else autosave.resume();
    }
    if (state.doc && state.doc !== previous.doc && state.doc.id === previous.doc?.id) autosave.schedule(state.doc);
    if ((state.doc?.id ?? null) !== (previous.doc?.id ?? null)) {
      presence?.setDoc(state.doc?.id ?? null);
      if (tabState.get().removedElsewhere) tabState.set({ removedElsewhere: false });
    }
    previous = state;
  });
  attachPageLifecycle(window, autosave);
  window.addEventListener('pagehide', () => presence?.dispose());
  watchOtherTabs(window, onOtherTab, { ownTabId: store.tabId });
}
