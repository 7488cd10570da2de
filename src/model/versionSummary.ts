// What a stored version holds and what changed between two versions, for the version history (issue 20 item 7):
// rows that only counted positions looked identical when versions differed in their maps or teams. Records are
// matched by id; a record whose stored form differs is "diubah".
import type { Workspace } from './schema';

/** Just the parts the summary reads, so a version that does not restore cleanly can still be summarised. */
export type VersionContent = Pick<Workspace, 'positions' | 'units' | 'teams' | 'maps'>;

export interface VersionCounts {
  jabatan: number;
  unit: number;
  tim: number;
  peta: number;
}

export function versionCounts(doc: VersionContent): VersionCounts {
  return {
    jabatan: Object.keys(doc.positions).length,
    unit: Object.keys(doc.units).length,
    tim: Object.keys(doc.teams).length,
    peta: Object.keys(doc.maps).length,
  };
}

interface Diff {
  added: string[];
  removed: string[];
  changed: string[];
}

function diff<T>(older: Record<string, T>, newer: Record<string, T>, name: (r: T) => string): Diff {
  const out: Diff = { added: [], removed: [], changed: [] };
  for (const [id, r] of Object.entries(newer)) {
    const before = older[id];
    if (before === undefined) out.added.push(name(r));
    else if (before !== r && JSON.stringify(before) !== JSON.stringify(r)) out.changed.push(name(r));
  }
  for (const [id, r] of Object.entries(older)) if (!(id in newer)) out.removed.push(name(r));
  return out;
}

export interface VersionChanges {
  jabatan: Diff;
  unit: Diff;
  tim: Diff;
  peta: Diff;
}

export function versionChanges(older: VersionContent, newer: VersionContent): VersionChanges {
  return {
    jabatan: diff(older.positions, newer.positions, (p) => p.nama),
    unit: diff(older.units, newer.units, (u) => u.nama),
    tim: diff(older.teams, newer.teams, (t) => t.nama),
    peta: diff(older.maps, newer.maps, (m) => m.title),
  };
}

const quoteList = (names: string[], max = 3) => {
  const shown = names.slice(0, max).map((n) => `«${n}»`).join(', ');
  return names.length > max ? `${shown} dan ${names.length - max} lainnya` : shown;
};

/**
 * The changes as short Indonesian phrases: counts for jabatan and units (there are many), names for teams and
 * maps (there are few, and a reviewer looks for them by name). Empty when nothing the user edits differs.
 */
export function describeChanges(c: VersionChanges): string[] {
  const out: string[] = [];
  const counted = (d: Diff, noun: string) => {
    const parts = [
      d.added.length ? `+${d.added.length}` : '',
      d.removed.length ? `−${d.removed.length}` : '',
      d.changed.length ? `${d.changed.length} diubah` : '',
    ].filter(Boolean);
    if (parts.length) out.push(`${noun} ${parts.join(', ')}`);
  };
  const named = (d: Diff, noun: string) => {
    if (d.added.length) out.push(`${noun} baru ${quoteList(d.added)}`);
    if (d.removed.length) out.push(`${noun} dihapus ${quoteList(d.removed)}`);
    if (d.changed.length) out.push(`${noun} diubah ${quoteList(d.changed)}`);
  };
  counted(c.jabatan, 'jabatan');
  counted(c.unit, 'unit');
  named(c.tim, 'tim');
  named(c.peta, 'peta');
  return out;
}

export function describeCounts(n: VersionCounts): string {
  return `${n.jabatan} jabatan · ${n.tim} tim · ${n.peta} peta`;
}
