// The editor's persistence service: the document list, autosave (paused while dragging, flushed when the page is
// hidden or closed), version history, the recovery of unreadable documents, and what happens when the storage is
// full or another tab has the same document. It talks to the storage only through the asynchronous EditorStorage
// seam (storage.ts). Rule throughout: work that is only in this tab is never dropped without the user being offered
// a download of it (and, where it fits, a copy in the version history).
import { freeze } from 'immer';
import { updateDocumentInfo } from '../../commands/updateDocumentInfo';
import { fileNameFor, serializeDocument } from '../../io/file/documentFile';
import { attachPageLifecycle, createAutosave, type Autosave, type AutosaveStatus } from '../../io/storage/autosave';
import type { DocumentSummary } from '../../io/storage/documentStore';
import { parseEnvelope } from '../../io/storage/envelope';
import { createPresence, type Presence } from '../../io/storage/presence';
import { parseSnapshotKey } from '../../io/storage/snapshots';
import { summarizeHistory } from '../../io/storage/historySummary';
import { restoreVersion as restoreVersionCommand } from '../../commands/restoreVersion';
import { watchOtherTabs } from '../../io/storage/tabSync';
import { newId, type Workspace } from '../../model';
import { createStore } from '../createStore';
import type { EditorStorage } from './storage';
import type { CorruptLoad, Editor, HistoryRow, Persistence, Recovery, TabState } from './types';

const when = (ms: number) => new Date(ms).toLocaleString('id-ID');

export function createPersistence(editor: Editor, storage: EditorStorage | null, unavailableMessage: string): Persistence {
  const saveStatus = createStore<{ status: AutosaveStatus; message: string }>({ status: 'saved', message: '' });
  const storedList = createStore<{ items: DocumentSummary[] }>({ items: [] });
  const tabState = createStore<TabState>({ otherTabs: 0, removedElsewhere: false, reloadAsk: false, leave: null });
  const recoveryState = createStore<{ recovery: Recovery | null }>({ recovery: null });
  const cleanups: (() => void)[] = [];
  let presence: Presence | null = null;

  const autosave: Autosave | null = storage
    ? createAutosave({
        // a store that can write at once does so (the page may be closing); otherwise through the promise
        store: { save: storage.saveNow ? (doc, rev) => storage.saveNow!(doc, rev) : (doc, rev) => storage.save(doc, rev) },
        onStatus: (status, message) => {
          // the banner (StorageBanner) shows quota and conflict with its buttons; no toast on top of it
          saveStatus.set({ status, message: message ?? '' });
          if (status === 'saved') void refreshList();
        },
      })
    : null;

  async function refreshList(): Promise<void> {
    if (storage) storedList.set({ items: await storage.list() });
  }

  const currentDoc = (): Workspace | null => editor.get().doc;

  function downloadDocument(doc: Workspace): void {
    editor.env.download(fileNameFor(doc), serializeDocument(doc), 'application/json');
  }

  const downloadAction = (doc: Workspace) => ({ label: 'Unduh dokumen', run: () => downloadDocument(doc) });

  /** Keep this tab's version in the history before it is replaced (best effort: the storage may be full). */
  async function keepTabVersion(doc: Workspace, reason: 'before-reload' | 'unsaved'): Promise<void> {
    if (storage && autosave?.hasUnsavedChanges()) await storage.snapshotDocument(doc, autosave.revision, reason);
  }

  async function openStoredNow(id: string): Promise<void> {
    if (!storage || !autosave) return;
    const loaded = await storage.load(id);
    if (!loaded.ok) {
      if (loaded.reason === 'corrupt') await showRecovery(id, loaded);
      else editor.showToast({ kind: 'error', text: loaded.message });
      await refreshList();
      return;
    }
    autosave.track(id, loaded.revision);
    await storage.setLastOpen(id);
    // the version as it was when opened: the first entry of its history in this session
    await storage.snapshot(id, 'open');
    recoveryState.set({ recovery: null });
    tabState.set({ removedElsewhere: false, reloadAsk: false });
    editor.openDocument(loaded.doc);
    if (loaded.notices.length) editor.showToast({ kind: 'info', text: 'Dokumen dipulihkan dengan catatan:', details: loaded.notices });
  }

  async function showRecovery(id: string, failure: CorruptLoad): Promise<void> {
    if (!storage) return;
    const good = await storage.lastGoodSnapshot(id);
    recoveryState.set({
      recovery: {
        docId: id,
        title: storedList.get().items.find((d) => d.id === id)?.title ?? id,
        message: failure.message,
        problems: failure.problems,
        rawText: failure.rawText,
        lastGood: good ? { key: good.info.key, takenAt: good.info.takenAt, positions: Object.keys(good.doc.positions).length } : null,
        history: await storage.listSnapshots(id),
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

  const service: Persistence = {
    available: storage !== null,
    saveStatus,
    storedList,
    tabState,
    recoveryState,

    async init() {
      if (!storage || !autosave) {
        saveStatus.set({ status: 'error-quota', message: unavailableMessage });
        return;
      }
      await refreshList();
      const last = await storage.lastOpenId();
      if (last && storedList.get().items.some((d) => d.id === last)) await openStoredNow(last);

      let previous = editor.get();
      cleanups.push(
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
        }),
      );
      const win = editor.env.window;
      if (win) {
        presence = createPresence(win, storage.tabId, (n) => tabState.set({ otherTabs: n }));
        presence.setDoc(currentDoc()?.id ?? null);
        cleanups.push(attachPageLifecycle(win, autosave));
        const disposePresence = () => presence?.dispose();
        win.addEventListener('pagehide', disposePresence);
        cleanups.push(() => win.removeEventListener('pagehide', disposePresence));
        const unwatch = watchOtherTabs(win, onOtherTab, { ownTabId: storage.tabId });
        if (typeof unwatch === 'function') cleanups.push(unwatch);
      }
    },

    exists(id) {
      return storedList.get().items.some((d) => d.id === id);
    },
    freshId() {
      return newId('doc');
    },

    /** Take a new or opened document into the list and make it the one autosave writes. */
    async adopt(doc) {
      if (!storage || !autosave) return;
      const result = await storage.create(doc);
      autosave.track(doc.id, result.ok ? result.revision : 0);
      if (!result.ok) {
        // not stored yet: keep it pending so the status says so and the next chance writes it
        autosave.schedule(doc);
        if (result.reason !== 'quota') editor.showToast({ kind: 'error', text: result.message, action: downloadAction(doc) });
      }
      await storage.setLastOpen(doc.id);
      recoveryState.set({ recovery: null });
      await refreshList();
    },
    async rename(id, title) {
      if (!storage) return;
      if (currentDoc()?.id === id) {
        // the open document's title is part of the document: change it by command so undo and autosave see it
        editor.run(updateDocumentInfo, { title });
      } else {
        const r = await storage.rename(id, title);
        if (!r.ok) editor.showToast({ kind: 'error', text: r.message });
      }
      await refreshList();
    },
    async duplicate(id) {
      if (!storage) return;
      await autosave?.settled();
      const r = await storage.duplicate(id);
      if (!r.ok) editor.showToast({ kind: 'error', text: r.message });
      await refreshList();
    },
    async remove(id) {
      if (!storage) return;
      const r = await storage.remove(id);
      if (!r.ok) {
        editor.showToast({ kind: 'error', text: r.message });
        return;
      }
      if (currentDoc()?.id === id) editor.openDocument(null);
      if (recoveryState.get().recovery?.docId === id) recoveryState.set({ recovery: null });
      await refreshList();
    },

    /** Open a stored document; the open one's unsaved changes are dealt with first (see guardLeave). */
    async openStored(id) {
      const title = storedList.get().items.find((d) => d.id === id)?.title;
      await service.guardLeave(`membuka «${title ?? id}»`, () => openStoredNow(id));
    },

    /**
     * Run `proceed` (open another document, start a new one …) once the open document's changes are stored. When
     * they cannot be (full storage, a newer version in another tab), the banner asks first: download, go on, or stay.
     */
    async guardLeave(what, proceed) {
      const doc = currentDoc();
      if (!autosave || !doc || (await autosave.settled())) {
        tabState.set({ leave: null });
        await proceed();
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
      if (doc) {
        if (download) downloadDocument(doc);
        await keepTabVersion(doc, 'unsaved');
      }
      tabState.set({ leave: null });
      await request.proceed();
    },
    cancelLeave() {
      tabState.set({ leave: null });
    },

    /** The open document as a JSON file: the one way out that never depends on the browser's storage. */
    downloadCurrent() {
      const doc = currentDoc();
      if (!doc) return;
      downloadDocument(doc);
      editor.showToast({ kind: 'info', text: `Berkas «${fileNameFor(doc)}» diunduh.` });
    },
    /** The unreadable text as it is stored, for a person (or support) to look at. */
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
      if (!storage || !autosave) return false;
      const open = currentDoc();
      if (open?.id === docId && !(await autosave.settled())) await keepTabVersion(open, 'unsaved');
      const r = await storage.restoreSnapshot(docId, key);
      if (!r.ok) {
        editor.showToast({ kind: 'error', text: r.message });
        return false;
      }
      const at = parseSnapshotKey(key)?.takenAt;
      let undoable = false;
      if (open?.id === docId) {
        // the open document: one undo step, and the user stays where they were (view, map, team)
        autosave.track(docId, r.revision);
        undoable = editor.run(restoreVersionCommand, { version: r.doc, takenAt: at ?? Date.now() });
        if (undoable) {
          const { doc, activeMapId, activeTeamId, selection } = editor.get();
          if (doc) {
            editor.set({
              activeMapId: activeMapId && doc.maps[activeMapId] ? activeMapId : null,
              activeTeamId: activeTeamId && doc.teams[activeTeamId] ? activeTeamId : null,
              selection: selection.filter((id) => doc.positions[id]),
            });
          }
        }
      }
      if (!undoable && (open?.id === docId || recoveryState.get().recovery?.docId === docId)) {
        autosave.track(docId, r.revision);
        await storage.setLastOpen(docId);
        recoveryState.set({ recovery: null });
        editor.openDocument(r.doc);
      }
      editor.showToast({
        kind: 'info',
        text: `Versi ${at ? `dari ${when(at)} ` : ''}dipulihkan. ${undoable ? 'Ctrl+Z membatalkannya; v' : 'V'}ersi sebelumnya tersimpan di Riwayat versi.`,
        details: r.notices.length ? r.notices : undefined,
      });
      await refreshList();
      return true;
    },
    async historyOf(docId) {
      if (!storage) return [];
      const infos = await storage.listSnapshots(docId);
      const texts: (string | null)[] = [];
      for (const info of infos) texts.push(info.readable ? await storage.snapshotText(info.key) : null);
      const summaries = summarizeHistory(texts);
      return infos.map((info, i): HistoryRow => ({ info, positions: summaries[i]?.positions ?? null, summary: summaries[i] ?? null }));
    },
    /** A history copy as a file: the document as a normal PetaKerja file when readable, else the raw text. */
    async downloadVersion(key, title) {
      const text = storage ? await storage.snapshotText(key) : null;
      if (text === null) {
        editor.showToast({ kind: 'error', text: 'Versi tersebut sudah tidak ada di riwayat.' });
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

    // ---- another tab wrote the open document

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
      await keepTabVersion(doc, 'before-reload');
      tabState.set({ reloadAsk: false, removedElsewhere: false });
      await openStoredNow(doc.id);
      if (currentDoc()?.id === doc.id) editor.showToast({ kind: 'info', text: 'Versi terbaru dimuat. Versi tab ini tersimpan di Riwayat versi.' });
    },
    cancelReload() {
      tabState.set({ reloadAsk: false });
    },
    /** "Simpan versi tab ini sebagai salinan": this tab's version becomes a document of its own; undo history stays. */
    async saveTabCopy() {
      const doc = currentDoc();
      if (!doc || !storage || !autosave) return;
      const copy: Workspace = { ...doc, id: newId('doc'), title: `${doc.title} (salinan dari tab lain)` };
      const r = await storage.create(copy);
      if (!r.ok) {
        editor.showToast({ kind: 'error', text: r.message, action: downloadAction(doc) });
        return;
      }
      autosave.track(copy.id, r.revision);
      await storage.setLastOpen(copy.id);
      tabState.set({ reloadAsk: false, removedElsewhere: false });
      // same content under a new id: the undo history still applies, so it is kept (no openDocument)
      editor.set({ doc: freeze(copy, true) });
      await refreshList();
      editor.showToast({ kind: 'info', text: `Versi tab ini disimpan sebagai dokumen «${copy.title}». Versi di tab lain tidak diubah.` });
    },
    /** The open document was deleted in another tab: store this tab's version again. */
    async storeAgain() {
      const doc = currentDoc();
      if (!doc || !storage || !autosave) return;
      const r = await storage.save(doc, 0);
      if (!r.ok) {
        editor.showToast({ kind: 'error', text: r.message, action: downloadAction(doc) });
        return;
      }
      autosave.track(doc.id, r.revision);
      tabState.set({ removedElsewhere: false });
      await refreshList();
    },
    /** After space was freed (or the other tab closed): try the pending save now. */
    async retrySave() {
      if (autosave && !(await autosave.settled()) && autosave.status === 'error-quota') {
        editor.showToast({
          kind: 'error',
          text: 'Masih belum dapat disimpan: penyimpanan browser tetap penuh. Hapus dokumen yang tidak dipakai, atau unduh dokumen ini.',
        });
      }
    },
    settled() {
      return autosave ? autosave.settled() : Promise.resolve(true);
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
      presence?.dispose();
      autosave?.dispose();
    },
  };
  return service;
}
