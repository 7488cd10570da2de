// Every document of this browser, kept in localStorage (or any Storage given): one key per document holding an
// envelope with a revision, an index for the document list, and the id of the last open document.
// Nothing is ever overwritten silently: a save whose expected revision is older than the stored one (another tab
// wrote meanwhile) is refused as a conflict, and a failed write leaves the previous document and index in place.
import { newId, restore, RestoreError, type Workspace } from '../../model';
import {
  DOC_KEY_PREFIX,
  INDEX_KEY,
  LAST_KEY,
  docIdOfKey,
  docKey,
  parseEnvelope,
  readEnvelopeHeader,
  serializeEnvelope,
  type Envelope,
  type EnvelopeHeader,
} from './envelope';
import {
  ALREADY_EXISTS_MESSAGE,
  COPY_SUFFIX,
  SNAPSHOT_MISSING_MESSAGE,
  NOT_JSON_DETAIL,
  QUOTA_MESSAGE,
  UNREADABLE_STORED_MESSAGE,
  conflictMessage,
  corruptMessage,
  missingMessage,
  unreadableTitle,
  writeRefusedMessage,
} from './messages';
import {
  DEFAULT_MAX_SNAPSHOTS,
  DEFAULT_SNAPSHOT_INTERVAL_MS,
  evictionOrder,
  parseSnapshotKey,
  snapshotInfo,
  snapshotKey,
  SNAP_KEY_PREFIX,
  type SnapshotInfo,
  type SnapshotOptions,
  type SnapshotReason,
} from './snapshots';
import type { TabMessage } from './tabSync';

export type { SnapshotInfo, SnapshotReason } from './snapshots';

export { watchOtherTabs, TAB_CHANNEL_NAME, type TabMessage, type WatchOptions, type WatchTarget } from './tabSync';

/** The part of the Web Storage API the store uses; `window.localStorage` fits. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** One row of the document list. */
export interface DocumentSummary {
  id: string;
  title: string;
  /** the instansi's name */
  instansi: string;
  /** ms since epoch of the last save */
  updatedAt: number;
  /** number of positions */
  positions: number;
  /** set when the stored document cannot be read; load() then returns its raw text */
  unreadable?: true;
}

export interface TheirWrite {
  savedAt: number | null;
  tabId: string | null;
}

export type StoreFailure =
  | { ok: false; reason: 'quota'; message: string }
  | { ok: false; reason: 'conflict'; message: string; theirs: TheirWrite }
  | { ok: false; reason: 'missing'; message: string }
  | { ok: false; reason: 'corrupt'; message: string; problems: string[]; rawText: string };

export type SaveResult = { ok: true; revision: number } | Extract<StoreFailure, { reason: 'quota' | 'conflict' }>;

export type LoadResult =
  | { ok: true; doc: Workspace; notices: string[]; revision: number; savedAt: number }
  | Extract<StoreFailure, { reason: 'missing' | 'corrupt' }>;

export type DuplicateResult = { ok: true; id: string; revision: number } | StoreFailure;

export type RenameResult = { ok: true; revision: number } | StoreFailure;

export type SnapshotLoadResult =
  | { ok: true; doc: Workspace; notices: string[]; info: SnapshotInfo }
  | Extract<StoreFailure, { reason: 'missing' | 'corrupt' }>;

export type RestoreSnapshotResult =
  | { ok: true; doc: Workspace; notices: string[]; revision: number }
  | Extract<StoreFailure, { reason: 'missing' | 'corrupt' | 'quota' }>;

export interface DocumentStoreOptions {
  /** identifies this tab in the envelope and in tab messages; random by default */
  tabId?: string;
  /** clock, for tests */
  now?: () => number;
  /** where to announce writes to other tabs, e.g. a BroadcastChannel; the `storage` event works without it */
  channel?: { postMessage(message: TabMessage): void } | null;
  /** version history: copies kept per document and the least time between automatic copies */
  snapshots?: SnapshotOptions;
}

export interface SaveOptions {
  /** write even when another tab saved a newer revision — only after the user chose to keep this tab's version */
  force?: boolean;
}

/** Browsers name a full storage differently; all of them are "the write did not fit". */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

function writeFailure(e: unknown): { ok: false; reason: 'quota'; message: string } {
  // Any refused write (full storage, storage disabled by policy) has the same consequence for the user:
  // the change is only in memory. The message names the cause when it is not the usual full storage.
  const message = isQuotaError(e)
    ? QUOTA_MESSAGE
    : writeRefusedMessage(e instanceof Error ? e.message || e.name : String(e));
  return { ok: false, reason: 'quota', message };
}

function isSummary(v: unknown): v is DocumentSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.title === 'string' &&
    typeof s.instansi === 'string' &&
    typeof s.updatedAt === 'number' &&
    typeof s.positions === 'number'
  );
}

function summaryOf(doc: Workspace, updatedAt: number): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    instansi: doc.instansi.nama,
    updatedAt,
    positions: Object.keys(doc.positions).length,
  };
}

/** A summary read from a stored envelope, for an index that lost an entry. Tolerates any content. */
function summaryFromEnvelope(id: string, env: Envelope | null): DocumentSummary {
  const doc = env?.doc;
  if (env === null || typeof doc !== 'object' || doc === null) {
    return { id, title: unreadableTitle(id), instansi: '', updatedAt: 0, positions: 0, unreadable: true };
  }
  const d = doc as Record<string, unknown>;
  const instansi = d.instansi as Record<string, unknown> | undefined;
  const positions = d.positions;
  return {
    id,
    title: typeof d.title === 'string' ? d.title : unreadableTitle(id),
    instansi: typeof instansi?.nama === 'string' ? instansi.nama : '',
    updatedAt: env.savedAt,
    positions: typeof positions === 'object' && positions !== null ? Object.keys(positions).length : 0,
  };
}

export class DocumentStore {
  readonly tabId: string;
  private readonly now: () => number;
  private readonly channel: DocumentStoreOptions['channel'];
  private readonly maxSnapshots: number;
  private readonly snapshotIntervalMs: number;
  /** per document: when its last copy was taken, or when this store first saw it (no copy needed yet) */
  private readonly lastSnapshotAt = new Map<string, number>();
  private lastTakenAt = 0;

  constructor(
    private readonly storage: StorageLike,
    options: DocumentStoreOptions = {},
  ) {
    this.tabId = options.tabId ?? newId('tab');
    this.now = options.now ?? Date.now;
    this.channel = options.channel ?? null;
    this.maxSnapshots = Math.max(1, options.snapshots?.max ?? DEFAULT_MAX_SNAPSHOTS);
    this.snapshotIntervalMs = Math.max(0, options.snapshots?.intervalMs ?? DEFAULT_SNAPSHOT_INTERVAL_MS);
  }

  /**
   * The documents, newest first. The index is a cache of the document keys: entries without a document are
   * dropped and documents without an entry are listed again, so no stored document ever disappears from the list.
   */
  list(): DocumentSummary[] {
    const { items, changed } = this.reconciledIndex(null);
    if (changed) this.tryWrite(INDEX_KEY, JSON.stringify(items));
    return items;
  }

  /** Never throws: unreadable content comes back as 'corrupt' with the raw text for download. */
  load(id: string): LoadResult {
    const rawText = this.storage.getItem(docKey(id));
    if (rawText === null) return { ok: false, reason: 'missing', message: missingMessage(id) };
    return this.readStoredText(id, rawText);
  }

  private readStoredText(id: string, rawText: string): LoadResult {
    const env = parseEnvelope(rawText);
    if (env === null) {
      return { ok: false, reason: 'corrupt', message: corruptMessage(NOT_JSON_DETAIL), problems: [], rawText };
    }
    try {
      const restored = restore(env.doc);
      // The key is the document's identity in this store; a different id inside would make saves go elsewhere.
      // (restore() returns a frozen document, hence the copy.)
      const doc = restored.doc.id === id ? restored.doc : { ...restored.doc, id };
      return { ok: true, doc, notices: restored.notices, revision: env.revision, savedAt: env.savedAt };
    } catch (e) {
      const problems = e instanceof RestoreError ? e.problems : [];
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, reason: 'corrupt', message: corruptMessage(detail), problems, rawText };
    }
  }

  /**
   * Writes the document when the stored revision is not newer than `expectedRevision` (the revision this tab last
   * loaded or saved; 0 for a document this tab never saw). The document is written first and the index second;
   * if either write fails, both keep their previous content.
   */
  save(doc: Workspace, expectedRevision: number, options: SaveOptions = {}): SaveResult {
    const key = docKey(doc.id);
    const previousText = this.storage.getItem(key);
    let storedRevision = 0;
    if (previousText !== null) {
      const header = readEnvelopeHeader(previousText);
      if (header === null && !options.force) {
        return { ok: false, reason: 'conflict', message: UNREADABLE_STORED_MESSAGE, theirs: { savedAt: null, tabId: null } };
      }
      storedRevision = header?.revision ?? 0;
      if (header !== null && header.revision > expectedRevision && !options.force) {
        return {
          ok: false,
          reason: 'conflict',
          message: conflictMessage(header.savedAt),
          theirs: { savedAt: header.savedAt, tabId: header.tabId },
        };
      }
    }
    const header: EnvelopeHeader = {
      savedAt: this.now(),
      revision: Math.max(storedRevision, expectedRevision) + 1,
      tabId: this.tabId,
    };
    const failure = this.writeDocAndIndex(key, previousText, serializeEnvelope(header, doc), (index) =>
      upsert(index, summaryOf(doc, header.savedAt)),
    );
    if (failure) return failure;
    this.announce({ type: 'saved', docId: doc.id, revision: header.revision, tabId: this.tabId });
    if (previousText !== null) this.intervalSnapshot(doc.id, previousText, header.savedAt);
    return { ok: true, revision: header.revision };
  }

  /** Stores a new document. An existing document with the same id is never replaced. */
  create(doc: Workspace): SaveResult {
    const existing = this.storage.getItem(docKey(doc.id));
    if (existing !== null) {
      const header = readEnvelopeHeader(existing);
      return {
        ok: false,
        reason: 'conflict',
        message: ALREADY_EXISTS_MESSAGE,
        theirs: { savedAt: header?.savedAt ?? null, tabId: header?.tabId ?? null },
      };
    }
    return this.save(doc, 0);
  }

  /**
   * Renames a stored document (title in the document and in the index) without passing it through restore(),
   * so a document of a newer format is not rewritten into this version's shape. Counts as a write: a tab that
   * has the document open gets a conflict on its next save instead of silently undoing the rename.
   */
  rename(id: string, title: string): RenameResult {
    const key = docKey(id);
    const previousText = this.storage.getItem(key);
    if (previousText === null) return { ok: false, reason: 'missing', message: missingMessage(id) };
    const env = parseEnvelope(previousText);
    if (env === null || typeof env.doc !== 'object' || env.doc === null) {
      return { ok: false, reason: 'corrupt', message: corruptMessage(NOT_JSON_DETAIL), problems: [], rawText: previousText };
    }
    const doc = { ...(env.doc as Record<string, unknown>), title };
    const header: EnvelopeHeader = { savedAt: this.now(), revision: env.revision + 1, tabId: this.tabId };
    const summary = { ...summaryFromEnvelope(id, env), title, updatedAt: header.savedAt };
    const failure = this.writeDocAndIndex(key, previousText, serializeEnvelope(header, doc), (index) =>
      upsert(index, summary),
    );
    if (failure) return failure;
    this.announce({ type: 'saved', docId: id, revision: header.revision, tabId: this.tabId });
    return { ok: true, revision: header.revision };
  }

  /** Copies a stored document under a new id, titled "… (salinan)". */
  duplicate(id: string): DuplicateResult {
    const loaded = this.load(id);
    if (!loaded.ok) return loaded;
    const copy: Workspace = { ...loaded.doc, id: newId('doc'), title: loaded.doc.title + COPY_SUFFIX };
    const result = this.create(copy);
    return result.ok ? { ok: true, id: copy.id, revision: result.revision } : result;
  }

  /** Removes a document: index entry first, so a failed index write removes nothing. */
  remove(id: string): { ok: true } | Extract<StoreFailure, { reason: 'quota' }> {
    const index = this.readIndex() ?? [];
    const rest = index.filter((e) => e.id !== id);
    if (rest.length !== index.length) {
      try {
        this.storage.setItem(INDEX_KEY, JSON.stringify(rest));
      } catch (e) {
        return writeFailure(e);
      }
    }
    this.storage.removeItem(docKey(id));
    for (const snap of this.listSnapshots(id)) this.storage.removeItem(snap.key);
    this.lastSnapshotAt.delete(id);
    if (this.lastOpenId() === id) this.storage.removeItem(LAST_KEY);
    this.announce({ type: 'removed', docId: id, tabId: this.tabId });
    return { ok: true };
  }

  // ---- version history

  /** The copies of one document, newest first (or of every document with `docId` null). Reads headers only. */
  listSnapshots(docId: string | null): SnapshotInfo[] {
    const out: SnapshotInfo[] = [];
    for (const key of this.keysWithPrefix(SNAP_KEY_PREFIX)) {
      const parsed = parseSnapshotKey(key);
      if (parsed === null || (docId !== null && parsed.docId !== docId)) continue;
      const info = snapshotInfo(key, this.storage.getItem(key) ?? '');
      if (info) out.push(info);
    }
    return out.sort((a, b) => b.takenAt - a.takenAt);
  }

  /**
   * Copies the stored text of a document into its history (best effort: false when there is nothing to copy or no
   * room even after older copies gave way). A copy identical in revision to the newest one is not repeated.
   */
  snapshot(docId: string, reason: SnapshotReason): boolean {
    const text = this.storage.getItem(docKey(docId));
    if (text === null) return false;
    const header = readEnvelopeHeader(text);
    const newest = this.listSnapshots(docId)[0];
    if (reason !== 'corrupt' && header !== null && newest && newest.revision === header.revision && newest.savedAt === header.savedAt) {
      this.lastSnapshotAt.set(docId, this.now());
      return true;
    }
    return this.writeSnapshot(docId, header === null ? 'corrupt' : reason, text);
  }

  /** Keeps an in-memory version (e.g. this tab's, before it is replaced by another tab's) in the history. */
  snapshotDocument(doc: Workspace, revision: number, reason: SnapshotReason): boolean {
    const text = serializeEnvelope({ savedAt: this.now(), revision, tabId: this.tabId }, doc);
    return this.writeSnapshot(doc.id, reason, text);
  }

  /** The raw text of a copy, for download; null when it is gone. */
  snapshotText(key: string): string | null {
    return parseSnapshotKey(key) === null ? null : this.storage.getItem(key);
  }

  /** A copy as a document. Never throws. */
  loadSnapshot(key: string): SnapshotLoadResult {
    const rawText = this.snapshotText(key);
    const parsed = parseSnapshotKey(key);
    if (rawText === null || parsed === null) return { ok: false, reason: 'missing', message: SNAPSHOT_MISSING_MESSAGE };
    const info = snapshotInfo(key, rawText)!;
    const loaded = this.readStoredText(parsed.docId, rawText);
    return loaded.ok ? { ok: true, doc: loaded.doc, notices: loaded.notices, info } : loaded;
  }

  /** The newest copy of a document that opens (for the recovery screen), or null. */
  lastGoodSnapshot(docId: string): Extract<SnapshotLoadResult, { ok: true }> | null {
    for (const info of this.listSnapshots(docId)) {
      if (!info.readable) continue;
      const loaded = this.loadSnapshot(info.key);
      if (loaded.ok) return loaded;
    }
    return null;
  }

  /**
   * Makes a copy the current document. What is stored now is kept in the history first ('before-restore', or
   * 'corrupt' for unreadable content), so a restore can itself be undone. Overwrites whatever is stored: the user
   * chose this copy.
   */
  restoreSnapshot(docId: string, key: string): RestoreSnapshotResult {
    const loaded = this.loadSnapshot(key);
    if (!loaded.ok) return loaded;
    if (loaded.info.docId !== docId) return { ok: false, reason: 'missing', message: SNAPSHOT_MISSING_MESSAGE };
    // a full load tells a readable version from damaged text that merely starts like an envelope
    const current = this.load(docId);
    if (current.ok) this.snapshot(docId, 'before-restore');
    else if (current.reason === 'corrupt') this.writeSnapshot(docId, 'corrupt', current.rawText);
    const result = this.save(loaded.doc, this.revisionOf(docId), { force: true });
    if (!result.ok) return result.reason === 'quota' ? result : { ok: false, reason: 'missing', message: result.message };
    return { ok: true, doc: loaded.doc, notices: loaded.notices, revision: result.revision };
  }

  /** The stored text of a document as it is, e.g. to download an unreadable one. */
  rawText(id: string): string | null {
    return this.storage.getItem(docKey(id));
  }

  lastOpenId(): string | null {
    return this.storage.getItem(LAST_KEY);
  }

  /** Best effort: remembering the last document is a convenience, so a full storage only returns false. */
  setLastOpen(id: string): boolean {
    return this.tryWrite(LAST_KEY, id);
  }

  /** The stored revision of a document (0 when absent), read from the envelope header only. */
  revisionOf(id: string): number {
    const text = this.storage.getItem(docKey(id));
    return text === null ? 0 : (readEnvelopeHeader(text)?.revision ?? 0);
  }

  private writeDocAndIndex(
    key: string,
    previousText: string | null,
    text: string,
    updateIndex: (index: DocumentSummary[]) => DocumentSummary[],
  ): Extract<StoreFailure, { reason: 'quota' }> | null {
    const docFailure = this.setItemMakingRoom(key, text);
    if (docFailure !== null) return writeFailure(docFailure); // a failed setItem leaves the old value in place
    const indexFailure = this.setItemMakingRoom(
      INDEX_KEY,
      JSON.stringify(updateIndex(this.reconciledIndex(docIdOfKey(key)).items)),
    );
    if (indexFailure !== null) {
      // Put the previous document back so document and index agree again. The old text fitted before,
      // together with the unchanged index, so writing it back fits too.
      try {
        if (previousText === null) this.storage.removeItem(key);
        else this.storage.setItem(key, previousText);
      } catch {
        // Cannot happen with a real Storage (see above); list() would still show the document.
      }
      return writeFailure(indexFailure);
    }
    return null;
  }

  /**
   * setItem; when the storage is full, older history copies give way one at a time (see evictionOrder) until the
   * write fits. Returns the error of the last attempt, or null when written.
   */
  private setItemMakingRoom(key: string, value: string, keepSnapshot: string | null = null): unknown {
    let evictable: SnapshotInfo[] | null = null;
    for (;;) {
      try {
        this.storage.setItem(key, value);
        return null;
      } catch (e) {
        if (!isQuotaError(e)) return e;
        evictable ??= evictionOrder(this.listSnapshots(null), keepSnapshot);
        const victim = evictable.shift();
        if (!victim) return e;
        this.storage.removeItem(victim.key);
      }
    }
  }

  private writeSnapshot(docId: string, reason: SnapshotReason, text: string): boolean {
    // keys must differ even for two copies within one millisecond
    const takenAt = Math.max(this.now(), this.lastTakenAt + 1);
    this.lastTakenAt = takenAt;
    const key = snapshotKey(docId, takenAt, reason);
    const existing = this.listSnapshots(docId);
    // a copy never pushes out this document's own newer copies beyond the limit: prune first, then write
    for (const old of existing.slice(this.maxSnapshots - 1)) this.storage.removeItem(old.key);
    if (this.setItemMakingRoom(key, text, null) !== null) return false;
    this.lastSnapshotAt.set(docId, takenAt);
    return true;
  }

  /** After a save: keep the version just overwritten when the last copy of this document is old enough. */
  private intervalSnapshot(docId: string, previousText: string, now: number): void {
    let last = this.lastSnapshotAt.get(docId);
    if (last === undefined) {
      last = this.listSnapshots(docId)[0]?.takenAt ?? now; // a document first seen now needs no copy yet
      this.lastSnapshotAt.set(docId, last);
    }
    if (now - last < this.snapshotIntervalMs) return;
    if (readEnvelopeHeader(previousText) === null) return; // unreadable text is not a version to go back to
    this.writeSnapshot(docId, 'interval', previousText);
  }

  private keysWithPrefix(prefix: string): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys;
  }

  /**
   * The index made to agree with the stored document keys, newest first. `skipId` is left out (its entry is about
   * to be replaced), which also spares parsing a large document the index did not know yet.
   */
  private reconciledIndex(skipId: string | null): { items: DocumentSummary[]; changed: boolean } {
    const indexed = this.readIndex();
    const stored = this.storedIds();
    const byId = new Map<string, DocumentSummary>();
    let changed = indexed === null && stored.size > 0;
    for (const entry of indexed ?? []) {
      if (entry.id === skipId) continue;
      if (stored.has(entry.id) && !byId.has(entry.id)) byId.set(entry.id, entry);
      else changed = true;
    }
    for (const id of stored) {
      if (id === skipId || byId.has(id)) continue;
      byId.set(id, summaryFromEnvelope(id, parseEnvelope(this.storage.getItem(docKey(id)) ?? '')));
      changed = true;
    }
    return { items: [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt), changed };
  }

  private readIndex(): DocumentSummary[] | null {
    const text = this.storage.getItem(INDEX_KEY);
    if (text === null) return null;
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter(isSummary) : null;
    } catch {
      return null;
    }
  }

  private storedIds(): Set<string> {
    const ids = new Set<string>();
    for (let i = 0; i < this.storage.length; i++) {
      const id = docIdOfKey(this.storage.key(i));
      if (id !== null) ids.add(id);
    }
    return ids;
  }

  private tryWrite(key: string, value: string): boolean {
    try {
      this.storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }

  private announce(message: TabMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // a closed channel only costs the early notice; the storage event still reaches other tabs
    }
  }
}

function upsert(index: DocumentSummary[], entry: DocumentSummary): DocumentSummary[] {
  const rest = index.filter((e) => e.id !== entry.id);
  return [entry, ...rest].sort((a, b) => b.updatedAt - a.updatedAt);
}

export { DOC_KEY_PREFIX, INDEX_KEY, LAST_KEY, docKey };
