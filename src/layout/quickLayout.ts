// A layout without ELK, synchronous and linear in the number of boxes: every official hangs its subordinates
// in rows (pieces.ts `hang`), trees are shelf-packed. Cruder than "Rapikan" but never overlapping, for when a
// document needs placements at once (generated documents, a first picture before the worker answers).
import type { Point, Workspace } from '../model';
import { blockPiece, hang, pack, type Piece } from './pieces';
import { buildSkeleton, type Skeleton } from './skeleton';

const TARGET_RATIO = Math.SQRT2;

export function quickLayout(doc: Pick<Workspace, 'positions' | 'units'>): Record<string, Point> {
  const skeleton = buildSkeleton(doc);
  const pieces = skeleton.roots.map((r) => quickPiece(skeleton, r));
  const out: Record<string, Point> = {};
  for (const b of pack(pieces, TARGET_RATIO)) out[b.id] = { x: Math.round(b.x), y: Math.round(b.y) };
  return out;
}

function quickPiece(skeleton: Skeleton, rootId: string): Piece {
  // Post-order without recursion: a deep chain must not overflow the stack.
  const done = new Map<string, Piece>();
  const stack: { id: string; expanded: boolean }[] = [{ id: rootId, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const kids = skeleton.children.get(top.id)!;
    if (!top.expanded && kids.length > 0) {
      top.expanded = true;
      for (const k of kids) stack.push({ id: k, expanded: false });
      continue;
    }
    stack.pop();
    const block = skeleton.blocks.get(top.id)!;
    done.set(
      top.id,
      kids.length === 0 ? blockPiece(top.id, block) : hang(top.id, block, kids.map((k) => done.get(k)!), TARGET_RATIO),
    );
  }
  return done.get(rootId)!;
}
