// The Yjs binding of one open document. The command layer stays the only writer: each committed step (a command's
// result, already applied by immer) becomes ONE Y transaction with this user's origin, writing whole records (last
// writer wins per record). Every transaction from elsewhere — a colleague through the server, the offline copy, this
// user's own undo — is checked record by record with the document's zod schemas before it reaches the editor; a
// transaction with one bad record is refused whole and reported, and the Y.Doc's copy of those records is put back.
//
// Undo is one's own: a Y.UndoManager tracks only this user's origin, so Ctrl+Z takes back the user's last step and
// leaves a colleague's edits (even to the same document, in between) standing. The immer history cannot do that
// without re-basing every stored patch on each remote change; the UndoManager already does it per Yjs item.
import { freeze } from 'immer';
import * as Y from 'yjs';
import { restore, type Workspace } from '../../model';
import { changesOf, checkChanges, checkMeta, COLLECTIONS, isCollection, META, readRaw, rootMap, type RecordChange } from './records';

export interface BindingCallbacks {
  /** the editor's current document */
  getDoc(): Workspace | null;
  /** a checked change from elsewhere, as the editor's next document (history untouched) */
  applyRemote(doc: Workspace, notices: string[]): void;
  /** a change from elsewhere that failed the checks: nothing of it was applied */
  refused(problems: string[]): void;
}

/** How long typing into one field keeps joining one undo step (as the editor's history does). */
const MERGE_WINDOW_MS = 1500;

export class CollabBinding {
  /** the origin of this user's own transactions (the UndoManager tracks only it) */
  readonly localOrigin = { user: 'local' };
  /** the origin of the binding's own repairs of refused records (not undoable, not re-checked) */
  private readonly repairOrigin = { user: 'repair' };
  readonly undoManager: Y.UndoManager;
  private lastMerge: { key: string; at: number } | null = null;
  private pendingLabel = '';
  private poppedLabel = '';
  private readonly onAfterTransaction = (tr: Y.Transaction) => this.afterTransaction(tr);

  constructor(
    readonly ydoc: Y.Doc,
    private readonly callbacks: BindingCallbacks,
    private readonly now: () => number = () => Date.now(),
  ) {
    const scope = [...COLLECTIONS, META].map((name) => rootMap(ydoc, name));
    this.undoManager = new Y.UndoManager(scope, {
      trackedOrigins: new Set([this.localOrigin]),
      captureTimeout: Number.MAX_SAFE_INTEGER, // steps are cut by commitLocal(), not by time
    });
    this.undoManager.on('stack-item-added', (event: { stackItem: { meta: Map<string, unknown> }; origin: unknown }) => {
      event.stackItem.meta.set('label', event.origin === this.undoManager ? this.poppedLabel : this.pendingLabel);
    });
    ydoc.on('afterTransaction', this.onAfterTransaction);
  }

  destroy(): void {
    this.ydoc.off('afterTransaction', this.onAfterTransaction);
    this.undoManager.destroy();
  }

  /**
   * One committed step of this user: the records that differ between `prev` and `next` (immer shares every record
   * it did not touch, so the comparison is by reference) are written in one transaction.
   */
  commitLocal(prev: Workspace, next: Workspace, label: string, mergeKey?: string): number {
    const changes = diffDocuments(prev, next);
    if (changes.length === 0) return 0;
    const t = this.now();
    const merging = mergeKey !== undefined && this.lastMerge?.key === mergeKey && t - this.lastMerge.at < MERGE_WINDOW_MS;
    if (!merging) this.undoManager.stopCapturing();
    this.lastMerge = mergeKey !== undefined ? { key: mergeKey, at: t } : null;
    this.pendingLabel = label;
    this.ydoc.transact(() => {
      for (const c of changes) {
        const map = rootMap(this.ydoc, c.root);
        if (c.value === undefined) map.delete(c.key);
        else map.set(c.key, c.value);
      }
    }, this.localOrigin);
    return changes.length;
  }

  canUndo(): boolean {
    return this.undoManager.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.undoManager.redoStack.length > 0;
  }

  /** Undo this user's last step; the label of the step, or null when there is none. */
  undo(): string | null {
    const top = this.undoManager.undoStack[this.undoManager.undoStack.length - 1];
    if (!top) return null;
    this.lastMerge = null;
    this.poppedLabel = String(top.meta.get('label') ?? '');
    this.undoManager.undo();
    return this.poppedLabel;
  }

  redo(): string | null {
    const top = this.undoManager.redoStack[this.undoManager.redoStack.length - 1];
    if (!top) return null;
    this.lastMerge = null;
    this.poppedLabel = String(top.meta.get('label') ?? '');
    this.undoManager.redo();
    return this.poppedLabel;
  }

  /** The Y.Doc's document, checked as a file would be (restore()): for joining a room. */
  read(): { doc: Workspace; notices: string[] } {
    return restore(readRaw(this.ydoc));
  }

  private afterTransaction(tr: Y.Transaction): void {
    if (tr.origin === this.localOrigin || tr.origin === this.repairOrigin) return;
    const { changes, foreign } = changesOf(tr);
    if (changes.length === 0 && foreign.length === 0) return;
    const current = this.callbacks.getDoc();
    if (!current) return;
    const problems = checkChanges(this.ydoc, changes, foreign);
    if (problems.length > 0) {
      this.putBack(current, changes);
      this.callbacks.refused(problems);
      return;
    }
    const next = applyChanges(current, changes, this.ydoc);
    if (dangling(next, changes)) {
      // a merge left a reference to a record that is gone (a colleague deleted the unit this user filled offline):
      // the same repair restore() makes on opening a file, identical on every client for the same state
      const repaired = restore(next);
      this.callbacks.applyRemote(repaired.doc, repaired.notices);
      return;
    }
    this.callbacks.applyRemote(next, []);
  }

  /** The refused records go back to the editor's values in the Y.Doc, so the Y.Doc and the editor agree again. */
  private putBack(current: Workspace, changes: RecordChange[]): void {
    this.ydoc.transact(() => {
      for (const c of changes) {
        const map = rootMap(this.ydoc, c.root);
        const from = c.root === META ? (current as Record<string, unknown>) : isCollection(c.root) ? (current[c.root] as Record<string, unknown> | undefined) : undefined;
        const good = from && Object.prototype.hasOwnProperty.call(from, c.key) ? from[c.key] : undefined;
        if (good === undefined) map.delete(c.key);
        else map.set(c.key, good);
      }
      for (const [name, type] of this.ydoc.share) {
        if (name !== META && !isCollection(name) && type instanceof Y.Map) for (const k of [...type.keys()]) type.delete(k);
      }
    }, this.repairOrigin);
  }
}

/** The record-level differences from `prev` to `next`: whole records, deleted ones with value undefined. */
export function diffDocuments(prev: Workspace, next: Workspace): RecordChange[] {
  const changes: RecordChange[] = [];
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  for (const field of new Set([...Object.keys(p), ...Object.keys(n)])) {
    if (p[field] === n[field]) continue;
    if (isCollection(field)) {
      const before = (p[field] ?? {}) as Record<string, unknown>;
      const after = (n[field] ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(after)) if (before[key] !== after[key]) changes.push({ root: field, key, value: after[key] });
      for (const key of Object.keys(before)) if (!(key in after)) changes.push({ root: field, key, value: undefined });
    } else {
      changes.push({ root: META, key: field, value: n[field] });
    }
  }
  return changes;
}

/** The editor's document with checked changes applied: touched collections copied once, records frozen. */
function applyChanges(current: Workspace, changes: RecordChange[], ydoc: Y.Doc): Workspace {
  const next: Record<string, unknown> = { ...current };
  const copied = new Set<string>();
  let metaTouched = false;
  for (const c of changes) {
    if (c.root === META) {
      metaTouched = true;
      continue;
    }
    if (!copied.has(c.root)) {
      next[c.root] = { ...((next[c.root] as object | undefined) ?? {}) };
      copied.add(c.root);
    }
    const coll = next[c.root] as Record<string, unknown>;
    if (c.value === undefined) delete coll[c.key];
    else coll[c.key] = freeze(structuredClone(c.value), true);
  }
  if (metaTouched) {
    const checked = checkMeta(rootMap(ydoc, META).toJSON());
    if (checked.ok) {
      for (const field of Object.keys(next)) if (!isCollection(field)) delete next[field];
      Object.assign(next, freeze(structuredClone(checked.value), true));
    }
  }
  if (next.notes !== undefined && Object.keys(next.notes as object).length === 0) delete next.notes;
  for (const name of copied) freeze(next[name]);
  return freeze(next) as Workspace;
}

/** Whether the changed records (or records pointing at deleted ones) leave a reference to nothing. */
function dangling(doc: Workspace, changes: RecordChange[]): boolean {
  const deletedUnits = changes.some((c) => c.root === 'units' && c.value === undefined);
  const deletedPositions = changes.some((c) => c.root === 'positions' && c.value === undefined);
  const hasUnit = (id: string | null) => id === null || Object.prototype.hasOwnProperty.call(doc.units, id);
  const hasPosition = (id: string | null) => id === null || Object.prototype.hasOwnProperty.call(doc.positions, id);
  if (deletedUnits || deletedPositions) {
    for (const u of Object.values(doc.units)) if (!hasUnit(u.parentId)) return true;
    for (const p of Object.values(doc.positions)) if (!hasUnit(p.unitId) || !hasPosition(p.superiorId)) return true;
    return false;
  }
  for (const c of changes) {
    if (c.value === undefined) continue;
    if (c.root === 'units') {
      if (!hasUnit(doc.units[c.key]?.parentId ?? null)) return true;
      if (loops(c.key, (id) => doc.units[id]?.parentId ?? null)) return true;
    }
    if (c.root === 'positions') {
      const p = doc.positions[c.key];
      if (p && (!hasUnit(p.unitId) || !hasPosition(p.superiorId))) return true;
      if (loops(c.key, (id) => doc.positions[id]?.superiorId ?? null)) return true;
    }
  }
  return false;
}

/** Whether walking up from `start` comes back to a record already passed (two colleagues made a circle). */
function loops(start: string, up: (id: string) => string | null): boolean {
  const seen = new Set<string>([start]);
  for (let cursor = up(start); cursor !== null; cursor = up(cursor)) {
    if (seen.has(cursor)) return true;
    seen.add(cursor);
  }
  return false;
}
