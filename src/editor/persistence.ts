// The editor's persistence service: the document list, autosave (paused while dragging, flushed when the page is
// hidden or closed), version history, the recovery of unreadable documents, and what happens when the storage is
// full or another tab has the same document. The storage is opened by init() through the StorageOpener the editor
// was made with (storage.ts: IndexedDB in a browser, memory in tests). Rule throughout: work that is only in this
// tab is never dropped without the user being offered a download of it (and, where it fits, a copy in the version
// history).
import { freeze } from 'immer';
import { updateDocumentInfo } from '../commands/updateDocumentInfo';
import { fileNameFor, serializeDocument } from '../io/file/documentFile';
import { attachPageLifecycle, createAutosave, type Autosave, type AutosaveStatus } from '../io/storage/autosave';
import { watchOtherTabs, type DocumentSummary, type LoadResult } from '../io/storage/documentStore';
import { parseEnvelope } from '../io/storage/envelope';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../io/storage/messages';
import { describeEstimate, requestPersistence, storageEstimate } from '../io/storage/quotaInfo';
import { clearRescue, settleRescues, writeRescue } from '../io/storage/rescue';
import type { WorkspaceStore } from '../io/storage/workspaceStore';
import { createPresence, type Presence } from '../io/storage/presence';
import { parseSnapshotKey } from '../io/storage/snapshots';
import { summarizeHistory } from '../io/storage/historySummary';
import { restoreVersion as restoreVersionCommand } from '../commands/restoreVersion';
import { newId, type Workspace } from '../model';
import { createStore } from './createStore';
import type { Editor, HistoryRow, Persistence, Recovery, StorageOpener, TabState } from './types';

const when = (ms: number) => new Date(ms).toLocaleString('id-ID');

export function createPersistence(editor: Editor, opener: StorageOpener): Persistence {
  const legacy = opener.legacy;
  const saveStatus = createStore<{ status: AutosaveStatus; message: string }>({ status: 'saved', message: '' });
  const storedList = createStore<{ items: DocumentSummary[] }>({ items: [] });
  const tabState = createStore<TabState>({ otherTabs: 0, removedElsewhere: false, reloadAsk: false, leave: null });
  const recoveryState = createStore<{ recovery: Recovery | null }>({ recovery: null });
  const storageInfo = createStore<{ text: string; kind: 'indexeddb' | 'localstorage' | null }>({ text: '', kind: null });
  const cleanups: (() => void)[] = [];

  /** set by init() once IndexedDB (or, failing that, localStorage) is open */
  let store: WorkspaceStore | null = null;
  let autosave: Autosave | null = null;
  let presence: Presence | null = null;
  let initialised = false;
  /** One 'other-tab' version per stale edit state: the newest refused document of this tab is kept. */
  let lastKeptStale: Workspace | null = null;
  let listRequest = 0;

  const currentDoc = (): Workspace | null => editor.get().doc;
  const toast = editor.showToast;
  /** After a restore: a map or team the version does not have is no longer shown; the view itself stays. */
  const keepViewAfterRestore = () => {
    const { doc, activeMapId, activeTeamId, selection } = editor.get();
    if (!doc) return;
    editor.set({
      activeMapId: activeMapId && doc.maps[activeMapId] ? activeMapId : null,
      activeTeamId: activeTeamId && doc.teams[activeTeamId] ? activeTeamId : null,
      selection: selection.filter((id) => doc.positions[id]),
    });
    if (!activeMapId || !doc.maps[activeMapId]) editor.peta.set({ selected: null });
  };

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

  async function keepStaleVersion(doc: Workspace, revision: number): Promise<void> {
    if (!store || lastKeptStale === doc) return;
    lastKeptStale = doc;
    await store.snapshotDocument(doc, revision, 'other-tab');
  }

  function refreshList(): Promise<void> {
    if (!store) return Promise.resolve();
    const n = ++listRequest;
    return store.list().then(
      (items) => {
        if (n === listRequest) storedList.set({ items });
      },
      () => undefined,
    );
  }

  function refreshStorageInfo(): void {
    void storageEstimate().then((e) => {
      storageInfo.set({ text: e ? describeEstimate(e) : '', kind: store?.kind ?? null });
    });
  }

  function downloadDocument(doc: Workspace): void {
    editor.env.download(fileNameFor(doc), serializeDocument(doc), 'application/json');
  }
  const downloadAction = (doc: Workspace) => ({ label: 'Unduh dokumen', run: () => downloadDocument(doc) });

  /** Keep this tab's version in the history before it is replaced (best effort: the storage may be full). */
  async function keepTabVersion(doc: Workspace, reason: 'before-reload' | 'unsaved'): Promise<void> {
    if (store && autosave?.hasUnsavedChanges()) await store.snapshotDocument(doc, autosave.revision, reason);
  }

  async function openStoredNow(id: string): Promise<boolean> {
    if (!store || !autosave) return false;
    const s = store;
    const loaded = await s.load(id);
    if (!loaded.ok) {
      if (loaded.reason === 'corrupt') await showRecovery(id, loaded);
      else toast({ kind: 'error', text: loaded.message });
      await refreshList();
      return false;
    }
    await autosave.track(id, loaded.revision);
    lastKeptStale = null;
    void s.setLastOpen(id);
    // the version as it was when opened: the first entry of its history in this session
    void s.snapshot(id, 'open');
    recoveryState.set({ recovery: null });
    tabState.set({ removedElsewhere: false, reloadAsk: false });
    editor.openDocument(loaded.doc);
    if (loaded.notices.length) toast({ kind: 'info', text: 'Dokumen dipulihkan dengan catatan:', details: loaded.notices });
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
    editor.openDocument(null);
  }

  function onOtherTab(docId: string, revision: number | null): void {
    if (currentDoc()?.id === docId) {
      if (revision === null) tabState.set({ removedElsewhere: true });
      else autosave?.noteExternalChange(docId, revision);
    }
    void refreshList();
  }

  /** The rescue of pagehide: whatever is not confirmed stored, written synchronously to localStorage. */
  function writeRescueNow(): void {
    const a = autosave;
    const s = store;
    if (!a || !s) return;
    const doc = a.unsaved();
    if (!doc || doc.id !== a.docId) return;
    writeRescue(legacy, { tabId: s.tabId, baseRevision: a.revision, savedAt: editor.clock.now(), doc });
  }

  const service: Persistence = {
    get available(): boolean {
      return store !== null || !initialised;
    },
    saveStatus,
    storedList,
    tabState,
    recoveryState,
    storageInfo,

    async init() {
      const s = await opener.open(editor);
      initialised = true;
      if (!s) {
        saveStatus.set({ status: 'error-quota', message: STORAGE_UNAVAILABLE_MESSAGE });
        return;
      }
      store = s;
      const a = makeAutosave(s);
      autosave = a;
      const win = editor.env.window;
      if (win) void requestPersistence().then(() => refreshStorageInfo());
      const rescued = await settleRescues(legacy, s).catch(() => []);
      if (rescued.some((r) => r.outcome === 'version')) {
        toast({ kind: 'info', text: 'Perubahan dari tab lain yang belum tersimpan disimpan sebagai versi «dari tab lain» di Riwayat versi.' });
      }
      await refreshList();
      const last = await s.lastOpenId();
      // a document opened meanwhile (a file, a sample) wins over the last one
      if (last && !currentDoc() && (await s.list()).some((d) => d.id === last)) await openStoredNow(last);
      else if (currentDoc()) await service.adopt(currentDoc()!);

      let previous = editor.get();
      cleanups.push(
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
        }),
      );
      cleanups.push(() => a.dispose());
      if (!win) return;
      presence = createPresence(win, s.tabId, (n) => tabState.set({ otherTabs: n }));
      presence.setDoc(currentDoc()?.id ?? null);
      attachPageLifecycle(win, a, writeRescueNow);
      win.addEventListener('pagehide', () => presence?.dispose());
      watchOtherTabs(win, onOtherTab, { ownTabId: s.tabId });
      (win as unknown as { __petakerjaStorage?: string }).__petakerjaStorage = s.kind;
      win.document.documentElement.dataset.storage = s.kind;
    },
    store: () => store,
    refreshList,
    exists(id) {
      return storedList.get().items.some((d) => d.id === id);
    },
    freshId() {
      return newId('doc');
    },
    async adopt(doc) {
      if (!store || !autosave) return;
      const s = store;
      const a = autosave;
      recoveryState.set({ recovery: null });
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
        if (result.reason !== 'quota') toast({ kind: 'error', text: result.message, action: downloadAction(doc) });
      }
      await s.setLastOpen(doc.id);
      await refreshList();
    },
    async rename(id, title) {
      if (!store) return;
      if (currentDoc()?.id === id) {
        // the open document's title is part of the document: change it by command so undo and autosave see it
        editor.run(updateDocumentInfo, { title });
        await refreshList();
        return;
      }
      const r = await store.rename(id, title);
      if (!r.ok) toast({ kind: 'error', text: r.message });
      await refreshList();
    },
    async duplicate(id) {
      const s = store;
      if (!s) return null;
      await autosave?.flush();
      const r = await s.duplicate(id);
      if (!r.ok) toast({ kind: 'error', text: r.message });
      await refreshList();
      return r.ok ? r.id : null;
    },
    async remove(id) {
      if (!store) return;
      const r = await store.remove(id);
      if (!r.ok) {
        toast({ kind: 'error', text: r.message });
        return;
      }
      if (currentDoc()?.id === id) editor.openDocument(null);
      if (recoveryState.get().recovery?.docId === id) recoveryState.set({ recovery: null });
      await refreshList();
    },
    openStored(id) {
      const title = storedList.get().items.find((d) => d.id === id)?.title;
      return service.guardLeave(`membuka «${title ?? id}»`, () => void openStoredNow(id));
    },
    openStoredNow,
    async guardLeave(what, proceed) {
      const doc = currentDoc();
      if (!autosave || !doc || (await autosave.flush())) {
        tabState.set({ leave: null });
        proceed();
        return;
      }
      // the question is asked in the banner: a dialog over it would hide it
      editor.closeDialog();
      tabState.set({ leave: { what, proceed } });
    },
    async leaveAnyway(download) {
      const request = tabState.get().leave;
      const doc = currentDoc();
      if (!request) return;
      tabState.set({ leave: null });
      if (doc) {
        if (download) downloadDocument(doc);
        try {
          await keepTabVersion(doc, 'unsaved');
        } finally {
          request.proceed();
        }
      } else request.proceed();
    },
    cancelLeave() {
      tabState.set({ leave: null });
    },
    downloadDocument,
    downloadCurrent() {
      const doc = currentDoc();
      if (!doc) return;
      downloadDocument(doc);
      toast({ kind: 'info', text: `Berkas «${fileNameFor(doc)}» diunduh.` });
    },
    downloadRaw() {
      const r = recoveryState.get().recovery;
      if (!r) return;
      const base = fileNameFor({ title: r.title }).replace(/\.petakerja\.json$/, '');
      editor.env.download(`${base}-isi-mentah-rusak.txt`, r.rawText, 'text/plain');
    },
    closeRecovery() {
      recoveryState.set({ recovery: null });
      void refreshList();
    },
    /**
     * Make a history copy the current version of `docId`. What is stored now becomes a copy itself (so this can be
     * undone from the same list); this tab's unsaved changes of that document are kept there too.
     */
    async restoreVersion(docId, key) {
      if (!store || !autosave) return false;
      const s = store;
      const open = currentDoc();
      if (open?.id === docId && !(await autosave.flush())) await keepTabVersion(open, 'unsaved');
      const r = await s.restoreSnapshot(docId, key);
      if (!r.ok) {
        toast({ kind: 'error', text: r.message });
        return false;
      }
      const at = parseSnapshotKey(key)?.takenAt;
      let undoable = false;
      if (open?.id === docId) {
        // the open document: one undo step, and the user stays where they were (view, map, team)
        await autosave.track(docId, r.revision);
        undoable = editor.run(restoreVersionCommand, { version: r.doc, takenAt: at ?? Date.now() });
        if (undoable) keepViewAfterRestore();
      }
      if (!undoable && (open?.id === docId || recoveryState.get().recovery?.docId === docId)) {
        await autosave.track(docId, r.revision);
        void s.setLastOpen(docId);
        recoveryState.set({ recovery: null });
        editor.openDocument(r.doc);
      }
      toast({
        kind: 'info',
        text: `Versi ${at ? `dari ${when(at)} ` : ''}dipulihkan. ${undoable ? 'Ctrl+Z membatalkannya; v' : 'V'}ersi sebelumnya tersimpan di Riwayat versi.`,
        details: r.notices.length ? r.notices : undefined,
      });
      await refreshList();
      return true;
    },
    async historyOf(docId): Promise<HistoryRow[]> {
      const s = store;
      if (!s) return [];
      const infos = await s.listSnapshots(docId);
      const texts = await Promise.all(infos.map((info) => (info.readable ? s.snapshotText(info.key) : Promise.resolve(null))));
      const summaries = summarizeHistory(texts);
      return infos.map((info, i) => ({ info, positions: summaries[i]?.positions ?? null, summary: summaries[i] ?? null }));
    },
    /** A history copy as a file: the document as a normal PetaKerja file when readable, else the raw text. */
    async downloadVersion(key, title) {
      const text = (await store?.snapshotText(key)) ?? null;
      if (text === null) {
        toast({ kind: 'error', text: 'Versi tersebut sudah tidak ada di riwayat.' });
        return;
      }
      const env = parseEnvelope(text);
      const base = fileNameFor({ title }).replace(/\.petakerja\.json$/, '');
      const at = parseSnapshotKey(key)?.takenAt ?? 0;
      const stamp = new Date(at).toISOString().slice(0, 16).replace(/[T:]/g, '-');
      if (env && typeof env.doc === 'object' && env.doc !== null) {
        editor.env.download(`${base}-versi-${stamp}.petakerja.json`, JSON.stringify(env.doc, null, 1) + '\n', 'application/json');
      } else editor.env.download(`${base}-versi-${stamp}-mentah.txt`, text, 'text/plain');
    },
    /** "Muat versi terbaru": ask first when this tab has unsaved changes. */
    async askReloadLatest() {
      if (autosave?.hasUnsavedChanges()) tabState.set({ reloadAsk: true });
      else await service.reloadLatest(false);
    },
    /** Replace this tab's version by the stored one; this tab's version goes to the history (and a file if asked). */
    async reloadLatest(download) {
      const doc = currentDoc();
      if (!doc) return;
      if (download) downloadDocument(doc);
      tabState.set({ reloadAsk: false, removedElsewhere: false });
      await keepTabVersion(doc, 'before-reload');
      await openStoredNow(doc.id);
      if (currentDoc()?.id === doc.id) toast({ kind: 'info', text: 'Versi terbaru dimuat. Versi tab ini tersimpan di Riwayat versi.' });
    },
    cancelReload() {
      tabState.set({ reloadAsk: false });
    },
    /** "Simpan versi tab ini sebagai salinan": this tab's version becomes a document of its own; undo history stays. */
    async saveTabCopy() {
      const doc = currentDoc();
      if (!doc || !store || !autosave) return;
      const s = store;
      const copy: Workspace = { ...doc, id: newId('doc'), title: `${doc.title} (salinan dari tab lain)` };
      const r = await s.create(copy);
      if (!r.ok) {
        toast({ kind: 'error', text: r.message, action: downloadAction(doc) });
        return;
      }
      await autosave.track(copy.id, r.revision);
      void s.setLastOpen(copy.id);
      tabState.set({ reloadAsk: false, removedElsewhere: false });
      // same content under a new id: the undo history still applies, so it is kept (no openDocument)
      editor.set({ doc: freeze(copy, true) });
      await refreshList();
      toast({ kind: 'info', text: `Versi tab ini disimpan sebagai dokumen «${copy.title}». Versi di tab lain tidak diubah.` });
    },
    /** The open document was deleted in another tab: store this tab's version again. */
    async storeAgain() {
      const doc = currentDoc();
      if (!doc || !store || !autosave) return;
      const r = await store.save(doc, 0);
      if (!r.ok) {
        toast({ kind: 'error', text: r.message, action: downloadAction(doc) });
        return;
      }
      await autosave.track(doc.id, r.revision);
      tabState.set({ removedElsewhere: false });
      await refreshList();
    },
    /** After space was freed (or the other tab closed): try the pending save now. */
    async retrySave() {
      const a = autosave;
      if (!a) return;
      const ok = await a.flush();
      if (!ok && a.status === 'error-quota') {
        toast({ kind: 'error', text: 'Masih belum dapat disimpan: penyimpanan browser tetap penuh. Hapus versi lama atau dokumen yang tidak dipakai, atau unduh dokumen ini.' });
      }
      refreshStorageInfo();
    },
    refreshStorageInfo,
    settled() {
      return autosave ? autosave.settled() : Promise.resolve(true);
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
      presence?.dispose();
    },
  };
  return service;
}
