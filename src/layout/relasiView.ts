// Pure helpers of the peta relasi (canvas and export): where boxes stand (stored placement, else a grid spot), what a box
// shows, and the geometry of the straight arrows between box borders. No React, no DOM.
import {
  findProcess,
  readingOrder,
  structureIndex,
  TIPE_PD_LABELS,
  POSITION_KIND_LABELS,
  unitHead,
  type Point,
  type RelasiArrow,
  type RelasiBox,
  type RelasiMap,
  type Workspace,
} from '../model';
import { RELASI_BOX } from './relasi';

export { RELASI_BOX };
/** Grid of the automatic spots: columns, and the distance between two spots. */
export const RELASI_GRID = { columns: 4, dx: 300, dy: 170 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxRect = (p: Point): Rect => ({ ...p, ...RELASI_BOX });
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where every box stands: its stored placement, or — for a box never placed (added from a list, a template or an
 * older file) — the next spot of a grid below the placed ones, in map order. The grid depends only on the placed
 * boxes, so unplaced boxes keep their spots while nothing is moved.
 */
export function relasiPlacements(map: Pick<RelasiMap, 'boxes'>): Map<string, Point> {
  const out = new Map<string, Point>();
  let left = Infinity;
  let bottom = -Infinity;
  for (const b of map.boxes) {
    if (!b.placement) continue;
    out.set(b.id, b.placement);
    left = Math.min(left, b.placement.x);
    bottom = Math.max(bottom, b.placement.y + RELASI_BOX.height);
  }
  const x0 = Number.isFinite(left) ? left : 0;
  const y0 = Number.isFinite(bottom) ? bottom + RELASI_GRID.dy - RELASI_BOX.height : 0;
  let i = 0;
  for (const b of map.boxes) {
    if (b.placement) continue;
    out.set(b.id, { x: x0 + (i % RELASI_GRID.columns) * RELASI_GRID.dx, y: y0 + Math.floor(i / RELASI_GRID.columns) * RELASI_GRID.dy });
    i++;
  }
  return out;
}

/**
 * The moves a drag stores: the dragged boxes where they were dropped, and every box that was never placed at the
 * spot it is shown at — otherwise moving one box would make the grid, and so the others, jump.
 */
export function dragMoves(map: Pick<RelasiMap, 'boxes'>, dragged: readonly { id: string; to: Point }[]): { id: string; to: Point }[] {
  const moved = new Set(dragged.map((d) => d.id));
  const shown = relasiPlacements(map);
  const round = (p: Point) => ({ x: Math.round(p.x), y: Math.round(p.y) });
  const pinned = map.boxes.filter((b) => !b.placement && !moved.has(b.id)).map((b) => ({ id: b.id, to: round(shown.get(b.id)!) }));
  return [...dragged.map((d) => ({ id: d.id, to: round(d.to) })), ...pinned];
}

/** How far around the wanted point nextFreeSpot looks, in grid cells each way. */
const SEARCH_CELLS = 8;

/**
 * A free grid spot for a box added without a drop point (toolbar, "+" in the structure list): of the grid spots
 * around `near` (the middle of what the user sees), the closest that overlaps no box.
 */
export function nextFreeSpot(map: Pick<RelasiMap, 'boxes'>, near: Point = { x: 0, y: 0 }): Point {
  const taken = [...relasiPlacements(map).values()].map(boxRect);
  const free = (p: Point) => !taken.some((r) => overlaps(r, boxRect(p)));
  const ci = Math.round((near.x - RELASI_BOX.width / 2) / RELASI_GRID.dx);
  const cj = Math.round((near.y - RELASI_BOX.height / 2) / RELASI_GRID.dy);
  const cells: Point[] = [];
  for (let j = cj - SEARCH_CELLS; j <= cj + SEARCH_CELLS; j++) {
    for (let i = ci - SEARCH_CELLS; i <= ci + SEARCH_CELLS; i++) cells.push({ x: i * RELASI_GRID.dx, y: j * RELASI_GRID.dy });
  }
  // measured in grid cells, a row counting a little more than a column and left a little more than right: boxes
  // fill the row through the middle, reading order, before the rows above and below
  const cost = (p: Point) => {
    const di = (p.x + RELASI_BOX.width / 2 - near.x) / RELASI_GRID.dx;
    const dj = (p.y + RELASI_BOX.height / 2 - near.y) / RELASI_GRID.dy;
    return Math.hypot(di, 1.05 * dj) + (di < 0 ? 0.01 : 0);
  };
  const best = cells.sort((p, q) => cost(p) - cost(q)).find(free);
  if (best) return best;
  for (let j = cj + SEARCH_CELLS + 1; ; j++) {
    for (let i = ci - SEARCH_CELLS; i <= ci + SEARCH_CELLS; i++) if (free({ x: i * RELASI_GRID.dx, y: j * RELASI_GRID.dy })) return { x: i * RELASI_GRID.dx, y: j * RELASI_GRID.dy };
  }
}

/** Top-left of a box whose centre is at `at` (a drop point). */
export function centredAt(at: Point): Point {
  return { x: Math.round(at.x - RELASI_BOX.width / 2), y: Math.round(at.y - RELASI_BOX.height / 2) };
}

export interface BoxView {
  kind: RelasiBox['ref']['kind'];
  /** the main line: unit name, outside party name, process name */
  title: string;
  /** the small line: the unit's kind, "Pihak luar", or the level map of the process */
  subtitle: string;
  /** process code, shown before the name */
  kode: string;
  /** the box names something that no longer exists (REL-01 reports it) */
  missing: boolean;
}

/** What kind of unit: the Perangkat Daerah type, else who leads it ("dipimpin Administrator"). */
export function unitKindLabel(doc: Pick<Workspace, 'units' | 'positions'>, unitId: string): string {
  const unit = doc.units[unitId];
  if (!unit) return '';
  if (unit.isPerangkatDaerah) return unit.tipePd ? `Perangkat Daerah · ${TIPE_PD_LABELS[unit.tipePd]}` : 'Perangkat Daerah';
  const head = unitHead(doc, structureIndex(doc).positionsByUnit.get(unitId) ?? [], unitId);
  return head ? `Unit kerja · dipimpin ${POSITION_KIND_LABELS[head.kind]}` : 'Unit kerja';
}

export function boxView(doc: Pick<Workspace, 'units' | 'positions' | 'maps'>, box: RelasiBox): BoxView {
  const r = box.ref;
  if (r.kind === 'unit') {
    const unit = doc.units[r.id];
    return unit
      ? { kind: 'unit', title: unit.nama, subtitle: unitKindLabel(doc, r.id), kode: '', missing: false }
      : { kind: 'unit', title: '(unit sudah dihapus)', subtitle: 'Unit', kode: '', missing: true };
  }
  if (r.kind === 'luar') return { kind: 'luar', title: r.nama.trim() || '(pihak luar tanpa nama)', subtitle: 'Pihak luar', kode: '', missing: r.nama.trim() === '' };
  const found = findProcess(doc, { mapId: r.mapId, processId: r.processId });
  return found
    ? { kind: 'process', title: found.process.nama || '(proses tanpa nama)', subtitle: `Proses · ${found.map.title}`, kode: found.process.kode, missing: false }
    : { kind: 'process', title: '(proses sudah dihapus)', subtitle: 'Proses', kode: '', missing: true };
}

export interface ProcessOption {
  mapId: string;
  processId: string;
  label: string;
  mapTitle: string;
}

/** Every process of every level map, map by map, each in reading order (Manajemen, Inti, Pendukung). */
export function processOptions(doc: Pick<Workspace, 'maps'>): ProcessOption[] {
  const out: ProcessOption[] = [];
  const levels = Object.values(doc.maps).flatMap((m) => (m.kind === 'level' ? [m] : []));
  levels.sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
  for (const m of levels) {
    for (const p of readingOrder(m)) {
      out.push({ mapId: m.id, processId: p.id, label: `${p.kode} ${p.nama || '(proses tanpa nama)'}`.trim(), mapTitle: m.title });
    }
  }
  return out;
}

/** Distance between two arrows that join the same two boxes, px. */
export const PARALLEL_GAP = 28;

/**
 * Sideways offset of every arrow so that arrows between the same two boxes (either direction) are drawn side by
 * side instead of on top of each other. The offset is measured to the left of the arrow's own direction, so an
 * arrow A→B and one B→A get opposite signs for the same side: they are flipped to stay apart.
 */
export function parallelOffsets(arrows: readonly Pick<RelasiArrow, 'id' | 'source' | 'target'>[]): Map<string, number> {
  const groups = new Map<string, Pick<RelasiArrow, 'id' | 'source' | 'target'>[]>();
  for (const a of arrows) {
    const key = a.source < a.target ? `${a.source}\n${a.target}` : `${a.target}\n${a.source}`;
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  const out = new Map<string, number>();
  for (const g of groups.values()) {
    g.forEach((a, i) => {
      const side = (i - (g.length - 1) / 2) * PARALLEL_GAP;
      out.set(a.id, a.source < a.target ? side : -side);
    });
  }
  return out;
}

/** Where a ray from `from` (inside `rect`) in direction `dir` leaves the rectangle. */
export function exitPoint(rect: Rect, from: Point, dir: Point): Point {
  let t = Infinity;
  if (dir.x > 0) t = Math.min(t, (rect.x + rect.width - from.x) / dir.x);
  if (dir.x < 0) t = Math.min(t, (rect.x - from.x) / dir.x);
  if (dir.y > 0) t = Math.min(t, (rect.y + rect.height - from.y) / dir.y);
  if (dir.y < 0) t = Math.min(t, (rect.y - from.y) / dir.y);
  if (!Number.isFinite(t)) return from;
  return { x: from.x + dir.x * Math.max(0, t), y: from.y + dir.y * Math.max(0, t) };
}

export interface ArrowGeometry {
  source: Point;
  target: Point;
  /** the middle of the drawn line, where the label goes */
  label: Point;
  /**
   * Which way the label leans off its line, as a unit vector: away from the other arrows between the same boxes,
   * so labels of arrows drawn side by side do not cover each other. (0, 0): centred on the line.
   */
  labelSide: Point;
  path: string;
}

/**
 * A straight arrow from the border of `from` to the border of `to`, shifted sideways by `offset` (parallelOffsets).
 * The shift is capped so the line still starts and ends inside both boxes' sides.
 */
export function arrowGeometry(from: Rect, to: Rect, offset = 0): ArrowGeometry {
  const cs = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const ct = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const dx = ct.x - cs.x;
  const dy = ct.y - cs.y;
  const len = Math.hypot(dx, dy) || 1;
  const dir = { x: dx / len, y: dy / len };
  const limit = Math.min(from.width, from.height, to.width, to.height) / 2 - 4;
  const off = Math.max(-limit, Math.min(limit, offset));
  // left of the direction of travel
  const n = { x: dir.y, y: -dir.x };
  const s0 = { x: cs.x + n.x * off, y: cs.y + n.y * off };
  const t0 = { x: ct.x + n.x * off, y: ct.y + n.y * off };
  const source = exitPoint(from, s0, dir);
  const target = exitPoint(to, t0, { x: -dir.x, y: -dir.y });
  const label = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
  const side = Math.sign(off);
  // `+ 0` turns -0 into 0
  const labelSide = side === 0 ? { x: 0, y: 0 } : { x: n.x * side + 0, y: n.y * side + 0 };
  return { source, target, label, labelSide, path: `M ${source.x},${source.y} L ${target.x},${target.y}` };
}

export const JENIS_LABELS = { dokumen: 'Dokumen', data: 'Data', layanan: 'Layanan' } as const;
