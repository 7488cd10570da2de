// A peta relasi as a Scene, as RelasiCanvas draws it: units, outside parties and processes as boxes (stored
// placement, else the canvas's own grid spot, from relasiFlow.ts), and straight arrows between box borders, side
// by side when two join the same boxes, each labelled with what passes (its jenis first when set). Unlike the
// canvas, the label of an arrow with a parallel partner sits nearer its source, so the two labels do not overlap.
import {
  arrowGeometry,
  boxView,
  JENIS_LABELS,
  parallelOffsets,
  RELASI_BOX,
  relasiPlacements,
  type BoxView,
} from '../../layout/relasiView';
import type { RelasiMap, Workspace } from '../../model';
import { sceneOf, wrapTo, type Rect, type Scene, type SceneItem, type SceneShape, type TextLine } from './scene';

const BOX_STYLE: Record<BoxView['kind'], Pick<SceneShape, 'fill' | 'stroke' | 'radius' | 'dashed'>> = {
  unit: { fill: '#ffffff', stroke: '#2c5d8f', radius: 3 },
  luar: { fill: '#fef5e7', stroke: '#b9770e', radius: 40, dashed: true },
  process: { fill: '#eafaf1', stroke: '#1e8449', radius: 12 },
};
/** the label patch is at most this wide, as on the canvas */
const LABEL_WIDTH = 180;

/** What an arrow's label says: its jenis, then what passes. */
export function relasiLabel(a: RelasiMap['arrows'][number]): string {
  return [a.jenis ? JENIS_LABELS[a.jenis] : '', a.label.trim()].filter(Boolean).join(': ');
}

export function relasiScene(doc: Workspace, map: RelasiMap): Scene {
  const placed = relasiPlacements(map);
  const rects = new Map<string, Rect>();
  for (const b of map.boxes) rects.set(b.id, { ...placed.get(b.id)!, ...RELASI_BOX });

  const boxes: SceneItem[] = map.boxes.map((b) => {
    const r = rects.get(b.id)!;
    const view = boxView(doc, b);
    const padX = view.kind === 'luar' ? 18 : 10;
    const title = wrapTo(`${view.kode ? `${view.kode} ` : ''}${view.title}`, r.width - 2 * padX, 12, true);
    const lineHeight = 15;
    const blockHeight = 13 + title.length * lineHeight;
    let y = r.y + (r.height - blockHeight) / 2 + 9;
    const anchor = view.kind === 'luar' ? ('middle' as const) : ('start' as const);
    const x = anchor === 'middle' ? r.x + r.width / 2 : r.x + padX;
    const texts: TextLine[] = [{ text: wrapTo(view.subtitle, r.width - 2 * padX, 10).join(' '), x, y, size: 10, color: '#4d6378', anchor }];
    y += 4;
    for (const line of title) {
      y += lineHeight;
      texts.push({ text: line, x, y, size: 12, bold: true, italic: view.missing, color: view.missing ? '#c0392b' : '#1f2d3a', anchor });
    }
    return { type: 'shape', shape: 'rect', className: `box rel-${view.kind}`, id: b.id, ...r, ...BOX_STYLE[view.kind], strokeWidth: 1.5, texts } satisfies SceneShape;
  });

  const offsets = parallelOffsets(map.arrows);
  const arrows: SceneItem[] = [];
  for (const a of map.arrows) {
    const from = rects.get(a.source);
    const to = rects.get(a.target);
    if (!from || !to || a.source === a.target) continue;
    const offset = offsets.get(a.id) ?? 0;
    const g = arrowGeometry(from, to, offset);
    const label = relasiLabel(a);
    // arrows drawn side by side would put their labels side by side too: each goes nearer its own source instead
    const t = offset === 0 ? 0.5 : 0.35;
    const at = { x: g.source.x + (g.target.x - g.source.x) * t, y: g.source.y + (g.target.y - g.source.y) * t };
    arrows.push({
      type: 'path',
      className: 'arrow',
      points: [g.source, g.target],
      stroke: '#34495e',
      width: 1.4,
      arrow: true,
      label: label ? { lines: wrapTo(label, LABEL_WIDTH - 12, 12), at, size: 12, color: '#1f2d3a' } : undefined,
    });
  }
  // arrows under the boxes, their labels drawn with them
  return sceneOf([...arrows, ...boxes]);
}
