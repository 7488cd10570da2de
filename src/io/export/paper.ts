// Paper sizes for export and print, and how a picture fits its page: the scale, the smallest text it prints at,
// the orientation that suits its shape, and what to do when the text would be too small to read. F4 (folio) is
// the usual paper of Indonesian regulations. Pure: the export dialog reads this without loading jsPDF.
import type { ExportPage, Scene } from './scene';

export const PAPER_MM = { a4: { width: 210, height: 297 }, f4: { width: 215, height: 330 }, a3: { width: 297, height: 420 } } as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'portrait' | 'landscape';
export type OrientationChoice = Orientation | 'auto';

export const PAPER_LABELS: Record<Paper, string> = { f4: 'F4 (215 × 330 mm)', a4: 'A4 (210 × 297 mm)', a3: 'A3 (297 × 420 mm)' };

export function pageSize(opts: { paper: Paper; orientation: Orientation }): { width: number; height: number } {
  const p = PAPER_MM[opts.paper];
  return opts.orientation === 'portrait' ? { width: p.width, height: p.height } : { width: p.height, height: p.width };
}

/** mm */
export const MARGIN = 15;
export const OVERLAP = 10;
export const HEADING_HEIGHT = 34;
export const TITLE_HEIGHT = 10;
export const SIGNATURE_HEIGHT = 34;
export const PT_PER_MM = 72 / 25.4;
/** Below this the dialog warns: the smallest size a lampiran is still read at (6 pt ≈ 2.1 mm). */
export const MIN_READABLE_PT = 6;

/** The shape of the picture decides: wider than tall is landscape (a top-to-bottom lintas fungsi map is portrait). */
export function orientationFor(scene: Scene, choice: OrientationChoice = 'auto'): Orientation {
  if (choice !== 'auto') return choice;
  return scene.bounds.width >= scene.bounds.height ? 'landscape' : 'portrait';
}

export interface LayoutOptions {
  paper: Paper;
  orientation: OrientationChoice;
  mode: 'fit' | 'tile';
  tilesAcross: number;
  heading: unknown | null;
  signature: unknown | null;
  /** the heading and the signature on every page (one page per unit), not only the first and the last */
  everyPage?: boolean;
}

export interface PictureLayout {
  orientation: Orientation;
  page: { width: number; height: number };
  /** mm per scene px */
  scale: number;
  /** the drawing area of a page, mm */
  area: { x: number; y: number; width: number; height: number };
  /** tiles: rows × across pages; fit: 1 × 1 */
  rows: number;
  across: number;
  /** smallest text of the picture as printed, pt (Infinity for a picture without text) */
  smallestPt: number;
}

/** Smallest text size of a scene, px. */
export function smallestTextPx(scene: Scene): number {
  let min = Infinity;
  for (const item of scene.items) {
    if (item.type === 'text') min = Math.min(min, item.size);
    else if (item.type === 'shape') for (const t of item.texts) min = Math.min(min, t.size);
    else if (item.label?.lines.length) min = Math.min(min, item.label.size);
  }
  return min;
}

/** Where and at what scale one picture is drawn (the first picture carries the heading, the last the signature). */
export function layoutPicture(scene: Scene, opts: LayoutOptions, first: boolean, last: boolean): PictureLayout {
  if (opts.orientation === 'auto' && opts.mode === 'fit') {
    // the way round that prints larger: a heading and a signature take height, so the picture's shape alone
    // would turn a nearly square unit landscape and print it at two thirds of the size portrait gives
    const portrait = layoutPicture(scene, { ...opts, orientation: 'portrait' }, first, last);
    const landscape = layoutPicture(scene, { ...opts, orientation: 'landscape' }, first, last);
    if (Math.abs(portrait.scale - landscape.scale) > 1e-9) return portrait.scale > landscape.scale ? portrait : landscape;
    return orientationFor(scene) === 'portrait' ? portrait : landscape;
  }
  const orientation = orientationFor(scene, opts.orientation);
  const page = pageSize({ paper: opts.paper, orientation });
  const heading = opts.heading !== null && (first || !!opts.everyPage);
  const signature = opts.signature !== null && (last || !!opts.everyPage || opts.mode === 'tile');
  const top = MARGIN + (heading ? HEADING_HEIGHT : 0) + TITLE_HEIGHT;
  const bottom = page.height - MARGIN - (signature ? SIGNATURE_HEIGHT : 0);
  const area = { x: MARGIN, y: top, width: page.width - 2 * MARGIN, height: Math.max(20, bottom - top) };
  const w = Math.max(scene.bounds.width, 1);
  const h = Math.max(scene.bounds.height, 1);
  const px = smallestTextPx(scene);
  if (opts.mode === 'fit' || scene.items.length === 0) {
    const scale = Math.min(area.width / w, area.height / h);
    return { orientation, page, scale, area, rows: 1, across: 1, smallestPt: px * scale * PT_PER_MM };
  }
  const across = Math.max(1, Math.round(opts.tilesAcross));
  const scale = (across * area.width - (across - 1) * OVERLAP) / w;
  const rows = Math.max(1, Math.ceil((h * scale - OVERLAP) / (area.height - OVERLAP)));
  return { orientation, page, scale, area, rows, across, smallestPt: px * scale * PT_PER_MM };
}

/** Whether a picture prints at ≥ 6 pt on one page of these settings (how "Satu halaman per unit" decides to split a unit). */
export function readableOn(opts: LayoutOptions): (scene: Scene) => boolean {
  return (scene) => layoutPicture(scene, { ...opts, mode: 'fit' }, true, true).smallestPt >= MIN_READABLE_PT;
}

export interface FitReport {
  /** smallest text over every page, pt */
  smallestPt: number;
  pages: number;
  orientation: Orientation;
  warn: boolean;
}

export function fitReport(pages: readonly ExportPage[], opts: LayoutOptions): FitReport {
  let smallest = Infinity;
  let count = 0;
  let orientation: Orientation = 'landscape';
  pages.forEach((p, i) => {
    const l = layoutPicture(p.scene, opts, i === 0, i === pages.length - 1);
    if (i === 0) orientation = l.orientation;
    smallest = Math.min(smallest, l.smallestPt);
    count += l.rows * l.across;
  });
  return { smallestPt: smallest, pages: count, orientation, warn: smallest < MIN_READABLE_PT };
}

/** Pages across that bring the smallest text of these pictures to at least `pt` (at most 8). */
export function tilesAcrossFor(pages: readonly ExportPage[], opts: LayoutOptions, pt = MIN_READABLE_PT): number {
  for (let across = 1; across <= 8; across++) {
    if (fitReport(pages, { ...opts, mode: 'tile', tilesAcross: across }).smallestPt >= pt) return across;
  }
  return 8;
}

/** "2,5 pt" */
export function formatPt(pt: number): string {
  return Number.isFinite(pt) ? `${pt.toFixed(1).replace('.', ',')} pt` : '—';
}
