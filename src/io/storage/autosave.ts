// Saves the open document a moment after each change (debounced), at once when the page is hidden or closed, and
// never during a drag. A failed save keeps the document pending: editing goes on in memory, the status says the
// change is NOT saved, and the next change (or flush) tries again.
import type { Workspace } from '../../model';
import type { SaveResult } from './documentStore';
import { conflictMessage } from './messages';

/** The name of the performance.measure entry each write leaves (bench/browser/run.ts reads it). */
export const AUTOSAVE_MEASURE = 'petakerja:autosave';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'error-quota' | 'conflict';

/**
 * The one store method autosave uses. A store that writes at once (localStorage) answers with the result; one that
 * writes later (IndexedDB) with a promise of it — then flush() cannot know the outcome at once and returns false
 * while the write is under way, and settled() resolves when it is done.
 */
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
}

export interface Autosave {
  readonly status: AutosaveStatus;
  /** why the last save failed; empty once saved */
  readonly message: string;
  /** the document autosave writes, and the stored revision this tab last loaded or saved */
  readonly docId: string | null;
  readonly revision: number;
  /** true while a change is only in memory */
  hasUnsavedChanges(): boolean;
  /**
   * Make `docId` at `revision` the document to save (after create or load). Pending changes of another document
   * are written first; pending changes of the same document are dropped, because the caller just loaded it anew.
   * False when the previous document's changes could not be written (call flush() first to offer a download).
   */
  track(docId: string, revision: number): boolean;
  /** Note a change; it is written after `debounceMs` of quiet. */
  schedule(doc: Workspace): void;
  /** Write the pending change now, synchronously, even during a drag. True when nothing is left unsaved. */
  flush(): boolean;
  /** flush(), then wait for a write still under way (asynchronous stores). True when nothing is left unsaved. */
  settled(): Promise<boolean>;
  /** No saves while dragging. */
  pause(): void;
  /** End of the drag: save at once if something is pending. */
  resume(): void;
  /** Another tab wrote (revision) or removed (null) a document: if it is ours and newer, show the conflict now. */
  noteExternalChange(docId: string, revision: number | null): void;
  dispose(): void;
}

export function createAutosave({ store, debounceMs = 300, maxWaitMs = 2000, onStatus }: AutosaveOptions): Autosave {
  let status: AutosaveStatus = 'saved';
  let message = '';
  let docId: string | null = null;
  let revision = 0;
  let pending: Workspace | null = null;
  let pendingSince = 0;
  let lastSaved: Workspace | null = null;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** an asynchronous write under way */
  let inFlight: Promise<boolean> | null = null;

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

  const write = (): boolean => {
    clearTimer();
    if (inFlight) return false;
    if (pending === null) return true;
    const started = performance.now();
    try {
      return writePending(pending);
    } finally {
      // one entry per write for the browser benchmark and the DevTools timeline; costs microseconds
      performance.measure?.(AUTOSAVE_MEASURE, { start: started, end: performance.now() });
    }
  };

  const writePending = (doc: Workspace): boolean => {
    // while an error is shown it stays shown during the retry, so the warning neither flickers nor repeats
    if (!inError()) setStatus('saving', '');
    const answer = store.save(doc, revision);
    if (answer instanceof Promise) {
      const forDoc = docId;
      inFlight = answer
        .then((result) => (docId === forDoc ? settle(doc, result) : false))
        .catch((e) => settle(doc, { ok: false, reason: 'quota', message: e instanceof Error ? e.message : String(e) }))
        .finally(() => {
          inFlight = null;
        });
      return false;
    }
    return settle(doc, answer);
  };

  const settle = (doc: Workspace, result: SaveResult): boolean => {
    if (result.ok) {
      revision = result.revision;
      lastSaved = doc;
      // a schedule() from inside onStatus may have queued a newer document meanwhile
      if (pending === doc) pending = null;
      setStatus(pending === null ? 'saved' : 'pending', '');
      if (pending !== null) arm();
      return pending === null;
    }
    setStatus(result.reason === 'quota' ? 'error-quota' : 'conflict', result.message);
    return false;
  };

  const arm = () => {
    clearTimer();
    if (paused || pending === null) return;
    const waited = Date.now() - pendingSince;
    timer = setTimeout(write, Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
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
    hasUnsavedChanges: () => pending !== null,
    track(id, rev) {
      const previousWritten = pending === null || pending.id === id || write();
      clearTimer();
      pending = null;
      lastSaved = null;
      docId = id;
      revision = rev;
      setStatus('saved', '');
      return previousWritten;
    },
    schedule(doc) {
      if (doc.id !== docId) {
        // A document nobody tracked: write the previous one's changes, then start at revision 0, which makes an
        // existing stored copy a conflict rather than something to overwrite.
        api.track(doc.id, 0);
      }
      if (doc === lastSaved && status !== 'conflict') {
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
    async settled() {
      if (write()) return true;
      while (inFlight) {
        await inFlight;
        if (pending === null) return true;
        if (inError()) return false;
        if (write()) return true;
      }
      return pending === null;
    },
    pause() {
      paused = true;
      clearTimer();
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (pending !== null) write();
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
 * Flush on `pagehide`, on `visibilitychange` to hidden (the last reliable moment on mobile) and on `beforeunload`;
 * if a change still could not be written there, ask the browser to confirm leaving. Returns a detach function.
 */
export function attachPageLifecycle(win: LifecycleTarget, autosave: Pick<Autosave, 'flush'>): () => void {
  const onPageHide = () => {
    autosave.flush();
  };
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden') autosave.flush();
  };
  const onBeforeUnload = (ev: Event) => {
    if (autosave.flush()) return;
    ev.preventDefault();
    try {
      // older browsers show the prompt only when returnValue is set; a plain Event has no setter
      (ev as unknown as { returnValue: string }).returnValue = '';
    } catch {
      // preventDefault() above is what current browsers use
    }
  };
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('beforeunload', onBeforeUnload);
  };
}
