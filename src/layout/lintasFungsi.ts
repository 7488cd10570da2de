// "Rapikan" for a lintas fungsi map: ELK layered with partitioning, one partition per lane, through the same
// ElkLike as the struktur layout (elk.bundled in node, the worker in the browser). ELK places the nodes of
// partition i in layers before those of partition i + 1, so each lane becomes a strip along the layering
// direction: RIGHT for column lanes, DOWN for row lanes. The strips are then packed side by side from 0, each
// lane sized to its nodes, and the flow area starts after the lane headers (model/maps.ts LANE_HEADER), so every
// node lies inside its lane by laneAt.
//
// A symbol without a lane (a terminator or connector drawn outside) is laid out in the lane of its first
// neighbour that has one; its laneId is not changed. Pure; deterministic (fixed seed, nodes in map order).
//
// mode 'sop' skips ELK and draws the printed SOP AP look instead: one step per row in flow order (the order of
// the SOP table, io/sop), each symbol centred in its lane.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { flowOrder, LANE_HEADER, LF_NODE_SIZE, type LfNode, type LintasFungsiMap, type Point } from '../model';
import type { ElkLike } from './layoutStructure';

export interface LintasFungsiLayoutOptions {
  /** 'elk' (default): ELK layered with a partition per lane; 'sop': one step per row in SOP table order */
  mode?: 'elk' | 'sop';
}

export interface LintasFungsiLayout {
  /** top-left of every node */
  placements: Record<string, Point>;
  /** width (columns) or height (rows) of every lane */
  laneSizes: Record<string, number>;
}

/** space between a lane's border and its nodes, px */
export const LANE_PADDING = 24;
export const MIN_LANE_SIZE = 200;
/** gap between the lane headers and the first node */
const FLOW_TOP = 24;

/** above this many symbols the cheaper ELK settings are used (measured: 300 activities ≈ 6 s → ≈ 1.2 s) */
export const LARGE_MAP_NODES = 100;

function options(columns: boolean, nodes: number): LayoutOptions {
  const base: LayoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': columns ? 'RIGHT' : 'DOWN',
    'elk.partitioning.activate': 'true',
    'elk.separateConnectedComponents': 'false',
    'elk.spacing.nodeNode': '36',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    // the canvas draws its own arrows: polyline routing is the cheapest and its routes are not used
    'elk.edgeRouting': 'POLYLINE',
    'elk.randomSeed': '1',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  };
  if (nodes <= LARGE_MAP_NODES) return base;
  // Lanes as partitions make long edges across many layers (thousands of dummy nodes at 300 activities): trade
  // some crossing quality for time there.
  return {
    ...base,
    'elk.layered.thoroughness': '1',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.layered.layering.strategy': 'LONGEST_PATH',
  };
}

/** Lane index of every node: its own lane, else its first neighbour's (by arrows), else the first lane. */
export function laneIndexes(map: LintasFungsiMap): Map<string, number> {
  const index = new Map(map.lanes.map((l, i) => [l.id, i]));
  const out = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const a of map.arrows) {
    neighbours.set(a.source, [...(neighbours.get(a.source) ?? []), a.target]);
    neighbours.set(a.target, [...(neighbours.get(a.target) ?? []), a.source]);
  }
  const own = (n: LfNode) => (n.laneId !== null ? index.get(n.laneId) : undefined);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  for (const n of map.nodes) {
    let lane = own(n);
    if (lane === undefined) {
      for (const id of neighbours.get(n.id) ?? []) {
        const m = byId.get(id);
        lane = m ? own(m) : undefined;
        if (lane !== undefined) break;
      }
    }
    out.set(n.id, lane ?? 0);
  }
  return out;
}

/** gap between two rows of the 'sop' mode */
const SOP_ROW_GAP = 32;

function sopLayout(map: LintasFungsiMap, laneOf: Map<string, number>): LintasFungsiLayout {
  const columns = map.orientation !== 'rows';
  const laneSizes: Record<string, number> = {};
  const starts: number[] = [];
  let offset = 0;
  map.lanes.forEach((lane, i) => {
    let widest = 0;
    for (const n of map.nodes) {
      if (laneOf.get(n.id) !== i) continue;
      const s = LF_NODE_SIZE[n.type];
      widest = Math.max(widest, columns ? s.width : s.height);
    }
    laneSizes[lane.id] = Math.max(MIN_LANE_SIZE, widest + 2 * LANE_PADDING);
    starts.push(offset);
    offset += laneSizes[lane.id];
  });
  const step = Math.max(...Object.values(LF_NODE_SIZE).map((s) => (columns ? s.height : s.width))) + SOP_ROW_GAP;
  const placements: Record<string, Point> = {};
  flowOrder(map).forEach((n, row) => {
    const i = laneOf.get(n.id) ?? 0;
    const s = LF_NODE_SIZE[n.type];
    const size = map.lanes[i] ? laneSizes[map.lanes[i].id] : MIN_LANE_SIZE;
    const u = Math.round((starts[i] ?? 0) + (size - (columns ? s.width : s.height)) / 2);
    const v = Math.round(LANE_HEADER + FLOW_TOP + row * step + (step - SOP_ROW_GAP - (columns ? s.height : s.width)) / 2);
    placements[n.id] = columns ? { x: u, y: v } : { x: v, y: u };
  });
  return { placements, laneSizes };
}

export async function layoutLintasFungsi(map: LintasFungsiMap, elk: ElkLike, opts: LintasFungsiLayoutOptions = {}): Promise<LintasFungsiLayout> {
  const columns = map.orientation !== 'rows';
  const laneOf = laneIndexes(map);
  if (opts.mode === 'sop') return sopLayout(map, laneOf);
  const ids = new Set(map.nodes.map((n) => n.id));
  const children: ElkNode[] = map.nodes.map((n) => ({
    id: n.id,
    ...LF_NODE_SIZE[n.type],
    layoutOptions: { 'elk.partitioning.partition': String(laneOf.get(n.id)) },
  }));
  const edges: ElkExtendedEdge[] = map.arrows
    .filter((a) => ids.has(a.source) && ids.has(a.target) && a.source !== a.target)
    .map((a) => ({ id: a.id, sources: [a.source], targets: [a.target] }));
  const laid = children.length ? await elk.layout({ id: map.id, layoutOptions: options(columns, children.length), children, edges }) : { id: map.id, children: [] };

  // Cross axis: across the lanes; flow axis: along them.
  const cross = (p: { x?: number; y?: number }) => (columns ? (p.x ?? 0) : (p.y ?? 0));
  const along = (p: { x?: number; y?: number }) => (columns ? (p.y ?? 0) : (p.x ?? 0));
  const extent = (n: LfNode) => (columns ? LF_NODE_SIZE[n.type].width : LF_NODE_SIZE[n.type].height);
  const at = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const byLane = map.lanes.map(() => [] as LfNode[]);
  for (const n of map.nodes) byLane[laneOf.get(n.id) ?? 0]?.push(n);
  let flowMin = Infinity;
  for (const c of at.values()) flowMin = Math.min(flowMin, along(c));
  if (!Number.isFinite(flowMin)) flowMin = 0;

  const placements: Record<string, Point> = {};
  const laneSizes: Record<string, number> = {};
  let offset = 0;
  map.lanes.forEach((lane, i) => {
    const nodes = byLane[i];
    let lo = Infinity;
    let hi = -Infinity;
    for (const n of nodes) {
      const c = cross(at.get(n.id)!);
      lo = Math.min(lo, c);
      hi = Math.max(hi, c + extent(n));
    }
    const used = nodes.length ? hi - lo : 0;
    const size = Math.max(MIN_LANE_SIZE, Math.ceil(used + 2 * LANE_PADDING));
    const shift = offset + (size - used) / 2 - (nodes.length ? lo : 0);
    for (const n of nodes) {
      const c = at.get(n.id)!;
      const u = Math.round(cross(c) + shift);
      const v = Math.round(along(c) - flowMin + LANE_HEADER + FLOW_TOP);
      placements[n.id] = columns ? { x: u, y: v } : { x: v, y: u };
    }
    laneSizes[lane.id] = size;
    offset += size;
  });
  // Nodes of a map without lanes still get a place (one strip from 0).
  if (map.lanes.length === 0) {
    for (const n of map.nodes) {
      const c = at.get(n.id)!;
      placements[n.id] = { x: Math.round(c.x ?? 0), y: Math.round((c.y ?? 0) + LANE_HEADER + FLOW_TOP) };
    }
  }
  return { placements, laneSizes };
}
