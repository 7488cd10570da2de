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

export function stackHeight(count: number): number {
  return count === 0 ? 0 : count * STACK_ITEM_HEIGHT + (count - 1) * STACK_ITEM_GAP;
}

/** The block a free box occupies together with its stack (what the layout must keep apart). */
export function blockSize(stackCount: number): { width: number; height: number } {
  if (stackCount === 0) return { width: BOX_WIDTH, height: BOX_HEIGHT };
  return {
    width: BOX_WIDTH + STACK_OFFSET_X + STACK_ITEM_WIDTH,
    height: Math.max(BOX_HEIGHT, stackHeight(stackCount)),
  };
}

/** Top-left of the i-th stack item of an official whose box is at `owner`. */
export function stackItemPoint(owner: Point, i: number): Point {
  return {
    x: owner.x + BOX_WIDTH + STACK_OFFSET_X,
    y: owner.y + i * (STACK_ITEM_HEIGHT + STACK_ITEM_GAP),
  };
}

/**
 * Drawing convention shared with "Rapikan": a komando line runs down from the superior's bottom centre, turns
 * horizontal this far above the subordinate's top, then runs down into its top centre. The layout keeps that
 * band (every gap between rows is at least twice this) and the vertical run (a gutter under a superior whose
 * subordinates hang in rows) free of boxes, so lines drawn this way never cross a box.
 */
export const KOMANDO_BEND_ABOVE = 28;
