// Level of detail of the struktur canvas by zoom (docs/performance.md). Pure: no React, no DOM.
import type { Rect } from '../../layout/placeNewBox';

/** Never zoom in past 100 % to fit: one box alone would otherwise fill the screen. */
export const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1 };

/** Below this zoom only the name of a box is drawn (kode, kind, badge and holder would be under 5 px). */
export const COMPACT_ZOOM = 0.4;
/** Below this zoom a stack is drawn inside its official's node instead of one React Flow node per JF/Pelaksana. */
export const OVERVIEW_ZOOM = 0.25;

export type Detail = 'full' | 'compact' | 'overview';

export function detailAt(zoom: number): Detail {
  return zoom < OVERVIEW_ZOOM ? 'overview' : zoom < COMPACT_ZOOM ? 'compact' : 'full';
}

/** The zoom React Flow's fitView(FIT_VIEW_OPTIONS) picks for these bounds in a view of this size (getViewportForBounds). */
export function fitZoomFor(bounds: Rect, width: number, height: number): number {
  if (bounds.width <= 0 || bounds.height <= 0 || width <= 0 || height <= 0) return FIT_VIEW_OPTIONS.maxZoom;
  const pad = 1 + FIT_VIEW_OPTIONS.padding;
  return Math.min(FIT_VIEW_OPTIONS.maxZoom, width / (bounds.width * pad), height / (bounds.height * pad));
}
