// "Rapikan" for the struktur canvas: new placements for every free box (ENGINEERING.md §4).
//
// Only the structural skeleton is laid out: JF/Pelaksana stacks travel with their official as one block.
// - An official whose free subordinates are all leaves hangs them in rows under itself (pieces.ts `hang`):
//   one ELK node, so a Kabid's Kasi do not each take a column of the page.
// - Each tree goes through ELK layered, DOWN, subordinates in kode order (no crossing minimisation: a tree in
//   model order has no crossings, and the costly options of §4 are not needed).
// - A tree that still comes out too wide has its top's subtrees hung in rows instead (recursively).
// - The trees are shelf-packed into a page-like rectangle.
// Deterministic: no randomness besides ELK's fixed seed, children ordered by kode then document order.
// Pure: the ELK instance is passed in (a Web Worker in the browser, elk.bundled in node).
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Point, Workspace } from '../model';
import { BOX_WIDTH, type BoxHeightOf } from './geometry';
import {
  LAYER_GAP,
  NODE_GAP,
  blockPiece,
  hang,
  pack,
  ratioCost,
  translate,
  type Piece,
  type PlacedBox,
} from './pieces';
import { buildSkeleton, type Skeleton } from './skeleton';

/** What layoutStructure needs of ELK: `new ELK()` from elk.bundled or elk-api both fit. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface LayoutStructureOptions {
  /** wanted width:height of the whole picture; default √2, a landscape page */
  targetRatio?: number;
  /** the height of each grown box (a long name): its block is laid out that tall */
  heightOf?: BoxHeightOf;
}

const DEFAULT_TARGET_RATIO = Math.SQRT2;
/** a subtree wider than this (width:height) gets its subtrees hung in rows */
const SUBTREE_MAX_RATIO = 2.5;
/** below this width a subtree is never re-arranged: its parent can place it anyway */
const SUBTREE_WRAP_MIN_WIDTH = 1600;
/** leaf subordinates hang in a slightly tall shape, so neighbouring hangers sit side by side in a row */
const LEAF_HANGER_RATIO = 0.8;

const ELK_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.randomSeed': '1',
};

const PORTS_FIXED: LayoutOptions = { 'elk.portConstraints': 'FIXED_POS' };

interface Context {
  skeleton: Skeleton;
  elk: ElkLike;
  targetRatio: number;
}

export async function layoutStructure(
  doc: Pick<Workspace, 'positions' | 'units'>,
  elk: ElkLike,
  opts: LayoutStructureOptions = {},
): Promise<Record<string, Point>> {
  const ctx: Context = { skeleton: buildSkeleton(doc, opts.heightOf), elk, targetRatio: opts.targetRatio ?? DEFAULT_TARGET_RATIO };
  const pieces: Piece[] = [];
  // One tree at a time: the worker runs one layout at a time anyway, and the order stays fixed.
  for (const root of ctx.skeleton.roots) pieces.push(await layoutSubtree(ctx, root));
  const out: Record<string, Point> = {};
  for (const b of pack(pieces, ctx.targetRatio)) out[b.id] = { x: Math.round(b.x), y: Math.round(b.y) };
  return out;
}

function isLeaf(ctx: Context, id: string): boolean {
  return ctx.skeleton.children.get(id)!.length === 0;
}

function leafHanger(ctx: Context, id: string): Piece {
  const { blocks, children } = ctx.skeleton;
  const subs = children.get(id)!.map((c) => blockPiece(c, blocks.get(c)!));
  return hang(id, blocks.get(id)!, subs, LEAF_HANGER_RATIO);
}

async function layoutSubtree(ctx: Context, id: string): Promise<Piece> {
  const kids = ctx.skeleton.children.get(id)!;
  const block = ctx.skeleton.blocks.get(id)!;
  if (kids.length === 0) return blockPiece(id, block);
  if (kids.every((k) => isLeaf(ctx, k))) return leafHanger(ctx, id);
  const layered = await elkPiece(ctx, id);
  if (layered.width <= SUBTREE_WRAP_MIN_WIDTH || layered.width / layered.height <= SUBTREE_MAX_RATIO) return layered;
  const subs: Piece[] = [];
  for (const k of kids) subs.push(await layoutSubtree(ctx, k));
  const hung = hang(id, block, subs, ctx.targetRatio);
  return ratioCost(hung.width, hung.height, ctx.targetRatio) < ratioCost(layered.width, layered.height, ctx.targetRatio)
    ? hung
    : layered;
}

function port(id: string, x: number, y: number, side: 'NORTH' | 'SOUTH'): ElkPort {
  return { id, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } };
}

/** The subtree under `rootId` through ELK layered; officials with only leaf subordinates enter as hangers. */
async function elkPiece(ctx: Context, rootId: string): Promise<Piece> {
  const { blocks, children } = ctx.skeleton;
  const nodes: ElkNode[] = [];
  const edges: ElkExtendedEdge[] = [];
  const hangers = new Map<string, Piece>();
  // Preorder with children in kode order: every layer then lists its nodes in reading order.
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    const kids = children.get(id)!;
    if (id !== rootId && kids.length > 0 && kids.every((k) => isLeaf(ctx, k))) {
      const hanger = leafHanger(ctx, id);
      hangers.set(id, hanger);
      nodes.push({
        id,
        width: hanger.width,
        height: hanger.height,
        layoutOptions: PORTS_FIXED,
        ports: [port(`${id}:in`, hanger.rootX + BOX_WIDTH / 2, 0, 'NORTH')],
      });
      continue;
    }
    const block = blocks.get(id)!;
    nodes.push({
      id,
      width: block.width,
      height: block.height,
      layoutOptions: PORTS_FIXED,
      ports: [
        port(`${id}:in`, BOX_WIDTH / 2, 0, 'NORTH'),
        port(`${id}:out`, BOX_WIDTH / 2, block.height, 'SOUTH'),
      ],
    });
    for (const k of kids) edges.push({ id: `${id}>${k}`, sources: [`${id}:out`], targets: [`${k}:in`] });
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }

  const result = await ctx.elk.layout({ id: 'skeleton', layoutOptions: ELK_OPTIONS, children: nodes, edges });
  const boxes: PlacedBox[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of result.children ?? []) {
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (n.width ?? 0));
    maxY = Math.max(maxY, y + (n.height ?? 0));
    const hanger = hangers.get(n.id);
    if (hanger) translate(hanger, x, y, boxes);
    else boxes.push({ id: n.id, x, y });
  }
  for (const b of boxes) {
    b.x -= minX;
    b.y -= minY;
  }
  const root = boxes.find((b) => b.id === rootId)!;
  return { width: maxX - minX, height: maxY - minY, rootX: root.x, boxes };
}
