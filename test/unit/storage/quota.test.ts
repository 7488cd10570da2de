// A full storage must never lose the previous copy nor leave index and documents disagreeing.
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { QUOTA_MESSAGE } from '../../../src/io/storage/messages';
import { edited, sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

const INDEX = 'petakerja:index';

function setup() {
  const storage = new MemoryStorageArea();
  const store = new DocumentStore(storage, { tabId: 'tab_a' });
  const doc = sampleDoc('Dinas Awal', 3);
  expect(store.create(doc).ok).toBe(true);
  return { storage, store, doc };
}

describe('quota failures', () => {
  it('the message tells the user the change is NOT saved and to download a file', () => {
    expect(QUOTA_MESSAGE).toBe(
      'Penyimpanan lokal browser penuh: perubahan terakhir BELUM tersimpan di browser. Unduh dokumen sebagai berkas JSON agar tidak hilang.',
    );
  });

  it('a document too large for the space left is reported as quota and the stored copy stays', () => {
    const { storage, store, doc } = setup();
    const before = storage.snapshot();
    storage.quota = storage.used() + 50;
    const bigger = edited(doc, 'x'.repeat(500));
    const r = store.save(bigger, 1);
    expect(r).toEqual({ ok: false, reason: 'quota', message: QUOTA_MESSAGE });
    expect(storage.snapshot()).toEqual(before);
    const loaded = store.load(doc.id);
    expect(loaded.ok && loaded.doc).toEqual(doc);
    expect(loaded.ok && loaded.revision).toBe(1);
  });

  it('a failure on the index write (after the document was written) puts the previous document back', () => {
    const { storage, store, doc } = setup();
    const before = storage.snapshot();
    storage.failWhen = (key) => key === INDEX;
    const r = store.save({ ...edited(doc, 'Baru'), title: 'Judul baru' }, 1);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('quota');
    // the document key was written, then restored
    expect(storage.setCalls.filter((k) => k.startsWith('petakerja:doc:')).length).toBeGreaterThanOrEqual(3);
    expect(storage.snapshot()).toEqual(before);
    expect(store.list().map((d) => d.title)).toEqual(['Dinas Awal']);
  });

  it('a failed create leaves neither a document nor an index entry behind', () => {
    const { storage, store } = setup();
    const before = storage.snapshot();
    storage.failWhen = (key) => key === INDEX;
    const other = sampleDoc('Dinas Kedua', 2);
    const r = store.create(other);
    expect(!r.ok && r.reason).toBe('quota');
    expect(storage.snapshot()).toEqual(before);
    expect(store.load(other.id).ok).toBe(false);
  });

  it('rename, duplicate and remove fail cleanly on a full storage', () => {
    const { storage, store, doc } = setup();
    const before = storage.snapshot();
    storage.failWhen = () => true;
    const renamed = store.rename(doc.id, 'Judul lain');
    expect(!renamed.ok && renamed.reason).toBe('quota');
    const dup = store.duplicate(doc.id);
    expect(!dup.ok && dup.reason).toBe('quota');
    const removed = store.remove(doc.id);
    expect(!removed.ok && removed.reason).toBe('quota');
    expect(store.setLastOpen(doc.id)).toBe(false);
    expect(storage.snapshot()).toEqual(before);
  });

  it('succeeds again once space is free, continuing the revision count', () => {
    const { storage, store, doc } = setup();
    storage.failWhen = () => true;
    expect(store.save(edited(doc, 'Satu'), 1).ok).toBe(false);
    storage.failWhen = null;
    expect(store.save(edited(doc, 'Dua'), 1)).toEqual({ ok: true, revision: 2 });
  });

  it("recognises Firefox's quota error and names any other refused write", () => {
    const { storage, store, doc } = setup();
    storage.failWhen = () => true;
    storage.error = () => Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    const ff = store.save(edited(doc, 'A'), 1);
    expect(!ff.ok && ff.message).toBe(QUOTA_MESSAGE);

    storage.error = () => new DOMException('The operation is insecure.', 'SecurityError');
    const other = store.save(edited(doc, 'B'), 1);
    expect(!other.ok && other.reason).toBe('quota');
    expect(!other.ok && other.message).toMatch(/^Browser menolak menyimpan ke penyimpanan lokal \(The operation is insecure\.\).*BELUM tersimpan/);
  });
});
