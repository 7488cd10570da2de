// Box sizes and the "kelompok jabatan fungsional" stack, shared by the canvas and the layout so that both
// agree on where things are. Pure: no React, no DOM.
import { structureIndex, type Point, type Position, type Workspace } from '../model';

export const BOX_WIDTH = 220;
export const BOX_HEIGHT = 76;
export const STACK_ITEM_WIDTH = 210;
export const STACK_ITEM_HEIGHT = 54;
export const STACK_ITEM_GAP = 8;
/** horizontal distance from an official's box to its stack */
export const STACK_OFFSET_X = 36;

/**
 * A JF or Pelaksana that has a superior and nobody under it hangs in its superior's stack: its place is
 * derived, never stored. Everyone else is a free box with a stored placement.
 */
export function isStacked(p: Position, doc: Pick<Workspace, 'positions' | 'units'>): boolean {
  if (p.kind !== 'fungsional' && p.kind !== 'pelaksana') return false;
  if (p.superiorId === null || !doc.positions[p.superiorId]) return false;
  return !structureIndex(doc).subordinates.has(p.id);
}

export function stackedSubordinates(doc: Pick<Workspace, 'positions' | 'units'>, superiorId: string): Position[] {
  const subs = structureIndex(doc).subordinates.get(superiorId) ?? [];
  return subs.filter((s) => isStacked(s, doc));
}

/**
 * A box's height when its text made it grow (io/export/positionText: a name too long for the frame even at the
 * smallest size), undefined for the frame's height. The layout and the stacks take it so grown boxes never overlap.
 */
export type BoxHeightOf = (p: Position, stacked: boolean) => number | undefined;

/** The height of a stack of `count` items; `heights[i]` for a grown item, the frame's height otherwise. */
export function stackHeight(count: number, heights?: readonly (number | undefined)[]): number {
  if (count === 0) return 0;
  let h = (count - 1) * STACK_ITEM_GAP;
  for (let i = 0; i < count; i++) h += heights?.[i] ?? STACK_ITEM_HEIGHT;
  return h;
}

/** The block a free box occupies together with its stack (what the layout must keep apart). */
export function blockSize(stackCount: number, heights?: { own?: number; stack?: readonly (number | undefined)[] }): { width: number; height: number } {
  const own = Math.max(BOX_HEIGHT, heights?.own ?? BOX_HEIGHT);
  if (stackCount === 0) return { width: BOX_WIDTH, height: own };
  return {
    width: BOX_WIDTH + STACK_OFFSET_X + STACK_ITEM_WIDTH,
    height: Math.max(own, stackHeight(stackCount, heights?.stack)),
  };
}

/** Top-left of the i-th stack item of an official whose box is at `owner`; the items above it as tall as `heights`. */
export function stackItemPoint(owner: Point, i: number, heights?: readonly (number | undefined)[]): Point {
  let y = owner.y;
  for (let j = 0; j < i; j++) y += (heights?.[j] ?? STACK_ITEM_HEIGHT) + STACK_ITEM_GAP;
  return { x: owner.x + BOX_WIDTH + STACK_OFFSET_X, y };
}

/**
 * Drawing convention shared with "Rapikan": a komando line runs down from the superior's bottom centre, turns
 * horizontal this far above the subordinate's top, then runs down into its top centre. The layout keeps that
 * band (every gap between rows is at least twice this) and the vertical run (a gutter under a superior whose
 * subordinates hang in rows) free of boxes, so lines drawn this way never cross a box.
 */
export const KOMANDO_BEND_ABOVE = 28;
