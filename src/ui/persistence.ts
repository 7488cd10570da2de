// Wires the editor to local storage: the document list, autosave (paused while dragging, flushed when the page
// is hidden or closed), and the warnings for a full storage or a newer copy written by another tab.
import { createAutosave, attachPageLifecycle, type AutosaveStatus } from '../io/storage/autosave';
import { DocumentStore, watchOtherTabs, type DocumentSummary } from '../io/storage/documentStore';
import { newId, type Workspace } from '../model';
import { createStore } from './createStore';
import { updateDocumentInfo } from '../commands/updateDocumentInfo';
import { editor, openDocument, run, showToast } from './editorStore';

export const saveStatus = createStore<{ status: AutosaveStatus; message: string }>({ status: 'saved', message: '' });
export const storedList = createStore<{ items: DocumentSummary[] }>({ items: [] });

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('petakerja:index');
    return s;
  } catch {
    return null;
  }
}

const storage = typeof window !== 'undefined' ? localStorageOrNull() : null;
const store = storage ? new DocumentStore(storage) : null;
const autosave = store
  ? createAutosave({
      store,
      onStatus: (status, message) => {
        saveStatus.set({ status, message: message ?? '' });
        if (status === 'saved') refreshList();
        if (status === 'error-quota' || status === 'conflict') {
          showToast({ kind: 'error', text: message ?? 'Dokumen belum tersimpan.' });
        }
      },
    })
  : null;

function refreshList(): void {
  if (store) storedList.set({ items: store.list() });
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
    if (!result.ok) showToast({ kind: 'error', text: result.message });
    autosave.track(doc.id, result.ok ? result.revision : 0);
    store.setLastOpen(doc.id);
    refreshList();
  },
  rename(id: string, title: string): void {
    if (!store) return;
    const current = editor.get().doc;
    if (current?.id === id) {
      // the open document's title is part of the document: change it by command so undo and autosave see it
      run(updateDocumentInfo, { title });
    } else store.rename(id, title);
    refreshList();
  },
  duplicate(id: string): void {
    if (!store) return;
    autosave?.flush();
    store.duplicate(id);
    refreshList();
  },
  remove(id: string): void {
    if (!store) return;
    store.remove(id);
    if (editor.get().doc?.id === id) openDocument(null);
    refreshList();
  },
};

export function openStoredDocument(id: string): void {
  if (!store || !autosave) return;
  autosave.flush();
  const loaded = store.load(id);
  if (!loaded.ok) {
    showToast({ kind: 'error', text: loaded.message });
    return;
  }
  autosave.track(id, loaded.revision);
  store.setLastOpen(id);
  openDocument(loaded.doc);
  if (loaded.notices.length) showToast({ kind: 'info', text: 'Dokumen dipulihkan dengan catatan:', details: loaded.notices });
}

/** Open the last document, then save every change of the open document. */
export function initPersistence(): void {
  if (!store || !autosave) {
    saveStatus.set({ status: 'error-quota', message: 'Penyimpanan browser tidak tersedia.' });
    return;
  }
  refreshList();
  const last = store.lastOpenId();
  if (last && store.list().some((d) => d.id === last)) openStoredDocument(last);

  let previous = editor.get();
  editor.subscribe(() => {
    const state = editor.get();
    if (state.dragging !== previous.dragging) {
      if (state.dragging) autosave.pause();
      else autosave.resume();
    }
    if (state.doc && state.doc !== previous.doc && state.doc.id === previous.doc?.id) autosave.schedule(state.doc);
    previous = state;
  });
  attachPageLifecycle(window, autosave);
  watchOtherTabs(window, (docId) => {
    if (editor.get().doc?.id === docId) {
      saveStatus.set({ status: 'conflict', message: '' });
      showToast({
        kind: 'error',
        text: 'Dokumen ini baru saja diubah di tab lain. Perubahan di tab ini tidak akan menimpanya: unduh sebagai berkas atau buka ulang dokumen dari daftar Dokumen.',
      });
    }
    refreshList();
  });
}
