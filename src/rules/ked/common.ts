// Small lookups and wording shared by the KED rules. Pure; no rule logic of its own.
import {
  JENJANG_LABELS,
  POSITION_KIND_LABELS,
  STRUCTURAL_RANK,
  TIPE_PD_LABELS,
  type Jenjang,
  type Position,
  type PositionKind,
  type Unit,
} from '../../model';
import type { RuleContext } from '../types';

/** "JF Ahli Muda", "Pengawas", "Pelaksana" */
export function kindLabel(p: Position): string {
  if (p.kind === 'fungsional') return p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : 'Pejabat Fungsional';
  return POSITION_KIND_LABELS[p.kind];
}

/** «Kepala Seksi Umum» (Pengawas) */
export function describe(p: Position): string {
  return `«${p.nama || p.kode || p.id}» (${kindLabel(p)})`;
}

export function name(p: Position): string {
  return `«${p.nama || p.kode || p.id}»`;
}

export function unitName(u: Unit | undefined): string {
  return u ? `«${u.nama}»` : '«(unit tidak dikenal)»';
}

export function superiorOf(ctx: RuleContext, p: Position): Position | undefined {
  return p.superiorId === null ? undefined : ctx.doc.positions[p.superiorId];
}

/** The Perangkat Daerah a position belongs to. */
export function pdOf(ctx: RuleContext, p: Position): Unit | undefined {
  return ctx.index.perangkatDaerahOf.get(p.unitId);
}

/** Structural rank; 0 for JF and Pelaksana. */
export function rankOf(kind: PositionKind): number {
  return STRUCTURAL_RANK[kind] ?? 0;
}

export function isJpt(kind: PositionKind): boolean {
  return kind === 'jpt-madya' || kind === 'jpt-pratama';
}

export function jenjangLabel(j: Jenjang): string {
  return JENJANG_LABELS[j];
}

export function pdLabel(u: Unit | undefined): string {
  if (!u) return 'Perangkat Daerah tidak dikenal';
  return u.tipePd ? `${u.nama} (${TIPE_PD_LABELS[u.tipePd]})` : u.nama;
}

/**
 * Whether an official has a Pengawas directly under them (KED-05, KED-06: "dalam hal tidak ada Pejabat Pengawas").
 * Cached per lint run and per official, so a full lint stays O(n).
 */
export function hasPengawasUnder(ctx: RuleContext, officialId: string, ignoreId?: string): boolean {
  const compute = (): boolean =>
    (ctx.index.subordinates.get(officialId) ?? []).some((s) => s.kind === 'pengawas' && s.id !== ignoreId);
  if (ignoreId !== undefined) return compute();
  const cache = ctx.memo('hasPengawasUnder', () => new Map<string, boolean>());
  let hit = cache.get(officialId);
  if (hit === undefined) {
    hit = compute();
    cache.set(officialId, hit);
  }
  return hit;
}

/** Order names the same way whatever the index order is, so that full and incremental lint agree. */
export function byNameThenId(a: Position, b: Position): number {
  if (a.nama !== b.nama) return a.nama < b.nama ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
