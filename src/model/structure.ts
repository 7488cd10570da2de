// Read-only views of the structure, built once per document state (memoised on the positions and units
// objects, which immer replaces only when they change). Rules, layout and the canvas all read these.
import type { Position, Unit, Workspace } from './schema';
import { isKedudukanKind, isStructural } from './vocabulary';

export type LineKind = 'komando' | 'kedudukan';

/** A subordinate's line to its superior: kedudukan for JF and Pelaksana, garis komando otherwise. */
export function lineKindOf(subordinate: Position): LineKind {
  return isKedudukanKind(subordinate.kind) ? 'kedudukan' : 'komando';
}

/** A position that heads its unit: a structural official, or a JF appointed to lead a unit kerja mandiri. */
export function leadsUnit(p: Position): boolean {
  return isStructural(p.kind) || (p.kind === 'fungsional' && p.memimpinUnitMandiri);
}

export interface StructureIndex {
  /** direct subordinates of each position, in document order */
  subordinates: Map<string, Position[]>;
  /** positions with no superior */
  roots: Position[];
  positionsByUnit: Map<string, Position[]>;
  unitChildren: Map<string | null, Unit[]>;
  /** the Perangkat Daerah each unit belongs to (nearest ancestor-or-self marked as PD, else the top unit) */
  perangkatDaerahOf: Map<string, Unit>;
  /**
   * The enclosing Perangkat Daerah of each unit: the outermost ancestor-or-self marked as PD (a UPT marked as PD
   * under its Dinas, a Kelurahan under its Kecamatan, belong to the Dinas or the Kecamatan), else the top unit.
   * KED-10 and the commands that refuse cross-PD lines read this one: only lines between PDs that are not nested
   * cross a Perangkat Daerah.
   */
  enclosingPerangkatDaerahOf: Map<string, Unit>;
}

const cache = new WeakMap<object, { units: object; index: StructureIndex }>();

export function structureIndex(doc: Pick<Workspace, 'positions' | 'units'>): StructureIndex {
  const hit = cache.get(doc.positions);
  if (hit && hit.units === doc.units) return hit.index;
  const index = buildIndex(doc);
  cache.set(doc.positions, { units: doc.units, index });
  return index;
}

function buildIndex(doc: Pick<Workspace, 'positions' | 'units'>): StructureIndex {
  const subordinates = new Map<string, Position[]>();
  const roots: Position[] = [];
  const positionsByUnit = new Map<string, Position[]>();
  for (const p of Object.values(doc.positions)) {
    if (p.superiorId === null || !doc.positions[p.superiorId]) roots.push(p);
    else push(subordinates, p.superiorId, p);
    push(positionsByUnit, p.unitId, p);
  }
  const unitChildren = new Map<string | null, Unit[]>();
  for (const u of Object.values(doc.units)) push(unitChildren, u.parentId, u);

  const perangkatDaerahOf = new Map<string, Unit>();
  const resolve = (u: Unit): Unit => {
    const known = perangkatDaerahOf.get(u.id);
    if (known) return known;
    // Guard against a damaged parent cycle: treat the unit as its own PD.
    perangkatDaerahOf.set(u.id, u);
    const parent = u.parentId !== null ? doc.units[u.parentId] : undefined;
    const pd = u.isPerangkatDaerah || !parent ? u : resolve(parent);
    perangkatDaerahOf.set(u.id, pd);
    return pd;
  };
  for (const u of Object.values(doc.units)) resolve(u);
  const enclosingPerangkatDaerahOf = new Map<string, Unit>();
  const lookup = (id: string): Unit | undefined => doc.units[id];
  for (const u of Object.values(doc.units)) enclosingPerangkatDaerahOf.set(u.id, enclosingPerangkatDaerah(lookup, u.id)!);
  return { subordinates, roots, positionsByUnit, unitChildren, perangkatDaerahOf, enclosingPerangkatDaerahOf };
}

/**
 * The enclosing Perangkat Daerah of a unit: the outermost ancestor-or-self marked as PD, else the top unit (safe on
 * a damaged parent cycle). Nested PDs (UPT under its Dinas, Kelurahan under its Kecamatan) belong to the outer one.
 */
export function enclosingPerangkatDaerah(lookup: (id: string) => Unit | undefined, unitId: string): Unit | undefined {
  let cursor = lookup(unitId);
  let outermost: Unit | undefined;
  let top: Unit | undefined;
  const seen = new Set<string>();
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    top = cursor;
    if (cursor.isPerangkatDaerah) outermost = cursor;
    cursor = cursor.parentId !== null ? lookup(cursor.parentId) : undefined;
  }
  return outermost ?? top;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** All positions below `rootId` (not including it), depth first; safe on cycles. */
export function descendantsOf(index: StructureIndex, rootId: string): Position[] {
  const out: Position[] = [];
  const seen = new Set<string>([rootId]);
  const stack = [...(index.subordinates.get(rootId) ?? [])].reverse();
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
    const subs = index.subordinates.get(p.id);
    if (subs) for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]);
  }
  return out;
}

/** True when making `superiorId` the superior of `positionId` would close a cycle. */
export function wouldCreateCycle(doc: Pick<Workspace, 'positions'>, positionId: string, superiorId: string): boolean {
  let cursor: string | null = superiorId;
  const seen = new Set<string>();
  while (cursor !== null) {
    if (cursor === positionId) return true;
    if (seen.has(cursor)) return false; // an existing cycle elsewhere; not ours to report here
    seen.add(cursor);
    cursor = doc.positions[cursor]?.superiorId ?? null;
  }
  return false;
}

/** The unit path from the top unit down, e.g. "Dinas Kominfo > Bidang Aptika". */
export function unitPath(doc: Pick<Workspace, 'units'>, unitId: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let cursor: Unit | undefined = doc.units[unitId];
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    names.unshift(cursor.nama);
    cursor = cursor.parentId !== null ? doc.units[cursor.parentId] : undefined;
  }
  return names.join(' > ');
}
