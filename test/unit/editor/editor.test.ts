// The editor object (src/editor/Editor.ts): one editor per test, an in-memory storage, fake timers as the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { executeAll, execute } from '../../../src/commands/command';
import { updateDocumentInfo } from '../../../src/commands/updateDocumentInfo';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { asyncLocalStore } from '../../../src/io/storage/workspaceStore';
import { createEditor, realClock, TOAST_MS } from '../../../src/editor/Editor';
import { memoryStorage, noStorage } from '../../../src/editor/storage';
import type { Editor, StorageOpener } from '../../../src/editor/types';
import { emptyWorkspace } from '../../../src/model';

const downloads: string[] = [];
function make(storage: StorageOpener = memoryStorage({ tabId: 'tab_a' })): Editor {
  return createEditor({ storage, clock: realClock, env: { window: null, download: (name) => downloads.push(name), pickFile: async () => null, clipboard: null } });
}

beforeEach(() => {
  vi.useFakeTimers();
  downloads.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('editor object: document, history, messages', () => {
  it('runs a command, and undo / redo restore each side', () => {
    const ed = make();
    ed.openDocument(emptyWorkspace('Awal'));
    expect(ed.actions.isEnabled('undo')).toBe(false);
    expect(ed.run(updateDocumentInfo, { title: 'Baru' })).toBe(true);
    expect(ed.get().doc?.title).toBe('Baru');
    expect(ed.actions.isEnabled('undo')).toBe(true);
    ed.undo();
    expect(ed.get().doc?.title).toBe('Awal');
    expect(ed.get().toast?.text).toContain('Dibatalkan');
    expect(ed.actions.isEnabled('redo')).toBe(true);
    ed.redo();
    expect(ed.get().doc?.title).toBe('Baru');
  });

  it('a compound command is one undo step', () => {
    const ed = make();
    ed.openDocument(emptyWorkspace('Awal'));
    const both = executeAll(ed.currentDoc(), 'Ubah dua kali', [
      (d) => execute(d, updateDocumentInfo, { title: 'Satu' }),
      (d) => execute(d, updateDocumentInfo, { instansi: { nama: 'Kota Contoh' } }),
    ]);
    ed.commit(both);
    expect(ed.get().doc?.instansi.nama).toBe('Kota Contoh');
    ed.undo();
    expect(ed.get().doc?.title).toBe('Awal');
    expect(ed.get().doc?.instansi.nama).not.toBe('Kota Contoh');
    expect(ed.get().history.past).toHaveLength(0);
    ed.redo();
    expect(ed.get().doc?.title).toBe('Satu');
    expect(ed.get().doc?.instansi.nama).toBe('Kota Contoh');
  });

  it('a refused command becomes a message and leaves the document untouched', () => {
    const ed = make();
    ed.openDocument(emptyWorkspace('Awal'));
    const before = ed.get().doc;
    expect(ed.run(updateDocumentInfo, { instansi: { jenis: 'negara' as never } })).toBe(false);
    expect(ed.get().doc).toBe(before);
    expect(ed.get().toast).toMatchObject({ kind: 'error', text: expect.stringContaining('tidak dikenal') });
  });

  it('an info message goes after its time on the clock; an error stays', () => {
    const ed = make();
    ed.showToast({ kind: 'info', text: 'Halo' });
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(ed.get().toast?.text).toBe('Halo');
    vi.advanceTimersByTime(1);
    expect(ed.get().toast).toBeNull();
    ed.showToast({ kind: 'error', text: 'Gagal' });
    vi.advanceTimersByTime(TOAST_MS * 3);
    expect(ed.get().toast?.text).toBe('Gagal');
  });

  it('selection and focus; Hapus and Salin act on the selection, and say so once without one', () => {
    const ed = make();
    const doc = emptyWorkspace('Awal');
    ed.openDocument(doc);
    void ed.actions.perform('delete');
    expect(ed.get().dialog).toBeNull();
    expect(ed.get().toast?.text).toBe('Hapus: pilih jabatan pada struktur lebih dahulu.');
    ed.focusOn('p1');
    expect(ed.get().selection).toEqual(['p1']);
    expect(ed.get().focus).toEqual({ id: 'p1', seq: 1 });
    ed.focusOn('p1');
    expect(ed.get().focus?.seq).toBe(2);
    void ed.actions.perform('delete');
    expect(ed.get().dialog).toEqual({ type: 'delete', ids: ['p1'] });
    void ed.actions.perform('find');
    expect(ed.get().fieldFocus).toEqual({ field: 'search', seq: 1 });
    void ed.actions.perform('rename');
    expect(ed.get().fieldFocus).toEqual({ field: 'position-name', seq: 2 });
    ed.select([]);
    expect(ed.actions.isEnabled('rename')).toBe(false);
    void ed.actions.perform('copy');
    expect(ed.get().toast?.text).toBe('Salin: pilih jabatan pada struktur lebih dahulu.');
  });

  it('two editors share nothing', () => {
    const a = make();
    const b = make();
    a.openDocument(emptyWorkspace('A'));
    a.select(['x']);
    expect(b.get().doc).toBeNull();
    expect(b.get().selection).toEqual([]);
  });

  it('Rapikan and Lihat semua in the Peta view wait for a map canvas', () => {
    const ed = make();
    ed.openDocument(emptyWorkspace('A'));
    ed.set({ view: 'peta' });
    expect(ed.actions.isEnabled('fit')).toBe(false);
    expect(ed.actions.byId('fit').disabledReason?.(ed)).toBe('Belum ada peta yang dibuka.');
  });
});

describe('editor object: persistence through the async storage seam', () => {
  it('saves a change after the debounce and opens it again in a new editor', async () => {
    const storage = memoryStorage({ tabId: 'tab_a' });
    const ed = make(storage);
    await ed.persistence.init();
    const doc = emptyWorkspace('Disimpan');
    await ed.persistence.adopt(doc);
    ed.openDocument(doc);
    ed.run(updateDocumentInfo, { title: 'Diubah' });
    expect(ed.persistence.saveStatus.get().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(ed.persistence.saveStatus.get().status).toBe('saved');
    expect(ed.persistence.storedList.get().items.map((d) => d.title)).toEqual(['Diubah']);

    const again = make(storage);
    await again.persistence.init();
    expect(again.get().doc?.title).toBe('Diubah');
  });

  it('a full storage says so and keeps the change pending; freeing space and retrying stores it', async () => {
    const storage = memoryStorage({ tabId: 'tab_a' });
    const ed = make(storage);
    await ed.persistence.init();
    const doc = emptyWorkspace('Penuh');
    await ed.persistence.adopt(doc);
    ed.openDocument(doc);
    storage.area.quota = 10;
    ed.run(updateDocumentInfo, { title: 'Tidak muat' });
    await vi.advanceTimersByTimeAsync(400);
    expect(ed.persistence.saveStatus.get().status).toBe('error-quota');
    expect(await ed.persistence.settled()).toBe(false);
    storage.area.quota = Number.POSITIVE_INFINITY;
    await ed.persistence.retrySave();
    expect(ed.persistence.saveStatus.get().status).toBe('saved');
    expect(storage.store.load(doc.id)).toMatchObject({ ok: true, doc: { title: 'Tidak muat' } });
  });

  it('another tab wrote a newer version: the save is refused as a conflict, leaving asks first', async () => {
    const storage = memoryStorage({ tabId: 'tab_a' });
    const ed = make(storage);
    await ed.persistence.init();
    const doc = emptyWorkspace('Dua tab');
    await ed.persistence.adopt(doc);
    ed.openDocument(doc);
    // the other tab: the same storage area, another DocumentStore
    const other = new DocumentStore(storage.area, { tabId: 'tab_b' });
    const loaded = other.load(doc.id);
    if (!loaded.ok) throw new Error('load');
    expect(other.save({ ...loaded.doc, title: 'Dari tab lain' }, loaded.revision).ok).toBe(true);
    ed.run(updateDocumentInfo, { title: 'Dari tab ini' });
    await vi.advanceTimersByTimeAsync(400);
    expect(ed.persistence.saveStatus.get().status).toBe('conflict');
    let proceeded = false;
    await ed.persistence.guardLeave('membuat dokumen baru', () => {
      proceeded = true;
    });
    expect(proceeded).toBe(false);
    expect(ed.persistence.tabState.get().leave?.what).toBe('membuat dokumen baru');
    await ed.persistence.leaveAnyway(true);
    expect(proceeded).toBe(true);
    expect(downloads).toHaveLength(1);
    // this tab's version went to the history of the document
    expect(storage.store.listSnapshots(doc.id).some((s) => s.reason === 'unsaved')).toBe(true);
  });

  it('a storage that answers only later (no synchronous save) is waited for', async () => {
    const inner = memoryStorage({ tabId: 'tab_a' });
    const slow = { ...asyncLocalStore(inner.store) };
    slow.save = (doc, rev, o) => new Promise((resolve) => setTimeout(() => resolve(inner.store.save(doc, rev, o)), 50));
    const later: StorageOpener = { legacy: null, open: async () => slow };
    const ed = make(later);
    await ed.persistence.init();
    const doc = emptyWorkspace('Nanti');
    await ed.persistence.adopt(doc);
    ed.openDocument(doc);
    ed.run(updateDocumentInfo, { title: 'Nanti diubah' });
    await vi.advanceTimersByTimeAsync(300);
    expect(ed.persistence.saveStatus.get().status).toBe('saving');
    const done = ed.persistence.settled();
    await vi.advanceTimersByTimeAsync(60);
    expect(await done).toBe(true);
    expect(ed.persistence.saveStatus.get().status).toBe('saved');
    const stored = inner.store.load(doc.id);
    expect(stored.ok && stored.doc.title).toBe('Nanti diubah');
  });

  it('without a storage the editor works and says why nothing is kept', async () => {
    const ed = make(noStorage);
    await ed.persistence.init();
    expect(ed.persistence.available).toBe(false);
    expect(ed.persistence.saveStatus.get().status).toBe('error-quota');
    ed.openDocument(emptyWorkspace('Hanya di memori'));
    expect(ed.run(updateDocumentInfo, { title: 'Tetap bisa' })).toBe(true);
  });

  it('a corrupt stored document opens the recovery instead of the editor', async () => {
    const storage = memoryStorage({ tabId: 'tab_a' });
    const doc = emptyWorkspace('Rusak');
    expect(storage.store.create(doc).ok).toBe(true);
    storage.store.setLastOpen(doc.id);
    storage.area.poke(`petakerja:doc:${doc.id}`, '{"rusak":');
    const ed = make(storage);
    await ed.persistence.init();
    expect(ed.get().doc).toBeNull();
    expect(ed.persistence.recoveryState.get().recovery?.docId).toBe(doc.id);
  });

  it('the memory storage answers every call with a promise', () => {
    const s = memoryStorage().workspace;
    expect(s.list()).toBeInstanceOf(Promise);
    expect(s.lastOpenId()).toBeInstanceOf(Promise);
  });
});
