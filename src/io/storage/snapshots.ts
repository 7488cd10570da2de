// Version history ("Riwayat versi"): a few earlier copies of each document, one localStorage key each, holding the
// stored envelope text exactly as it was (no second serialisation). The key carries what the list needs without
// parsing the copy: `petakerja:snap:<takenAt>:<reason>:<docId>` (the id last, so an id may contain ":").
// Policy (DocumentStore applies it): a copy when a document is opened, then at most one every `intervalMs` of saving
// (the version about to be overwritten), one before anything replaces the document wholesale; at most `max` per
// document, oldest pruned first; and all of them give way, oldest first, when a save of real work needs the space.
import { KEY_PREFIX, readEnvelopeHeader } from './envelope';

export const SNAP_KEY_PREFIX = KEY_PREFIX + 'snap:';

export const SNAPSHOT_REASONS = ['open', 'interval', 'before-restore', 'before-reload', 'unsaved', 'corrupt', 'other-tab', 'migrated'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const DEFAULT_MAX_SNAPSHOTS = 8;
export const DEFAULT_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

export interface SnapshotOptions {
  /** copies kept per document */
  max?: number;
  /** least time between two automatic copies of one document while it is being saved */
  intervalMs?: number;
}

export interface SnapshotInfo {
  /** the storage key: pass it to loadSnapshot/restoreSnapshot */
  key: string;
  docId: string;
  takenAt: number;
  reason: SnapshotReason;
  /** the copy's own envelope header (0 when unreadable) */
  revision: number;
  savedAt: number;
  /** characters stored */
  size: number;
  /** false for a copy of unreadable content, kept only to be downloaded */
  readable: boolean;
}

export function snapshotKey(docId: string, takenAt: number, reason: SnapshotReason): string {
  return `${SNAP_KEY_PREFIX}${takenAt}:${reason}:${docId}`;
}

const KEY_PATTERN = /^(\d{1,16}):([a-z-]{1,20}):(.+)$/s;

export function parseSnapshotKey(key: string | null): { docId: string; takenAt: number; reason: SnapshotReason } | null {
  if (key === null || !key.startsWith(SNAP_KEY_PREFIX)) return null;
  const m = KEY_PATTERN.exec(key.slice(SNAP_KEY_PREFIX.length));
  if (!m || !(SNAPSHOT_REASONS as readonly string[]).includes(m[2])) return null;
  return { takenAt: Number(m[1]), reason: m[2] as SnapshotReason, docId: m[3] };
}

/** What the list shows of one copy, from its key and its header only. */
export function snapshotInfo(key: string, text: string): SnapshotInfo | null {
  const parsed = parseSnapshotKey(key);
  if (parsed === null) return null;
  const header = readEnvelopeHeader(text);
  return {
    key,
    ...parsed,
    revision: header?.revision ?? 0,
    savedAt: header?.savedAt ?? 0,
    size: text.length,
    readable: parsed.reason !== 'corrupt' && header !== null,
  };
}

/**
 * The copies to remove first when space is needed: every copy but each document's newest, oldest first; then the
 * newest ones, oldest first. `keep` (a key) is never offered.
 */
export function evictionOrder(all: SnapshotInfo[], keep: string | null = null): SnapshotInfo[] {
  const newest = new Map<string, SnapshotInfo>();
  for (const s of all) {
    const n = newest.get(s.docId);
    if (!n || s.takenAt > n.takenAt) newest.set(s.docId, s);
  }
  const newestKeys = new Set([...newest.values()].map((s) => s.key));
  return all
    .filter((s) => s.key !== keep)
    .sort((a, b) => Number(newestKeys.has(a.key)) - Number(newestKeys.has(b.key)) || a.takenAt - b.takenAt);
}
