// Where symbols go on a lintas fungsi map and what new ones look like: pure, shared by the canvas, its toolbar and export.
import { LANE_HEADER, LF_NODE_SIZE, laneSpans, type LfNode, type LfNodeType, type LintasFungsiMap, type Point } from '../model';
import { newId } from '../model/ids';

/** Symbols that must stand in a lane: a terminator or off-page connector may be drawn outside. */
export function needsLane(type: LfNodeType): boolean {
  return type === 'activity' || type === 'decision';
}

function fallbackPlacement(map: LintasFungsiMap, node: LfNode, i: number): Point {
  const spans = laneSpans(map);
  const span = spans.find((s) => s.lane.id === node.laneId) ?? spans[0];
  const size = LF_NODE_SIZE[node.type];
  const mid = span ? (span.start + span.end) / 2 : 120;
  const along = LANE_HEADER + 24 + i * 120;
  return map.orientation === 'rows' ? { x: along, y: mid - size.height / 2 } : { x: mid - size.width / 2, y: along };
}

export function placementOf(map: LintasFungsiMap, node: LfNode): Point {
  return node.placement ?? fallbackPlacement(map, node, map.nodes.indexOf(node));
}

/** Where a new symbol goes when added by a button: centred in the lane, below everything placed. */
export function nextPlacement(map: LintasFungsiMap, type: LfNodeType, laneId: string | null): Point {
  const spans = laneSpans(map);
  const span = spans.find((s) => s.lane.id === laneId) ?? spans[0];
  const size = LF_NODE_SIZE[type];
  let end = LANE_HEADER + 24;
  for (const n of map.nodes) {
    const p = placementOf(map, n);
    const s = LF_NODE_SIZE[n.type];
    end = Math.max(end, (map.orientation === 'rows' ? p.x + s.width : p.y + s.height) + 40);
  }
  const mid = span ? (span.start + span.end) / 2 : 120;
  return map.orientation === 'rows' ? { x: end, y: mid - size.height / 2 } : { x: mid - size.width / 2, y: end };
}

export function newSymbol(type: LfNodeType, placement: Point, laneId: string | null): LfNode {
  const base = { id: newId('nd'), label: '', laneId, placement, sumber: '' };
  switch (type) {
    case 'terminator':
      return { ...base, type, peran: 'mulai' };
    case 'activity':
      return { ...base, type, label: 'Kegiatan baru', keterangan: '', mutuBaku: { kelengkapan: '', waktu: '', output: '' } };
    case 'decision':
      return { ...base, type, label: 'Keputusan?', keterangan: '' };
    case 'connector':
      return { ...base, type, label: 'A' };
  }
}

/** The label a new arrow out of a decision gets: "Ya" first, then "Tidak". */
export function exitLabel(map: LintasFungsiMap, sourceId: string): string {
  const src = map.nodes.find((n) => n.id === sourceId);
  if (src?.type !== 'decision') return '';
  const used = new Set(map.arrows.filter((a) => a.source === sourceId).map((a) => a.label));
  return !used.has('Ya') ? 'Ya' : !used.has('Tidak') ? 'Tidak' : '';
}


interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const GAP = 16;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * The first offset from `start`, stepping `step` at a time, at which `boxes` moved by it overlap none of
 * `others` (a pasted or duplicated group set clear of what is drawn).
 */
export function clearOffset(boxes: readonly Box[], others: readonly Box[], start: Point, step: Point): Point {
  let off = start;
  for (let i = 0; i < 500; i++) {
    const moved = boxes.map((b) => ({ ...b, x: b.x + off.x, y: b.y + off.y }));
    if (!moved.some((m) => others.some((o) => overlaps(m, o)))) return off;
    off = { x: off.x + step.x, y: off.y + step.y };
  }
  return off;
}

/** The box every symbol of `nodes` occupies on `map`. */
export function symbolBoxes(map: LintasFungsiMap, nodes: readonly LfNode[]): Box[] {
  return nodes.map((n) => ({ ...placementOf(map, n), ...LF_NODE_SIZE[n.type] }));
}
