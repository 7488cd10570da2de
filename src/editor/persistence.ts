// Wires the editor to local storage: the document list, autosave (paused while dragging, flushed when the page
// is hidden or closed), version history, the recovery of unreadable documents, and what happens when the storage
// is full or another tab has the same document. Rule throughout: work that is only in this tab is never dropped
// without the user being offered a download of it (and, where it fits, a copy in the version history).
import { freeze } from 'immer';
import { updateDocumentInfo } from '../commands/updateDocumentInfo';
import { downloadText } from '../io/file/browserFile';
import { fileNameFor, serializeDocument } from '../io/file/documentFile';
import { attachPageLifecycle, createAutosave, type Autosave, type AutosaveStatus } from '../io/storage/autosave';
import {
  DocumentStore,
  TAB_CHANNEL_NAME,
  watchOtherTabs,
  type DocumentSummary,
  type LoadResult,
  type SnapshotInfo,
} from '../io/storage/documentStore';
import { parseEnvelope } from '../io/storage/envelope';
import { IdbDocumentStore } from '../io/storage/idbStore';
import { migrateFromLocalStorage } from '../io/storage/legacyMigration';
import { MIGRATION_FAILED_MESSAGE, STORAGE_UNAVAILABLE_MESSAGE } from '../io/storage/messages';
import { describeEstimate, requestPersistence, storageEstimate } from '../io/storage/quotaInfo';
import { clearRescue, settleRescues, writeRescue } from '../io/storage/rescue';
import { asyncLocalStore, type WorkspaceStore } from '../io/storage/workspaceStore';
import { createPresence, type Presence } from '../io/storage/presence';
import { parseSnapshotKey } from '../io/storage/snapshots';
import { summarizeHistory, type VersionSummary } from '../io/storage/historySummary';
import { restoreVersion as restoreVersionCommand } from '../commands/restoreVersion';
import { petaState } from './petaState';
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

const legacy = typeof window !== 'undefined' ? localStorageOrNull() : null;
/** set by initPersistence once IndexedDB (or, failing that, localStorage) is open */
let store: WorkspaceStore | null = null;
let autosave: Autosave | null = null;
let presence: Presence | null = null;
/** storage estimate for the documents dialog */
export const storageInfo = createStore<{ text: string; kind: 'indexeddb' | 'localstorage' | null }>({ text: '', kind: null });

function makeAutosave(s: WorkspaceStore): Autosave {
  return createAutosave({
    store: s,
    onStatus: (status, message) => {
      // the banner (StorageBanner) shows quota and conflict with its buttons; no toast on top of it
      saveStatus.set({ status, message: message ?? '' });
      if (status === 'saved') {
        refreshList();
        clearRescue(legacy, s.tabId);
      }
    },
    onRefused: (doc, revision, reason) => {
      // a stale tab's edits are kept as a version before anything can replace them
      if (reason === 'conflict') void keepStaleVersion(doc, revision);
    },
  });
}

/** One 'other-tab' version per stale edit state: the newest refused document of this tab is kept. */
let lastKeptStale: Workspace | null = null;
async function keepStaleVersion(doc: Workspace, revision: number): Promise<void> {
  if (!store || lastKeptStale === doc) return;
  lastKeptStale = doc;
  await store.snapshotDocument(doc, revision, 'other-tab');
}

let listRequest = 0;
function refreshList(): void {
  if (!store) return;
  const n = ++listRequest;
  void store.list().then(
    (items) => {
      if (n === listRequest) storedList.set({ items });
    },
    () => undefined,
  );
}

/** Usage and quota for the documents dialog (and persistence, asked for once). */
export function refreshStorageInfo(): void {
  void storageEstimate().then((e) => {
    storageInfo.set({ text: e ? describeEstimate(e) : '', kind: store?.kind ?? null });
  });
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
async function keepTabVersion(doc: Workspace, reason: 'before-reload' | 'unsaved'): Promise<void> {
  if (store && autosave?.hasUnsavedChanges()) await store.snapshotDocument(doc, autosave.revision, reason);
}

/**
 * Run `proceed` (open another document, start a new one …) once the open document's changes are stored. When
 * they cannot be (full storage, a newer version in another tab), the banner asks first: download, go on, or stay.
 */
export function guardLeave(what: string, proceed: () => void): void {
  const doc = currentDoc();
  if (!autosave || !doc) {
    tabState.set({ leave: null });
    proceed();
    return;
  }
  void autosave.flush().then((written) => {
    if (written) {
      tabState.set({ leave: null });
      proceed();
      return;
    }
    // the question is asked in the banner: a dialog over it would hide it
    editor.set({ dialog: null });
    tabState.set({ leave: { what, proceed } });
  });
}

export function leaveAnyway(download: boolean): void {
  const request = tabState.get().leave;
  const doc = currentDoc();
  if (!request) return;
  tabState.set({ leave: null });
  if (doc) {
    if (download) downloadDocument(doc);
    void keepTabVersion(doc, 'unsaved').finally(() => request.proceed());
  } else request.proceed();
}

export function cancelLeave(): void {
  tabState.set({ leave: null });
}

export const persistence = {
  get available(): boolean {
    return store !== null || !initialised;
  },
  exists(id: string): boolean {
    return storedList.get().items.some((d) => d.id === id);
  },
  freshId(): string {
    return newId('doc');
  },
  /** Take a new or opened document into the list and make it the one autosave writes. */
  adopt(doc: Workspace): void {
    if (!store || !autosave) return;
    const s = store;
    const a = autosave;
    recoveryState.set({ recovery: null });
    void (async () => {
      await a.track(doc.id, 0);
      const result = await s.create(doc);
      if (result.ok) {
        await a.track(doc.id, result.revision);
        // edits made while the first write was on its way
        const latest = currentDoc();
        if (latest && latest.id === doc.id && latest !== doc) a.schedule(latest);
      } else {
        // not stored yet: keep it pending so the status says so and the next chance writes it
        a.schedule(currentDoc()?.id === doc.id ? currentDoc()! : doc);
        if (result.reason !== 'quota') showToast({ kind: 'error', text: result.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
      }
      await s.setLastOpen(doc.id);
      refreshList();
    })();
  },
  rename(id: string, title: string): void {
    if (!store) return;
    const current = currentDoc();
    if (current?.id === id) {
      // the open document's title is part of the document: change it by command so undo and autosave see it
      run(updateDocumentInfo, { title });
      refreshList();
    } else {
      void store.rename(id, title).then((r) => {
        if (!r.ok) showToast({ kind: 'error', text: r.message });
        refreshList();
      });
    }
  },
  duplicate(id: string): Promise<string | null> {
    const s = store;
    if (!s) return Promise.resolve(null);
    return (async () => {
      await autosave?.flush();
      const r = await s.duplicate(id);
      if (!r.ok) showToast({ kind: 'error', text: r.message });
      refreshList();
      return r.ok ? r.id : null;
    })();
  },
  remove(id: string): void {
    if (!store) return;
    void store.remove(id).then((r) => {
      if (!r.ok) {
        showToast({ kind: 'error', text: r.message });
        return;
      }
      if (currentDoc()?.id === id) openDocument(null);
      if (recoveryState.get().recovery?.docId === id) recoveryState.set({ recovery: null });
      refreshList();
    });
  },
};

/** The store, for the Ruang kerja view (null until open). */
export function workspaceStore(): WorkspaceStore | null {
  return store;
}

/** Open a stored document; the open one's unsaved changes are dealt with first (see guardLeave). */
export function openStoredDocument(id: string): void {
  const title = storedList.get().items.find((d) => d.id === id)?.title;
  guardLeave(`membuka «${title ?? id}»`, () => void openStoredNow(id));
}

/** Resolves once the document is open (or the reason it is not is shown). */
export async function openStoredNow(id: string): Promise<boolean> {
  if (!store || !autosave) return false;
  const s = store;
  const loaded = await s.load(id);
  if (!loaded.ok) {
    if (loaded.reason === 'corrupt') await showRecovery(id, loaded);
    else showToast({ kind: 'error', text: loaded.message });
    refreshList();
    return false;
  }
  await autosave.track(id, loaded.revision);
  lastKeptStale = null;
  void s.setLastOpen(id);
  // the version as it was when opened: the first entry of its history in this session
  void s.snapshot(id, 'open');
  recoveryState.set({ recovery: null });
  tabState.set({ removedElsewhere: false, reloadAsk: false });
  openDocument(loaded.doc);
  if (loaded.notices.length) showToast({ kind: 'info', text: 'Dokumen dipulihkan dengan catatan:', details: loaded.notices });
  return true;
}

async function showRecovery(id: string, failure: Extract<LoadResult, { ok: false; reason: 'corrupt' }>): Promise<void> {
  if (!store) return;
  const good = await store.lastGoodSnapshot(id);
  const history = await store.listSnapshots(id);
  recoveryState.set({
    recovery: {
      docId: id,
      title: storedList.get().items.find((d) => d.id === id)?.title ?? id,
      message: failure.message,
      problems: failure.problems,
      rawText: failure.rawText,
      lastGood: good ? { key: good.info.key, takenAt: good.info.takenAt, positions: Object.keys(good.doc.positions).length } : null,
      history,
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
export async function restoreVersion(docId: string, key: string): Promise<boolean> {
  if (!store || !autosave) return false;
  const s = store;
  const open = currentDoc();
  if (open?.id === docId && !(await autosave.flush())) await keepTabVersion(open, 'unsaved');
  const r = await s.restoreSnapshot(docId, key);
  if (!r.ok) {
    showToast({ kind: 'error', text: r.message });
    return false;
  }
  const at = parseSnapshotKey(key)?.takenAt;
  let undoable = false;
  if (open?.id === docId) {
    // the open document: one undo step, and the user stays where they were (view, map, team)
    await autosave.track(docId, r.revision);
    undoable = run(restoreVersionCommand, { version: r.doc, takenAt: at ?? Date.now() });
    if (undoable) keepViewAfterRestore();
  }
  if (!undoable && (open?.id === docId || recoveryState.get().recovery?.docId === docId)) {
    await autosave.track(docId, r.revision);
    void s.setLastOpen(docId);
    recoveryState.set({ recovery: null });
    openDocument(r.doc);
  }
  showToast({
    kind: 'info',
    text: `Versi ${at ? `dari ${when(at)} ` : ''}dipulihkan. ${undoable ? 'Ctrl+Z membatalkannya; v' : 'V'}ersi sebelumnya tersimpan di Riwayat versi.`,
    details: r.notices.length ? r.notices : undefined,
  });
  refreshList();
  return true;
}

/** After a restore: a map or team the version does not have is no longer shown; the view itself stays. */
function keepViewAfterRestore(): void {
  const { doc, activeMapId, activeTeamId, selection } = editor.get();
  if (!doc) return;
  editor.set({
    activeMapId: activeMapId && doc.maps[activeMapId] ? activeMapId : null,
    activeTeamId: activeTeamId && doc.teams[activeTeamId] ? activeTeamId : null,
    selection: selection.filter((id) => doc.positions[id]),
  });
  if (!activeMapId || !doc.maps[activeMapId]) petaState.set({ selected: null });
}

export interface HistoryRow {
  info: SnapshotInfo;
  /** positions in the copy, null when it cannot be read */
  positions: number | null;
  /** what the copy holds and what it changed against the one before it; null when it cannot be read */
  summary: VersionSummary | null;
}

export async function historyOf(docId: string): Promise<HistoryRow[]> {
  const s = store;
  if (!s) return [];
  const infos = await s.listSnapshots(docId);
  const texts = await Promise.all(infos.map((info) => (info.readable ? s.snapshotText(info.key) : Promise.resolve(null))));
  const summaries = summarizeHistory(texts);
  return infos.map((info, i) => ({ info, positions: summaries[i]?.positions ?? null, summary: summaries[i] ?? null }));
}

/** A history copy as a file: the document as a normal PetaKerja file when readable, else the raw text. */
export async function downloadVersion(key: string, title: string): Promise<void> {
  const text = (await store?.snapshotText(key)) ?? null;
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
  tabState.set({ reloadAsk: false, removedElsewhere: false });
  void (async () => {
    await keepTabVersion(doc, 'before-reload');
    await openStoredNow(doc.id);
    if (currentDoc()?.id === doc.id) showToast({ kind: 'info', text: 'Versi terbaru dimuat. Versi tab ini tersimpan di Riwayat versi.' });
  })();
}

export function cancelReload(): void {
  tabState.set({ reloadAsk: false });
}

/** "Simpan versi tab ini sebagai salinan": this tab's version becomes a document of its own; undo history stays. */
export function saveTabCopy(): void {
  const doc = currentDoc();
  if (!doc || !store || !autosave) return;
  const s = store;
  const a = autosave;
  const copy: Workspace = { ...doc, id: newId('doc'), title: `${doc.title} (salinan dari tab lain)` };
  void (async () => {
  const r = await s.create(copy);
  if (!r.ok) {
    showToast({ kind: 'error', text: r.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
    return;
  }
  await a.track(copy.id, r.revision);
  void s.setLastOpen(copy.id);
  tabState.set({ reloadAsk: false, removedElsewhere: false });
  // same content under a new id: the undo history still applies, so it is kept (no openDocument)
  editor.set({ doc: freeze(copy, true) });
  refreshList();
  showToast({ kind: 'info', text: `Versi tab ini disimpan sebagai dokumen «${copy.title}». Versi di tab lain tidak diubah.` });
  })();
}

/** The open document was deleted in another tab: store this tab's version again. */
export function storeAgain(): void {
  const doc = currentDoc();
  if (!doc || !store || !autosave) return;
  const a = autosave;
  void store.save(doc, 0).then(async (r) => {
    if (!r.ok) {
      showToast({ kind: 'error', text: r.message, action: { label: 'Unduh dokumen', run: () => downloadDocument(doc) } });
      return;
    }
    await a.track(doc.id, r.revision);
    tabState.set({ removedElsewhere: false });
    refreshList();
  });
}

/** After space was freed (or the other tab closed): try the pending save now. */
export function retrySave(): void {
  const a = autosave;
  if (!a) return;
  void a.flush().then((ok) => {
    if (!ok && a.status === 'error-quota') {
      showToast({ kind: 'error', text: 'Masih belum dapat disimpan: penyimpanan browser tetap penuh. Hapus versi lama atau dokumen yang tidak dipakai, atau unduh dokumen ini.' });
    }
    refreshStorageInfo();
  });
}

function onOtherTab(docId: string, revision: number | null): void {
  if (currentDoc()?.id === docId) {
    if (revision === null) tabState.set({ removedElsewhere: true });
    else autosave?.noteExternalChange(docId, revision);
  }
  refreshList();
}

let initialised = false;

/** The rescue of pagehide: whatever is not confirmed stored, written synchronously to localStorage. */
function writeRescueNow(): void {
  const a = autosave;
  const s = store;
  if (!a || !s) return;
  const doc = a.unsaved();
  if (!doc || doc.id !== a.docId) return;
  writeRescue(legacy, { tabId: s.tabId, baseRevision: a.revision, savedAt: Date.now(), doc });
}

async function openStorage(): Promise<WorkspaceStore | null> {
  if (typeof indexedDB !== 'undefined') {
    try {
      const idb = await IdbDocumentStore.open({ channel: tabChannel() });
      if (legacy) {
        const moved = await migrateFromLocalStorage(legacy, idb).catch(() => null);
        if (moved && !moved.verified) showToast({ kind: 'error', text: MIGRATION_FAILED_MESSAGE });
        else if (moved && moved.documents > 0) {
          showToast({ kind: 'info', text: `${moved.documents} dokumen dipindahkan ke penyimpanan browser yang baru (IndexedDB); semuanya telah diperiksa utuh.` });
        }
      }
      return idb;
    } catch {
      // IndexedDB refused (some private modes): localStorage still keeps the work
    }
  }
  return legacy ? asyncLocalStore(new DocumentStore(legacy, { channel: tabChannel() })) : null;
}

/** Open the storage and the last document, then save every change of the open document. */
export async function initPersistence(): Promise<void> {
  const s = await openStorage();
  initialised = true;
  if (!s) {
    saveStatus.set({ status: 'error-quota', message: STORAGE_UNAVAILABLE_MESSAGE });
    return;
  }
  store = s;
  const a = makeAutosave(s);
  autosave = a;
  void requestPersistence().then(() => refreshStorageInfo());
  const rescued = await settleRescues(legacy, s).catch(() => []);
  if (rescued.some((r) => r.outcome === 'version')) {
    showToast({ kind: 'info', text: 'Perubahan dari tab lain yang belum tersimpan disimpan sebagai versi «dari tab lain» di Riwayat versi.' });
  }
  refreshList();
  const last = await s.lastOpenId();
  // a document opened meanwhile (a file, a sample) wins over the last one
  if (last && !currentDoc() && (await s.list()).some((d) => d.id === last)) await openStoredNow(last);
  else if (currentDoc()) persistence.adopt(currentDoc()!);

  presence = createPresence(window, s.tabId, (n) => tabState.set({ otherTabs: n }));
  presence.setDoc(currentDoc()?.id ?? null);

  let previous = editor.get();
  editor.subscribe(() => {
    const state = editor.get();
    if (state.dragging !== previous.dragging) {
      if (state.dragging) a.pause();
      else a.resume();
    }
    if (state.doc && state.doc !== previous.doc && state.doc.id === previous.doc?.id) a.schedule(state.doc);
    if ((state.doc?.id ?? null) !== (previous.doc?.id ?? null)) {
      presence?.setDoc(state.doc?.id ?? null);
      if (tabState.get().removedElsewhere) tabState.set({ removedElsewhere: false });
    }
    previous = state;
  });
  attachPageLifecycle(window, a, writeRescueNow);
  window.addEventListener('pagehide', () => presence?.dispose());
  watchOtherTabs(window, onOtherTab, { ownTabId: s.tabId });
  (window as unknown as { __petakerjaStorage?: string }).__petakerjaStorage = s.kind;
  document.documentElement.dataset.storage = s.kind;
}
