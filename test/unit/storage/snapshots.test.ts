// Version history: copies on open and every few minutes of saving, pruned to a maximum, evicted first when the
// storage is full, restorable (and a restore is itself undoable), and the recovery path for unreadable documents.
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { evictionOrder, parseSnapshotKey, snapshotKey, type SnapshotInfo } from '../../../src/io/storage/snapshots';
import { edited, sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

const MIN = 60_000;

function setup(options: { max?: number; intervalMs?: number } = {}) {
  const storage = new MemoryStorageArea();
  let t = 1_000_000;
  const clock = { advance: (ms: number) => (t += ms) };
  const store = new DocumentStore(storage, { tabId: 'tab_a', now: () => t, snapshots: { max: 4, intervalMs: 5 * MIN, ...options } });
  const doc = sampleDoc('Dinas Riwayat', 3);
  expect(store.create(doc).ok).toBe(true);
  return { storage, store, doc, clock };
}

const names = (store: DocumentStore, id: string, key: string) => {
  const r = store.loadSnapshot(key);
  if (!r.ok) throw new Error(r.message);
  expect(r.doc.id).toBe(id);
  return r.doc.positions.p1.nama;
};

describe('snapshot keys', () => {
  it('round-trip, also for an id containing ":"', () => {
    const key = snapshotKey('doc:a:b', 12345, 'interval');
    expect(key).toBe('petakerja:snap:12345:interval:doc:a:b');
    expect(parseSnapshotKey(key)).toEqual({ docId: 'doc:a:b', takenAt: 12345, reason: 'interval' });
    expect(parseSnapshotKey('petakerja:snap:x:interval:d')).toBeNull();
    expect(parseSnapshotKey('petakerja:snap:1:unknown:d')).toBeNull();
    expect(parseSnapshotKey('petakerja:doc:d')).toBeNull();
  });

  it('eviction takes every older copy before any document loses its newest', () => {
    const info = (docId: string, takenAt: number): SnapshotInfo => ({
      key: `${docId}${takenAt}`, docId, takenAt, reason: 'interval', revision: 1, savedAt: 1, size: 1, readable: true,
    });
    const order = evictionOrder([info('a', 5), info('a', 1), info('b', 2), info('a', 3), info('b', 9)]);
    expect(order.map((s) => s.key)).toEqual(['a1', 'b2', 'a3', 'a5', 'b9']);
    expect(evictionOrder([info('a', 1), info('a', 2)], 'a1').map((s) => s.key)).toEqual(['a2']);
  });
});

describe('taking copies', () => {
  it('on open: a copy of what is stored, not repeated while nothing changed', () => {
    const { store, doc, clock } = setup();
    expect(store.snapshot(doc.id, 'open')).toBe(true);
    clock.advance(1000);
    expect(store.snapshot(doc.id, 'open')).toBe(true);
    const list = store.listSnapshots(doc.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ docId: doc.id, reason: 'open', revision: 1, readable: true });
    expect(names(store, doc.id, list[0].key)).toBe('Analis Kebijakan 1');
  });

  it('while saving: the overwritten version, at most once per interval', () => {
    const { store, doc, clock } = setup();
    let rev = 1;
    const save = (name: string) => {
      const r = store.save(edited(doc, name), rev);
      if (!r.ok) throw new Error(r.message);
      rev = r.revision;
    };
    save('v2'); // first save this store sees: no copy yet
    clock.advance(2 * MIN);
    save('v3');
    expect(store.listSnapshots(doc.id)).toHaveLength(0);
    clock.advance(4 * MIN); // 6 min since the store first saw the document
    save('v4');
    clock.advance(1000);
    save('v5');
    const list = store.listSnapshots(doc.id);
    expect(list.map((s) => s.reason)).toEqual(['interval']);
    // the copy holds v3: the version the save at 6 minutes replaced
    expect(names(store, doc.id, list[0].key)).toBe('v3');
  });

  it('keeps at most `max` copies per document, dropping the oldest', () => {
    const { store, doc, clock } = setup({ max: 3, intervalMs: 0 });
    let rev = 1;
    for (let i = 2; i <= 8; i++) {
      clock.advance(MIN);
      const r = store.save(edited(doc, `v${i}`), rev);
      if (!r.ok) throw new Error(r.message);
      rev = r.revision;
    }
    const list = store.listSnapshots(doc.id);
    expect(list).toHaveLength(3);
    expect(list.map((s) => names(store, doc.id, s.key))).toEqual(['v7', 'v6', 'v5']);
  });

  it('an in-memory version (this tab before reloading) is kept too', () => {
    const { store, doc } = setup();
    expect(store.snapshotDocument(edited(doc, 'tab ini'), 1, 'before-reload')).toBe(true);
    const [snap] = store.listSnapshots(doc.id);
    expect(snap.reason).toBe('before-reload');
    expect(names(store, doc.id, snap.key)).toBe('tab ini');
  });

  it('copies of other documents are not listed, and removing a document removes its history', () => {
    const { store, doc, storage } = setup();
    const other = sampleDoc('Lain', 2);
    store.create(other);
    store.snapshot(doc.id, 'open');
    store.snapshot(other.id, 'open');
    expect(store.listSnapshots(doc.id).map((s) => s.docId)).toEqual([doc.id]);
    expect(store.listSnapshots(null)).toHaveLength(2);
    store.remove(doc.id);
    expect(store.listSnapshots(null).map((s) => s.docId)).toEqual([other.id]);
    expect(Object.keys(storage.snapshot()).some((k) => k.includes(doc.id))).toBe(false);
    // the document list is unaffected by history keys
    expect(store.list().map((d) => d.id)).toEqual([other.id]);
  });
});

describe('a full storage', () => {
  it('history copies give way, oldest first, so the save of real work succeeds', () => {
    const { storage, store, doc, clock } = setup({ max: 8, intervalMs: 0 });
    let rev = 1;
    for (let i = 2; i <= 6; i++) {
      clock.advance(MIN);
      const r = store.save(edited(doc, `v${i}`), rev);
      if (!r.ok) throw new Error(r.message);
      rev = r.revision;
    }
    const before = store.listSnapshots(doc.id);
    expect(before).toHaveLength(5);
    // the bigger document fits only if copies go
    storage.quota = storage.used() + 100;
    clock.advance(MIN);
    const r = store.save(edited(doc, 'x'.repeat(300) + ' besar'), rev);
    expect(r.ok).toBe(true);
    const after = store.listSnapshots(doc.id);
    expect(after.length).toBeLessThan(before.length);
    const keys = after.map((s) => s.key);
    // the oldest copies went first; the newest one before the save is still there
    expect(keys).not.toContain(before[before.length - 1].key);
    expect(keys).toContain(before[0].key);
    const loaded = store.load(doc.id);
    expect(loaded.ok && loaded.doc.positions.p1.nama).toMatch(/besar$/);
    expect(storage.used()).toBeLessThanOrEqual(storage.quota);
  });

  it('with no copy left to evict the save fails as before, and the stored document stays', () => {
    const { storage, store, doc } = setup();
    const before = storage.snapshot();
    storage.quota = storage.used() + 10;
    const r = store.save(edited(doc, 'y'.repeat(200)), 1);
    expect(!r.ok && r.reason).toBe('quota');
    expect(storage.snapshot()).toEqual(before);
  });

  it('a copy that does not fit is skipped and never costs the document', () => {
    const { storage, store, doc } = setup();
    storage.quota = storage.used() + 10;
    expect(store.snapshot(doc.id, 'open')).toBe(false);
    expect(store.load(doc.id).ok).toBe(true);
    expect(store.listSnapshots(doc.id)).toEqual([]);
  });

  it('a refused write that is not about space does not evict anything', () => {
    const { storage, store, doc, clock } = setup({ intervalMs: 0 });
    store.snapshot(doc.id, 'open');
    clock.advance(MIN);
    storage.error = () => new DOMException('denied', 'SecurityError');
    storage.failWhen = (key) => key.startsWith('petakerja:doc:');
    const r = store.save(edited(doc, 'z'), 1);
    expect(!r.ok && r.reason).toBe('quota');
    expect(store.listSnapshots(doc.id)).toHaveLength(1);
  });
});

describe('restoring', () => {
  it('a copy becomes the document; what was stored becomes a copy, so the restore can be undone', () => {
    const { store, doc, clock } = setup({ intervalMs: 0 });
    store.snapshot(doc.id, 'open');
    const [first] = store.listSnapshots(doc.id);
    clock.advance(MIN);
    const saved = store.save(edited(doc, 'kemudian'), 1);
    expect(saved.ok).toBe(true);
    clock.advance(MIN);
    const r = store.restoreSnapshot(doc.id, first.key);
    if (!r.ok) throw new Error(r.message);
    expect(r.doc.positions.p1.nama).toBe('Analis Kebijakan 1');
    const loaded = store.load(doc.id);
    expect(loaded.ok && loaded.doc.positions.p1.nama).toBe('Analis Kebijakan 1');
    expect(loaded.ok && loaded.revision).toBe(r.revision);
    const before = store.listSnapshots(doc.id).find((s) => s.reason === 'before-restore');
    expect(before && names(store, doc.id, before.key)).toBe('kemudian');
  });

  it('an unreadable document: the raw text is kept as a "corrupt" copy, the last good copy restores', () => {
    const { storage, store, doc, clock } = setup();
    store.snapshot(doc.id, 'open');
    clock.advance(MIN);
    const raw = '{"savedAt":1,"revision":9,"tabId":"t","doc":{"format":"petakerja", terpotong';
    storage.poke(`petakerja:doc:${doc.id}`, raw);
    const loaded = store.load(doc.id);
    expect(!loaded.ok && loaded.reason).toBe('corrupt');
    expect(store.rawText(doc.id)).toBe(raw);
    const good = store.lastGoodSnapshot(doc.id);
    expect(good?.doc.positions.p1.nama).toBe('Analis Kebijakan 1');
    const r = store.restoreSnapshot(doc.id, good!.info.key);
    expect(r.ok).toBe(true);
    expect(store.load(doc.id).ok).toBe(true);
    const corrupt = store.listSnapshots(doc.id).find((s) => s.reason === 'corrupt');
    expect(corrupt?.readable).toBe(false);
    expect(store.snapshotText(corrupt!.key)).toBe(raw);
    // an unreadable copy is never offered as the last good one
    expect(store.lastGoodSnapshot(doc.id)?.info.reason).not.toBe('corrupt');
  });

  it('a copy that is gone or of another document is refused without changes', () => {
    const { store, doc, storage } = setup();
    store.snapshot(doc.id, 'open');
    const [snap] = store.listSnapshots(doc.id);
    const before = storage.snapshot();
    expect(store.restoreSnapshot('doc_lain', snap.key).ok).toBe(false);
    expect(store.restoreSnapshot(doc.id, 'petakerja:snap:1:open:' + doc.id).ok).toBe(false);
    expect(storage.snapshot()).toEqual(before);
    expect(store.loadSnapshot('bukan kunci').ok).toBe(false);
  });

  it('lastGoodSnapshot skips damaged copies and returns null when none opens', () => {
    const { storage, store, doc, clock } = setup();
    store.snapshot(doc.id, 'open');
    const [good] = store.listSnapshots(doc.id);
    clock.advance(MIN);
    store.snapshotDocument(edited(doc, 'baru'), 2, 'before-reload');
    const [newest] = store.listSnapshots(doc.id);
    // a readable header over a document that is not a PetaKerja document
    storage.poke(newest.key, '{"savedAt":5,"revision":2,"tabId":"t","doc":{"format":"x"}}');
    expect(store.lastGoodSnapshot(doc.id)?.info.key).toBe(good.key);
    storage.poke(good.key, 'bukan json');
    expect(store.lastGoodSnapshot(doc.id)).toBeNull();
  });
});
