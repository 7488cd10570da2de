// Laid-out fragments of the skeleton ("pieces") and the two ways to combine them without ELK: the hanger
// (subordinates hung in rows under a superior, on both sides of a vertical trunk, as draw.io's hanger layout
// and the classic bagan struktur do) and shelf packing of whole trees into a page-like rectangle. Pure.
import { BOX_WIDTH, KOMANDO_BEND_ABOVE } from './geometry';
import type { Size } from './skeleton';

/** horizontal space between neighbouring blocks */
export const NODE_GAP = 40;
/** vertical space between a row (or ELK layer) and the next; leaves room for the komando bend */
export const LAYER_GAP = Math.max(64, 2 * KOMANDO_BEND_ABOVE + 8);
/** free band under a superior with hanging rows, where its komando line runs down */
export const TRUNK_GUTTER = 48;
/** space between trees packed side by side or in rows */
export const TREE_GAP = 160;

export interface PlacedBox {
  id: string;
  x: number;
  y: number;
}

/** A laid-out subtree: every box's top-left relative to the piece, the piece's size and where its top box is. */
export interface Piece {
  width: number;
  height: number;
  /** left edge of the top box (its block starts there too); the top box always sits at y = 0 */
  rootX: number;
  boxes: PlacedBox[];
}

export function blockPiece(id: string, block: Size): Piece {
  return { width: block.width, height: block.height, rootX: 0, boxes: [{ id, x: 0, y: 0 }] };
}

export function translate(piece: Piece, dx: number, dy: number, out: PlacedBox[]): void {
  for (const b of piece.boxes) out.push({ id: b.id, x: b.x + dx, y: b.y + dy });
}

/** How far a shape is from the wanted width:height, symmetric for too wide and too tall. */
export function ratioCost(width: number, height: number, target: number): number {
  return Math.abs(Math.log(width / Math.max(height, 1) / target));
}

/**
 * Hang `subs` under the top box `rootId` in rows of `perRow`, each row split left and right of the trunk that
 * runs down from the top box's bottom centre. Every piece's top box sits at its row's top, so its komando line
 * can turn in the free band above the row.
 */
function hangRows(rootId: string, rootBlock: Size, subs: Piece[], perRow: number): Piece {
  const boxes: PlacedBox[] = [];
  // Work with the trunk at x = 0, shift at the end.
  const rootLeft = -BOX_WIDTH / 2;
  let minX = rootLeft;
  let maxX = rootLeft + rootBlock.width;
  let y = rootBlock.height + LAYER_GAP;
  let bottom = rootBlock.height;
  const placed: { piece: Piece; x: number; y: number }[] = [];

  if (subs.length === 1) {
    // One subordinate: straight below, its top box under ours.
    const only = subs[0];
    const x = rootLeft - only.rootX;
    placed.push({ piece: only, x, y });
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + only.width);
    bottom = y + only.height;
  } else {
    for (let start = 0; start < subs.length; start += perRow) {
      const row = subs.slice(start, start + perRow);
      const widths = row.map((p) => p.width);
      const split = balancedSplit(widths);
      let right = -TRUNK_GUTTER / 2;
      for (let j = split - 1; j >= 0; j--) {
        const x = right - row[j].width;
        placed.push({ piece: row[j], x, y });
        minX = Math.min(minX, x);
        right = x - NODE_GAP;
      }
      let left = TRUNK_GUTTER / 2;
      for (let j = split; j < row.length; j++) {
        placed.push({ piece: row[j], x: left, y });
        maxX = Math.max(maxX, left + row[j].width);
        left += row[j].width + NODE_GAP;
      }
      const rowHeight = Math.max(...row.map((p) => p.height));
      bottom = y + rowHeight;
      y = bottom + LAYER_GAP;
    }
  }
  boxes.push({ id: rootId, x: rootLeft - minX, y: 0 });
  for (const { piece, x, y: py } of placed) translate(piece, x - minX, py, boxes);
  return { width: maxX - minX, height: bottom, rootX: rootLeft - minX, boxes };
}

/** Index s so that widths[0..s) go left of the trunk and the rest right, as even as possible; ties go right. */
function balancedSplit(widths: number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  let best = 0;
  let bestDiff = Infinity;
  let left = 0;
  for (let s = 0; s <= widths.length; s++) {
    if (s > 0) left += widths[s - 1];
    const diff = Math.abs(left - (total - left));
    if (diff < bestDiff) {
      bestDiff = diff;
      best = s;
    }
  }
  return best;
}

/** The hanger whose shape comes closest to `targetRatio` (width:height). */
export function hang(rootId: string, rootBlock: Size, subs: Piece[], targetRatio: number): Piece {
  if (subs.length <= 1) return hangRows(rootId, rootBlock, subs, 1);
  let best: Piece | null = null;
  let bestCost = Infinity;
  let lastRows = -1;
  for (let perRow = 1; perRow <= subs.length; perRow++) {
    const rows = Math.ceil(subs.length / perRow);
    if (rows === lastRows) continue; // same number of rows, only a worse balance
    lastRows = rows;
    const piece = hangRows(rootId, rootBlock, subs, perRow);
    const cost = ratioCost(piece.width, piece.height, targetRatio);
    if (cost < bestCost - 1e-9) {
      best = piece;
      bestCost = cost;
    }
  }
  return best!;
}

/**
 * Shelf-pack whole trees in reading order: fill a row up to a width limit, then start the next row. The limit
 * is chosen so that the whole comes closest to `targetRatio`. Returns absolute top-left boxes.
 */
export function pack(pieces: Piece[], targetRatio: number): PlacedBox[] {
  if (pieces.length === 0) return [];
  const widest = Math.max(...pieces.map((p) => p.width));
  const candidates = new Set<number>([widest]);
  let run = 0;
  for (const p of pieces) {
    run += (run > 0 ? TREE_GAP : 0) + p.width;
    if (run >= widest) candidates.add(run);
  }
  // Many lone boxes (e.g. JF without a superior) would give thousands of candidates; thin them out.
  let limits = [...candidates].sort((a, b) => a - b);
  if (limits.length > 200) {
    const step = limits.length / 200;
    limits = Array.from({ length: 200 }, (_, i) => limits[Math.floor(i * step)]);
    limits.push(run);
  }
  let bestLimit = widest;
  let bestCost = Infinity;
  for (const limit of limits) {
    const { width, height } = shelve(pieces, limit, null);
    const cost = ratioCost(width, height, targetRatio);
    if (cost < bestCost - 1e-9) {
      bestCost = cost;
      bestLimit = limit;
    }
  }
  const out: PlacedBox[] = [];
  shelve(pieces, bestLimit, out);
  return out;
}

function shelve(pieces: Piece[], limit: number, out: PlacedBox[] | null): Size {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const p of pieces) {
    if (x > 0 && x + p.width > limit) {
      y += rowHeight + TREE_GAP;
      x = 0;
      rowHeight = 0;
    }
    if (out) translate(p, x, y, out);
    width = Math.max(width, x + p.width);
    rowHeight = Math.max(rowHeight, p.height);
    x += p.width + TREE_GAP;
  }
  return { width, height: y + rowHeight };
}
