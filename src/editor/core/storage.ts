// The storage seam of the editor: everything the editor keeps in the browser goes through this interface, and every
// method answers with a Promise, so that a store which writes later (IndexedDB) fits as well as one that writes at
// once (localStorage). `saveNow` is the one exception, offered only by stores that can write synchronously: autosave
// uses it where no promise can be awaited (the page is being hidden or closed).
//
// Two implementations: localStorageBacked() (the browser's localStorage through io/storage's DocumentStore) and
// memoryStorage() (the same store over an in-memory Storage with an optional quota, for unit tests).
import type {
  DocumentStore,
  DocumentSummary,
  DuplicateResult,
  LoadResult,
  RenameResult,
  RestoreSnapshotResult,
  SaveOptions,
  SaveResult,
  SnapshotInfo,
  SnapshotLoadResult,
  StorageLike,
  StoreFailure,
} from '../../io/storage/documentStore';
import { DocumentStore as LocalDocumentStore, type DocumentStoreOptions } from '../../io/storage/documentStore';
import type { SnapshotReason } from '../../io/storage/snapshots';
import type { Workspace } from '../../model';

export interface EditorStorage {
  /** identifies this tab in stored envelopes and tab messages */
  readonly tabId: string;
  list(): Promise<DocumentSummary[]>;
  load(id: string): Promise<LoadResult>;
  create(doc: Workspace): Promise<SaveResult>;
  save(doc: Workspace, expectedRevision: number, options?: SaveOptions): Promise<SaveResult>;
  /** synchronous save, for stores that can (localStorage); absent where writes are asynchronous */
  saveNow?(doc: Workspace, expectedRevision: number): SaveResult;
  rename(id: string, title: string): Promise<RenameResult>;
  duplicate(id: string): Promise<DuplicateResult>;
  remove(id: string): Promise<{ ok: true } | Extract<StoreFailure, { reason: 'quota' }>>;
  lastOpenId(): Promise<string | null>;
  setLastOpen(id: string): Promise<boolean>;
  listSnapshots(docId: string | null): Promise<SnapshotInfo[]>;
  snapshot(docId: string, reason: SnapshotReason): Promise<boolean>;
  snapshotDocument(doc: Workspace, revision: number, reason: SnapshotReason): Promise<boolean>;
  snapshotText(key: string): Promise<string | null>;
  lastGoodSnapshot(docId: string): Promise<Extract<SnapshotLoadResult, { ok: true }> | null>;
  restoreSnapshot(docId: string, key: string): Promise<RestoreSnapshotResult>;
}

/** A synchronous DocumentStore behind the asynchronous seam (each answer is computed at call time). */
export function documentStoreStorage(store: DocumentStore): EditorStorage & { readonly store: DocumentStore } {
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => R) =>
    (...a: A): Promise<R> => {
      try {
        return Promise.resolve(f(...a));
      } catch (e) {
        return Promise.reject(e);
      }
    };
  return {
    store,
    tabId: store.tabId,
    list: wrap(() => store.list()),
    load: wrap((id: string) => store.load(id)),
    create: wrap((doc: Workspace) => store.create(doc)),
    save: wrap((doc: Workspace, rev: number, options?: SaveOptions) => store.save(doc, rev, options)),
    saveNow: (doc, rev) => store.save(doc, rev),
    rename: wrap((id: string, title: string) => store.rename(id, title)),
    duplicate: wrap((id: string) => store.duplicate(id)),
    remove: wrap((id: string) => store.remove(id)),
    lastOpenId: wrap(() => store.lastOpenId()),
    setLastOpen: wrap((id: string) => store.setLastOpen(id)),
    listSnapshots: wrap((docId: string | null) => store.listSnapshots(docId)),
    snapshot: wrap((docId: string, reason: SnapshotReason) => store.snapshot(docId, reason)),
    snapshotDocument: wrap((doc: Workspace, rev: number, reason: SnapshotReason) => store.snapshotDocument(doc, rev, reason)),
    snapshotText: wrap((key: string) => store.snapshotText(key)),
    lastGoodSnapshot: wrap((docId: string) => store.lastGoodSnapshot(docId)),
    restoreSnapshot: wrap((docId: string, key: string) => store.restoreSnapshot(docId, key)),
  };
}

/** The browser's localStorage, or null where it is unavailable (private mode, blocked by policy). */
export function localStorageBacked(win: Window, options: DocumentStoreOptions = {}): (EditorStorage & { readonly store: DocumentStore }) | null {
  let storage: Storage;
  try {
    storage = win.localStorage;
    storage.getItem('petakerja:index');
  } catch {
    return null;
  }
  return documentStoreStorage(new LocalDocumentStore(storage, options));
}

/** An in-memory Storage; `quota` counts characters of keys and values as browsers do. */
export class MemoryStorageArea implements StorageLike {
  private readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quota) {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': exceeded the quota.", 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** put text in place without any check (corrupt content in tests) */
  poke(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** A whole storage in memory (unit tests): `area` lets a test fill it, corrupt it or set its quota. */
export function memoryStorage(options: DocumentStoreOptions = {}): EditorStorage & { readonly store: DocumentStore; readonly area: MemoryStorageArea } {
  const area = new MemoryStorageArea();
  return { ...documentStoreStorage(new LocalDocumentStore(area, options)), area };
}
