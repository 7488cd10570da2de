// The struktur canvas as a Scene (boxes with their text lines, and polylines), computed from the document and the
// shared geometry — the same picture the canvas draws, without the DOM. SVG and PDF export draw it.
import {
  BOX_HEIGHT,
  BOX_WIDTH,
  KOMANDO_BEND_ABOVE,
  STACK_ITEM_HEIGHT,
  STACK_ITEM_WIDTH,
  STACK_OFFSET_X,
  isStacked,
  stackItemPoint,
} from '../../layout/geometry';
import {
  JENJANG_LABELS,
  POSITION_KIND_LABELS,
  descendantsOf,
  lineKindOf,
  structureIndex,
  type LineKind,
  type Point,
  type Position,
  type PositionKind,
  type Workspace,
} from '../../model';
import { sceneOf, wrapText, type Scene, type SceneItem, type SceneShape, type TextLine } from './scene';

export { wrapText };

export interface SceneOptions {
  /** positions whose subordinates are hidden */
  collapsed?: ReadonlySet<string>;
  /** only this position and everything below it */
  rootId?: string;
}

function kindLabelOf(p: Position): string {
  return p.kind === 'fungsional' && p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : POSITION_KIND_LABELS[p.kind];
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
    boxes.push(positionBox(p, point, false));
  }
  for (const p of Object.values(doc.positions)) {
    if (!at.has(p.id) || collapsed.has(p.id)) continue;
    const owner = at.get(p.id)!;
    let i = 0;
    for (const sub of index.subordinates.get(p.id) ?? []) {
      if (!visible(sub) || !isStacked(sub, doc)) continue;
      const point = stackItemPoint(owner, i++);
      boxes.push(positionBox(sub, point, true));
      const start = { x: owner.x + BOX_WIDTH, y: owner.y + BOX_HEIGHT / 2 };
      const spineX = owner.x + BOX_WIDTH + STACK_OFFSET_X / 2;
      const end = { x: point.x, y: point.y + STACK_ITEM_HEIGHT / 2 };
      lines.push(line(lineKindOf(sub), [start, { x: spineX, y: start.y }, { x: spineX, y: end.y }, end]));
    }
  }
  for (const p of Object.values(doc.positions)) {
    const self = at.get(p.id);
    const sup = p.superiorId ? at.get(p.superiorId) : undefined;
    if (!self || !sup) continue;
    const s = { x: sup.x + BOX_WIDTH / 2, y: sup.y + BOX_HEIGHT };
    const t = { x: self.x + BOX_WIDTH / 2, y: self.y };
    const bendY = Math.max(s.y, t.y - KOMANDO_BEND_ABOVE);
    lines.push(line(lineKindOf(p), [s, { x: s.x, y: bendY }, { x: t.x, y: bendY }, t]));
  }
  // lines under the boxes, as on the canvas
  return sceneOf([...lines, ...boxes]);
}

/** A position's box as the canvas draws it: kode and kind, the name in bold (two lines), the holder in italics. */
function positionBox(p: Position, point: Point, stacked: boolean): SceneShape {
  const width = stacked ? STACK_ITEM_WIDTH : BOX_WIDTH;
  const height = stacked ? STACK_ITEM_HEIGHT : BOX_HEIGHT;
  const s = KIND_STYLE[p.kind];
  const x = point.x + 9;
  const maxChars = Math.floor((width - 18) / 6.6);
  let y = point.y + (stacked ? 18 : 20);
  const texts: TextLine[] = [{ text: [p.kode, kindLabelOf(p)].filter(Boolean).join('  '), x, y, size: 10, color: s.text, opacity: 0.85 }];
  for (const text of wrapText(p.nama, maxChars, stacked ? 1 : 2)) {
    y += 15;
    texts.push({ text, x, y, size: 12.5, bold: true, color: s.text });
  }
  const holder = p.pemangku.length > 1 ? `${p.pemangku[0].nama} (+${p.pemangku.length - 1})` : (p.pemangku[0]?.nama ?? '');
  if (holder && !stacked) {
    texts.push({ text: wrapText(holder, maxChars, 1)[0] ?? '', x, y: Math.min(y + 14, point.y + height - 6), size: 10.5, italic: true, color: s.text });
  }
  return {
    type: 'shape',
    shape: 'rect',
    id: p.id,
    className: `box kind-${p.kind}`,
    x: point.x,
    y: point.y,
    width,
    height,
    radius: s.radius,
    fill: s.fill,
    stroke: s.stroke,
    strokeWidth: 1.5,
    texts,
  };
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
