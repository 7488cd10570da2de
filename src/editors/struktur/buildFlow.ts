// Projects the document onto React Flow nodes and edges. Node and edge objects are reused while their inputs
// are unchanged, so React Flow and the memoised node components skip untouched boxes.
// In the overview (far zoom, docs/performance.md) a stack of JF/Pelaksana is no React Flow node of its own but
// part of its official's node: ~90 % of a large structure is stacked, and every React Flow node costs store
// selectors, a transform layer and hit testing on each pan or drag frame.
import type { Edge, Node } from '@xyflow/react';
import { lineKindOf, structureIndex, type Point, type Position, type Workspace } from '../../model';
import { BOX_WIDTH, STACK_ITEM_WIDTH, blockSize, isStacked, stackItemPoint } from '../../layout/geometry';
import { positionText } from '../../io/export/positionText';
import { EDGE_DOM_ID, NODE_DOM_ID } from '../flowLabels';

export interface PositionNodeData extends Record<string, unknown> {
  position: Position;
  /** number of direct subordinates (all kinds) */
  subordinateCount: number;
  collapsed: boolean;
  /** overview only: the stacked subordinates drawn inside this box's node; null when they are nodes of their own */
  stack: readonly Position[] | null;
}

export type PositionFlowNode = Node<PositionNodeData, 'box' | 'stackItem'>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Flow {
  nodes: PositionFlowNode[];
  edges: Edge[];
  /** absolute rectangle of every visible position, for drop-target hit tests */
  rects: Map<string, Rect>;
}

const ORIGIN: Point = { x: 0, y: 0 };

export interface BuildOptions {
  /** draw every stack inside its official's node (far zoom) */
  overview?: boolean;
}

export function createFlowBuilder() {
  const nodeCache = new Map<string, { key: unknown[]; node: PositionFlowNode }>();
  const edgeCache = new Map<string, { key: unknown[]; edge: Edge }>();
  // the same array while the stack holds the same position objects, so the node (and its memo) survives
  const stackCache = new Map<string, Position[]>();

  function same(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }

  return function build(doc: Workspace, collapsed: ReadonlySet<string>, { overview = false }: BuildOptions = {}): Flow {
    const index = structureIndex(doc);
    const nodes: PositionFlowNode[] = [];
    const edges: Edge[] = [];
    const rects = new Map<string, Rect>();
    const seenNodes = new Set<string>();
    const seenEdges = new Set<string>();

    const hidden = new Set<string>();
    for (const id of collapsed) {
      const stack = [...(index.subordinates.get(id) ?? [])];
      while (stack.length) {
        const p = stack.pop()!;
        if (hidden.has(p.id)) continue;
        hidden.add(p.id);
        stack.push(...(index.subordinates.get(p.id) ?? []));
      }
    }

    const emitNode = (
      p: Position,
      kind: 'box' | 'stackItem',
      position: Point,
      parentId?: string,
      stack: Position[] | null = null,
    ) => {
      const subs = index.subordinates.get(p.id)?.length ?? 0;
      const isCollapsed = collapsed.has(p.id);
      const key = [p, kind, position.x, position.y, parentId, subs, isCollapsed, stack];
      const cached = nodeCache.get(p.id);
      let node: PositionFlowNode;
      if (cached && same(cached.key, key)) node = cached.node;
      else {
        // a box with its stack inside takes the stack's room too: React Flow culls and fits by node size
        // a grown box (a long name) is as tall as its text: React Flow and the layout make room for it
        const own = positionText(p, kind === 'stackItem').height;
        const size = stack ? blockSize(stack.length, { own, stack: stack.map((s) => positionText(s, true).height) }) : null;
        const width = size ? size.width : kind === 'box' ? BOX_WIDTH : STACK_ITEM_WIDTH;
        const height = size ? size.height : own;
        node = {
          id: p.id,
          type: kind,
          position,
          parentId,
          data: { position: p, subordinateCount: subs, collapsed: isCollapsed, stack },
          domAttributes: NODE_DOM_ID,
          width,
          height,
          // The size is fixed, so say it is measured: React Flow then keeps a node's measured handles when the node
          // object is replaced (moved, renamed). Without it every replaced node was observed and measured again
          // (~0.4 ms of layout reads each: 90 ms after "Rapikan" on 5,000 positions, and on every drag frame).
          measured: { width, height },
        };
        nodeCache.set(p.id, { key, node });
      }
      seenNodes.add(p.id);
      nodes.push(node);
    };

    const emitEdge = (sub: Position, stacked: boolean) => {
      const superiorId = sub.superiorId!;
      const kind = lineKindOf(sub);
      const id = `line:${sub.id}`;
      const superiorName = doc.positions[superiorId]?.nama ?? '';
      const key = [superiorId, kind, stacked, superiorName, sub.nama];
      const cached = edgeCache.get(id);
      let edge: Edge;
      if (cached && same(cached.key, key)) edge = cached.edge;
      else {
        edge = {
          id,
          source: superiorId,
          target: sub.id,
          sourceHandle: stacked ? 'stack' : 'bottom',
          targetHandle: stacked ? 'left' : 'top',
          type: 'line',
          className: `line line-${kind}`,
          selectable: false,
          focusable: false,
          // without a label React Flow reads out "Edge from jab_1 to jab_1_3"
          ariaLabel: `Garis ${kind} dari ${superiorName || 'tanpa nama'} ke ${sub.nama || 'tanpa nama'}`,
          domAttributes: EDGE_DOM_ID,
          data: { kind },
        };
        edgeCache.set(id, { key, edge });
      }
      seenEdges.add(id);
      edges.push(edge);
    };

    /** The stacked subordinates of a shown official, in stack order; the same array as last time if unchanged. */
    const stackOf = (owner: Position): Position[] => {
      const subs = index.subordinates.get(owner.id);
      const stack = subs && !collapsed.has(owner.id) ? subs.filter((s) => isStacked(s, doc)) : [];
      const cached = stackCache.get(owner.id);
      if (cached && same(cached, stack)) return cached;
      stackCache.set(owner.id, stack);
      return stack;
    };

    // Free boxes first: React Flow needs a parent node before its children.
    let fallbackRow = 0;
    const stacks: { owner: Position; stack: Position[] }[] = [];
    const owners = new Set<string>();
    for (const p of Object.values(doc.positions)) {
      if (hidden.has(p.id) || isStacked(p, doc)) continue;
      const at = p.placement ?? { x: 0, y: -200 - 120 * fallbackRow++ };
      const stack = stackOf(p);
      if (stack.length) {
        stacks.push({ owner: p, stack });
        owners.add(p.id);
      }
      emitNode(p, 'box', at, undefined, overview && stack.length ? stack : null);
      rects.set(p.id, { x: at.x, y: at.y, width: BOX_WIDTH, height: positionText(p, false).height });
      if (p.superiorId && doc.positions[p.superiorId] && !hidden.has(p.superiorId)) emitEdge(p, false);
    }
    for (const { owner, stack } of stacks) {
      const ownerAt = rects.get(owner.id)!;
      const heights = stack.map((sub) => positionText(sub, true).height);
      stack.forEach((sub, i) => {
        const rel = stackItemPoint(ORIGIN, i, heights);
        // drop targets keep their place in the overview too (drawn by the owner's node there)
        rects.set(sub.id, {
          x: ownerAt.x + rel.x,
          y: ownerAt.y + rel.y,
          width: STACK_ITEM_WIDTH,
          height: heights[i],
        });
        if (overview) return;
        emitNode(sub, 'stackItem', rel, owner.id);
        emitEdge(sub, true);
      });
    }

    for (const id of nodeCache.keys()) if (!seenNodes.has(id)) nodeCache.delete(id);
    for (const id of edgeCache.keys()) if (!seenEdges.has(id)) edgeCache.delete(id);
    for (const id of stackCache.keys()) if (!owners.has(id)) stackCache.delete(id);
    return { nodes, edges, rects };
  };
}

/** The topmost rectangle containing the point, skipping the excluded ids (the dragged boxes and their stacks). */
export function hitTest(rects: Map<string, Rect>, point: Point, exclude: ReadonlySet<string>): string | null {
  let hit: string | null = null;
  for (const [id, r] of rects) {
    if (exclude.has(id)) continue;
    if (point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) hit = id;
  }
  return hit;
}


