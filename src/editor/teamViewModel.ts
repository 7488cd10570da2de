// What the Tim Kerja view shows, computed from the document and the findings: short scope labels, finding counts
// per team, position search, the highlight of a team on the structure, and the wording of "which teams does this
// edit touch". Pure (no React, no DOM), so it is unit-tested in node.
import {
  TEAM_POSITION_FIELD_LABELS,
  TEAM_ROLE_LABELS,
  isLeaderRole,
  periodContains,
  type AffectedTeam,
  type Period,
  type Position,
  type Team,
  type TeamInstrument,
  type TeamRole,
  type TeamScope,
  type Workspace,
} from '../model';
import { instrumentVerdict, type InstrumentStatus, type RequiredInstrument } from '../rules/tim/instrument';
import type { Finding, Severity } from '../rules/types';

/** The scope as a badge says it; the title of the badge gives TEAM_SCOPE_LABELS in full. */
export const SCOPE_SHORT: Record<TeamScope, string> = {
  'dalam-pd': 'dalam PD',
  'lintas-unit': 'lintas unit',
  'lintas-pd': 'lintas PD',
  'lintas-instansi': 'lintas instansi',
};

// ── Findings per team ───────────────────────────────────────────────────────────────────────────────────────

export interface TeamFindingSummary {
  count: number;
  worst: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Findings that name a team (TIM rules put the team among the subjects), counted once per finding and team. */
export function findingsByTeam(findings: readonly Finding[], teams: Readonly<Record<string, unknown>>): Map<string, TeamFindingSummary> {
  const out = new Map<string, TeamFindingSummary>();
  for (const f of findings) {
    const seen = new Set<string>();
    for (const id of f.subjects) {
      if (seen.has(id) || !(id in teams)) continue;
      seen.add(id);
      const s = out.get(id);
      if (!s) out.set(id, { count: 1, worst: f.severity });
      else {
        s.count++;
        if (RANK[f.severity] > RANK[s.worst]) s.worst = f.severity;
      }
    }
  }
  return out;
}

/** The findings of one team, in the linter's order. */
export function findingsOfTeam(findings: readonly Finding[], teamId: string): Finding[] {
  return findings.filter((f) => f.subjects.includes(teamId));
}

// ── Searching positions ─────────────────────────────────────────────────────────────────────────────────────

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/**
 * Positions whose nama or holder's name contains the query, or whose kode starts with it (case-insensitive), by
 * kode; `exclude` leaves out positions already chosen. An empty query finds nothing.
 */
export function searchPositions(
  positions: Readonly<Record<string, Position>>,
  query: string,
  { limit = 12, exclude }: { limit?: number; exclude?: ReadonlySet<string> } = {},
): Position[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: Position[] = [];
  for (const p of Object.values(positions)) {
    if (exclude?.has(p.id)) continue;
    if (
      p.kode.toLowerCase().startsWith(q) ||
      p.nama.toLowerCase().includes(q) ||
      p.pemangku.some((x) => x.nama.toLowerCase().includes(q) || (x.nip !== '' && x.nip.startsWith(q)))
    ) {
      hits.push(p);
    }
  }
  hits.sort((a, b) => collator.compare(a.kode, b.kode) || collator.compare(a.nama, b.nama));
  return hits.slice(0, limit);
}

// ── The active team on the structure ────────────────────────────────────────────────────────────────────────

/** How a position takes part in the team shown: a member by role, or the team's Penanggungjawab. */
export type HighlightRole = TeamRole | 'penanggungjawab';

/** The positions of a team and their part in it. A member role wins over the Penanggungjawab field. */
export function highlightRoles(team: Team | undefined): Map<string, HighlightRole> {
  const out = new Map<string, HighlightRole>();
  if (!team) return out;
  if (team.penanggungjawabId !== null) out.set(team.penanggungjawabId, 'penanggungjawab');
  for (const m of team.members) if (m.positionId !== null) out.set(m.positionId, m.role);
  return out;
}

export interface TeamLine {
  /** the Ketua's (or Koordinator's) position */
  from: string;
  /** a member's position */
  to: string;
}

/**
 * The team lines: from the one leader (when it is a position) to every other member that is a position. None
 * while the team has no leader or several (TIM-01 reports that).
 */
export function teamLines(team: Team | undefined): TeamLine[] {
  if (!team) return [];
  const leaders = team.members.filter((m) => isLeaderRole(m.role));
  const from = leaders.length === 1 ? leaders[0].positionId : null;
  if (from === null) return [];
  const out: TeamLine[] = [];
  for (const m of team.members) if (m.positionId !== null && m.positionId !== from) out.push({ from, to: m.positionId });
  return out;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The SVG path of a team line between two boxes (flow coordinates): straight from centre to centre, or — when the
 * boxes share a column, where a straight line would hide under the boxes between — a curve out to the right.
 */
export function teamLinePath(a: Box, b: Box): string {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  if (Math.abs(ax - bx) < (a.width + b.width) / 2) {
    const right = Math.max(a.x + a.width, b.x + b.width);
    const bow = right + 28 + Math.min(90, Math.abs(ay - by) * 0.12);
    return `M${a.x + a.width},${ay} C${bow},${ay} ${bow},${by} ${b.x + b.width},${by}`;
  }
  return `M${ax},${ay} L${bx},${by}`;
}

// ── Which teams an edit touches ─────────────────────────────────────────────────────────────────────────────

/** «Tim Satu Data» (Ketua; Penanggungjawab) — how a position takes part in each affected team. */
export function describeAffected(affected: readonly AffectedTeam[]): string[] {
  return affected.map(({ team, memberIds, fields }) => {
    const parts: string[] = [];
    for (const m of team.members) if (memberIds.includes(m.id)) parts.push(TEAM_ROLE_LABELS[m.role]);
    for (const f of fields) parts.push(TEAM_POSITION_FIELD_LABELS[f]);
    return `«${team.nama || team.id}» (${[...new Set(parts)].join('; ')})`;
  });
}

/** "«A» (Ketua), «B» (Anggota) dan 2 tim lainnya" */
export function listTeams(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.length > 1 ? `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}` : (items[0] ?? '');
  return `${items.slice(0, max).join(', ')} dan ${items.length - max} tim lainnya`;
}

// ── New teams ───────────────────────────────────────────────────────────────────────────────────────────────

/** "Tim Kerja baru", or "Tim Kerja baru 2", … when the name is taken. */
export function newTeamName(teams: Readonly<Record<string, Team>>, base = 'Tim Kerja baru'): string {
  const taken = new Set(Object.values(teams).map((t) => t.nama.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/** Teams in name order, for the list. */
export function sortedTeams(doc: Pick<Workspace, 'teams'>): Team[] {
  return Object.values(doc.teams).sort((a, b) => collator.compare(a.nama, b.nama) || (a.id < b.id ? -1 : 1));
}

// ── The declared instrument beside the required one ─────────────────────────────────────────────────────────

export type { InstrumentStatus } from '../rules/tim/instrument';

/** How the declared instrument compares with what the profile requires: TIM-08's own reading (instrumentVerdict). */
export function instrumentStatus(required: RequiredInstrument, declared: TeamInstrument | null): InstrumentStatus {
  return instrumentVerdict(required, declared).status;
}

// ── Assignments ─────────────────────────────────────────────────────────────────────────────────────────────

export type AssignmentState = 'aktif' | 'belum-mulai' | 'selesai';

/** Whether an assignment runs on `today` (YYYY-MM-DD); a missing bound is open. */
export function assignmentState(period: Period, today: string): AssignmentState {
  if (periodContains(period, today)) return 'aktif';
  return period.mulai !== null && today < period.mulai ? 'belum-mulai' : 'selesai';
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
