// The last line of defence on pagehide: an IndexedDB write started while the page goes away may not commit, so the
// document not yet confirmed stored is also written synchronously to localStorage under `petakerja:rescue:<tabId>`.
// On the next start every rescue is settled before anything opens: written as the new revision when the stored
// document is still the one it was edited from, kept as a version "dari tab lain" when another tab wrote meanwhile,
// dropped when the stored document already holds the same content. Then the key is removed.
import type { Workspace } from '../../model';
import type { StorageLike } from './documentStore';
import { parseEnvelope } from './envelope';
import type { WorkspaceStore } from './workspaceStore';

export const RESCUE_PREFIX = 'petakerja:rescue:';

export interface Rescue {
  tabId: string;
  /** the stored revision the edits start from */
  baseRevision: number;
  savedAt: number;
  doc: Workspace;
}

/** Best effort, synchronous. */
export function writeRescue(ls: StorageLike | null, rescue: Rescue): boolean {
  if (!ls) return false;
  try {
    ls.setItem(RESCUE_PREFIX + rescue.tabId, JSON.stringify(rescue));
    return true;
  } catch {
    return false;
  }
}

export function clearRescue(ls: StorageLike | null, tabId: string): void {
  try {
    ls?.removeItem(RESCUE_PREFIX + tabId);
  } catch {
    // nothing to clear
  }
}

export interface SettledRescue {
  docId: string;
  outcome: 'saved' | 'version' | 'same' | 'unreadable' | 'failed';
}

function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The page may have kept the refused edits as a version «dari tab lain» itself before it went (the save refused on
 * pagehide): the rescue of the same edits is then already in the history and is not kept twice.
 */
async function keptAlready(store: WorkspaceStore, doc: Workspace): Promise<boolean> {
  const text = JSON.stringify(doc);
  for (const info of await store.listSnapshots(doc.id)) {
    if (info.reason === 'other-tab' && info.size === text.length && (await store.snapshotText(info.key)) === text) return true;
  }
  return false;
}

async function keepAsVersion(store: WorkspaceStore, rescue: Rescue): Promise<boolean> {
  return (await keptAlready(store, rescue.doc)) || (await store.snapshotDocument(rescue.doc, rescue.baseRevision, 'other-tab'));
}

export async function settleRescues(ls: StorageLike | null, store: WorkspaceStore): Promise<SettledRescue[]> {
  if (!ls) return [];
  const keys: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    const k = ls.key(i);
    if (k?.startsWith(RESCUE_PREFIX)) keys.push(k);
  }
  const out: SettledRescue[] = [];
  for (const key of keys) {
    const text = ls.getItem(key);
    let rescue: Rescue | null = null;
    try {
      rescue = text ? (JSON.parse(text) as Rescue) : null;
    } catch {
      rescue = null;
    }
    if (!rescue || typeof rescue.doc !== 'object' || rescue.doc === null || typeof rescue.doc.id !== 'string') {
      ls.removeItem(key);
      out.push({ docId: '', outcome: 'unreadable' });
      continue;
    }
    const doc = rescue.doc;
    const stored = await store.rawText(doc.id);
    const revision = await store.revisionOf(doc.id);
    let outcome: SettledRescue['outcome'];
    if (stored !== null && sameContent(parseEnvelope(stored)?.doc, doc)) outcome = 'same';
    else if (stored === null || revision === rescue.baseRevision) {
      const r = await store.save(doc, rescue.baseRevision);
      outcome = r.ok ? 'saved' : (await keepAsVersion(store, rescue)) ? 'version' : 'failed';
    } else {
      outcome = (await keepAsVersion(store, rescue)) ? 'version' : 'failed';
    }
    // a rescue that could not be kept anywhere stays for the next start
    if (outcome !== 'failed') ls.removeItem(key);
    out.push({ docId: doc.id, outcome });
  }
  return out;
}
