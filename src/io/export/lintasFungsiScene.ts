// A peta lintas fungsi as a Scene, as LintasFungsiCanvas draws it: the lanes side by side (or stacked) with their
// names in a header strip, the SOP AP symbols (PermenPAN 35/2012: terminator, kegiatan, keputusan, penghubung) at
// their stored placements, and the arrows from a symbol's bottom to the next one's top with their labels (Ya/Tidak).
import { placementOf } from '../../layout/lfPlacement';
import { LANE_HEADER, LF_NODE_SIZE, laneName, laneSpans, type LfNode, type LintasFungsiMap, type Point, type Workspace } from '../../model';
import { centredLines, midpointOf, sceneOf, type Rect, type Scene, type SceneItem, type SceneShape, type TextLine } from './scene';

const INK = '#34495e';
const LANE_STROKE = '#b8c4d0';
const LANE_FILL = ['#f5f8fb', '#ecf1f6'];
const HEADER_FILL = '#e4ecf4';
const UNBOUND_FILL = '#fff6e0';
const UNBOUND_INK = '#8a5a00';
/** how far an arrow runs straight out of a symbol before it turns (React Flow's smoothstep offset) */
const STUB = 20;

/** What a symbol shows: its label, else what the canvas shows for an empty one. */
function symbolText(n: LfNode): string {
  if (n.label) return n.label;
  if (n.type === 'terminator') return n.peran === 'mulai' ? 'Mulai' : 'Selesai';
  return n.type === 'activity' ? 'Kegiatan' : n.type === 'decision' ? 'Keputusan' : '';
}

export function lintasFungsiScene(doc: Workspace, map: LintasFungsiMap): Scene {
  const rows = map.orientation === 'rows';
  const at = new Map<string, Rect>();
  let extent = 640;
  for (const n of map.nodes) {
    const p = placementOf(map, n);
    const s = LF_NODE_SIZE[n.type];
    at.set(n.id, { x: p.x, y: p.y, width: s.width, height: s.height });
    extent = Math.max(extent, (rows ? p.x + s.width : p.y + s.height) + 120);
  }

  const lanes: SceneItem[] = laneSpans(map).map((span, i) => {
    const bound = span.lane.binding !== null;
    const name = laneName(doc, span.lane);
    const rect = rows ? { x: 0, y: span.start, width: extent, height: span.lane.size } : { x: span.start, y: 0, width: span.lane.size, height: extent };
    const style = { size: 13, bold: true, italic: !bound, color: bound ? '#1d2b38' : UNBOUND_INK, padding: 4, maxLines: 3, lineHeight: 15 };
    const texts: TextLine[] = rows
      ? turned(centredLines(name, { x: 0, y: 0, width: span.lane.size, height: LANE_HEADER }, style), { x: LANE_HEADER / 2, y: span.start + span.lane.size / 2 })
      : centredLines(name, { x: span.start, y: 0, width: span.lane.size, height: LANE_HEADER }, style);
    return {
      type: 'shape',
      shape: 'rect',
      className: 'lane',
      id: span.lane.id,
      ...rect,
      fill: LANE_FILL[i % 2],
      stroke: LANE_STROKE,
      strokeWidth: 1,
      header: { side: rows ? 'left' : 'top', size: LANE_HEADER, fill: bound ? HEADER_FILL : UNBOUND_FILL },
      texts,
    } satisfies SceneShape;
  });

  const arrows: SceneItem[] = [];
  for (const a of map.arrows) {
    const s = at.get(a.source);
    const t = at.get(a.target);
    if (!s || !t) continue;
    const points = route(s, t);
    arrows.push({
      type: 'path',
      className: 'arrow',
      points,
      stroke: INK,
      width: 1.3,
      arrow: true,
      label: a.label ? { lines: [a.label], at: midpointOf(points), size: 11, color: '#1d2b38' } : undefined,
    });
  }

  const symbols: SceneItem[] = map.nodes.map((n) => symbolShape(n, at.get(n.id)!));
  // lanes under the arrows, arrows under the symbols, as the canvas stacks them
  return sceneOf([...lanes, ...arrows, ...symbols]);
}

function symbolShape(n: LfNode, r: Rect): SceneShape {
  const text = symbolText(n);
  const base = { type: 'shape' as const, className: `symbol lf-${n.type}`, id: n.id, ...r, fill: '#ffffff', stroke: INK, strokeWidth: 1.5 };
  switch (n.type) {
    case 'terminator':
      return { ...base, shape: 'terminator', texts: centredLines(text, r, { size: 12, color: '#1d2b38', padding: 14, lineHeight: 14 }) };
    case 'activity':
      return { ...base, shape: 'rect', radius: 2, texts: centredLines(text, r, { size: 12, color: '#1d2b38', padding: 8, lineHeight: 14 }) };
    case 'decision':
      return { ...base, shape: 'diamond', texts: centredLines(text, r, { size: 11.5, color: '#1d2b38', padding: 24, lineHeight: 13, maxLines: 4 }) };
    case 'connector':
      return { ...base, shape: 'circle', texts: centredLines(text, r, { size: 12, bold: true, color: '#1d2b38', padding: 2, maxLines: 1 }) };
  }
}

/** Lines laid out horizontally at the origin, turned a quarter counter-clockwise about `centre`. */
function turned(lines: TextLine[], centre: Point): TextLine[] {
  // the unturned block is centred on (width/2, height/2) of a LANE_HEADER-high box; after the turn its line
  // stack runs left to right and each line reads bottom to top
  return lines.map((l) => {
    const dy = l.y - l.size * 0.35 - LANE_HEADER / 2;
    return { ...l, x: centre.x + dy + l.size * 0.35, y: centre.y, angle: -90 as const };
  });
}

/**
 * From the bottom of one symbol to the top of another, with right angles: down, across, down when the target is
 * below (however close); out and around the side when it is not (a loop back).
 */
export function route(s: Rect, t: Rect): Point[] {
  const start = { x: s.x + s.width / 2, y: s.y + s.height };
  const end = { x: t.x + t.width / 2, y: t.y };
  if (end.y - start.y >= 4) {
    if (Math.abs(start.x - end.x) < 0.5) return [start, end];
    const midY = (start.y + end.y) / 2;
    return [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end];
  }
  const apart = Math.abs(start.x - end.x) > (s.width + t.width) / 2 + STUB;
  const sideX = apart ? (start.x + end.x) / 2 : Math.max(s.x + s.width, t.x + t.width) + 30;
  return [start, { x: start.x, y: start.y + STUB }, { x: sideX, y: start.y + STUB }, { x: sideX, y: end.y - STUB }, { x: end.x, y: end.y - STUB }, end];
}
