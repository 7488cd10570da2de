// Reading an exported PNG in the page: the picture is decoded by Chromium itself, so the tests see what a viewer sees.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngReading {
  width: number;
  height: number;
  /** per point: the darkest pixel (r + g + b) in a 9 × 3 window around it (anti-aliasing moves a line by a pixel) */
  nearPoints: number[];
  /** per region: the darkest pixel (r + g + b) inside it, `inset` px in from its border */
  inRegions: number[];
  /** clearly red pixels in the whole picture (the error colour of badges and outlines); 0 when not counted */
  red: number;
}

export interface PngQuery {
  points?: { x: number; y: number }[];
  regions?: Region[];
  /** px left out along a region's border (anti-aliased edges); 4 unless told */
  inset?: number;
  /** count the red pixels (a pass over the whole picture: skip it on a large one) */
  red?: boolean;
}

export async function readPng(page: Page, file: string, opts: PngQuery = {}): Promise<PngReading> {
  return page.evaluate(
    async ({ data, points, regions, inset, countRed }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const darkest = (x: number, y: number, w: number, h: number) => {
        const d = ctx.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(w)), Math.max(1, Math.round(h))).data;
        let min = 255 * 3;
        for (let i = 0; i < d.length; i += 4) min = Math.min(min, d[i] + d[i + 1] + d[i + 2]);
        return min;
      };
      let red = 0;
      if (countRed) {
        const all = ctx.getImageData(0, 0, img.width, img.height).data;
        for (let i = 0; i < all.length; i += 4) if (all[i] > 150 && all[i + 1] < 90 && all[i + 2] < 90) red += 1;
      }
      return {
        width: img.width,
        height: img.height,
        nearPoints: points.map((p) => darkest(p.x - 4, p.y - 1, 9, 3)),
        inRegions: regions.map((r) => darkest(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset)),
        red,
      };
    },
    { data: readFileSync(file).toString('base64'), points: opts.points ?? [], regions: opts.regions ?? [], inset: opts.inset ?? 4, countRed: opts.red ?? true },
  );
}
