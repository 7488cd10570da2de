import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachPageLifecycle, createAutosave, type AutosaveStatus } from '../../../src/io/storage/autosave';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { QUOTA_MESSAGE } from '../../../src/io/storage/messages';
import type { Workspace } from '../../../src/model';
import { FakeWindow, edited, sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

function setup(debounceMs = 300) {
  const storage = new MemoryStorageArea();
  const store = new DocumentStore(storage, { tabId: 'tab_a' });
  const save = vi.spyOn(store, 'save');
  const statuses: [AutosaveStatus, string][] = [];
  const autosave = createAutosave({ store, debounceMs, onStatus: (s, m) => statuses.push([s, m]) });
  const doc = sampleDoc('Autosave', 3);
  const created = store.create(doc);
  if (!created.ok) throw new Error('create failed');
  save.mockClear();
  autosave.track(doc.id, created.revision);
  statuses.length = 0;
  const stored = (): Workspace | null => {
    const r = store.load(doc.id);
    return r.ok ? r.doc : null;
  };
  return { storage, store, save, statuses, autosave, doc, stored };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('debounces: one save 300 ms after the last of several quick changes', () => {
    const { save, autosave, doc, stored, statuses } = setup();
    let d = doc;
    for (let i = 0; i < 5; i++) {
      d = edited(d, `ketik ${i}`);
      autosave.schedule(d);
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status).toBe('pending');
    vi.advanceTimersByTime(199);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(d, 1);
    expect(stored()?.positions.p1.nama).toBe('ketik 4');
    expect(autosave.status).toBe('saved');
    expect(autosave.revision).toBe(2);
    expect(statuses).toEqual([
      ['pending', ''],
      ['saving', ''],
      ['saved', ''],
    ]);
  });

  it('still saves at least every maxWait while changes keep coming', () => {
    const { save, autosave, doc } = setup();
    let d = doc;
    for (let i = 0; i < 25; i++) {
      d = edited(d, `terus ${i}`);
      autosave.schedule(d);
      vi.advanceTimersByTime(100);
    }
    // 2.5 s of changes 100 ms apart: the 2 s ceiling forced one save in between
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush writes the pending document at once and cancels the timer', async () => {
    const { save, autosave, doc, stored } = setup();
    const d = edited(doc, 'segera');
    autosave.schedule(d);
    expect(await autosave.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(stored()?.positions.p1.nama).toBe('segera');
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(await autosave.flush()).toBe(true); // nothing pending: no write
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not save during a drag; resume saves what is pending at once', () => {
    const { save, autosave, doc, stored } = setup();
    autosave.pause();
    let d = doc;
    for (let i = 0; i < 10; i++) {
      d = edited(d, `geser ${i}`);
      autosave.schedule(d);
      vi.advanceTimersByTime(500);
    }
    expect(save).not.toHaveBeenCalled();
    expect(autosave.hasUnsavedChanges()).toBe(true);
    autosave.resume();
    expect(save).toHaveBeenCalledTimes(1);
    expect(stored()?.positions.p1.nama).toBe('geser 9');
    autosave.resume(); // not paused: nothing happens
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush during a drag still writes (the page is going away)', async () => {
    const { autosave, doc, stored } = setup();
    autosave.pause();
    autosave.schedule(edited(doc, 'tutup tab'));
    expect(await autosave.flush()).toBe(true);
    expect(stored()?.positions.p1.nama).toBe('tutup tab');
  });

  it('after a quota error editing goes on, the status stays an error, and the next change retries', () => {
    const { storage, save, autosave, doc, stored, statuses } = setup();
    storage.failWhen = () => true;
    autosave.schedule(edited(doc, 'satu'));
    vi.advanceTimersByTime(300);
    expect(autosave.status).toBe('error-quota');
    expect(autosave.message).toBe(QUOTA_MESSAGE);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    expect(stored()?.positions.p1.nama).toBe(doc.positions.p1.nama);

    autosave.schedule(edited(doc, 'dua'));
    expect(autosave.status).toBe('error-quota'); // not "pending": the warning stays until a save succeeds
    vi.advanceTimersByTime(300);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.filter(([s]) => s === 'error-quota')).toHaveLength(1); // told once, not on every retry

    storage.failWhen = null;
    const last = edited(doc, 'tiga');
    autosave.schedule(last);
    vi.advanceTimersByTime(300);
    expect(autosave.status).toBe('saved');
    expect(autosave.message).toBe('');
    expect(stored()).toEqual(last);
    expect(autosave.revision).toBe(2);
  });

  it('flush reports false while the change could not be written', async () => {
    const { storage, autosave, doc } = setup();
    storage.failWhen = () => true;
    autosave.schedule(edited(doc, 'x'));
    expect(await autosave.flush()).toBe(false);
    storage.failWhen = null;
    expect(await autosave.flush()).toBe(true);
  });

  it('a conflict is not overwritten, and stays shown', async () => {
    const { storage, autosave, doc, stored } = setup();
    const otherTab = new DocumentStore(storage, { tabId: 'tab_b' });
    otherTab.save(edited(doc, 'tab B'), 1);
    autosave.schedule(edited(doc, 'tab A'));
    vi.advanceTimersByTime(300);
    expect(autosave.status).toBe('conflict');
    expect(autosave.message).toMatch(/diubah di tab lain/);
    autosave.schedule(edited(doc, 'tab A lagi'));
    expect(autosave.status).toBe('conflict');
    expect(await autosave.flush()).toBe(false);
    expect(stored()?.positions.p1.nama).toBe('tab B');
  });

  it('noteExternalChange shows the conflict at once for a newer revision of the tracked document only', () => {
    const { autosave, doc, save } = setup();
    autosave.noteExternalChange('doc_lain', 9);
    autosave.noteExternalChange(doc.id, 1); // our own revision
    autosave.noteExternalChange(doc.id, null);
    expect(autosave.status).toBe('saved');
    autosave.noteExternalChange(doc.id, 2);
    expect(autosave.status).toBe('conflict');
    expect(save).not.toHaveBeenCalled();
  });

  it('track writes the pending change of the previous document before switching', async () => {
    const { store, autosave, doc } = setup();
    autosave.schedule(edited(doc, 'belum tersimpan'));
    const other = sampleDoc('Lain');
    const created = store.create(other);
    expect(await autosave.track(other.id, created.ok ? created.revision : 0)).toBe(true);
    const first = store.load(doc.id);
    expect(first.ok && first.doc.positions.p1.nama).toBe('belum tersimpan');
    expect(autosave.docId).toBe(other.id);
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it('track says so when the previous document could not be written', async () => {
    const { storage, autosave, doc } = setup();
    autosave.schedule(edited(doc, 'x'));
    storage.failWhen = () => true;
    expect(await autosave.track('doc_lain', 1)).toBe(false);
  });

  it('a change queued while the status is reported is saved too', () => {
    const storage = new MemoryStorageArea();
    const store = new DocumentStore(storage);
    const doc = sampleDoc();
    store.create(doc);
    const later = edited(doc, 'dari onStatus');
    let queued = false;
    const autosave = createAutosave({
      store,
      onStatus: (s) => {
        if (s === 'saving' && !queued) {
          queued = true;
          autosave.schedule(later);
        }
      },
    });
    autosave.track(doc.id, 1);
    autosave.schedule(edited(doc, 'pertama'));
    vi.advanceTimersByTime(300);
    expect(autosave.status).toBe('pending');
    vi.advanceTimersByTime(300);
    expect(autosave.status).toBe('saved');
    const r = store.load(doc.id);
    expect(r.ok && r.doc.positions.p1.nama).toBe('dari onStatus');
  });

  it('an untracked document is saved from revision 0, so an existing copy is a conflict, not overwritten', async () => {
    const { storage, autosave } = setup();
    const fresh = sampleDoc('Baru');
    autosave.schedule(fresh);
    expect(await autosave.flush()).toBe(true);
    expect(autosave.revision).toBe(1);

    const twin = new DocumentStore(storage);
    const existing = sampleDoc('Ada');
    twin.create(existing);
    autosave.schedule(edited(existing, 'x'));
    expect(await autosave.flush()).toBe(false);
    expect(autosave.status).toBe('conflict');
  });

  it('coming back to the saved document (undo) needs no write', () => {
    const { save, autosave, doc } = setup();
    const d1 = edited(doc, 'a');
    autosave.schedule(d1);
    autosave.flush();
    autosave.schedule(edited(d1, 'b'));
    autosave.schedule(d1);
    expect(autosave.status).toBe('saved');
    expect(autosave.hasUnsavedChanges()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('dispose cancels a scheduled save', () => {
    const { save, autosave, doc } = setup();
    autosave.schedule(edited(doc, 'x'));
    autosave.dispose();
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('attachPageLifecycle', () => {
  it('flushes on pagehide, on visibilitychange to hidden and on beforeunload; detach removes all', () => {
    const { autosave, doc, save } = setup();
    const win = new FakeWindow();
    const detach = attachPageLifecycle(win, autosave);

    autosave.schedule(edited(doc, '1'));
    win.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);

    autosave.schedule(edited(doc, '2'));
    win.dispatchEvent(new Event('visibilitychange')); // still visible
    expect(save).toHaveBeenCalledTimes(1);
    win.document.visibilityState = 'hidden';
    win.dispatchEvent(new Event('visibilitychange'));
    expect(save).toHaveBeenCalledTimes(2);

    autosave.schedule(edited(doc, '3'));
    const unload = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unload);
    expect(save).toHaveBeenCalledTimes(3);
    expect(unload.defaultPrevented).toBe(false); // saved: leave without asking

    detach();
    expect(win.listenerCount).toBe(0);
    autosave.schedule(edited(doc, '4'));
    win.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('asks before leaving when the last change could not be written', () => {
    const { storage, autosave, doc } = setup();
    const win = new FakeWindow();
    attachPageLifecycle(win, autosave);
    storage.failWhen = () => true;
    autosave.schedule(edited(doc, 'x'));
    const unload = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });
});
