// Tim Kerja: what the document says about teams beyond their own fields — scope (DOMAIN.md §5), where each
// member comes from, periods and dates, a person's assignments, and which teams an edit of positions touches.
// Pure; nothing here knows a profile (the profile's required instrument lives in rules/tim/instrument.ts).
import type { Position, Team, TeamMember, TeamRole, Unit, Workspace } from './schema';
import { leadsUnit, structureIndex } from './structure';

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────────────────────

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  ketua: 'Ketua',
  koordinator: 'Koordinator',
  anggota: 'Anggota',
};

export const CARA_LABELS = {
  penunjukan: 'Penunjukan',
  'pengajuan-sukarela': 'Pengajuan sukarela',
} as const;

/** Team scope, narrowest first (DOMAIN.md §5). */
export const TEAM_SCOPES = ['dalam-pd', 'lintas-unit', 'lintas-pd', 'lintas-instansi'] as const;
export type TeamScope = (typeof TEAM_SCOPES)[number];

export const TEAM_SCOPE_LABELS: Record<TeamScope, string> = {
  'dalam-pd': 'dalam unit pemilik kinerja',
  'lintas-unit': 'lintas unit organisasi dalam satu Perangkat Daerah',
  'lintas-pd': 'lintas Perangkat Daerah',
  'lintas-instansi': 'lintas instansi pemerintah',
};

/** Kinds of instrument that establish a team (the `jenis` of a declared instrument). */
export const INSTRUMENT_JENIS = ['surat-tugas', 'surat-perintah', 'keputusan'] as const;
export type InstrumentJenis = (typeof INSTRUMENT_JENIS)[number];

export const INSTRUMENT_JENIS_LABELS: Record<InstrumentJenis, string> = {
  'surat-tugas': 'Surat Tugas',
  'surat-perintah': 'Surat Perintah',
  keputusan: 'Keputusan',
};

/** Who signs it (the `penandatangan` of a declared instrument). */
export const PENANDATANGAN = [
  'pejabat-penilai-kinerja',
  'pimpinan-unit-organisasi',
  'kepala-perangkat-daerah',
  'sekretaris-daerah',
  'kepala-daerah',
  'ppk',
] as const;
export type Penandatangan = (typeof PENANDATANGAN)[number];

export const PENANDATANGAN_LABELS: Record<Penandatangan, string> = {
  'pejabat-penilai-kinerja': 'Pejabat Penilai Kinerja',
  'pimpinan-unit-organisasi': 'Pimpinan Unit Organisasi',
  'kepala-perangkat-daerah': 'Kepala Perangkat Daerah',
  'sekretaris-daerah': 'Sekretaris Daerah',
  'kepala-daerah': 'Kepala Daerah (Bupati/Wali Kota)',
  ppk: 'Pejabat Pembina Kepegawaian atau pejabat yang berwenang',
};

export function isInstrumentJenis(v: string): v is InstrumentJenis {
  return (INSTRUMENT_JENIS as readonly string[]).includes(v);
}

export function isPenandatangan(v: string): v is Penandatangan {
  return (PENANDATANGAN as readonly string[]).includes(v);
}

/** Team fields that name a position. */
export const TEAM_POSITION_FIELDS = ['pimpinanUnitId', 'penilaiKinerjaId', 'penanggungjawabId'] as const;
export type TeamPositionField = (typeof TEAM_POSITION_FIELDS)[number];

export const TEAM_POSITION_FIELD_LABELS: Record<TeamPositionField, string> = {
  pimpinanUnitId: 'Pimpinan Unit Organisasi',
  penilaiKinerjaId: 'Pejabat Penilai Kinerja',
  penanggungjawabId: 'Penanggungjawab',
};

// ── Members ─────────────────────────────────────────────────────────────────────────────────────────────────

export function isLeaderRole(role: TeamRole): boolean {
  return role === 'ketua' || role === 'koordinator';
}

/** The Ketua and Koordinator members, in member order. */
export function teamLeaders(team: Team): TeamMember[] {
  return team.members.filter((m) => isLeaderRole(m.role));
}

/** A person of another instansi: no position, a named external person. */
export function isExternalMember(m: TeamMember): boolean {
  return m.positionId === null && m.external !== null;
}

/** Every position id a team refers to (members and the position fields), dangling ones included. */
export function teamPositionRefs(team: Team): string[] {
  const out: string[] = [];
  for (const m of team.members) if (m.positionId !== null) out.push(m.positionId);
  for (const f of TEAM_POSITION_FIELDS) {
    const v = team[f];
    if (v !== null) out.push(v);
  }
  return out;
}

/** True when `unitId` is `ancestorId` or lies below it. Safe on a damaged (cyclic) unit tree. */
export function isUnitWithin(units: Workspace['units'], unitId: string, ancestorId: string): boolean {
  let cursor: Unit | undefined = units[unitId];
  // A unit tree is far shallower than this; the bound only stops a damaged, cyclic one.
  for (let steps = 0; cursor && steps < 256; steps++) {
    if (cursor.id === ancestorId) return true;
    cursor = cursor.parentId !== null ? units[cursor.parentId] : undefined;
  }
  return false;
}

/** Where a member comes from, seen from the team's pemilik kinerja. */
export type MemberOrigin = 'unit-pemilik' | 'unit-lain' | 'pd-lain' | 'instansi-lain';

export type PdLookup = ReadonlyMap<string, Unit>;

/**
 * The member's origin; null when it cannot be told: the member's position is gone, the member names nobody, or
 * (for a position) the team has no pemilik kinerja in the document.
 */
export function memberOrigin(
  doc: Pick<Workspace, 'units' | 'positions'>,
  pdOf: PdLookup,
  team: Team,
  member: TeamMember,
): MemberOrigin | null {
  if (member.positionId === null) return member.external !== null ? 'instansi-lain' : null;
  const p = doc.positions[member.positionId];
  const owner = team.ownerUnitId !== null ? doc.units[team.ownerUnitId] : undefined;
  if (!p || !owner) return null;
  if (isUnitWithin(doc.units, p.unitId, owner.id)) return 'unit-pemilik';
  const pdMember = pdOf.get(p.unitId);
  const pdOwner = pdOf.get(owner.id);
  return pdMember && pdOwner && pdMember.id === pdOwner.id ? 'unit-lain' : 'pd-lain';
}

/**
 * The team's scope (DOMAIN.md §5), derived from its members: `lintas-instansi` with any person of another
 * instansi; else `lintas-pd` with a member from another Perangkat Daerah; else `lintas-unit` with a member from
 * outside the owner unit's subtree; else `dalam-pd`. Members whose position is gone are left out (TIM-09).
 * Without a pemilik kinerja the scope is known only when it is certain anyway (an external member, or members from
 * two PDs); otherwise null.
 */
export function teamScope(
  doc: Pick<Workspace, 'units' | 'positions'>,
  team: Team,
  pdOf: PdLookup = structureIndex(doc).perangkatDaerahOf,
): TeamScope | null {
  if (team.members.some(isExternalMember)) return 'lintas-instansi';
  const owner = team.ownerUnitId !== null ? doc.units[team.ownerUnitId] : undefined;
  const pdIds = new Set<string>();
  let outsideOwner = false;
  for (const m of team.members) {
    const p = m.positionId !== null ? doc.positions[m.positionId] : undefined;
    if (!p) continue;
    const pd = pdOf.get(p.unitId);
    if (pd) pdIds.add(pd.id);
    if (owner && !isUnitWithin(doc.units, p.unitId, owner.id)) outsideOwner = true;
  }
  if (!owner) return pdIds.size > 1 ? 'lintas-pd' : null;
  const ownerPd = pdOf.get(owner.id);
  for (const id of pdIds) if (!ownerPd || id !== ownerPd.id) return 'lintas-pd';
  return outsideOwner ? 'lintas-unit' : 'dalam-pd';
}

/**
 * The head of a unit (its Pimpinan Unit Organisasi): a position of the unit that leads it and does not answer to
 * another leader of the same unit (as KED-08 counts heads). Undefined when the unit has none or several.
 */
export function unitHead(
  doc: Pick<Workspace, 'positions'>,
  positionsOfUnit: readonly Position[],
  unitId: string,
): Position | undefined {
  let head: Position | undefined;
  for (const p of positionsOfUnit) {
    if (!leadsUnit(p)) continue;
    const sup = p.superiorId !== null ? doc.positions[p.superiorId] : undefined;
    if (sup && sup.unitId === unitId && leadsUnit(sup)) continue;
    if (head) return undefined;
    head = p;
  }
  return head;
}

// ── Dates and periods ───────────────────────────────────────────────────────────────────────────────────────

export const NAMA_BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD; null otherwise (including 2026-02-30). */
export function parseIsoDate(text: string | null | undefined): CalendarDate | null {
  if (!text || text.length !== 10) return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string | null | undefined): boolean {
  return parseIsoDate(text) !== null;
}

function iso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The same day `months` months later; the last day of the month when that day does not exist (31 Aug + 6 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const d = parseIsoDate(isoDate);
  if (!d) throw new RangeError(`Tanggal tidak sah: ${isoDate}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return iso({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/** "23 November 2026"; the text itself when it is not an ISO date. */
export function formatTanggal(isoDate: string): string {
  const d = parseIsoDate(isoDate);
  if (!d) return isoDate;
  return `${d.day} ${NAMA_BULAN[d.month - 1]} ${d.year}`;
}

export interface Period {
  mulai: string | null;
  selesai: string | null;
}

/** A member's period: its own dates where set, else the team's. */
export function memberPeriod(team: Team, member: TeamMember): Period {
  return { mulai: member.mulai ?? team.mulai, selesai: member.selesai ?? team.selesai };
}

/** Whether an ISO date lies in a period; a missing bound is open. Dates compare as text (YYYY-MM-DD). */
export function periodContains(period: Period, isoDate: string): boolean {
  if (period.mulai !== null && isIsoDate(period.mulai) && isoDate < period.mulai) return false;
  if (period.selesai !== null && isIsoDate(period.selesai) && isoDate > period.selesai) return false;
  return true;
}

// ── Assignments and the effect of editing positions ─────────────────────────────────────────────────────────

export interface Assignment {
  team: Team;
  member: TeamMember;
  role: TeamRole;
  cara: TeamMember['cara'];
  period: Period;
}

/**
 * A position's team assignments (as Ketua, Koordinator or Anggota), teams in name order. With `on` (YYYY-MM-DD)
 * only those whose period contains that day — a missing start or end counts as open.
 */
export function assignmentsOf(doc: Pick<Workspace, 'teams'>, positionId: string, on?: string): Assignment[] {
  const out: Assignment[] = [];
  for (const team of Object.values(doc.teams)) {
    for (const member of team.members) {
      if (member.positionId !== positionId) continue;
      const period = memberPeriod(team, member);
      if (on !== undefined && !periodContains(period, on)) continue;
      out.push({ team, member, role: member.role, cara: member.cara, period });
    }
  }
  return out.sort((a, b) => compareTeams(a.team, b.team));
}

export function compareTeams(a: Team, b: Team): number {
  if (a.nama !== b.nama) return a.nama < b.nama ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface AffectedTeam {
  team: Team;
  /** members that are one of the positions */
  memberIds: string[];
  /** team fields that name one of the positions */
  fields: TeamPositionField[];
}

/**
 * Teams that name any of the positions — what deleting them would take out of a team (deletePositions clears
 * those references) and whose scope moving them to another unit may change. Teams in name order.
 */
export function teamsAffectedBy(doc: Pick<Workspace, 'teams'>, positionIds: Iterable<string>): AffectedTeam[] {
  const ids = new Set(positionIds);
  const out: AffectedTeam[] = [];
  if (ids.size === 0) return out;
  for (const team of Object.values(doc.teams)) {
    const memberIds = team.members.filter((m) => m.positionId !== null && ids.has(m.positionId)).map((m) => m.id);
    const fields = TEAM_POSITION_FIELDS.filter((f) => {
      const v = team[f];
      return v !== null && ids.has(v);
    });
    if (memberIds.length || fields.length) out.push({ team, memberIds, fields });
  }
  return out.sort((a, b) => compareTeams(a.team, b.team));
}
