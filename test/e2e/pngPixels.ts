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
  /** per region: the darkest pixel (r + g + b) inside it, 4 px in from its border */
  inRegions: number[];
  /** clearly red pixels in the whole picture (the error colour of badges and outlines) */
  red: number;
}

export async function readPng(page: Page, file: string, opts: { points?: { x: number; y: number }[]; regions?: Region[] } = {}): Promise<PngReading> {
  return page.evaluate(
    async ({ data, points, regions }) => {
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
      const all = ctx.getImageData(0, 0, img.width, img.height).data;
      let red = 0;
      for (let i = 0; i < all.length; i += 4) if (all[i] > 150 && all[i + 1] < 90 && all[i + 2] < 90) red += 1;
      return {
        width: img.width,
        height: img.height,
        nearPoints: points.map((p) => darkest(p.x - 4, p.y - 1, 9, 3)),
        inRegions: regions.map((r) => darkest(r.x + 4, r.y + 4, r.width - 8, r.height - 8)),
        red,
      };
    },
    { data: readFileSync(file).toString('base64'), points: opts.points ?? [], regions: opts.regions ?? [] },
  );
}
