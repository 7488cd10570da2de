import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { edited, sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

function newStore(storage = new MemoryStorageArea(), start = 1_000) {
  let t = start;
  const store = new DocumentStore(storage, { tabId: 'tab_a', now: () => (t += 1000) });
  return { storage, store };
}

describe('DocumentStore: save and load', () => {
  it('round-trips a document with its revision and writes the documented keys', () => {
    const { storage, store } = newStore();
    const doc = sampleDoc('Dinas Kesehatan', 5);
    const created = store.create(doc);
    expect(created).toEqual({ ok: true, revision: 1 });

    const loaded = store.load(doc.id);
    expect(loaded.ok && loaded.doc).toEqual(doc);
    expect(loaded.ok && loaded.notices).toEqual([]);
    expect(loaded.ok && loaded.revision).toBe(1);

    const envelope = JSON.parse(storage.getItem(`petakerja:doc:${doc.id}`)!);
    expect(Object.keys(envelope)).toEqual(['savedAt', 'revision', 'tabId', 'doc']);
    expect(envelope).toMatchObject({ savedAt: 2000, revision: 1, tabId: 'tab_a' });
    expect(JSON.parse(storage.getItem('petakerja:index')!)).toEqual([
      { id: doc.id, title: 'Dinas Kesehatan', instansi: 'Pemerintah Kota Uji', updatedAt: 2000, positions: 5 },
    ]);
  });

  it('counts revisions up and keeps the index summary current', () => {
    const { store } = newStore();
    const doc = sampleDoc('A', 2);
    store.create(doc);
    const changed = edited(doc, 'Baru');
    const next = { ...changed, title: 'A2', positions: { ...changed.positions, p9: { ...doc.positions.p1, id: 'p9' } } };
    expect(store.save(next, 1)).toEqual({ ok: true, revision: 2 });
    expect(store.save(next, 2)).toEqual({ ok: true, revision: 3 });
    expect(store.list()).toEqual([{ id: doc.id, title: 'A2', instansi: 'Pemerintah Kota Uji', updatedAt: 4000, positions: 3 }]);
    const loaded = store.load(doc.id);
    expect(loaded.ok && loaded.revision).toBe(3);
    expect(loaded.ok && loaded.doc.positions.p1.nama).toBe('Baru');
  });

  it('reports a missing document without throwing', () => {
    const { store } = newStore();
    const r = store.load('doc_tidak_ada');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('missing');
    expect(!r.ok && r.message).toMatch(/tidak ditemukan/);
  });

  it('never replaces an existing document on create', () => {
    const { storage, store } = newStore();
    const doc = sampleDoc();
    store.create(doc);
    const before = storage.snapshot();
    const again = store.create({ ...doc, title: 'Lain' });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.reason).toBe('conflict');
    expect(!again.ok && again.message).toMatch(/Sudah ada/);
    expect(storage.snapshot()).toEqual(before);
  });

  it('remembers the last open document', () => {
    const { store } = newStore();
    expect(store.lastOpenId()).toBeNull();
    expect(store.setLastOpen('doc_x')).toBe(true);
    expect(store.lastOpenId()).toBe('doc_x');
  });
});

describe('DocumentStore: the document list', () => {
  it('lists newest first; rename, duplicate and remove keep index and documents in step', () => {
    const { storage, store } = newStore();
    const a = sampleDoc('Dinas A', 2);
    const b = sampleDoc('Dinas B', 4);
    store.create(a);
    store.create(b);
    expect(store.list().map((d) => d.title)).toEqual(['Dinas B', 'Dinas A']);

    expect(store.rename(a.id, 'Dinas A Baru')).toEqual({ ok: true, revision: 2 });
    expect(store.list().map((d) => d.title)).toEqual(['Dinas A Baru', 'Dinas B']);
    const renamed = store.load(a.id);
    expect(renamed.ok && renamed.doc.title).toBe('Dinas A Baru');
    expect(renamed.ok && renamed.revision).toBe(2);

    const dup = store.duplicate(b.id);
    expect(dup.ok).toBe(true);
    if (!dup.ok) return;
    expect(dup.id).not.toBe(b.id);
    const copy = store.load(dup.id);
    expect(copy.ok && copy.doc.title).toBe('Dinas B (salinan)');
    expect(copy.ok && copy.doc.id).toBe(dup.id);
    expect(copy.ok && copy.doc.positions).toEqual(b.positions);
    expect(store.list().map((d) => [d.title, d.positions])).toEqual([
      ['Dinas B (salinan)', 4],
      ['Dinas A Baru', 2],
      ['Dinas B', 4],
    ]);

    store.setLastOpen(a.id);
    expect(store.remove(a.id)).toEqual({ ok: true });
    expect(store.load(a.id).ok).toBe(false);
    expect(store.lastOpenId()).toBeNull();
    expect(store.list().map((d) => d.id)).toEqual([dup.id, b.id]);
    const keys = Object.keys(storage.snapshot()).sort();
    expect(keys).toEqual(['petakerja:doc:' + b.id, 'petakerja:doc:' + dup.id, 'petakerja:index'].sort());
  });

  it('rebuilds a lost or damaged index from the stored documents, so no document drops out of the list', () => {
    const { storage, store } = newStore();
    const a = sampleDoc('Dinas A', 2);
    const b = sampleDoc('Dinas B', 3);
    store.create(a);
    store.create(b);
    storage.poke('petakerja:index', '{ rusak');
    expect(store.list().map((d) => [d.id, d.title, d.positions])).toEqual([
      [b.id, 'Dinas B', 3],
      [a.id, 'Dinas A', 2],
    ]);
    // …and the repaired index is written back
    expect(JSON.parse(storage.getItem('petakerja:index')!)).toHaveLength(2);

    storage.poke('petakerja:index', JSON.stringify([{ id: 'doc_hantu', title: 'Hantu', instansi: '', updatedAt: 9e12, positions: 1 }]));
    expect(store.list().map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('duplicate and rename of a missing document report it', () => {
    const { store } = newStore();
    const d = store.duplicate('doc_x');
    expect(!d.ok && d.reason).toBe('missing');
    const r = store.rename('doc_x', 'Judul');
    expect(!r.ok && r.reason).toBe('missing');
  });

  it('ignores keys of other applications', () => {
    const { storage, store } = newStore();
    storage.poke('lain:doc:1', 'x');
    storage.poke('petakerja:doc:', 'x');
    expect(store.list()).toEqual([]);
  });
});
