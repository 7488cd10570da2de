// Lookups, wording and holder criteria shared by the TIM rules. Pure; no rule logic of its own.
import {
  GOLONGAN,
  PREDIKAT_LABELS,
  memberOrigin,
  memberPerson,
  teamScope,
  unitHead,
  type Golongan,
  type Pemangku,
  type MemberOrigin,
  type Pendidikan,
  type Position,
  type PredikatKinerja,
  type Team,
  type TeamMember,
  type TeamScope,
  type Unit,
} from '../../model';
import { describe } from '../ked/common';
import type { Report, RuleContext } from '../types';

export { describe };

/** «Tim Sistem Informasi» */
export function teamName(team: Team): string {
  return `«${team.nama || team.id}»`;
}

export function positionOf(ctx: RuleContext, member: TeamMember): Position | undefined {
  return member.positionId !== null ? ctx.doc.positions[member.positionId] : undefined;
}

/** «Pranata Komputer Ahli Muda» (JF Ahli Muda), or «Budi» (Diskominfo Provinsi) for a person of another instansi. */
export function memberLabel(ctx: RuleContext, member: TeamMember): string {
  const p = positionOf(ctx, member);
  if (p) {
    // with several pemangku, say which person is meant
    const person = p.pemangku.length > 1 ? memberPerson(ctx.doc, member) : null;
    return person?.nama ? `${describe(p)} (${person.nama})` : describe(p);
  }
  if (member.external) return `«${member.external.nama}» (${member.external.instansi || 'instansi lain'})`;
  return `«${member.positionId ?? member.id}»`;
}

/** Subjects with the member at fault: its position first (a person of another instansi has none), then the team. */
export function memberSubjects(member: TeamMember, team: Team, ctx?: RuleContext): string[] {
  if (member.positionId === null) return [team.id];
  const person = ctx ? personSubject(ctx, member) : null;
  return person ? [member.positionId, person, team.id] : [member.positionId, team.id];
}

/** DOMAIN §8.2: where a jabatan has several pemangku, a finding about one of them names that person too. */
export function personSubject(ctx: RuleContext, member: TeamMember): string | null {
  if (member.positionId === null || member.personId === null) return null;
  return (ctx.doc.positions[member.positionId]?.pemangku.length ?? 0) > 1 ? member.personId : null;
}

/** What the criteria read: the person's own data and the kelas of the jabatan they hold. */
export type Holder = Omit<Pemangku, 'id'> & { kelasJabatan: number | null };

export function ownerUnit(ctx: RuleContext, team: Team): Unit | undefined {
  return team.ownerUnitId !== null ? ctx.doc.units[team.ownerUnitId] : undefined;
}

export function unitLabel(u: Unit | undefined): string {
  return u ? `«${u.nama}»` : '«(unit tidak dikenal)»';
}

/** The team's scope, once per team and lint run. */
export function scopeOf(ctx: RuleContext, team: Team): TeamScope | null {
  const cache = ctx.memo('tim.scope', () => new Map<Team, TeamScope | null>());
  if (!cache.has(team)) cache.set(team, teamScope(ctx.doc, team, ctx.index.perangkatDaerahOf));
  return cache.get(team) ?? null;
}

export function originOf(ctx: RuleContext, team: Team, member: TeamMember): MemberOrigin | null {
  return memberOrigin(ctx.doc, ctx.index.perangkatDaerahOf, team, member);
}

/** The head (Pimpinan Unit Organisasi) of a unit, from the positions of that unit. */
export function headOf(ctx: RuleContext, unit: Unit): Position | undefined {
  return unitHead(ctx.doc, ctx.index.positionsByUnit.get(unit.id) ?? [], unit.id);
}

// ── Holder criteria (TIM-05, TIM-06) ────────────────────────────────────────────────────────────────────────

/** DOMAIN §2: SD < SMP < SMA/SMK < D1 < D2 < D3 < D4 = S1 < S2 < S3. */
const PENDIDIKAN_RANK: Record<Pendidikan, number> = {
  SD: 0, SMP: 1, 'SMA/SMK': 2, D1: 3, D2: 4, D3: 5, D4: 6, S1: 6, S2: 7, S3: 8,
};
const PREDIKAT_RANK: Record<PredikatKinerja, number> = {
  'sangat-kurang': 0, kurang: 1, 'butuh-perbaikan': 2, baik: 3, 'sangat-baik': 4,
};

export interface Criterion {
  /** what the holder data calls it, for "data pemangku belum lengkap (…)" */
  field: string;
  /** null when the holder's data lacks the field */
  judge(h: Holder): { ok: boolean; text: string } | null;
}

export function pendidikanMin(min: Pendidikan, label: string): Criterion {
  return {
    field: 'pendidikan',
    judge: (h) =>
      h.pendidikan === null
        ? null
        : { ok: PENDIDIKAN_RANK[h.pendidikan] >= PENDIDIKAN_RANK[min], text: `pendidikan ${h.pendidikan} (paling rendah ${label})` },
  };
}

export function golonganMin(min: Golongan, pangkat: string): Criterion {
  return {
    field: 'golongan',
    judge: (h) =>
      h.golongan === null
        ? null
        : {
            ok: GOLONGAN.indexOf(h.golongan) >= GOLONGAN.indexOf(min),
            text: `golongan ${h.golongan} (paling rendah ${pangkat}, ${min})`,
          },
  };
}

export const PREDIKAT_BAIK: Criterion = {
  field: 'predikat kinerja',
  judge: (h) =>
    h.predikatKinerja === null
      ? null
      : {
          ok: PREDIKAT_RANK[h.predikatKinerja] >= PREDIKAT_RANK.baik,
          text: `predikat kinerja ${PREDIKAT_LABELS[h.predikatKinerja]} (paling rendah Baik)`,
        },
};

export function kelasJabatanMin(min: number): Criterion {
  return {
    field: 'kelas jabatan',
    judge: (h) =>
      h.kelasJabatan === null ? null : { ok: h.kelasJabatan >= min, text: `kelas jabatan ${h.kelasJabatan} (paling rendah ${min})` },
  };
}

export function pengalamanMin(years: number): Criterion {
  return {
    field: 'pengalaman',
    judge: (h) =>
      h.pengalamanTahun === null
        ? null
        : { ok: h.pengalamanTahun >= years, text: `pengalaman ${h.pengalamanTahun} tahun (paling singkat ${years} tahun)` },
  };
}

/**
 * Judge a member's holder against criteria and report: an unmet criterion at the rule's severity (naming any
 * missing data too); only missing data as info "data pemangku belum lengkap". Never guesses a missing value.
 */
export function reportCriteria(
  ctx: RuleContext,
  team: Team,
  member: TeamMember,
  role: string,
  criteria: readonly Criterion[],
  report: Report,
): void {
  if (criteria.length === 0) return;
  const p = positionOf(ctx, member);
  const person = memberPerson(ctx.doc, member);
  const holder: Holder | null = p && person ? { ...person, kelasJabatan: p.kelasJabatan } : null;
  const failed: string[] = [];
  const missing: string[] = [];
  for (const c of criteria) {
    const verdict = holder ? c.judge(holder) : null;
    if (verdict === null) missing.push(c.field);
    else if (!verdict.ok) failed.push(verdict.text);
  }
  if (failed.length === 0 && missing.length === 0) return;
  const who = `${role} ${memberLabel(ctx, member)} dalam Tim ${teamName(team)}`;
  const subjects = [...new Set(memberSubjects(member, team, ctx))];
  if (failed.length) {
    report({
      subjects,
      message:
        `${who} belum memenuhi syarat: ${failed.join('; ')}.` +
        (missing.length ? ` Data pemangku yang belum diisi: ${missing.join(', ')}.` : ''),
    });
  } else if (missing.length) {
    report({
      severity: 'info',
      subjects,
      message: `Syarat ${who} belum dapat diperiksa: data pemangku belum lengkap (${missing.join(', ')}).`,
    });
  }
}
