// "Rapikan" for a lintas fungsi map: ELK layered along the flow — DOWN for column lanes (the SOP AP look: "alur ke
// bawah"), RIGHT for row lanes — through the same ElkLike as the struktur layout (elk.bundled in node, the worker
// in the browser). ELK's layers give every symbol its place along the flow; across the flow each symbol stands in
// its lane: symbols of one lane whose places along the flow overlap stand side by side, in ELK's order, and the
// lane is sized to the widest such row. The flow area starts after the lane headers (model/maps.ts LANE_HEADER),
// so every node lies inside its lane by laneAt, and no two symbols overlap.
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
    'elk.direction': columns ? 'DOWN' : 'RIGHT',
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
  // long edges across many layers make many dummy nodes at 300 activities: trade some crossing quality for time
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

/** space between two symbols standing side by side in a lane, px */
const SIDE_GAP = 24;

export async function layoutLintasFungsi(map: LintasFungsiMap, elk: ElkLike, opts: LintasFungsiLayoutOptions = {}): Promise<LintasFungsiLayout> {
  const columns = map.orientation !== 'rows';
  const laneOf = laneIndexes(map);
  if (opts.mode === 'sop') return sopLayout(map, laneOf);
  const ids = new Set(map.nodes.map((n) => n.id));
  const children: ElkNode[] = map.nodes.map((n) => ({ id: n.id, ...LF_NODE_SIZE[n.type] }));
  const edges: ElkExtendedEdge[] = map.arrows
    .filter((a) => ids.has(a.source) && ids.has(a.target) && a.source !== a.target)
    .map((a) => ({ id: a.id, sources: [a.source], targets: [a.target] }));
  const laid = children.length ? await elk.layout({ id: map.id, layoutOptions: options(columns, children.length), children, edges }) : { id: map.id, children: [] };

  // Flow axis: along the lanes (ELK's layering direction); cross axis: across them.
  const along = (p: { x?: number; y?: number }) => (columns ? (p.y ?? 0) : (p.x ?? 0));
  const cross = (p: { x?: number; y?: number }) => (columns ? (p.x ?? 0) : (p.y ?? 0));
  const extent = (n: LfNode) => (columns ? LF_NODE_SIZE[n.type].width : LF_NODE_SIZE[n.type].height);
  const length = (n: LfNode) => (columns ? LF_NODE_SIZE[n.type].height : LF_NODE_SIZE[n.type].width);
  const at = new Map((laid.children ?? []).map((c) => [c.id, c]));
  let flowMin = Infinity;
  for (const c of at.values()) flowMin = Math.min(flowMin, along(c));
  if (!Number.isFinite(flowMin)) flowMin = 0;
  const flowAt = (n: LfNode) => Math.round(along(at.get(n.id)!) - flowMin + LANE_HEADER + FLOW_TOP);

  // per lane: rows of symbols whose spans along the flow overlap, each row in ELK's cross order
  const rowsOf = (nodes: LfNode[]): LfNode[][] => {
    const sorted = [...nodes].sort((a, b) => flowAt(a) - flowAt(b) || cross(at.get(a.id)!) - cross(at.get(b.id)!));
    const out: { end: number; nodes: LfNode[] }[] = [];
    for (const n of sorted) {
      const last = out[out.length - 1];
      if (last && flowAt(n) < last.end) {
        last.nodes.push(n);
        last.end = Math.max(last.end, flowAt(n) + length(n));
      } else out.push({ end: flowAt(n) + length(n), nodes: [n] });
    }
    return out.map((r) => r.nodes.sort((a, b) => cross(at.get(a.id)!) - cross(at.get(b.id)!)));
  };
  const width = (row: LfNode[]) => row.reduce((w, n) => w + extent(n), 0) + SIDE_GAP * (row.length - 1);

  const placements: Record<string, Point> = {};
  const laneSizes: Record<string, number> = {};
  const byLane = map.lanes.map(() => [] as LfNode[]);
  for (const n of map.nodes) byLane[laneOf.get(n.id) ?? 0]?.push(n);
  let offset = 0;
  map.lanes.forEach((lane, i) => {
    const rows = rowsOf(byLane[i]);
    const size = Math.max(MIN_LANE_SIZE, Math.ceil(Math.max(0, ...rows.map(width)) + 2 * LANE_PADDING));
    for (const row of rows) {
      let u = offset + (size - width(row)) / 2;
      for (const n of row) {
        const v = flowAt(n);
        const c = Math.round(u);
        placements[n.id] = columns ? { x: c, y: v } : { x: v, y: c };
        u += extent(n) + SIDE_GAP;
      }
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
