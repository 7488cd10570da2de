// The struktur canvas as a Scene (boxes with their text lines, and polylines), computed from the document and the
// shared geometry — the same picture the canvas draws, without the DOM. SVG and PDF export draw it.
import {
  BOX_WIDTH,
  KOMANDO_BEND_ABOVE,
  STACK_OFFSET_X,
  isStacked,
  stackItemPoint,
} from '../../layout/geometry';
import {
  descendantsOf,
  lineKindOf,
  structureIndex,
  type LineKind,
  type Point,
  type Position,
  type PositionKind,
  type Workspace,
} from '../../model';
import type { FittedBlock } from '../text/measure';
import { positionText } from './positionText';
import { sceneOf, type Scene, type SceneItem, type SceneShape, type TextLine } from './scene';

export interface SceneOptions {
  /** positions whose subordinates are hidden */
  collapsed?: ReadonlySet<string>;
  /** only this position and everything below it */
  rootId?: string;
  /** outline the boxes with a finding (a PNG that keeps the findings' marks) */
  marks?: ReadonlyMap<string, FindingMark>;
  /** leave out these positions and everything below them (a key page shows their box only) */
  cut?: ReadonlySet<string>;
}

export function structureScene(doc: Workspace, opts: SceneOptions = {}): Scene {
  const index = structureIndex(doc);
  const collapsed = opts.collapsed ?? new Set<string>();
  let included: Set<string> | null = null;
  if (opts.rootId && doc.positions[opts.rootId]) {
    included = new Set([opts.rootId, ...descendantsOf(index, opts.rootId).map((p) => p.id)]);
  }
  const hidden = new Set<string>();
  for (const id of collapsed) for (const d of descendantsOf(index, id)) hidden.add(d.id);
  for (const id of opts.cut ?? []) for (const d of descendantsOf(index, id)) hidden.add(d.id);
  const visible = (p: Position) => !hidden.has(p.id) && (!included || included.has(p.id));

  const boxes: SceneShape[] = [];
  const lines: SceneItem[] = [];
  const at = new Map<string, Point>();
  const line = (kind: LineKind, points: Point[]): SceneItem => ({
    type: 'path',
    points,
    stroke: LINE_STYLE[kind].stroke,
    width: LINE_STYLE[kind].width,
    className: `line-${kind}`,
  });

  for (const p of Object.values(doc.positions)) {
    if (!visible(p) || isStacked(p, doc)) continue;
    const point = p.placement ?? { x: 0, y: 0 };
    at.set(p.id, point);
    boxes.push(positionBox(p, point, false, opts.marks?.get(p.id)));
  }
  for (const p of Object.values(doc.positions)) {
    if (!at.has(p.id) || collapsed.has(p.id) || opts.cut?.has(p.id)) continue;
    const owner = at.get(p.id)!;
    const stack = (index.subordinates.get(p.id) ?? []).filter((sub) => visible(sub) && isStacked(sub, doc));
    // a grown item pushes the ones under it down, as on the canvas
    const heights = stack.map((sub) => positionText(sub, true).height);
    stack.forEach((sub, i) => {
      const point = stackItemPoint(owner, i, heights);
      boxes.push(positionBox(sub, point, true, opts.marks?.get(sub.id)));
      const start = { x: owner.x + BOX_WIDTH, y: owner.y + positionText(p, false).height / 2 };
      const spineX = owner.x + BOX_WIDTH + STACK_OFFSET_X / 2;
      const end = { x: point.x, y: point.y + heights[i] / 2 };
      lines.push(line(lineKindOf(sub), [start, { x: spineX, y: start.y }, { x: spineX, y: end.y }, end]));
    });
  }
  for (const p of Object.values(doc.positions)) {
    const self = at.get(p.id);
    const sup = p.superiorId ? at.get(p.superiorId) : undefined;
    if (!self || !sup) continue;
    const s = { x: sup.x + BOX_WIDTH / 2, y: sup.y + positionText(doc.positions[p.superiorId!], false).height };
    const t = { x: self.x + BOX_WIDTH / 2, y: self.y };
    const bendY = Math.max(s.y, t.y - KOMANDO_BEND_ABOVE);
    lines.push(line(lineKindOf(p), [s, { x: s.x, y: bendY }, { x: t.x, y: bendY }, t]));
  }
  // lines under the boxes, as on the canvas
  return sceneOf([...lines, ...boxes]);
}

/** A position's box as the canvas draws it: kode and kind, the name in bold, the holder in italics (positionText). */
function positionBox(p: Position, point: Point, stacked: boolean, mark?: FindingMark): SceneShape {
  const s = KIND_STYLE[p.kind];
  const { frame, block, height } = positionText(p, stacked);
  const texts = blockLines(block, { x: point.x + frame.padX, y: point.y, height, padTop: frame.padTop, color: s.text });
  return {
    type: 'shape',
    shape: 'rect',
    id: p.id,
    className: `box kind-${p.kind}`,
    x: point.x,
    y: point.y,
    width: frame.width,
    height,
    radius: s.radius,
    fill: s.fill,
    stroke: mark ? MARK_STROKE[mark] : s.stroke,
    strokeWidth: mark ? 3 : 1.5,
    texts,
  };
}

export type FindingMark = 'error' | 'warning';
const MARK_STROKE: Record<FindingMark, string> = { error: '#c92a2a', warning: '#e8590c' };

/**
 * The lines of a fitted block, left-aligned at `x` and centred vertically in a box of `height` (as the canvas's
 * flex column centres them), the first part (the kode line) a little faded.
 */
export function blockLines(block: FittedBlock, at: { x: number; y: number; height: number; padTop: number; color: string }): TextLine[] {
  const out: TextLine[] = [];
  let top = at.y + Math.max(at.padTop, (at.height - block.height) / 2);
  block.parts.forEach((part, i) => {
    for (const text of part.lines) {
      out.push({
        text,
        x: at.x,
        y: round1(top + part.lineHeight / 2 + part.size * 0.35),
        size: part.size,
        bold: part.bold,
        italic: part.italic,
        color: at.color,
        opacity: i === 0 && !part.bold && !part.italic ? 0.85 : undefined,
      });
      top += part.lineHeight;
    }
  });
  return out;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Colours of each kind, as on the canvas (src/ui/styles.css). */
export const KIND_STYLE: Record<PositionKind, { fill: string; stroke: string; text: string; radius: number }> = {
  'jpt-madya': { fill: '#0f2a4a', stroke: '#0f2a4a', text: '#ffffff', radius: 4 },
  'jpt-pratama': { fill: '#1e3a5f', stroke: '#0f2a4a', text: '#ffffff', radius: 4 },
  administrator: { fill: '#2f6fb0', stroke: '#1e4f85', text: '#ffffff', radius: 4 },
  pengawas: { fill: '#d6e6f5', stroke: '#2f6fb0', text: '#10263d', radius: 4 },
  fungsional: { fill: '#e3f4ea', stroke: '#2e8b57', text: '#143d24', radius: 16 },
  pelaksana: { fill: '#fff4e0', stroke: '#c7821f', text: '#4a2f05', radius: 6 },
};

export const LINE_STYLE: Record<LineKind, { stroke: string; width: number }> = {
  komando: { stroke: '#1e3a5f', width: 2.2 },
  kedudukan: { stroke: '#7b95ad', width: 1.4 },
};
