// The peta jabatan numbers (DOMAIN.md §8.3): B, ± per jabatan, and the rekap (totals) per unit and per Perangkat
// Daerah split by struktural / JF per jenjang / Pelaksana. Pure; memoised on the positions and units objects.
import type { Jenjang, PositionKind } from './vocabulary';
import { JENJANG, JENJANG_LABELS, isStructural } from './vocabulary';
import type { Pemangku, Position, TeamMember, Workspace } from './schema';
import { structureIndex } from './structure';

/** B: the explicit count when the file carried one and no names, else the number of pemangku. */
export function bezettingOf(p: Pick<Position, 'pemangku' | 'bezetting'>): number {
  return p.pemangku.length > 0 || p.bezetting === null ? p.pemangku.length : p.bezetting;
}

/** ± = B − K: negative = kurang, positive = lebih. */
export function selisihOf(p: Pick<Position, 'pemangku' | 'bezetting' | 'kebutuhan'>): number {
  return bezettingOf(p) - p.kebutuhan;
}

/** "+2", "−1", "0" as the strip shows it (a real minus sign). */
export function formatSelisih(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** The person a team member names: the pemangku by id, or the one pemangku of a jabatan that has exactly one. */
export function memberPerson(doc: Pick<Workspace, 'positions'>, m: Pick<TeamMember, 'positionId' | 'personId'>): Pemangku | null {
  if (m.positionId === null) return null;
  const p = doc.positions[m.positionId];
  if (!p) return null;
  if (m.personId !== null) return p.pemangku.find((x) => x.id === m.personId) ?? null;
  return p.pemangku.length === 1 ? p.pemangku[0] : null;
}

/** The first pemangku's name (what a box or a list shows beside the jabatan), or ''. */
export function firstPemangkuName(p: Pick<Position, 'pemangku'>): string {
  return p.pemangku[0]?.nama ?? '';
}

/** The rekap groups, in the order of the table. */
export type RekapGroup = 'struktural' | `jf-${Jenjang}` | 'pelaksana';

export const REKAP_GROUPS: readonly RekapGroup[] = [
  'struktural',
  ...JENJANG.map((j) => `jf-${j}` as RekapGroup),
  'pelaksana',
];

export function rekapGroupLabel(g: RekapGroup): string {
  if (g === 'struktural') return 'Struktural';
  if (g === 'pelaksana') return 'Pelaksana';
  return `JF ${JENJANG_LABELS[g.slice(3) as Jenjang]}`;
}

export function rekapGroupOf(p: Pick<Position, 'kind' | 'jenjang'>): RekapGroup {
  if (isStructural(p.kind)) return 'struktural';
  if (p.kind === 'pelaksana') return 'pelaksana';
  return p.jenjang ? `jf-${p.jenjang}` : 'jf-ahli-pertama';
}

export interface RekapRow {
  jabatan: number;
  k: number;
  b: number;
  /** B − K */
  selisih: number;
}

export interface Rekap {
  total: RekapRow;
  /** only the groups that have a jabatan */
  byGroup: Map<RekapGroup, RekapRow>;
}

const emptyRow = (): RekapRow => ({ jabatan: 0, k: 0, b: 0, selisih: 0 });

function add(row: RekapRow, p: Position): void {
  const b = bezettingOf(p);
  row.jabatan += 1;
  row.k += p.kebutuhan;
  row.b += b;
  row.selisih += b - p.kebutuhan;
}

/** The rekap of a list of jabatan. */
export function rekapOf(positions: Iterable<Position>): Rekap {
  const total = emptyRow();
  const byGroup = new Map<RekapGroup, RekapRow>();
  for (const p of positions) {
    add(total, p);
    const g = rekapGroupOf(p);
    let row = byGroup.get(g);
    if (!row) byGroup.set(g, (row = emptyRow()));
    add(row, p);
  }
  const ordered = new Map<RekapGroup, RekapRow>();
  for (const g of REKAP_GROUPS) {
    const row = byGroup.get(g);
    if (row) ordered.set(g, row);
  }
  return { total, byGroup: ordered };
}

/** The jabatan of a unit and of every unit below it. */
export function positionsInUnitTree(doc: Pick<Workspace, 'positions' | 'units'>, unitId: string): Position[] {
  const index = structureIndex(doc);
  const out: Position[] = [];
  const stack = [unitId];
  const seen = new Set<string>();
  while (stack.length) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    out.push(...(index.positionsByUnit.get(u) ?? []));
    for (const c of index.unitChildren.get(u) ?? []) stack.push(c.id);
  }
  return out;
}

const rekapCache = new WeakMap<object, { units: object; byUnit: Map<string, Rekap> }>();

/** The rekap of a unit with everything below it (a PD's rekap is that of its top unit); memoised per document state. */
export function unitRekap(doc: Pick<Workspace, 'positions' | 'units'>, unitId: string): Rekap {
  let hit = rekapCache.get(doc.positions);
  if (!hit || hit.units !== doc.units) {
    hit = { units: doc.units, byUnit: new Map() };
    rekapCache.set(doc.positions, hit);
  }
  let r = hit.byUnit.get(unitId);
  if (!r) hit.byUnit.set(unitId, (r = rekapOf(positionsInUnitTree(doc, unitId))));
  return r;
}

const documentRekapCache = new WeakMap<object, Rekap>();

/** The rekap of the whole document (every jabatan); memoised on the positions object, so a status bar may ask often. */
export function documentRekap(doc: Pick<Workspace, 'positions'>): Rekap {
  let r = documentRekapCache.get(doc.positions);
  if (!r) documentRekapCache.set(doc.positions, (r = rekapOf(Object.values(doc.positions))));
  return r;
}

/** "K 12 · B 10 · ± −2", the three numbers as the status bar and the rekap lines say them. */
export function formatRekapNumbers(row: RekapRow): string {
  return `K ${row.k} · B ${row.b} · ± ${formatSelisih(row.selisih)}`;
}

/** The kinds the kelas sanity bounds are given for (DOMAIN.md §8.3). */
export type KelasBoundKind = 'jpt' | 'administrator' | 'pengawas' | 'jf-keahlian' | 'jf-keterampilan' | 'pelaksana';

export function kelasBoundKindOf(kind: PositionKind, jenjang: Jenjang | null): KelasBoundKind {
  if (kind === 'jpt-madya' || kind === 'jpt-pratama') return 'jpt';
  if (kind === 'administrator' || kind === 'pengawas' || kind === 'pelaksana') return kind;
  return jenjang && jenjang.startsWith('ahli-') ? 'jf-keahlian' : 'jf-keterampilan';
}
