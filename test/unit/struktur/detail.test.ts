// The canvas's level of detail by zoom, and the zoom a fit will choose (used before the first fit of a document).
import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { COMPACT_ZOOM, detailAt, FIT_VIEW_OPTIONS, fitZoomFor, OVERVIEW_ZOOM } from '../../../src/editors/struktur/detail';

describe('detailAt', () => {
  it('draws everything from 40 %, names only below, stacks inside their official below 25 %', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(COMPACT_ZOOM)).toBe('full');
    expect(detailAt(COMPACT_ZOOM - 0.01)).toBe('compact');
    expect(detailAt(OVERVIEW_ZOOM)).toBe('compact');
    expect(detailAt(OVERVIEW_ZOOM - 0.01)).toBe('overview');
    expect(detailAt(0.05)).toBe('overview');
  });
});

describe('fitZoomFor', () => {
  it('agrees with React Flow’s fitView', () => {
    for (const [bounds, w, h] of [
      [{ x: 0, y: 0, width: 40_000, height: 25_000 }, 900, 798],
      [{ x: -300, y: 120, width: 2_600, height: 1_900 }, 900, 798],
      [{ x: 0, y: 0, width: 400, height: 300 }, 1200, 700],
    ] as const) {
      const rf = getViewportForBounds(bounds, w, h, 0, FIT_VIEW_OPTIONS.maxZoom, FIT_VIEW_OPTIONS.padding).zoom;
      expect(fitZoomFor(bounds, w, h)).toBeCloseTo(rf, 2);
    }
  });

  it('falls back to 100 % for an empty document or an unmeasured view', () => {
    expect(fitZoomFor({ x: 0, y: 0, width: 0, height: 0 }, 900, 700)).toBe(1);
    expect(fitZoomFor({ x: 0, y: 0, width: 500, height: 500 }, 0, 0)).toBe(1);
  });
});
