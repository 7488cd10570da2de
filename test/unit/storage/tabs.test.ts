// Two tabs share one localStorage: the stale one must never overwrite what the other saved.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentStore, TAB_CHANNEL_NAME, watchOtherTabs, type TabMessage } from '../../../src/io/storage/documentStore';
import { FakeStorageEvent, FakeWindow, channelBus, edited, sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

function twoTabs() {
  const storage = new MemoryStorageArea();
  const a = new DocumentStore(storage, { tabId: 'tab_a', now: () => 1_700_000_000_000 });
  const b = new DocumentStore(storage, { tabId: 'tab_b', now: () => 1_700_000_100_000 });
  return { storage, a, b };
}

describe('two tabs on one storage', () => {
  it('the stale tab gets a conflict and does not overwrite', () => {
    const { storage, a, b } = twoTabs();
    const doc = sampleDoc('Bersama', 3);
    expect(a.create(doc)).toEqual({ ok: true, revision: 1 });

    const inB = b.load(doc.id);
    expect(inB.ok && inB.revision).toBe(1);
    expect(b.save(edited(doc, 'Dari tab B'), 1)).toEqual({ ok: true, revision: 2 });
    const afterB = storage.snapshot();

    const stale = a.save(edited(doc, 'Dari tab A'), 1);
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
    expect(stale.theirs).toEqual({ savedAt: 1_700_000_100_000, tabId: 'tab_b' });
    expect(stale.message).toMatch(/^Dokumen ini telah diubah di tab lain pada \d\d-\d\d-\d{4} \d\d:\d\d:\d\d\./);
    expect(stale.message).toMatch(/BELUM disimpan/);
    expect(storage.snapshot()).toEqual(afterB);
    const now = a.load(doc.id);
    expect(now.ok && now.doc.positions.p1.nama).toBe('Dari tab B');

    // after reloading, tab A saves on top of B's revision
    expect(a.save(edited(doc, 'A setelah muat ulang'), 2)).toEqual({ ok: true, revision: 3 });
  });

  it('a rename in another tab is a write like any other', () => {
    const { a, b } = twoTabs();
    const doc = sampleDoc();
    a.create(doc);
    b.rename(doc.id, 'Diganti di B');
    const r = a.save(edited(doc, 'A'), 1);
    expect(!r.ok && r.reason).toBe('conflict');
    const loaded = a.load(doc.id);
    expect(loaded.ok && loaded.doc.title).toBe('Diganti di B');
  });

  it('force writes only when asked, on top of the newest revision', () => {
    const { a, b } = twoTabs();
    const doc = sampleDoc();
    a.create(doc);
    b.save(edited(doc, 'B'), 1);
    expect(a.save(edited(doc, 'A menang'), 1, { force: true })).toEqual({ ok: true, revision: 3 });
    expect(b.revisionOf(doc.id)).toBe(3);
  });

  it('a document removed in another tab is written again by the next save, not lost', () => {
    const { a, b } = twoTabs();
    const doc = sampleDoc();
    a.create(doc);
    b.remove(doc.id);
    expect(a.save(edited(doc, 'masih dikerjakan'), 1)).toEqual({ ok: true, revision: 2 });
    expect(b.list().map((d) => d.id)).toEqual([doc.id]);
  });

  it('each tab keeps the index entries of the other', () => {
    const { a, b } = twoTabs();
    const d1 = sampleDoc('Satu');
    const d2 = sampleDoc('Dua');
    a.create(d1);
    b.create(d2);
    a.save(edited(d1, 'x'), 1);
    expect(b.list().map((d) => d.title).sort()).toEqual(['Dua', 'Satu']);
  });
});

describe('watchOtherTabs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports a save of another tab from the storage event, with its revision', () => {
    const { storage, a, b } = twoTabs();
    const win = new FakeWindow();
    const seen: [string, number | null][] = [];
    const stop = watchOtherTabs(win, (id, rev) => seen.push([id, rev]), { ownTabId: a.tabId });
    const doc = sampleDoc();
    b.create(doc);
    const key = `petakerja:doc:${doc.id}`;
    win.dispatchEvent(new FakeStorageEvent(key, storage.getItem(key)));
    win.dispatchEvent(new FakeStorageEvent('petakerja:index', '[]'));
    win.dispatchEvent(new FakeStorageEvent('lain', 'x'));
    win.dispatchEvent(new FakeStorageEvent(null, null)); // storage.clear()
    win.dispatchEvent(new FakeStorageEvent(key, null));
    expect(seen).toEqual([
      [doc.id, 1],
      [doc.id, null],
    ]);
    stop();
    expect(win.listenerCount).toBe(0);
    win.dispatchEvent(new FakeStorageEvent(key, storage.getItem(key)));
    expect(seen).toHaveLength(2);
  });

  it('hears the BroadcastChannel, ignores its own tab and reports a write once when both sources tell it', () => {
    const { FakeChannel, open } = channelBus();
    const storage = new MemoryStorageArea();
    const channelA = new FakeChannel(TAB_CHANNEL_NAME);
    const channelB = new FakeChannel(TAB_CHANNEL_NAME);
    const a = new DocumentStore(storage, { tabId: 'tab_a', channel: channelA });
    const b = new DocumentStore(storage, { tabId: 'tab_b', channel: channelB });
    const winA = new FakeWindow(FakeChannel);
    const seen: [string, number | null][] = [];
    const stop = watchOtherTabs(winA, (id, rev) => seen.push([id, rev]), { ownTabId: a.tabId });

    const doc = sampleDoc();
    a.create(doc); // tab A's own write reaches tab A's watcher through the channel: ignored
    expect(seen).toEqual([]);
    b.save(edited(doc, 'B'), 1);
    expect(seen).toEqual([[doc.id, 2]]);
    const key = `petakerja:doc:${doc.id}`;
    winA.dispatchEvent(new FakeStorageEvent(key, storage.getItem(key))); // the same write, by storage event
    expect(seen).toEqual([[doc.id, 2]]);
    b.remove(doc.id);
    expect(seen).toEqual([
      [doc.id, 2],
      [doc.id, null],
    ]);
    const channels = open.size;
    stop();
    expect(open.size).toBe(channels - 1);
  });

  it('ignores foreign channel messages', () => {
    const { FakeChannel } = channelBus();
    const win = new FakeWindow(FakeChannel);
    const seen: string[] = [];
    watchOtherTabs(win, (id) => seen.push(id));
    const other = new FakeChannel(TAB_CHANNEL_NAME);
    other.postMessage('hallo');
    other.postMessage({ type: 'saved', docId: 'd' }); // no revision, no tabId
    other.postMessage({ type: 'saved', docId: 'd', revision: 2, tabId: 't' } satisfies TabMessage);
    expect(seen).toEqual(['d']);
  });

  it('a store keeps working when its channel was closed', () => {
    const { FakeChannel } = channelBus();
    const channel = new FakeChannel(TAB_CHANNEL_NAME);
    channel.close();
    const store = new DocumentStore(new MemoryStorageArea(), { channel });
    expect(store.create(sampleDoc()).ok).toBe(true);
  });

  it("works with the platform's BroadcastChannel", async () => {
    const storage = new MemoryStorageArea();
    const channel = new BroadcastChannel(TAB_CHANNEL_NAME);
    const b = new DocumentStore(storage, { tabId: 'tab_b', channel });
    const win = Object.assign(new FakeWindow(), { BroadcastChannel });
    const heard = new Promise<[string, number | null]>((resolve) => {
      const stop = watchOtherTabs(win, (id, rev) => {
        stop();
        resolve([id, rev]);
      });
    });
    const doc = sampleDoc();
    b.create(doc);
    try {
      expect(await heard).toEqual([doc.id, 1]);
    } finally {
      channel.close();
    }
  });
});
