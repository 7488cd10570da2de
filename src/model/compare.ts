// Compare two structures (DOMAIN.md §9, matriks perubahan). Pure: the CLI, the editor's overlay, the matriks table
// and the penyetaraan preview all read compareStructures().
//
// Matching, in order: by id when the two documents share ancestry (the same document id: a version, a copy sent to a
// reviewer), else — and for what is left — by kode (unique on both sides), then by nama and unit path (unique on both
// sides). What could not be matched because a key is ambiguous is listed in `unmatched`, never guessed.
//
// Fields are compared generically: every own field of a position except its identity and its place (id, unitId,
// superiorId, placement) is compared, so fields a later schema adds (kelas, K, B, pemangku) are picked up without a
// change here; FIELD_LABELS only names them for people.
import type { Position, ProcessMap, Team, Unit, Workspace } from './schema';
import { POSITION_KIND_LABELS, JENJANG_LABELS, isStructural } from './vocabulary';
import { unitPath } from './structure';

export type MatchBasis = 'id' | 'kode' | 'nama';
export type CompareMatch = 'auto' | 'id' | 'kode' | 'nama';

export interface FieldChange {
  field: string;
  lama: unknown;
  baru: unknown;
}

/** A jabatan present in both structures. */
export interface PositionPair {
  lama: Position;
  baru: Position;
  basis: MatchBasis;
  /** field changes other than place (see movedOf) */
  changes: FieldChange[];
  /** unit or atasan changed (compared through the matching, not by raw id) */
  moved: { unit: boolean; atasan: boolean };
}

export interface UnitPair {
  lama: Unit;
  baru: Unit;
  basis: MatchBasis | 'path';
  renamed: boolean;
  /** parent unit changed */
  moved: boolean;
  changes: FieldChange[];
}

export interface RecordChange<T> {
  lama: T;
  baru: T;
  fields: string[];
}

export interface Unmatched {
  side: 'lama' | 'baru';
  type: 'jabatan' | 'unit';
  id: string;
  nama: string;
  reason: string;
}

export interface StructureComparison {
  /** whether the documents share ancestry (id matching was used) */
  sharedAncestry: boolean;
  positions: {
    added: Position[];
    removed: Position[];
    /** every matched pair (changed or not) */
    pairs: PositionPair[];
    /** baru id → pair, lama id → pair */
    byBaru: Map<string, PositionPair>;
    byLama: Map<string, PositionPair>;
  };
  units: { added: Unit[]; removed: Unit[]; pairs: UnitPair[]; byLama: Map<string, UnitPair>; byBaru: Map<string, UnitPair> };
  teams: { added: Team[]; removed: Team[]; changed: RecordChange<Team>[] };
  maps: { added: ProcessMap[]; removed: ProcessMap[]; changed: RecordChange<ProcessMap>[] };
  unmatched: Unmatched[];
}

/** The fields that are a position's identity or place, not its content. */
const PLACE_FIELDS = new Set(['id', 'unitId', 'superiorId', 'placement']);

/** How people call the fields (unknown fields keep their own name). */
export const FIELD_LABELS: Record<string, string> = {
  kode: 'kode',
  nama: 'nama jabatan',
  kind: 'jenis',
  jenjang: 'jenjang',
  memimpinUnitMandiri: 'memimpin unit kerja mandiri',
  substansi: 'substansi',
  holder: 'pemangku',
  pemangku: 'pemangku',
  kelasJabatan: 'kelas jabatan',
  kebutuhan: 'K',
  bezetting: 'B',
  isPerangkatDaerah: 'Perangkat Daerah',
  tipePd: 'tipe Perangkat Daerah',
  pengecualian: 'pengecualian',
  parentId: 'induk',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** JSON with sorted keys: equal content gives equal text whatever the key order. */
export function stableText(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableText).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableText(o[k])}`)
    .join(',')}}`;
}

function fieldChanges(a: object, b: object, skip: Set<string>): FieldChange[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !skip.has(k));
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (stableText(ra[k] ?? null) !== stableText(rb[k] ?? null)) out.push({ field: k, lama: ra[k] ?? null, baru: rb[k] ?? null });
  }
  return out;
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Pairs by a key that is unique on both sides; keys used more than once on a side are reported. */
function matchByKey<T extends { id: string }>(
  lama: T[],
  baru: T[],
  keyOf: (t: T, side: 'lama' | 'baru') => string | null,
  ambiguous: (t: T, side: 'lama' | 'baru', key: string, count: number) => void,
): { pairs: [T, T][]; restLama: T[]; restBaru: T[] } {
  const group = (list: T[], side: 'lama' | 'baru') => {
    const m = new Map<string, T[]>();
    for (const t of list) {
      const k = keyOf(t, side);
      if (k === null) continue;
      const g = m.get(k);
      if (g) g.push(t);
      else m.set(k, [t]);
    }
    return m;
  };
  const ga = group(lama, 'lama');
  const gb = group(baru, 'baru');
  const pairs: [T, T][] = [];
  const used = new Set<T>();
  for (const [k, la] of ga) {
    const lb = gb.get(k);
    if (!lb) continue;
    if (la.length === 1 && lb.length === 1) {
      pairs.push([la[0], lb[0]]);
      used.add(la[0]).add(lb[0]);
    } else {
      for (const t of la) if (la.length > 1) ambiguous(t, 'lama', k, la.length);
      for (const t of lb) if (lb.length > 1) ambiguous(t, 'baru', k, lb.length);
    }
  }
  return { pairs, restLama: lama.filter((t) => !used.has(t)), restBaru: baru.filter((t) => !used.has(t)) };
}

export interface CompareOptions {
  /** 'auto' (default): by id when the documents share ancestry, then kode, then nama + unit path */
  match?: CompareMatch;
}

export function compareStructures(a: Workspace, b: Workspace, options: CompareOptions = {}): StructureComparison {
  const match = options.match ?? 'auto';
  const sharedAncestry = a.id === b.id;
  const useId = match === 'id' || (match === 'auto' && sharedAncestry);
  const useKode = match === 'kode' || match === 'auto';
  const useNama = match === 'nama' || match === 'auto' || match === 'kode';
  const unmatched: Unmatched[] = [];
  const seenUnmatched = new Set<string>();
  const note = (u: Unmatched) => {
    const k = `${u.side}|${u.type}|${u.id}`;
    if (!seenUnmatched.has(k)) {
      seenUnmatched.add(k);
      unmatched.push(u);
    }
  };

  // ── Units: by id (shared ancestry), else by unit path ──
  let restUa = Object.values(a.units);
  let restUb = Object.values(b.units);
  const unitPairs: [Unit, Unit, MatchBasis | 'path'][] = [];
  if (useId) {
    const r = matchByKey(restUa, restUb, (u) => u.id, () => {});
    unitPairs.push(...r.pairs.map(([x, y]) => [x, y, 'id'] as [Unit, Unit, 'id']));
    restUa = r.restLama;
    restUb = r.restBaru;
  }
  {
    const r = matchByKey(
      restUa,
      restUb,
      (u, side) => norm(unitPath(side === 'lama' ? a : b, u.id)),
      (u, side, _k, count) =>
        note({ side, type: 'unit', id: u.id, nama: u.nama, reason: `jalur unit «${unitPath(side === 'lama' ? a : b, u.id)}» dipakai ${count} unit` }),
    );
    unitPairs.push(...r.pairs.map(([x, y]) => [x, y, 'path'] as [Unit, Unit, 'path']));
    restUa = r.restLama;
    restUb = r.restBaru;
  }
  const unitByLama = new Map<string, UnitPair>();
  const unitByBaru = new Map<string, UnitPair>();
  const unitMapAB = new Map<string, string>(unitPairs.map(([x, y]) => [x.id, y.id]));
  const pairsU: UnitPair[] = unitPairs.map(([lama, baru, basis]) => {
    const parentLama = lama.parentId !== null ? (unitMapAB.get(lama.parentId) ?? `?${lama.parentId}`) : null;
    const pair: UnitPair = {
      lama,
      baru,
      basis,
      renamed: lama.nama !== baru.nama,
      moved: parentLama !== baru.parentId,
      changes: fieldChanges(lama, baru, new Set(['id', 'parentId'])),
    };
    unitByLama.set(lama.id, pair);
    unitByBaru.set(baru.id, pair);
    return pair;
  });

  // ── Positions: id, kode, nama + unit path ──
  let restA = Object.values(a.positions);
  let restB = Object.values(b.positions);
  const posPairs: [Position, Position, MatchBasis][] = [];
  if (useId) {
    const r = matchByKey(restA, restB, (p) => p.id, () => {});
    posPairs.push(...r.pairs.map(([x, y]) => [x, y, 'id'] as [Position, Position, 'id']));
    restA = r.restLama;
    restB = r.restBaru;
  }
  if (useKode) {
    const r = matchByKey(
      restA,
      restB,
      (p) => (p.kode.trim() ? p.kode.trim() : null),
      (p, side, k, count) => note({ side, type: 'jabatan', id: p.id, nama: p.nama, reason: `kode «${k}» dipakai ${count} jabatan` }),
    );
    posPairs.push(...r.pairs.map(([x, y]) => [x, y, 'kode'] as [Position, Position, 'kode']));
    restA = r.restLama;
    restB = r.restBaru;
  }
  if (useNama) {
    const r = matchByKey(
      restA,
      restB,
      (p, side) => `${norm(p.nama)}|${norm(unitPath(side === 'lama' ? a : b, p.unitId))}`,
      (p, side, _k, count) =>
        note({
          side,
          type: 'jabatan',
          id: p.id,
          nama: p.nama,
          reason: `${count} jabatan bernama «${p.nama}» pada «${unitPath(side === 'lama' ? a : b, p.unitId)}»`,
        }),
    );
    posPairs.push(...r.pairs.map(([x, y]) => [x, y, 'nama'] as [Position, Position, 'nama']));
    restA = r.restLama;
    restB = r.restBaru;
  }
  const posMapAB = new Map<string, string>(posPairs.map(([x, y]) => [x.id, y.id]));
  const byBaru = new Map<string, PositionPair>();
  const byLama = new Map<string, PositionPair>();
  const pairs: PositionPair[] = posPairs.map(([lama, baru, basis]) => {
    const unitMoved = (unitMapAB.get(lama.unitId) ?? `?${lama.unitId}`) !== baru.unitId;
    const supLama = lama.superiorId !== null && a.positions[lama.superiorId] ? (posMapAB.get(lama.superiorId) ?? `?${lama.superiorId}`) : null;
    const supBaru = baru.superiorId !== null && b.positions[baru.superiorId] ? baru.superiorId : null;
    const pair: PositionPair = {
      lama,
      baru,
      basis,
      changes: fieldChanges(lama, baru, PLACE_FIELDS),
      moved: { unit: unitMoved, atasan: supLama !== supBaru },
    };
    byBaru.set(baru.id, pair);
    byLama.set(lama.id, pair);
    return pair;
  });
  // keep only ambiguity notes for what stayed unmatched
  const stillA = new Set(restA.map((p) => p.id));
  const stillB = new Set(restB.map((p) => p.id));
  const stillUa = new Set(restUa.map((u) => u.id));
  const stillUb = new Set(restUb.map((u) => u.id));
  const keptUnmatched = unmatched.filter((u) =>
    u.type === 'jabatan' ? (u.side === 'lama' ? stillA : stillB).has(u.id) : (u.side === 'lama' ? stillUa : stillUb).has(u.id),
  );
  // Across two documents nothing proves that a jabatan left over was formed or removed: it may only have lost its kode
  // and been renamed. Report it as not matched as well (the matriks still lists it as dibentuk/dihapus, the reader
  // decides). Within one document's history the ids prove it, so nothing is reported there.
  if (!useId) {
    const noted = new Set(keptUnmatched.map((u) => `${u.side}|${u.type}|${u.id}`));
    const other = { lama: 'struktur baru', baru: 'struktur lama' } as const;
    for (const [side, rest] of [['lama', restA], ['baru', restB]] as const) {
      for (const p of rest) {
        if (noted.has(`${side}|jabatan|${p.id}`)) continue;
        const kode = p.kode.trim() ? `kode «${p.kode.trim()}» atau ` : '';
        keptUnmatched.push({ side, type: 'jabatan', id: p.id, nama: p.nama, reason: `tidak ada jabatan dengan ${kode}nama dan unit yang sama di ${other[side]}` });
      }
    }
  }

  return {
    sharedAncestry,
    positions: { added: restB, removed: restA, pairs, byBaru, byLama },
    units: { added: restUb, removed: restUa, pairs: pairsU, byLama: unitByLama, byBaru: unitByBaru },
    teams: compareRecords(Object.values(a.teams), Object.values(b.teams), useId, (t) => norm(t.nama)),
    maps: compareRecords(Object.values(a.maps), Object.values(b.maps), useId, (m) => `${m.kind}|${norm(m.title)}`),
    unmatched: keptUnmatched,
  };
}

function compareRecords<T extends { id: string }>(
  lama: T[],
  baru: T[],
  useId: boolean,
  keyOf: (t: T) => string,
): { added: T[]; removed: T[]; changed: RecordChange<T>[] } {
  let ra = lama;
  let rb = baru;
  const pairs: [T, T][] = [];
  if (useId) {
    const r = matchByKey(ra, rb, (t) => t.id, () => {});
    pairs.push(...r.pairs);
    ra = r.restLama;
    rb = r.restBaru;
  }
  const r = matchByKey(ra, rb, keyOf, () => {});
  pairs.push(...r.pairs);
  const changed: RecordChange<T>[] = [];
  for (const [x, y] of pairs) {
    const fields = fieldChanges(x, y, new Set(['id'])).map((c) => c.field);
    if (fields.length) changed.push({ lama: x, baru: y, fields });
  }
  return { added: r.restBaru, removed: r.restLama, changed };
}

/** Whether a pair changed in any way the matriks reports. */
export function pairChanged(p: PositionPair): boolean {
  return p.changes.length > 0 || p.moved.unit || p.moved.atasan;
}

// ── Matriks perubahan ──

export interface MatriksRow {
  /** the jabatan's id in the new structure (null: removed), in the old (null: added) */
  idBaru: string | null;
  idLama: string | null;
  jabatanLama: string;
  jabatanBaru: string;
  unit: string;
  atasanLama: string;
  atasanBaru: string;
  keterangan: string;
}

function jabatanLabel(p: Position): string {
  const kind = p.kind === 'fungsional' && p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : POSITION_KIND_LABELS[p.kind];
  return `${p.nama} (${kind})`;
}

function atasanLabel(doc: Workspace, p: Position): string {
  const sup = p.superiorId !== null ? doc.positions[p.superiorId] : undefined;
  return sup ? sup.nama : '—';
}

function describeValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (field === 'kind' && typeof v === 'string') return POSITION_KIND_LABELS[v as Position['kind']] ?? v;
  if (field === 'jenjang' && typeof v === 'string') return JENJANG_LABELS[v as keyof typeof JENJANG_LABELS] ?? v;
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (Array.isArray(v)) return `${v.length}`;
  if (typeof v === 'object') return 'diubah';
  return String(v);
}

/** Keterangan of a pair: disetarakan, diubah nama, dipindah, K/B berubah, and the other fields that changed. */
export function keteranganOf(pair: PositionPair): string {
  const parts: string[] = [];
  const fields = new Map(pair.changes.map((c) => [c.field, c]));
  if (isStructural(pair.lama.kind) && pair.baru.kind === 'fungsional') {
    parts.push(`disetarakan (${POSITION_KIND_LABELS[pair.lama.kind]} → JF ${pair.baru.jenjang ? JENJANG_LABELS[pair.baru.jenjang] : ''})`.replace(' )', ')'));
    fields.delete('kind');
    fields.delete('jenjang');
    fields.delete('memimpinUnitMandiri');
  }
  if (fields.has('nama')) {
    parts.push('diubah nama');
    fields.delete('nama');
  }
  if (pair.moved.unit || pair.moved.atasan) parts.push(pair.moved.unit ? 'dipindah (unit)' : 'dipindah (atasan)');
  const kb = ['kebutuhan', 'bezetting', 'pemangku'].filter((f) => fields.has(f));
  if (kb.length) {
    parts.push('K/B berubah');
    for (const f of kb) fields.delete(f);
  }
  for (const c of fields.values()) {
    parts.push(`${fieldLabel(c.field)} ${describeValue(c.field, c.lama)} → ${describeValue(c.field, c.baru)}`);
  }
  return parts.join('; ');
}

/** The rows of the matriks perubahan: every jabatan that was formed, removed or changed, ordered by unit path. */
export function matriksRows(a: Workspace, b: Workspace, cmp: StructureComparison): MatriksRow[] {
  const rows: (MatriksRow & { sort: string })[] = [];
  for (const pair of cmp.positions.pairs) {
    if (!pairChanged(pair)) continue;
    const unitLama = unitPath(a, pair.lama.unitId);
    const unitBaru = unitPath(b, pair.baru.unitId);
    rows.push({
      idBaru: pair.baru.id,
      idLama: pair.lama.id,
      jabatanLama: jabatanLabel(pair.lama),
      jabatanBaru: jabatanLabel(pair.baru),
      unit: unitLama === unitBaru ? unitBaru : `${unitLama} → ${unitBaru}`,
      atasanLama: atasanLabel(a, pair.lama),
      atasanBaru: atasanLabel(b, pair.baru),
      keterangan: keteranganOf(pair),
      sort: unitBaru,
    });
  }
  for (const p of cmp.positions.added) {
    rows.push({
      idBaru: p.id,
      idLama: null,
      jabatanLama: '—',
      jabatanBaru: jabatanLabel(p),
      unit: unitPath(b, p.unitId),
      atasanLama: '—',
      atasanBaru: atasanLabel(b, p),
      keterangan: 'dibentuk',
      sort: unitPath(b, p.unitId),
    });
  }
  for (const p of cmp.positions.removed) {
    rows.push({
      idBaru: null,
      idLama: p.id,
      jabatanLama: jabatanLabel(p),
      jabatanBaru: '—',
      unit: unitPath(a, p.unitId),
      atasanLama: atasanLabel(a, p),
      atasanBaru: '—',
      keterangan: 'dihapus',
      sort: unitPath(a, p.unitId),
    });
  }
  rows.sort((x, y) => x.sort.localeCompare(y.sort, 'id') || x.jabatanLama.localeCompare(y.jabatanLama, 'id'));
  return rows.map(({ sort: _s, ...r }) => r);
}

/** Overlay status of a box of the new structure. */
export type OverlayStatus = 'added' | 'moved' | 'changed';

export function overlayStatus(cmp: StructureComparison): Map<string, OverlayStatus> {
  const out = new Map<string, OverlayStatus>();
  for (const p of cmp.positions.added) out.set(p.id, 'added');
  for (const pair of cmp.positions.pairs) {
    if (pair.moved.unit || pair.moved.atasan) out.set(pair.baru.id, 'moved');
    else if (pair.changes.length) out.set(pair.baru.id, 'changed');
  }
  return out;
}
