// Placing a group of boxes (a pasted, duplicated or re-attached subtree) where it covers nothing, and making room
// when an official's stack grows into the boxes below it. The user's own placements stay theirs: only the group
// that arrives, and boxes a grown stack would cover, move. Pure and sync (no layout run).
import type { Point, Workspace } from '../model';
import { structureIndex } from '../model';
import { isStacked } from './geometry';
import { LAYER_GAP, NODE_GAP } from './pieces';
import { blockRectOf, blockRects, boundsOfRects, type Rect } from './placeNewBox';

type Doc = Pick<Workspace, 'positions' | 'units'>;

/** space kept between the arriving group and what is already there */
const CLEARANCE = NODE_GAP / 2;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The free boxes of the subtrees under `rootIds` (roots included when they are free), each once. */
export function freeSubtree(doc: Doc, rootIds: readonly string[]): string[] {
  const index = structureIndex(doc);
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [...rootIds];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = doc.positions[id];
    if (!p) continue;
    if (!isStacked(p, doc)) out.push(id);
    for (const s of index.subordinates.get(id) ?? []) stack.push(s.id);
  }
  return out;
}

/**
 * Where the group's top-left corner goes: at `start`, slid right past every block in its band that it would
 * cover. The group is taken as its bounding box, so the arriving subtree keeps its own shape and sits in a clear
 * area. x only grows, so each block is passed at most once.
 */
export function clearSpotFor(doc: Doc, groupIds: readonly string[], start: Point): Point {
  const group = new Set(groupIds);
  const own = boundsOfRects(groupIds.flatMap((id) => blockRectOf(doc, id) ?? []));
  const others = [...blockRects(doc).entries()].filter(([id]) => !group.has(id)).map(([, r]) => r);
  const top = start.y - CLEARANCE;
  const bottom = start.y + own.height + CLEARANCE;
  const band = others.filter((r) => r.y < bottom && r.y + r.height > top).sort((a, b) => a.x - b.x);
  let x = start.x;
  for (const r of band) {
    if (r.x >= x + own.width + CLEARANCE) continue;
    if (r.x + r.width > x - CLEARANCE) x = r.x + r.width + CLEARANCE;
  }
  return { x, y: start.y };
}

/** Placements that move the group so that its bounding box's top-left is at `to`. */
export function shiftGroup(doc: Doc, groupIds: readonly string[], to: Point): Map<string, Point> {
  const rects = groupIds.flatMap((id) => {
    const r = blockRectOf(doc, id);
    return r ? [[id, r] as const] : [];
  });
  const own = boundsOfRects(rects.map(([, r]) => r));
  const dx = Math.round(to.x - own.x);
  const dy = Math.round(to.y - own.y);
  return new Map(rects.map(([id, r]) => [id, { x: r.x + dx, y: r.y + dy }]));
}

/** The spot below `superiorId`'s block where a group arriving under it starts looking for room. */
export function belowSuperior(doc: Doc, superiorId: string | null): Point | null {
  const r = superiorId ? blockRectOf(doc, superiorId) : null;
  return r ? { x: r.x, y: r.y + r.height + LAYER_GAP } : null;
}

/**
 * Make room for blocks that grew or arrived (`changedIds`): every other block they cover moves down, with its
 * subtree, just below them; what that covers moves on in turn. Moving only downwards, each push clears the block
 * that caused it, so this ends; the cap guards a damaged (cyclic) structure.
 */
export function makeRoom(doc: Doc, changedIds: readonly string[]): Map<string, Point> {
  const rects = blockRects(doc);
  const moved = new Map<string, Point>();
  const queue = changedIds.filter((id) => rects.has(id));
  let budget = rects.size * 4 + 16;
  while (queue.length && budget-- > 0) {
    const id = queue.shift()!;
    const r = rects.get(id)!;
    for (const [otherId, o] of rects) {
      if (otherId === id || !overlaps(r, o)) continue;
      // a block never pushes its own ancestors: they move with the subtree, which would chase itself
      if (freeSubtree(doc, [otherId]).includes(id)) continue;
      const dy = r.y + r.height + CLEARANCE - o.y;
      if (dy <= 0) continue;
      for (const m of freeSubtree(doc, [otherId])) {
        const mr = rects.get(m);
        if (!mr) continue;
        const next = { ...mr, y: mr.y + dy };
        rects.set(m, next);
        moved.set(m, { x: next.x, y: next.y });
        queue.push(m);
      }
    }
  }
  return moved;
}
