// Saves the open document a moment after each change (debounced), at once when the page is hidden or closed, and
// never during a drag. A failed save keeps the document pending: editing goes on in memory, the status says the
// change is NOT saved, and the next change (or flush) tries again.
import type { Workspace } from '../../model';
import type { SaveResult } from './documentStore';
import { conflictMessage } from './messages';

/** The name of the performance.measure entry each write leaves (bench/browser/run.ts reads it). */
export const AUTOSAVE_MEASURE = 'petakerja:autosave';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'error-quota' | 'conflict';

/** The one store method autosave uses; the IndexedDB store answers with a promise, the localStorage one at once. */
export interface AutosaveStore {
  save(doc: Workspace, expectedRevision: number): SaveResult | Promise<SaveResult>;
}

export interface AutosaveOptions {
  store: AutosaveStore;
  /** quiet time after the last change before saving */
  debounceMs?: number;
  /** a document changing without pause is still saved at least this often */
  maxWaitMs?: number;
  /** called when the status or its message changes */
  onStatus?: (status: AutosaveStatus, message: string) => void;
  /** called with the document and revision of every refused save (quota or conflict), e.g. to keep it as a version */
  onRefused?: (doc: Workspace, revision: number, reason: 'quota' | 'conflict') => void;
}

export interface Autosave {
  readonly status: AutosaveStatus;
  /** why the last save failed; empty once saved */
  readonly message: string;
  /** the document autosave writes, and the stored revision this tab last loaded or saved */
  readonly docId: string | null;
  readonly revision: number;
  /** true while a change is only in memory (pending, or written but not yet confirmed) */
  hasUnsavedChanges(): boolean;
  /** the newest document not yet confirmed stored, or null */
  unsaved(): Workspace | null;
  /**
   * Make `docId` at `revision` the document to save (after create or load). Pending changes of another document
   * are written first; pending changes of the same document are dropped, because the caller just loaded it anew.
   * False when the previous document's changes could not be written (call flush() first to offer a download).
   */
  track(docId: string, revision: number): Promise<boolean>;
  /** Note a change; it is written after `debounceMs` of quiet. */
  schedule(doc: Workspace): void;
  /** Write the pending change now, even during a drag. Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** The same as flush(): resolves once no write is under way; true when nothing is left unsaved. */
  settled(): Promise<boolean>;
  /** No saves while dragging. */
  pause(): void;
  /** End of the drag: save at once if something is pending. */
  resume(): void;
  /** Another tab wrote (revision) or removed (null) a document: if it is ours and newer, show the conflict now. */
  noteExternalChange(docId: string, revision: number | null): void;
  dispose(): void;
}

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> => typeof (v as { then?: unknown })?.then === 'function';

export function createAutosave({ store, debounceMs = 300, maxWaitMs = 2000, onStatus, onRefused }: AutosaveOptions): Autosave {
  let status: AutosaveStatus = 'saved';
  let message = '';
  let docId: string | null = null;
  let revision = 0;
  let pending: Workspace | null = null;
  /** the document of the write in flight (IndexedDB), still unsaved until it resolves */
  let inflight: Promise<boolean> | null = null;
  let inflightDoc: Workspace | null = null;
  let pendingSince = 0;
  let lastSaved: Workspace | null = null;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** bumps on track(): a write that resolves for a document no longer tracked changes nothing */
  let generation = 0;

  const setStatus = (next: AutosaveStatus, text: string) => {
    if (next === status && text === message) return;
    status = next;
    message = text;
    onStatus?.(status, message);
  };

  const inError = () => status === 'error-quota' || status === 'conflict';

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const measure = (started: number) => {
    // one entry per write for the browser benchmark and the DevTools timeline; costs microseconds
    performance.measure?.(AUTOSAVE_MEASURE, { start: started, end: performance.now() });
  };

  const settle = (doc: Workspace, result: SaveResult, gen: number): boolean => {
    if (gen !== generation) return false;
    if (result.ok) {
      revision = result.revision;
      lastSaved = doc;
      // a schedule() from inside onStatus (or during the write) may have queued a newer document meanwhile
      if (pending === doc) pending = null;
      setStatus(pending === null ? 'saved' : inError() ? status : 'pending', pending === null ? '' : message);
      if (pending !== null) arm();
      return pending === null;
    }
    if (pending === null) pending = doc;
    setStatus(result.reason === 'quota' ? 'error-quota' : 'conflict', result.message);
    onRefused?.(doc, revision, result.reason);
    return false;
  };

  const write = (): Promise<boolean> => {
    clearTimer();
    if (inflight !== null) {
      // one write at a time: the next one starts from the revision this one returns
      return inflight.then(() => write());
    }
    if (pending === null) return Promise.resolve(true);
    const doc = pending;
    const gen = generation;
    // while an error is shown it stays shown during the retry, so the warning neither flickers nor repeats
    if (!inError()) setStatus('saving', '');
    const started = performance.now();
    let result: SaveResult | Promise<SaveResult>;
    try {
      result = store.save(doc, revision);
    } catch (e) {
      result = { ok: false, reason: 'quota', message: e instanceof Error ? e.message : String(e) };
    }
    if (!isPromise(result)) {
      measure(started);
      return Promise.resolve(settle(doc, result, gen));
    }
    inflightDoc = doc;
    const p = result
      .catch((e: unknown): SaveResult => ({ ok: false, reason: 'quota', message: e instanceof Error ? e.message : String(e) }))
      .then((r) => {
        measure(started);
        inflight = null;
        inflightDoc = null;
        return settle(doc, r, gen);
      });
    inflight = p;
    return p;
  };

  const arm = () => {
    clearTimer();
    if (paused || pending === null) return;
    const waited = Date.now() - pendingSince;
    timer = setTimeout(() => void write(), Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
  };

  const api: Autosave = {
    get status() {
      return status;
    },
    get message() {
      return message;
    },
    get docId() {
      return docId;
    },
    get revision() {
      return revision;
    },
    hasUnsavedChanges: () => pending !== null || inflightDoc !== null,
    unsaved: () => pending ?? inflightDoc,
    track(id, rev) {
      const apply = (written: boolean): boolean => {
        clearTimer();
        generation++;
        pending = null;
        inflight = null;
        inflightDoc = null;
        lastSaved = null;
        docId = id;
        revision = rev;
        setStatus('saved', '');
        return written;
      };
      const needsWrite = pending !== null && pending.id !== id;
      const written = needsWrite ? write() : null;
      // a store that answers at once (localStorage) has settled already: switch now, so the caller's next
      // schedule() belongs to the new document
      if (inflight === null) return Promise.resolve(apply(pending === null || pending.id === id));
      return (async () => {
        const ok = written === null ? true : await written;
        if (inflight !== null) await inflight;
        return apply(ok);
      })();
    },
    schedule(doc) {
      if (doc.id !== docId) {
        // A document nobody tracked: the previous one's pending change is written as it is, then this one starts
        // at revision 0, which makes an existing stored copy a conflict rather than something to overwrite.
        if (pending !== null) {
          const prev = pending;
          const prevRevision = revision;
          void Promise.resolve()
            .then(() => store.save(prev, prevRevision))
            .catch(() => undefined);
        }
        clearTimer();
        generation++;
        pending = null;
        inflight = null;
        inflightDoc = null;
        lastSaved = null;
        docId = doc.id;
        revision = 0;
      }
      if (doc === lastSaved && status !== 'conflict' && inflightDoc === null) {
        // back to what is stored (undo, or no real change): nothing to write; a failed write left this copy in place
        clearTimer();
        pending = null;
        setStatus('saved', '');
        return;
      }
      if (pending === null) pendingSince = Date.now();
      pending = doc;
      if (!inError()) setStatus('pending', '');
      arm();
    },
    flush: write,
    settled: write,
    pause() {
      paused = true;
      clearTimer();
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (pending !== null) void write();
    },
    noteExternalChange(id, rev) {
      if (id !== docId || rev === null || rev <= revision) return;
      // The next save would be refused; say so now, before the user does more work in this tab.
      setStatus('conflict', conflictMessage(null));
    },
    dispose() {
      clearTimer();
    },
  };
  return api;
}

/** What attachPageLifecycle needs of a window; `window` fits. */
export interface LifecycleTarget {
  addEventListener(type: string, listener: (ev: Event) => void): void;
  removeEventListener(type: string, listener: (ev: Event) => void): void;
  document?: { visibilityState: string };
}

/**
 * Flush on `pagehide`, on `visibilitychange` to hidden (the last reliable moment on mobile) and on `beforeunload`.
 * An IndexedDB write started there may not finish before the page is gone, so `onPageHide` (when given) gets the
 * document not yet confirmed stored, to keep it synchronously (persistence writes it to a rescue key). If a change
 * could not be written (full storage, another tab), the browser is asked to confirm leaving. Returns a detach function.
 */
export function attachPageLifecycle(
  win: LifecycleTarget,
  autosave: Pick<Autosave, 'flush' | 'hasUnsavedChanges' | 'status'>,
  onPageHide?: () => void,
): () => void {
  const pageHide = () => {
    void autosave.flush();
    onPageHide?.();
  };
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden') void autosave.flush();
  };
  const onBeforeUnload = (ev: Event) => {
    if (!autosave.hasUnsavedChanges()) return;
    void autosave.flush();
    if (autosave.status !== 'error-quota' && autosave.status !== 'conflict') return;
    ev.preventDefault();
    try {
      // older browsers show the prompt only when returnValue is set; a plain Event has no setter
      (ev as unknown as { returnValue: string }).returnValue = '';
    } catch {
      // preventDefault() above is what current browsers use
    }
  };
  win.addEventListener('pagehide', pageHide);
  win.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    win.removeEventListener('pagehide', pageHide);
    win.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('beforeunload', onBeforeUnload);
  };
}
