// The structural skeleton the layout works on: every free box (see geometry.ts) with the block it occupies
// together with its stack, and the superior → subordinate tree between free boxes. Pure.
import type { Position, Workspace } from '../model';
import { blockSize, isStacked, stackedSubordinates, type BoxHeightOf } from './geometry';
import { structureIndex } from '../model';

export interface Size {
  width: number;
  height: number;
}

export interface Skeleton {
  /** block (box + stack) of every free box */
  blocks: Map<string, Size>;
  /** free subordinates of each free box, in kode order */
  children: Map<string, string[]>;
  /** tops of the trees, in reading order: trees with subordinates first, then lone boxes */
  roots: string[];
}

/**
 * Compare kode values as the regulations number them: segment by segment, numerically where both segments are
 * numbers, so "1.2" < "1.10"; an empty kode sorts last.
 */
export function compareKode(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const sa = a.split('.');
  const sb = b.split('.');
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny;
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

export function stackCountOf(doc: Pick<Workspace, 'positions' | 'units'>, id: string): number {
  return stackedSubordinates(doc, id).length;
}

export function blockOf(doc: Pick<Workspace, 'positions' | 'units'>, id: string): Size {
  return blockSize(stackCountOf(doc, id));
}

export function buildSkeleton(doc: Pick<Workspace, 'positions' | 'units'>, heightOf?: BoxHeightOf): Skeleton {
  const index = structureIndex(doc);
  const order = new Map<string, number>();
  const free: Position[] = [];
  for (const p of Object.values(doc.positions)) {
    order.set(p.id, order.size);
    if (!isStacked(p, doc)) free.push(p);
  }
  const byKode = (a: Position, b: Position) => compareKode(a.kode, b.kode) || order.get(a.id)! - order.get(b.id)!;

  const blocks = new Map<string, Size>();
  const children = new Map<string, string[]>();
  for (const p of free) {
    const stack: (number | undefined)[] = [];
    const freeSubs: Position[] = [];
    for (const s of index.subordinates.get(p.id) ?? []) {
      if (isStacked(s, doc)) stack.push(heightOf?.(s, true));
      else freeSubs.push(s);
    }
    blocks.set(p.id, blockSize(stack.length, { own: heightOf?.(p, false), stack }));
    children.set(p.id, freeSubs.sort(byKode).map((s) => s.id));
  }

  // Tops: no superior. Positions caught in a superior cycle have none; the first of each cycle (in document
  // order) becomes a top so that every free box is laid out exactly once.
  const tops = free.filter((p) => p.superiorId === null || !doc.positions[p.superiorId]);
  const reached = new Set<string>();
  const walk = (rootId: string) => {
    const stack = [rootId];
    while (stack.length) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const c of children.get(id)!) stack.push(c);
    }
  };
  for (const t of tops) walk(t.id);
  for (const p of free) {
    if (!reached.has(p.id)) {
      tops.push(p);
      walk(p.id);
    }
  }
  const isLone = (p: Position) => (children.get(p.id)!.length === 0 ? 1 : 0);
  tops.sort((a, b) => isLone(a) - isLone(b) || byKode(a, b));
  // A cycle member reached again from its own top must not appear twice: drop the back edge.
  const seen = new Set<string>();
  for (const t of tops) {
    const stack = [t.id];
    seen.add(t.id);
    while (stack.length) {
      const id = stack.pop()!;
      const kept = children.get(id)!.filter((c) => !seen.has(c));
      for (const c of kept) seen.add(c);
      children.set(id, kept);
      stack.push(...kept);
    }
  }
  return { blocks, children, roots: tops.map((t) => t.id) };
}
