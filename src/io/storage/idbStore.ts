// Every document of this browser in IndexedDB, through `idb` (a ~1 kB promise wrapper over the raw API: the store
// needs transactions with a durability option and nothing of Dexie's query layer, and the entry bundle matters).
//
// Object stores: `docs` (one record per document: header fields + the document's JSON text), `index` (the document
// list, one summary per document), `snapInfo` + `snapText` (version history: what the list shows, and the text apart
// so listing never reads megabytes), `meta` (the last open document). Every write is ONE readwrite transaction with
// durability 'strict' over all the stores it touches, so a save is all or nothing — document, index entry and the
// interval copy commit together or not at all — and "Tersimpan" is only reported once the commit is on disk.
// The revision check runs inside the same transaction: two tabs cannot both pass it (readwrite transactions over
// the same stores run one after the other).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { newId, restore, RestoreError, type Workspace } from '../../model';
import type {
  DocumentStoreOptions,
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
import { isQuotaError } from './documentStore';
import { parseEnvelope, readEnvelopeHeader } from './envelope';
import {
  ALREADY_EXISTS_MESSAGE,
  COPY_SUFFIX,
  IDB_QUOTA_MESSAGE,
  NOT_JSON_DETAIL,
  SNAPSHOT_MISSING_MESSAGE,
  UNREADABLE_STORED_MESSAGE,
  conflictMessage,
  corruptMessage,
  idbWriteRefusedMessage,
  missingMessage,
  unreadableTitle,
} from './messages';
import {
  DEFAULT_MAX_SNAPSHOTS,
  DEFAULT_SNAPSHOT_INTERVAL_MS,
  evictionOrder,
  snapshotKey,
  type SnapshotInfo,
  type SnapshotReason,
} from './snapshots';
import type { TabMessage } from './tabSync';

export const IDB_NAME = 'petakerja';
/** performance.measure entries of each successful save (bench/browser/run.ts reads them): the whole save, commit on
 * disk included, and the part of it that held the main thread */
export const IDB_SAVE_MEASURE = 'petakerja:idb-save';
export const IDB_SAVE_MAIN_MEASURE = 'petakerja:idb-save-main';
export const IDB_VERSION = 1;

/** One stored document. `text` is the document's JSON (or, for a copy moved from localStorage, its text as it was). */
export interface DocRecord {
  id: string;
  savedAt: number;
  revision: number;
  tabId: string;
  text: string;
  /** the text does not parse: never overwritten without `force` */
  unreadable?: true;
}

/** A row of the index: the document list, plus what the Ruang kerja view computed for this revision. */
export interface IndexRecord extends DocumentSummary {
  revision?: number;
  /** opaque to the store; the workspace view keeps its per-document rekap here (see workspace/rekap.ts) */
  rekap?: unknown;
}

interface SnapTextRecord {
  key: string;
  text: string;
}

interface MetaRecord {
  key: string;
  value: string;
}

export interface PetaKerjaDB extends DBSchema {
  docs: { key: string; value: DocRecord };
  index: { key: string; value: IndexRecord };
  snapInfo: { key: string; value: SnapshotInfo; indexes: { docId: string } };
  snapText: { key: string; value: SnapTextRecord };
  meta: { key: string; value: MetaRecord };
}

type Name = StoreNames<PetaKerjaDB>;
const ALL: Name[] = ['docs', 'index', 'snapInfo', 'snapText', 'meta'];
type Tx = IDBPTransaction<PetaKerjaDB, Name[], 'readwrite'>;

/** Thrown inside a write transaction to abort it with a result for the caller (conflict, missing …). */
class Refusal {
  constructor(readonly failure: StoreFailure) {}
}

export function openPetaKerjaDB(factory?: IDBFactory, name = IDB_NAME): Promise<IDBPDatabase<PetaKerjaDB>> {
  const previous = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  // idb opens through the global indexedDB; a test passes its own factory
  if (factory) (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
  try {
    return openDB<PetaKerjaDB>(name, IDB_VERSION, {
      upgrade(db) {
        db.createObjectStore('docs', { keyPath: 'id' });
        db.createObjectStore('index', { keyPath: 'id' });
        const info = db.createObjectStore('snapInfo', { keyPath: 'key' });
        info.createIndex('docId', 'docId');
        db.createObjectStore('snapText', { keyPath: 'key' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
      blocking() {
        // a newer build in another tab wants to upgrade the schema
      },
    });
  } finally {
    if (factory) (globalThis as { indexedDB?: IDBFactory }).indexedDB = previous;
  }
}

function failureOf(e: unknown): Extract<StoreFailure, { reason: 'quota' }> {
  if (isQuotaError(e)) return { ok: false, reason: 'quota', message: IDB_QUOTA_MESSAGE };
  const detail = e instanceof Error ? e.message || e.name : String(e);
  return { ok: false, reason: 'quota', message: idbWriteRefusedMessage(detail) };
}

export function summaryOfDoc(doc: Workspace, updatedAt: number, revision: number): IndexRecord {
  return {
    id: doc.id,
    title: doc.title,
    instansi: doc.instansi.nama,
    updatedAt,
    positions: Object.keys(doc.positions).length,
    revision,
  };
}

/** A summary from stored text of any shape (a copy moved from localStorage, a renamed document). */
export function summaryOfText(id: string, text: string, savedAt: number, revision: number): IndexRecord {
  const env = parseEnvelope(text);
  const doc = env?.doc;
  if (env === null || typeof doc !== 'object' || doc === null) {
    return { id, title: unreadableTitle(id), instansi: '', updatedAt: savedAt, positions: 0, unreadable: true, revision };
  }
  const d = doc as Record<string, unknown>;
  const instansi = d.instansi as Record<string, unknown> | undefined;
  const positions = d.positions;
  return {
    id,
    title: typeof d.title === 'string' ? d.title : unreadableTitle(id),
    instansi: typeof instansi?.nama === 'string' ? instansi.nama : '',
    updatedAt: savedAt,
    positions: typeof positions === 'object' && positions !== null ? Object.keys(positions).length : 0,
    revision,
  };
}

export interface IdbStoreOptions extends DocumentStoreOptions {
  /** an IDBFactory (fake-indexeddb in tests); the browser's by default */
  factory?: IDBFactory;
  /** database name; tests give each store its own */
  name?: string;
}

export class IdbDocumentStore {
  readonly kind = 'indexeddb' as const;
  readonly tabId: string;
  private readonly now: () => number;
  private readonly channel: DocumentStoreOptions['channel'];
  private readonly maxSnapshots: number;
  private readonly snapshotIntervalMs: number;
  private readonly lastSnapshotAt = new Map<string, number>();
  private lastTakenAt = 0;

  private constructor(
    readonly db: IDBPDatabase<PetaKerjaDB>,
    options: IdbStoreOptions,
  ) {
    this.tabId = options.tabId ?? newId('tab');
    this.now = options.now ?? Date.now;
    this.channel = options.channel ?? null;
    this.maxSnapshots = Math.max(1, options.snapshots?.max ?? DEFAULT_MAX_SNAPSHOTS);
    this.snapshotIntervalMs = Math.max(0, options.snapshots?.intervalMs ?? DEFAULT_SNAPSHOT_INTERVAL_MS);
  }

  static async open(options: IdbStoreOptions = {}): Promise<IdbDocumentStore> {
    const db = await openPetaKerjaDB(options.factory, options.name);
    return new IdbDocumentStore(db, options);
  }

  close(): void {
    this.db.close();
  }

  /** A document as a stored record (made outside any transaction: the main-thread part of a save). */
  private recordText(doc: Workspace): string {
    // (a memo of each record's text joined together was tried: V8's JSON.stringify of the whole is as fast)
    return JSON.stringify(doc);
  }

  /**
   * One readwrite transaction with durability 'strict' over `stores`. `body` runs inside it; a throw (a Refusal or
   * any error of a request) aborts it, so nothing of it is stored. Resolves once the commit is durable.
   */
  private async write<T>(stores: Name[], body: (tx: Tx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(stores, 'readwrite', { durability: 'strict' }) as unknown as Tx;
    const done = tx.done;
    done.catch(() => undefined); // observed below; never an unhandled rejection
    let value: T;
    try {
      value = await body(tx);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      // a request of an aborted transaction reports only "AbortError"; the transaction says why (e.g. the quota)
      const reason: unknown = await done.then(
        () => null,
        (err: unknown) => err,
      );
      // (a request made after the abort throws TransactionInactiveError instead: the quota still wins)
      throw isQuotaError(reason) && !(e instanceof Refusal) ? reason : e;
    }
    await done;
    return value;
  }

  /**
   * A write that makes room when the storage is full: history copies give way one at a time (evictionOrder), each
   * in a transaction of its own, and the write is tried again. The failed attempt stored nothing.
   */
  private async writeMakingRoom<T>(stores: Name[], body: (tx: Tx) => Promise<T>): Promise<T | Extract<StoreFailure, { reason: 'quota' }>> {
    let evictable: SnapshotInfo[] | null = null;
    for (;;) {
      try {
        return await this.write(stores, body);
      } catch (e) {
        if (e instanceof Refusal) throw e;
        if (!isQuotaError(e)) return failureOf(e);
        evictable ??= evictionOrder(await this.listSnapshots(null));
        const victim = evictable.shift();
        if (!victim) return failureOf(e);
        try {
          await this.write(['snapInfo', 'snapText'], async (tx) => {
            await tx.objectStore('snapInfo').delete(victim.key);
            await tx.objectStore('snapText').delete(victim.key);
          });
        } catch {
          return failureOf(e);
        }
      }
    }
  }

  async list(): Promise<DocumentSummary[]> {
    const items = await this.db.getAll('index');
    return items.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** The index rows with what the workspace view keeps in them. */
  async indexRecords(): Promise<IndexRecord[]> {
    return this.db.getAll('index');
  }

  /** Keep the workspace view's rekap of one revision (best effort; never a conflict). */
  async setRekap(id: string, revision: number, rekap: unknown): Promise<void> {
    try {
      await this.write(['index'], async (tx) => {
        const row = await tx.objectStore('index').get(id);
        if (!row || row.revision !== revision) return;
        await tx.objectStore('index').put({ ...row, rekap });
      });
    } catch {
      // a cache only
    }
  }

  async load(id: string): Promise<LoadResult> {
    const rec = await this.db.get('docs', id);
    if (!rec) return { ok: false, reason: 'missing', message: missingMessage(id) };
    return readText(id, rec.text, rec.revision, rec.savedAt);
  }

  /** Every stored document's text, for the workspace view (one read transaction). */
  async allRecords(): Promise<DocRecord[]> {
    return this.db.getAll('docs');
  }

  async save(doc: Workspace, expectedRevision: number, options: SaveOptions = {}): Promise<SaveResult> {
    const started = performance.now();
    const savedAt = this.now();
    const text = this.recordText(doc);
    const main = { ms: 0 };
    const result = this.saveText(doc.id, text, savedAt, expectedRevision, options.force === true, (revision) =>
      summaryOfDoc(doc, savedAt, revision), undefined, main);
    // the part that holds the main thread: serialising and opening the transaction (up to here), plus issuing the
    // requests once the previous record is read (counted in saveText)
    main.ms += performance.now() - started;
    const r = await result;
    if (r.ok) {
      performance.measure?.(IDB_SAVE_MAIN_MEASURE, { start: started, duration: main.ms });
      performance.measure?.(IDB_SAVE_MEASURE, { start: started, end: performance.now() });
    }
    return r;
  }

  private async saveText(
    id: string,
    text: string,
    savedAt: number,
    expectedRevision: number,
    force: boolean,
    summary: (revision: number) => IndexRecord,
    previousCheck?: (prev: DocRecord | undefined) => StoreFailure | null,
    main?: { ms: number },
  ): Promise<SaveResult> {
    let keptInterval: number | null = null;
    try {
      const result = await this.writeMakingRoom(['docs', 'index', 'snapInfo', 'snapText'], async (tx) => {
        const docs = tx.objectStore('docs');
        const prev = await docs.get(id);
        const refused = previousCheck?.(prev);
        if (refused) throw new Refusal(refused);
        if (prev && !force) {
          if (prev.unreadable) {
            throw new Refusal({ ok: false, reason: 'conflict', message: UNREADABLE_STORED_MESSAGE, theirs: { savedAt: null, tabId: null } });
          }
          if (prev.revision > expectedRevision) {
            throw new Refusal({
              ok: false,
              reason: 'conflict',
              message: conflictMessage(prev.savedAt),
              theirs: { savedAt: prev.savedAt, tabId: prev.tabId },
            });
          }
        }
        const issuing = performance.now();
        const revision = Math.max(prev?.revision ?? 0, expectedRevision) + 1;
        // each request is observed at once: when a later one fails, an earlier one reports its abort through tx.done
        const pending: Promise<unknown>[] = [];
        const issue = (p: Promise<unknown>) => {
          p.catch(() => undefined);
          pending.push(p);
        };
        issue(docs.put({ id, savedAt, revision, tabId: this.tabId, text }));
        issue(tx.objectStore('index').put(summary(revision)));
        if (main) main.ms += performance.now() - issuing;
        if (prev && !prev.unreadable) {
          const taken = await this.intervalCopy(tx, prev, savedAt);
          if (taken !== null) keptInterval = taken;
        }
        await Promise.all(pending);
        return { ok: true as const, revision };
      });
      if (!result.ok) return result;
      if (keptInterval !== null) this.lastSnapshotAt.set(id, keptInterval);
      this.announce({ type: 'saved', docId: id, revision: result.revision, tabId: this.tabId });
      return result;
    } catch (e) {
      if (e instanceof Refusal) return e.failure as SaveResult;
      return failureOf(e);
    }
  }

  /** Inside a save: keep the version about to be overwritten when the last copy of it is old enough. */
  private async intervalCopy(tx: Tx, prev: DocRecord, now: number): Promise<number | null> {
    let last = this.lastSnapshotAt.get(prev.id);
    if (last === undefined) {
      const infos = await tx.objectStore('snapInfo').index('docId').getAll(prev.id);
      last = infos.reduce((m, s) => Math.max(m, s.takenAt), 0) || now; // a document first seen now needs no copy yet
      this.lastSnapshotAt.set(prev.id, last);
    }
    if (now - last < this.snapshotIntervalMs) return null;
    return this.putSnapshot(tx, prev.id, 'interval', prev.text, prev.revision, prev.savedAt, true);
  }

  /** Writes one copy (pruning this document's oldest beyond the limit first) inside `tx`; returns its takenAt. */
  private async putSnapshot(
    tx: Tx,
    docId: string,
    reason: SnapshotReason,
    text: string,
    revision: number,
    savedAt: number,
    readable = reason !== 'corrupt' && readEnvelopeHeader(text) !== null,
  ): Promise<number> {
    const takenAt = Math.max(this.now(), this.lastTakenAt + 1);
    this.lastTakenAt = takenAt;
    const info = tx.objectStore('snapInfo');
    const texts = tx.objectStore('snapText');
    const existing = (await info.index('docId').getAll(docId)).sort((a, b) => b.takenAt - a.takenAt);
    for (const old of existing.slice(this.maxSnapshots - 1)) {
      await info.delete(old.key);
      await texts.delete(old.key);
    }
    const key = snapshotKey(docId, takenAt, reason);
    await info.put({ key, docId, takenAt, reason, revision, savedAt, size: text.length, readable });
    await texts.put({ key, text });
    return takenAt;
  }

  async create(doc: Workspace): Promise<SaveResult> {
    const savedAt = this.now();
    return this.saveText(doc.id, this.recordText(doc), savedAt, 0, false, (revision) => summaryOfDoc(doc, savedAt, revision), (prev) =>
      prev
        ? { ok: false, reason: 'conflict', message: ALREADY_EXISTS_MESSAGE, theirs: { savedAt: prev.savedAt, tabId: prev.tabId } }
        : null,
    );
  }

  /** Renames without passing the document through restore(), so a newer format is not rewritten into this one. */
  async rename(id: string, title: string): Promise<RenameResult> {
    const rec = await this.db.get('docs', id);
    if (!rec) return { ok: false, reason: 'missing', message: missingMessage(id) };
    const env = parseEnvelope(rec.text);
    if (env === null || typeof env.doc !== 'object' || env.doc === null) {
      return { ok: false, reason: 'corrupt', message: corruptMessage(NOT_JSON_DETAIL), problems: [], rawText: rec.text };
    }
    const text = JSON.stringify({ ...(env.doc as Record<string, unknown>), title });
    const savedAt = this.now();
    return this.saveText(id, text, savedAt, rec.revision, false, (revision) => summaryOfText(id, text, savedAt, revision));
  }

  async duplicate(id: string): Promise<DuplicateResult> {
    const loaded = await this.load(id);
    if (!loaded.ok) return loaded;
    const copy: Workspace = { ...loaded.doc, id: newId('doc'), title: loaded.doc.title + COPY_SUFFIX };
    const result = await this.create(copy);
    return result.ok ? { ok: true, id: copy.id, revision: result.revision } : result;
  }

  /** Removes a document with its index entry and its history, in one transaction. */
  async remove(id: string): Promise<{ ok: true } | Extract<StoreFailure, { reason: 'quota' }>> {
    try {
      await this.write(ALL, async (tx) => {
        await tx.objectStore('docs').delete(id);
        await tx.objectStore('index').delete(id);
        const keys = await tx.objectStore('snapInfo').index('docId').getAllKeys(id);
        for (const key of keys) {
          await tx.objectStore('snapInfo').delete(key);
          await tx.objectStore('snapText').delete(key);
        }
        const last = await tx.objectStore('meta').get('last');
        if (last?.value === id) await tx.objectStore('meta').delete('last');
      });
    } catch (e) {
      return failureOf(e);
    }
    this.lastSnapshotAt.delete(id);
    this.announce({ type: 'removed', docId: id, tabId: this.tabId });
    return { ok: true };
  }

  // ---- version history

  async listSnapshots(docId: string | null): Promise<SnapshotInfo[]> {
    const all = docId === null ? await this.db.getAll('snapInfo') : await this.db.getAllFromIndex('snapInfo', 'docId', docId);
    return all.sort((a, b) => b.takenAt - a.takenAt);
  }

  /** Copies the stored document into its history; a copy of the same revision as the newest one is not repeated. */
  async snapshot(docId: string, reason: SnapshotReason): Promise<boolean> {
    try {
      const r = await this.writeMakingRoom(['docs', 'snapInfo', 'snapText'], async (tx) => {
        const rec = await tx.objectStore('docs').get(docId);
        if (!rec) return false;
        const infos = await tx.objectStore('snapInfo').index('docId').getAll(docId);
        const newest = infos.sort((a, b) => b.takenAt - a.takenAt)[0];
        if (reason !== 'corrupt' && !rec.unreadable && newest && newest.revision === rec.revision && newest.savedAt === rec.savedAt) {
          return this.now();
        }
        return this.putSnapshot(tx, docId, rec.unreadable ? 'corrupt' : reason, rec.text, rec.revision, rec.savedAt, !rec.unreadable);
      });
      if (typeof r === 'number') {
        this.lastSnapshotAt.set(docId, r);
        return true;
      }
      return false;
    } catch {
      return false;
    }
  }

  /** Keeps an in-memory version (e.g. a stale tab's unsaved edits) in the history. */
  async snapshotDocument(doc: Workspace, revision: number, reason: SnapshotReason): Promise<boolean> {
    return this.keepText(doc.id, JSON.stringify(doc), revision, reason, this.now(), true);
  }

  /** Keeps a text (raw damaged content, a copy from localStorage) in the history of `docId`. */
  async keepText(
    docId: string,
    text: string,
    revision: number,
    reason: SnapshotReason,
    savedAt = this.now(),
    readable?: boolean,
  ): Promise<boolean> {
    try {
      const r = await this.writeMakingRoom(['snapInfo', 'snapText'], (tx) =>
        this.putSnapshot(tx, docId, reason, text, revision, savedAt, readable),
      );
      if (typeof r === 'number') {
        this.lastSnapshotAt.set(docId, r);
        return true;
      }
      return false;
    } catch {
      return false;
    }
  }

  async snapshotText(key: string): Promise<string | null> {
    return (await this.db.get('snapText', key))?.text ?? null;
  }

  async loadSnapshot(key: string): Promise<SnapshotLoadResult> {
    const [info, text] = await Promise.all([this.db.get('snapInfo', key), this.db.get('snapText', key)]);
    if (!info || !text) return { ok: false, reason: 'missing', message: SNAPSHOT_MISSING_MESSAGE };
    const loaded = readText(info.docId, text.text, info.revision, info.savedAt);
    return loaded.ok ? { ok: true, doc: loaded.doc, notices: loaded.notices, info } : loaded;
  }

  async lastGoodSnapshot(docId: string): Promise<Extract<SnapshotLoadResult, { ok: true }> | null> {
    for (const info of await this.listSnapshots(docId)) {
      if (!info.readable) continue;
      const loaded = await this.loadSnapshot(info.key);
      if (loaded.ok) return loaded;
    }
    return null;
  }

  /** Makes a copy the current document; what is stored now is kept in the history first. */
  async restoreSnapshot(docId: string, key: string): Promise<RestoreSnapshotResult> {
    const loaded = await this.loadSnapshot(key);
    if (!loaded.ok) return loaded;
    if (loaded.info.docId !== docId) return { ok: false, reason: 'missing', message: SNAPSHOT_MISSING_MESSAGE };
    const current = await this.load(docId);
    if (current.ok) await this.snapshot(docId, 'before-restore');
    else if (current.reason === 'corrupt') await this.keepText(docId, current.rawText, 0, 'corrupt');
    const result = await this.save(loaded.doc, await this.revisionOf(docId), { force: true });
    if (!result.ok) return result.reason === 'quota' ? result : { ok: false, reason: 'missing', message: result.message };
    return { ok: true, doc: loaded.doc, notices: loaded.notices, revision: result.revision };
  }

  async rawText(id: string): Promise<string | null> {
    return (await this.db.get('docs', id))?.text ?? null;
  }

  async lastOpenId(): Promise<string | null> {
    return (await this.db.get('meta', 'last'))?.value ?? null;
  }

  async setLastOpen(id: string): Promise<boolean> {
    try {
      await this.db.put('meta', { key: 'last', value: id });
      return true;
    } catch {
      return false;
    }
  }

  /** A small setting of this browser's workspace (e.g. the Ruang kerja's grouping), as JSON text. */
  async readMeta(key: string): Promise<string | null> {
    return (await this.db.get('meta', key))?.value ?? null;
  }

  async writeMeta(key: string, value: string): Promise<boolean> {
    try {
      await this.write(['meta'], async (tx) => {
        await tx.objectStore('meta').put({ key, value });
      });
      return true;
    } catch {
      return false;
    }
  }

  async revisionOf(id: string): Promise<number> {
    return (await this.db.get('docs', id))?.revision ?? 0;
  }

  /**
   * Takes texts as they were stored in localStorage (any schema version, also unreadable ones) in ONE transaction:
   * the documents with their header, their index rows, their history copies and the last open id. A document this
   * database already has is not replaced: the old copy goes to its history ('migrated'). Returns the ids written.
   */
  async importLegacy(input: {
    docs: { id: string; text: string }[];
    snapshots: { key: string; docId: string; takenAt: number; reason: SnapshotReason; text: string }[];
    last: string | null;
  }): Promise<void> {
    await this.write(ALL, async (tx) => {
      const docs = tx.objectStore('docs');
      for (const { id, text } of input.docs) {
        const header = readEnvelopeHeader(text);
        const existing = await docs.get(id);
        if (existing && existing.text !== text) {
          const key = snapshotKey(id, Math.max(this.now(), ++this.lastTakenAt), 'migrated');
          await tx.objectStore('snapInfo').put({
            key,
            docId: id,
            takenAt: Math.max(this.now(), this.lastTakenAt),
            reason: 'migrated',
            revision: header?.revision ?? 0,
            savedAt: header?.savedAt ?? 0,
            size: text.length,
            readable: header !== null,
          });
          await tx.objectStore('snapText').put({ key, text });
          continue;
        }
        const rec: DocRecord = { id, savedAt: header?.savedAt ?? 0, revision: header?.revision ?? 0, tabId: header?.tabId ?? '', text };
        // a text cut off half-way may still start like an envelope: only a full parse tells
        if (parseEnvelope(text) === null) rec.unreadable = true;
        await docs.put(rec);
        await tx.objectStore('index').put(summaryOfText(id, text, rec.savedAt, rec.revision));
      }
      for (const s of input.snapshots) {
        const header = readEnvelopeHeader(s.text);
        await tx.objectStore('snapInfo').put({
          key: s.key,
          docId: s.docId,
          takenAt: s.takenAt,
          reason: s.reason,
          revision: header?.revision ?? 0,
          savedAt: header?.savedAt ?? 0,
          size: s.text.length,
          readable: s.reason !== 'corrupt' && header !== null,
        });
        await tx.objectStore('snapText').put({ key: s.key, text: s.text });
      }
      if (input.last !== null && !(await tx.objectStore('meta').get('last'))) {
        await tx.objectStore('meta').put({ key: 'last', value: input.last });
      }
    });
  }

  private announce(message: TabMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // a closed channel only costs the early notice
    }
  }
}

/** Never throws: unreadable content comes back as 'corrupt' with the raw text for download. */
function readText(id: string, rawText: string, revision: number, savedAt: number): LoadResult {
  const env = parseEnvelope(rawText);
  if (env === null) return { ok: false, reason: 'corrupt', message: corruptMessage(NOT_JSON_DETAIL), problems: [], rawText };
  try {
    const restored = restore(env.doc);
    const doc = restored.doc.id === id ? restored.doc : { ...restored.doc, id };
    return { ok: true, doc, notices: restored.notices, revision, savedAt };
  } catch (e) {
    const problems = e instanceof RestoreError ? e.problems : [];
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: 'corrupt', message: corruptMessage(detail), problems, rawText };
  }
}
