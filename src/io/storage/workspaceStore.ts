// The storage seam of the editor: every method answers with a promise. The IndexedDB store fits it as it is; the
// localStorage DocumentStore (kept for browsers where IndexedDB cannot be opened, and as the source of the one-time
// migration) fits it through asyncLocalStore().
import type { Workspace } from '../../model';
import type {
  DocumentStore,
  DocumentSummary,
  DuplicateResult,
  LoadResult,
  RenameResult,
  RestoreSnapshotResult,
  SaveOptions,
  SaveResult,
  SnapshotLoadResult,
  StoreFailure,
} from './documentStore';
import type { SnapshotInfo, SnapshotReason } from './snapshots';

export interface WorkspaceStore {
  readonly kind: 'indexeddb' | 'localstorage';
  readonly tabId: string;
  list(): Promise<DocumentSummary[]>;
  load(id: string): Promise<LoadResult>;
  save(doc: Workspace, expectedRevision: number, options?: SaveOptions): Promise<SaveResult>;
  create(doc: Workspace): Promise<SaveResult>;
  rename(id: string, title: string): Promise<RenameResult>;
  duplicate(id: string): Promise<DuplicateResult>;
  remove(id: string): Promise<{ ok: true } | Extract<StoreFailure, { reason: 'quota' }>>;
  listSnapshots(docId: string | null): Promise<SnapshotInfo[]>;
  snapshot(docId: string, reason: SnapshotReason): Promise<boolean>;
  snapshotDocument(doc: Workspace, revision: number, reason: SnapshotReason): Promise<boolean>;
  snapshotText(key: string): Promise<string | null>;
  loadSnapshot(key: string): Promise<SnapshotLoadResult>;
  lastGoodSnapshot(docId: string): Promise<Extract<SnapshotLoadResult, { ok: true }> | null>;
  restoreSnapshot(docId: string, key: string): Promise<RestoreSnapshotResult>;
  rawText(id: string): Promise<string | null>;
  lastOpenId(): Promise<string | null>;
  setLastOpen(id: string): Promise<boolean>;
  revisionOf(id: string): Promise<number>;
}

export function asyncLocalStore(s: DocumentStore): WorkspaceStore {
  const p = <T>(f: () => T): Promise<T> => {
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return {
    kind: 'localstorage',
    tabId: s.tabId,
    list: () => p(() => s.list()),
    load: (id) => p(() => s.load(id)),
    save: (doc, rev, o) => p(() => s.save(doc, rev, o)),
    create: (doc) => p(() => s.create(doc)),
    rename: (id, t) => p(() => s.rename(id, t)),
    duplicate: (id) => p(() => s.duplicate(id)),
    remove: (id) => p(() => s.remove(id)),
    listSnapshots: (id) => p(() => s.listSnapshots(id)),
    snapshot: (id, r) => p(() => s.snapshot(id, r)),
    snapshotDocument: (doc, rev, r) => p(() => s.snapshotDocument(doc, rev, r)),
    snapshotText: (k) => p(() => s.snapshotText(k)),
    loadSnapshot: (k) => p(() => s.loadSnapshot(k)),
    lastGoodSnapshot: (id) => p(() => s.lastGoodSnapshot(id)),
    restoreSnapshot: (id, k) => p(() => s.restoreSnapshot(id, k)),
    rawText: (id) => p(() => s.rawText(id)),
    lastOpenId: () => p(() => s.lastOpenId()),
    setLastOpen: (id) => p(() => s.setLastOpen(id)),
    revisionOf: (id) => p(() => s.revisionOf(id)),
  };
}
