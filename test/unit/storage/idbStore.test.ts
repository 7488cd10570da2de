// The IndexedDB store against fake-indexeddb: round trips, conflicts between tabs, all-or-nothing saves under a
// failure injected at every request of a save, quota with history eviction, snapshots, the migration of every
// localStorage document (every schema version, also damaged text) and the pagehide rescue.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeEnvelope } from '../../../src/io/storage/envelope';
import { IdbDocumentStore } from '../../../src/io/storage/idbStore';
import { migrateFromLocalStorage } from '../../../src/io/storage/legacyMigration';
import { IDB_QUOTA_MESSAGE } from '../../../src/io/storage/messages';
import { RESCUE_PREFIX, settleRescues, writeRescue } from '../../../src/io/storage/rescue';
import { CURRENT_VERSION, type Workspace } from '../../../src/model';
import { edited, sampleDoc } from './fakes';
import { MemoryStorageArea, quotaError } from '../../../src/editor/storage';

const FIXTURES = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

type Patched = { put: IDBObjectStore['put']; delete: IDBObjectStore['delete'] };
const original: Patched = { put: FDBObjectStore.prototype.put, delete: FDBObjectStore.prototype.delete };

/** Every put/delete goes through `hook` first: it may throw (a refused request) or abort the transaction. */
function intercept(hook: (op: 'put' | 'delete', store: string, self: IDBObjectStore) => void): void {
  FDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<Patched['put']>) {
    hook('put', this.name, this);
    return original.put.apply(this, args);
  };
  FDBObjectStore.prototype.delete = function (this: IDBObjectStore, ...args: Parameters<Patched['delete']>) {
    hook('delete', this.name, this);
    return original.delete.apply(this, args);
  };
}

function restore(): void {
  FDBObjectStore.prototype.put = original.put;
  FDBObjectStore.prototype.delete = original.delete;
}
afterEach(restore);

let n = 0;
async function open(factory = new IDBFactory(), options: Partial<Parameters<typeof IdbDocumentStore.open>[0]> = {}) {
  const store = await IdbDocumentStore.open({ factory, name: `t${n++}`, tabId: 'tab_a', ...options });
  return { store, factory };
}

/** Everything in the database, to compare before and after a failed save. */
async function dump(store: IdbDocumentStore): Promise<unknown> {
  const db = store.db;
  return {
    docs: await db.getAll('docs'),
    index: await db.getAll('index'),
    snapInfo: await db.getAll('snapInfo'),
    snapText: await db.getAll('snapText'),
    meta: await db.getAll('meta'),
  };
}

describe('IndexedDB store', () => {
  it('saves, lists and loads a document; revisions count up', async () => {
    const { store } = await open();
    const doc = sampleDoc('Dinas A', 3);
    const c = await store.create(doc);
    expect(c).toEqual({ ok: true, revision: 1 });
    const s = await store.save(edited(doc, 'baru'), 1);
    expect(s).toEqual({ ok: true, revision: 2 });
    const loaded = await store.load(doc.id);
    expect(loaded.ok && loaded.doc.positions.p1.nama).toBe('baru');
    expect(loaded.ok && loaded.revision).toBe(2);
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: doc.id, title: 'Dinas A', positions: 3 });
    expect(await store.create(doc)).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('two tabs on one database: the stale one is refused (conflict), never overwrites', async () => {
    const factory = new IDBFactory();
    const a = await IdbDocumentStore.open({ factory, name: 'shared', tabId: 'tab_a' });
    const b = await IdbDocumentStore.open({ factory, name: 'shared', tabId: 'tab_b' });
    const doc = sampleDoc('Bersama', 2);
    await a.create(doc);
    // both tabs save from revision 1 at the same moment: exactly one wins
    const [ra, rb] = await Promise.all([a.save(edited(doc, 'A'), 1), b.save(edited(doc, 'B'), 1)]);
    expect([ra.ok, rb.ok].filter(Boolean)).toHaveLength(1);
    const loser = ra.ok ? rb : ra;
    expect(loser).toMatchObject({ ok: false, reason: 'conflict' });
    const stored = await a.load(doc.id);
    expect(stored.ok && stored.doc.positions.p1.nama).toBe(ra.ok ? 'A' : 'B');
    // force (the user chose this tab's version) writes
    expect(await b.save(edited(doc, 'B paksa'), 1, { force: true })).toMatchObject({ ok: true, revision: 3 });
  });

  it('a save is all or nothing: a failure at any request (thrown or aborting) leaves the database as it was', async () => {
    for (const mode of ['throw', 'abort'] as const) {
      // count the requests of one save that writes document, index and an interval copy
      let clock = 0;
      const now = () => (clock += 1000);
      const probe = await open(new IDBFactory(), { now, snapshots: { intervalMs: 0, max: 2 } });
      const doc = sampleDoc('Semua atau tidak', 3);
      await probe.store.create(doc);
      await probe.store.snapshot(doc.id, 'open');
      await probe.store.save(edited(doc, 'v2'), 1);
      let requests = 0;
      intercept(() => requests++);
      await probe.store.save(edited(doc, 'v3'), 2);
      restore();
      expect(requests).toBe(6); // doc, index, pruning the oldest copy (info, text), the new copy (info, text)

      for (let k = 1; k <= requests; k++) {
        const { store } = await open(new IDBFactory(), { now, snapshots: { intervalMs: 0, max: 2 } });
        await store.create(doc);
        await store.snapshot(doc.id, 'open');
        await store.save(edited(doc, 'v2'), 1);
        const before = await dump(store);
        let i = 0;
        intercept((_op, _name, self) => {
          if (++i !== k) return;
          if (mode === 'throw') throw new DOMException('gagal disuntikkan', 'UnknownError');
          self.transaction.abort();
        });
        const r = await store.save(edited(doc, 'v3'), 2);
        restore();
        expect(r.ok, `${mode} at request ${k}`).toBe(false);
        expect(await dump(store), `${mode} at request ${k}`).toEqual(before);
        // and the store is not wedged: the same save goes through afterwards
        expect(await store.save(edited(doc, 'v3'), 2)).toMatchObject({ ok: true, revision: 3 });
        store.close();
      }
      probe.store.close();
    }
  });

  it('quota: the error names what to do; old history copies give way so the newest work is stored', async () => {
    const { store } = await open(new IDBFactory(), { snapshots: { intervalMs: 0 } });
    const doc = sampleDoc('Penuh', 2);
    await store.create(doc);
    await store.snapshot(doc.id, 'open');
    // full for good: nothing to evict helps
    intercept((op, name) => {
      if (op === 'put' && name === 'docs') throw quotaError();
    });
    const refused = await store.save(edited(doc, 'x'), 1);
    expect(refused).toEqual({ ok: false, reason: 'quota', message: IDB_QUOTA_MESSAGE });
    expect(IDB_QUOTA_MESSAGE).toMatch(/unduh/i);
    expect(IDB_QUOTA_MESSAGE).toMatch(/hapus versi lama/i);
    expect(await store.listSnapshots(doc.id)).toHaveLength(0); // every copy gave way trying
    const stored = await store.load(doc.id);
    expect(stored.ok && stored.revision).toBe(1);

    restore();
    // full until one copy is removed
    const { store: s2 } = await open(new IDBFactory(), { snapshots: { intervalMs: 60_000 } });
    await s2.create(doc);
    await s2.snapshot(doc.id, 'open');
    let full = true;
    intercept((op, name) => {
      if (op === 'delete' && name === 'snapText') full = false;
      if (op === 'put' && name === 'docs' && full) throw quotaError();
    });
    expect(await s2.save(edited(doc, 'muat'), 1)).toMatchObject({ ok: true, revision: 2 });
    const l = await s2.load(doc.id);
    expect(l.ok && l.doc.positions.p1.nama).toBe('muat');
  });

  it('history: interval copies, a limit per document, restore keeps what it replaces, a stale tab’s version', async () => {
    let t = 1_000;
    const { store } = await open(new IDBFactory(), { now: () => t, snapshots: { intervalMs: 100, max: 3 } });
    let doc = sampleDoc('Riwayat', 2);
    await store.create(doc);
    for (let i = 1; i <= 6; i++) {
      t += 150;
      doc = edited(doc, `v${i}`);
      expect((await store.save(doc, i)).ok).toBe(true);
    }
    const copies = await store.listSnapshots(doc.id);
    expect(copies).toHaveLength(3);
    expect(copies.every((c) => c.reason === 'interval')).toBe(true);
    const oldest = copies[copies.length - 1];
    const r = await store.restoreSnapshot(doc.id, oldest.key);
    expect(r.ok).toBe(true);
    const reasons = (await store.listSnapshots(doc.id)).map((c) => c.reason);
    expect(reasons).toContain('before-restore');
    t += 10;
    expect(await store.snapshotDocument(edited(doc, 'tab lain'), 7, 'other-tab')).toBe(true);
    const stale = (await store.listSnapshots(doc.id)).find((c) => c.reason === 'other-tab')!;
    const loaded = await store.loadSnapshot(stale.key);
    expect(loaded.ok && loaded.doc.positions.p1.nama).toBe('tab lain');
  });

  it('remove takes document, index entry and history in one go', async () => {
    const { store } = await open();
    const doc = sampleDoc('Hapus', 1);
    await store.create(doc);
    await store.snapshot(doc.id, 'open');
    await store.setLastOpen(doc.id);
    expect(await store.remove(doc.id)).toEqual({ ok: true });
    expect(await dump(store)).toEqual({ docs: [], index: [], snapInfo: [], snapText: [], meta: [] });
  });
});

function fixtureTexts(): { name: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, text: readFileSync(FIXTURES + name, 'utf8') }));
}

describe('migration from localStorage', () => {
  it('moves every document of every schema version (and damaged text), verified, before the old keys go', async () => {
    const ls = new MemoryStorageArea();
    const fixtures = fixtureTexts();
    const versions = new Set(fixtures.map((f) => (JSON.parse(f.text) as { version: number }).version));
    // every version up to the one before the current is among the fixtures
    for (let v = 1; v < CURRENT_VERSION; v++) expect(versions.has(v), `fixture of version ${v}`).toBe(true);
    const texts = new Map<string, string>();
    fixtures.forEach((f, i) => {
      const id = `doc_lama_${i}`;
      const doc = { ...(JSON.parse(f.text) as Record<string, unknown>), id };
      // as earlier builds stored them: an envelope, or (the earliest) the bare document
      const text = i % 2 === 0 ? serializeEnvelope({ savedAt: 1000 + i, revision: 3 + i, tabId: 'tab_lama' }, doc) : JSON.stringify(doc);
      ls.setItem(`petakerja:doc:${id}`, text);
      texts.set(id, text);
    });
    const damaged = '{"savedAt":5,"revision":2,"tabId":"x","doc":{"format":"petakerja"';
    ls.setItem('petakerja:doc:doc_rusak', damaged);
    texts.set('doc_rusak', damaged);
    const snapKey = `petakerja:snap:${Date.now() - 1000}:open:doc_lama_0`;
    ls.setItem(snapKey, texts.get('doc_lama_0')!);
    ls.setItem('petakerja:index', '[]');
    ls.setItem('petakerja:last', 'doc_lama_1');
    ls.setItem('lain:kunci', 'bukan milik PetaKerja');

    const { store } = await open();
    const result = await migrateFromLocalStorage(ls, store);
    expect(result).toEqual({ documents: texts.size, snapshots: 1, verified: true, mismatched: [] });
    for (const [id, text] of texts) expect(await store.rawText(id)).toBe(text);
    for (const [id] of texts) {
      const loaded = await store.load(id);
      if (id === 'doc_rusak') expect(loaded).toMatchObject({ ok: false, reason: 'corrupt', rawText: damaged });
      else {
        expect(loaded.ok, id).toBe(true);
        if (loaded.ok) expect(loaded.doc.version).toBe(CURRENT_VERSION);
      }
    }
    expect((await store.list()).map((d) => d.id).sort()).toEqual([...texts.keys()].sort());
    expect(await store.snapshotText(snapKey)).toBe(texts.get('doc_lama_0'));
    expect(await store.lastOpenId()).toBe('doc_lama_1');
    // the old copies are gone only now; what is not PetaKerja's stays
    expect(Object.keys(ls.snapshot())).toEqual(['lain:kunci']);
    // a damaged document is not overwritten by a plain save
    expect(await store.save(sampleDoc('x', 1) as Workspace & { id: string }, 0)).toMatchObject({ ok: true });
    expect((await store.save({ ...sampleDoc('y', 1), id: 'doc_rusak' }, 9)).ok).toBe(false);
  });

  it('keeps the old copy when a text does not read back identical', async () => {
    const ls = new MemoryStorageArea();
    const doc = sampleDoc('Tetap', 1);
    ls.setItem(`petakerja:doc:${doc.id}`, serializeEnvelope({ savedAt: 1, revision: 1, tabId: 't' }, doc));
    const { store } = await open();
    const real = store.rawText.bind(store);
    store.rawText = async (id: string) => ((await real(id)) ?? '') + ' ';
    const result = await migrateFromLocalStorage(ls, store);
    expect(result.verified).toBe(false);
    expect(ls.getItem(`petakerja:doc:${doc.id}`)).not.toBeNull();
  });

  it('a document the database already has is not replaced: the old copy goes to its history', async () => {
    const { store } = await open();
    const doc = sampleDoc('Ada dua', 2);
    await store.create(edited(doc, 'di IndexedDB'));
    const ls = new MemoryStorageArea();
    const old = serializeEnvelope({ savedAt: 1, revision: 1, tabId: 't' }, edited(doc, 'di localStorage'));
    ls.setItem(`petakerja:doc:${doc.id}`, old);
    expect((await migrateFromLocalStorage(ls, store)).verified).toBe(true);
    const l = await store.load(doc.id);
    expect(l.ok && l.doc.positions.p1.nama).toBe('di IndexedDB');
    const copy = (await store.listSnapshots(doc.id)).find((c) => c.reason === 'migrated')!;
    expect(await store.snapshotText(copy.key)).toBe(old);
  });
});

describe('pagehide rescue', () => {
  it('an edit the page could not confirm is saved on the next start; a stale tab’s becomes a version', async () => {
    const ls = new MemoryStorageArea();
    const { store } = await open();
    const doc = sampleDoc('Rescue', 2);
    await store.create(doc);
    writeRescue(ls, { tabId: 'tab_a', baseRevision: 1, savedAt: 5, doc: edited(doc, 'belum terkonfirmasi') });
    expect(await settleRescues(ls, store)).toEqual([{ docId: doc.id, outcome: 'saved' }]);
    const l = await store.load(doc.id);
    expect(l.ok && l.doc.positions.p1.nama).toBe('belum terkonfirmasi');
    expect(l.ok && l.revision).toBe(2);

    // tab B edited from revision 1 while the document moved on to 2: kept as a version, not written over
    writeRescue(ls, { tabId: 'tab_b', baseRevision: 1, savedAt: 6, doc: edited(doc, 'dari tab B') });
    expect(await settleRescues(ls, store)).toEqual([{ docId: doc.id, outcome: 'version' }]);
    const l2 = await store.load(doc.id);
    expect(l2.ok && l2.doc.positions.p1.nama).toBe('belum terkonfirmasi');
    const v = (await store.listSnapshots(doc.id)).find((c) => c.reason === 'other-tab')!;
    const lv = await store.loadSnapshot(v.key);
    expect(lv.ok && lv.doc.positions.p1.nama).toBe('dari tab B');

    // the write did land before the page went: nothing to do
    writeRescue(ls, { tabId: 'tab_c', baseRevision: 1, savedAt: 7, doc: l2.ok ? l2.doc : doc });
    expect(await settleRescues(ls, store)).toEqual([{ docId: doc.id, outcome: 'same' }]);
    expect(Object.keys(ls.snapshot()).filter((k) => k.startsWith(RESCUE_PREFIX))).toEqual([]);
  });

  it('a stale tab’s edits the page already kept as a version on pagehide are not kept a second time', async () => {
    const ls = new MemoryStorageArea();
    const { store } = await open();
    const doc = sampleDoc('Rescue', 2);
    await store.create(doc);
    await store.save(edited(doc, 'dari tab A'), 1);
    const stale = edited(doc, 'dari tab B');
    // the refused save on pagehide kept it; the rescue of the same edits comes on top
    expect(await store.snapshotDocument(stale, 1, 'other-tab')).toBe(true);
    writeRescue(ls, { tabId: 'tab_b', baseRevision: 1, savedAt: 6, doc: stale });
    expect(await settleRescues(ls, store)).toEqual([{ docId: doc.id, outcome: 'version' }]);
    expect((await store.listSnapshots(doc.id)).filter((c) => c.reason === 'other-tab')).toHaveLength(1);
    // different edits of the same stale tab are still kept
    writeRescue(ls, { tabId: 'tab_b', baseRevision: 1, savedAt: 7, doc: edited(doc, 'dari tab B, lagi') });
    expect(await settleRescues(ls, store)).toEqual([{ docId: doc.id, outcome: 'version' }]);
    expect((await store.listSnapshots(doc.id)).filter((c) => c.reason === 'other-tab')).toHaveLength(2);
  });
});
