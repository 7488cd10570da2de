// The drawing model of export: what every exported view (struktur, the four map kinds, Tim Kerja) is turned into,
// and what the SVG, PDF and print renderers draw. Shapes carry their own text lines, already wrapped, so SVG and
// PDF show the same lines; coordinates are the canvas's px. Pure: no DOM.
import type { Point } from '../../model';
import { fitBlock, textWidth, wrapWords } from '../text/measure';
import { cleanLine } from '../text/sanitize';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  /** the anchor point; y is the baseline */
  x: number;
  y: number;
  /** px */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  opacity?: number;
  /** -90: reads bottom to top (the header of a row lane) */
  angle?: -90;
}

/** offpage: the SOP AP off-page connector, a pentagon pointing down (the flow goes on on another page) */
export type ShapeKind = 'rect' | 'terminator' | 'diamond' | 'circle' | 'offpage';

export interface SceneShape extends Rect {
  type: 'shape';
  shape: ShapeKind;
  /** corner radius of a rect */
  radius?: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed?: boolean;
  /** a band or lane: a title strip along one side, drawn in its own colour and parted by a line */
  header?: { side: 'top' | 'left'; size: number; fill: string };
  texts: TextLine[];
  /** for the SVG: class and data-id of the group */
  className?: string;
  id?: string;
}

export interface ScenePath {
  type: 'path';
  points: Point[];
  stroke: string;
  width: number;
  dashed?: boolean;
  /** a closed arrowhead at the last point */
  arrow?: boolean;
  /** centred on a white patch at `at`; the renderers draw every label last, over all items */
  label?: { lines: string[]; at: Point; size: number; color: string };
  className?: string;
}

export interface SceneText extends TextLine {
  type: 'text';
}

export type SceneItem = SceneShape | ScenePath | SceneText;

export interface Scene {
  /** in drawing order: later items are drawn over earlier ones */
  items: SceneItem[];
  bounds: Rect;
}

/** The corners of an off-page connector: a square top, sides down to 60 %, a point at the bottom centre. */
export function offpagePoints(s: Rect): Point[] {
  const shoulder = s.y + s.height * 0.6;
  return [
    { x: s.x, y: s.y },
    { x: s.x + s.width, y: s.y },
    { x: s.x + s.width, y: shoulder },
    { x: s.x + s.width / 2, y: s.y + s.height },
    { x: s.x, y: shoulder },
  ];
}

/** One picture with its title: a page of the PDF, a section of the print, a block of a stacked SVG. */
export interface ExportPage {
  title: string;
  scene: Scene;
}

// ── Text ────────────────────────────────────────────────────────────────────────────────────────────────────
// Text is measured with Helvetica's glyph widths (src/io/text), the same for the canvas, SVG, PDF and PNG, and is
// never cut: lines wrap, the font steps down to fit a box, and what still does not fit is kept whole.

export { textWidth } from '../text/measure';

/** Characters of a given size that fit a width (an estimate by the average glyph; wrapping measures exactly). */
export function charsFor(width: number, size: number, bold = false): number {
  return Math.max(1, Math.floor(width / (size * (bold ? 0.58 : 0.53))));
}

/**
 * Word wrap by a character count, every character kept: `maxLines` is advisory and never shortens the text, a
 * word longer than a line is broken between characters. No ellipsis, ever (an export is a document).
 */
export function wrapText(text: string, maxChars: number, _maxLines?: number): string[] {
  const words = cleanLine(text).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      if (line) out.push(line);
      let rest = word;
      while (rest.length > maxChars) {
        out.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      }
      line = rest;
    }
  }
  if (line) out.push(line);
  return out;
}

/** Word wrap to a width in px, measured (see src/io/text/measure.ts). */
export function wrapTo(text: string, width: number, size: number, bold = false): string[] {
  return wrapWords(text, width, size, bold);
}

/**
 * `text` wrapped to `width` as lines centred in a rect (horizontally and vertically). When the lines are taller
 * than the rect (or more than maxLines), the font steps down, to 60 % at the smallest; past that the lines are
 * kept whole and run over the rect's edge rather than being cut.
 */
export function centredLines(
  text: string,
  rect: Rect,
  style: { size: number; color: string; bold?: boolean; italic?: boolean; padding?: number; maxLines?: number; lineHeight?: number },
): TextLine[] {
  const padding = style.padding ?? 8;
  const leading = (style.lineHeight ?? Math.round(style.size * 1.25)) / style.size;
  const fitted = fitBlock([{ text, size: style.size, bold: style.bold, leading, maxLines: style.maxLines }], Math.max(1, rect.width - 2 * padding), rect.height - 4);
  const part = fitted.parts[0];
  if (!part) return [];
  const { lines, size, lineHeight } = part;
  const first = rect.y + rect.height / 2 - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  return lines.map((t, i) => ({
    text: t,
    x: rect.x + rect.width / 2,
    y: first + i * lineHeight,
    size,
    color: style.color,
    bold: style.bold,
    italic: style.italic,
    anchor: 'middle' as const,
  }));
}

// ── Geometry ────────────────────────────────────────────────────────────────────────────────────────────────

/** The three corners of a closed arrowhead at the end of a polyline. */
export function arrowHead(points: readonly Point[], length = 9, halfWidth = 4.5): [Point, Point, Point] | null {
  const end = points[points.length - 1];
  let from: Point | undefined;
  for (let i = points.length - 2; i >= 0; i--) {
    if (points[i].x !== end.x || points[i].y !== end.y) {
      from = points[i];
      break;
    }
  }
  if (!end || !from) return null;
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const d = Math.hypot(dx, dy);
  const ux = dx / d;
  const uy = dy / d;
  const bx = end.x - ux * length;
  const by = end.y - uy * length;
  return [end, { x: bx - uy * halfWidth, y: by + ux * halfWidth }, { x: bx + uy * halfWidth, y: by - ux * halfWidth }];
}

/** The point halfway along a polyline (where its label goes). */
export function midpointOf(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (d >= left && d > 0) return { x: a.x + ((b.x - a.x) * left) / d, y: a.y + ((b.y - a.y) * left) / d };
    left -= d;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** The white patch behind a path label. */
export function labelRect(label: NonNullable<ScenePath['label']>): Rect {
  const lineHeight = Math.round(label.size * 1.2);
  const width = Math.max(...label.lines.map((l) => textWidth(l, label.size))) + 8;
  const height = label.lines.length * lineHeight + 4;
  return { x: label.at.x - width / 2, y: label.at.y - height / 2, width, height };
}

/** The lines of a path label, centred on its point. */
export function labelLines(label: NonNullable<ScenePath['label']>): TextLine[] {
  const lineHeight = Math.round(label.size * 1.2);
  const first = label.at.y - ((label.lines.length - 1) * lineHeight) / 2 + label.size * 0.35;
  return label.lines.map((text, i) => ({ text, x: label.at.x, y: first + i * lineHeight, size: label.size, color: label.color, anchor: 'middle' as const }));
}

function textRect(t: TextLine): Rect {
  const w = textWidth(t.text, t.size, t.bold);
  if (t.angle === -90) return { x: t.x - t.size, y: t.y - (t.anchor === 'middle' ? w / 2 : t.anchor === 'end' ? 0 : w), width: t.size * 1.3, height: w };
  const x = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
  return { x, y: t.y - t.size, width: w, height: t.size * 1.3 };
}

/** Everything the items draw on; all zero for none. */
export function boundsOfItems(items: readonly SceneItem[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (r: Rect) => {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  };
  for (const item of items) {
    if (item.type === 'shape') add(item);
    else if (item.type === 'text') add(textRect(item));
    else {
      for (const p of item.points) add({ x: p.x, y: p.y, width: 0, height: 0 });
      if (item.label) add(labelRect(item.label));
    }
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function sceneOf(items: SceneItem[]): Scene {
  return { items, bounds: boundsOfItems(items) };
}

function moved(item: SceneItem, dx: number, dy: number): SceneItem {
  if (item.type === 'path') {
    return {
      ...item,
      points: item.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
      label: item.label && { ...item.label, at: { x: item.label.at.x + dx, y: item.label.at.y + dy } },
    };
  }
  if (item.type === 'text') return { ...item, x: item.x + dx, y: item.y + dy };
  return { ...item, x: item.x + dx, y: item.y + dy, texts: item.texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy })) };
}

const STACK_GAP = 48;
const STACK_TITLE = 30;

/** Several pictures one below the other, each under its title: one SVG of every team. */
export function stackPages(pages: readonly ExportPage[]): Scene {
  const items: SceneItem[] = [];
  let y = 0;
  for (const page of pages) {
    const b = page.scene.bounds;
    items.push({ type: 'text', text: page.title, x: 0, y: y + 18, size: 16, bold: true, color: '#10263d' });
    y += STACK_TITLE;
    for (const item of page.scene.items) items.push(moved(item, -b.x, y - b.y));
    y += b.height + STACK_GAP;
  }
  return sceneOf(items);
}
