// First run with IndexedDB: every document kept in localStorage by an earlier build moves over — the stored texts
// exactly as they were (any schema version; restore() migrates them when opened), their history copies and the last
// open document — in one transaction. Only when every text reads back identical from IndexedDB are the old keys
// removed; otherwise they stay, and the next start tries again. Nothing is lost either way.
import { docIdOfKey, INDEX_KEY, LAST_KEY } from './envelope';
import type { StorageLike } from './documentStore';
import type { IdbDocumentStore } from './idbStore';
import { parseSnapshotKey, SNAP_KEY_PREFIX, type SnapshotReason } from './snapshots';

export interface MigrationResult {
  /** documents moved over */
  documents: number;
  snapshots: number;
  /** false when something did not read back identical: the old copy was kept */
  verified: boolean;
  /** keys that failed verification */
  mismatched: string[];
}

export async function migrateFromLocalStorage(ls: StorageLike, store: IdbDocumentStore): Promise<MigrationResult> {
  const docs: { id: string; text: string; key: string }[] = [];
  const snapshots: { key: string; docId: string; takenAt: number; reason: SnapshotReason; text: string }[] = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    if (key === null) continue;
    const id = docIdOfKey(key);
    const text = ls.getItem(key);
    if (text === null) continue;
    if (id !== null) docs.push({ id, text, key });
    else if (key.startsWith(SNAP_KEY_PREFIX)) {
      const parsed = parseSnapshotKey(key);
      if (parsed) snapshots.push({ key, ...parsed, text });
    }
  }
  if (docs.length === 0 && snapshots.length === 0) return { documents: 0, snapshots: 0, verified: true, mismatched: [] };
  const last = ls.getItem(LAST_KEY);
  await store.importLegacy({ docs, snapshots, last });

  // verify: every text must read back identical, as the document or as a history copy of it
  const mismatched: string[] = [];
  for (const d of docs) {
    const stored = await store.rawText(d.id);
    if (stored === d.text) continue;
    const copies = await store.listSnapshots(d.id);
    let found = false;
    for (const c of copies) if (c.reason === 'migrated' && (await store.snapshotText(c.key)) === d.text) found = true;
    if (!found) mismatched.push(d.key);
  }
  for (const s of snapshots) if ((await store.snapshotText(s.key)) !== s.text) mismatched.push(s.key);
  if (mismatched.length > 0) return { documents: docs.length, snapshots: snapshots.length, verified: false, mismatched };

  for (const d of docs) ls.removeItem(d.key);
  for (const s of snapshots) ls.removeItem(s.key);
  ls.removeItem(INDEX_KEY);
  ls.removeItem(LAST_KEY);
  return { documents: docs.length, snapshots: snapshots.length, verified: true, mismatched: [] };
}
