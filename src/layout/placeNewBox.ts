// Where things are without running a layout: the bounds of the placed boxes, and a free spot for a new box
// that moves nothing else (the user's placements are theirs until they ask for "Rapikan"). Pure and sync.
import type { Point, Workspace } from '../model';
import { isStacked } from './geometry';
import { LAYER_GAP, NODE_GAP, TREE_GAP } from './pieces';
import { blockOf } from './skeleton';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Doc = Pick<Workspace, 'positions' | 'units'>;

/** The rectangle a placed free box occupies with its stack; null for stacked or unplaced positions. */
export function blockRectOf(doc: Doc, positionId: string): Rect | null {
  const p = doc.positions[positionId];
  if (!p || !p.placement || isStacked(p, doc)) return null;
  const size = blockOf(doc, positionId);
  return { x: p.placement.x, y: p.placement.y, width: size.width, height: size.height };
}

/** Every placed free box with its stack. */
export function blockRects(doc: Doc, exceptId?: string): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const id of Object.keys(doc.positions)) {
    if (id === exceptId) continue;
    const r = blockRectOf(doc, id);
    if (r) out.set(id, r);
  }
  return out;
}

/** Bounds of the placed free boxes and their stacks; all zero for a document with none. */
export function boundsOf(doc: Doc): Rect {
  return boundsOfRects(blockRects(doc).values());
}

export function boundsOfRects(rects: Iterable<Rect>): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** clearance kept around a new box */
const CLEARANCE = NODE_GAP / 2;

/**
 * A free spot for the free box `positionId` (its block as it is in `doc`): below its superior's block,
 * sliding right past whatever is there; with no placed superior, right of everything. Nothing else moves and
 * the box's own current placement is ignored.
 */
export function placeNewBox(doc: Doc, positionId: string): Point {
  const size = blockOf(doc, positionId);
  const others = blockRects(doc, positionId);
  const p = doc.positions[positionId];
  const superior = p?.superiorId ? others.get(p.superiorId) : undefined;
  let start: Point;
  if (superior) start = { x: superior.x, y: superior.y + superior.height + LAYER_GAP };
  else if (others.size > 0) {
    const b = boundsOfRects(others.values());
    start = { x: b.x + b.width + TREE_GAP, y: b.y };
  } else start = { x: 0, y: 0 };

  // Only boxes in the new box's horizontal band can be in the way; visit them left to right and step past
  // each one that overlaps. x only grows, so a box passed once can never overlap again.
  const top = start.y - CLEARANCE;
  const bottom = start.y + size.height + CLEARANCE;
  const band = [...others.values()]
    .filter((r) => r.y < bottom && r.y + r.height > top)
    .sort((a, b) => a.x - b.x || a.y - b.y);
  let x = start.x;
  for (const r of band) {
    if (r.x >= x + size.width + CLEARANCE) break;
    if (r.x + r.width > x - CLEARANCE) x = r.x + r.width + CLEARANCE;
  }
  return { x, y: start.y };
}
