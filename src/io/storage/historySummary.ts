// The version history's rows, read from the stored texts (issue 20 item 7): what each version holds (jabatan, teams,
// maps) and what it changed against the version before it, so versions that differ only in a map or a team no
// longer look the same. Texts come newest first, as the store lists them; an unreadable text has no summary and
// the next version is compared with the last readable one below it.
import { describeChanges, describeCounts, versionChanges, versionCounts, type VersionContent } from '../../model';
import { parseEnvelope } from './envelope';

export interface VersionSummary {
  /** "60 jabatan · 2 tim · 3 peta" */
  counts: string;
  positions: number;
  /** what this version changed against the older one; null for the oldest version kept */
  changes: string[] | null;
}

function contentOf(text: string | null): VersionContent | null {
  const doc = text === null ? null : (parseEnvelope(text)?.doc as Partial<VersionContent> | undefined);
  if (!doc || typeof doc !== 'object') return null;
  const part = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, never>) : null);
  const positions = part(doc.positions);
  if (!positions) return null;
  return { positions, units: part(doc.units) ?? {}, teams: part(doc.teams) ?? {}, maps: part(doc.maps) ?? {} };
}

export function summarizeHistory(texts: readonly (string | null)[]): (VersionSummary | null)[] {
  const contents = texts.map(contentOf);
  return contents.map((c, i) => {
    if (!c) return null;
    const older = contents.slice(i + 1).find((o): o is VersionContent => o !== null);
    const n = versionCounts(c);
    return { counts: describeCounts(n), positions: n.jabatan, changes: older ? describeChanges(versionChanges(older, c)) : null };
  });
}
