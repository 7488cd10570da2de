// Issue 14 item 2: the PNG offers 150/300 dpi with a size limit and a clear message when the browser cannot make it.
import { describe, expect, it } from 'vitest';
import { pagesOf } from '../../../src/io/export/plan';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE, pngSize } from '../../../src/io/export/png';
import { createKotaContoh } from '../../../src/samples/kotaContoh';

describe('pngSize', () => {
  const [page] = pagesOf(createKotaContoh(), { kind: 'struktur' }, {}, 'Struktur');

  it('the Kota Contoh struktur is made at 150 dpi, and at 300 dpi with each side twice as long', () => {
    const low = pngSize(page.scene, 150);
    expect(low.tooLarge).toBeNull();
    expect(low.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    const high = pngSize(page.scene, 300);
    expect(Math.abs(high.width - 2 * low.width)).toBeLessThanOrEqual(2);
    expect(high.tooLarge === null).toBe(high.width <= PNG_MAX_SIDE && high.height <= PNG_MAX_SIDE && high.width * high.height <= PNG_MAX_PIXELS);
  });

  it('a picture too large for the browser at 300 dpi is refused with a way out in Bahasa Indonesia; 150 dpi is offered', () => {
    const wide = { ...page.scene, bounds: { x: 0, y: 0, width: 8000, height: 3000 } };
    const high = pngSize(wide, 300);
    expect(high.width).toBeGreaterThan(PNG_MAX_SIDE);
    expect(high.tooLarge).toContain('terlalu besar untuk browser');
    expect(high.tooLarge).toContain('Pilih 150 dpi');
    expect(high.tooLarge).toContain('PDF atau SVG');
    expect(pngSize(wide, 150).tooLarge).toBeNull();
    // past the pixel budget though each side is allowed
    const square = { ...page.scene, bounds: { x: 0, y: 0, width: 7000, height: 7000 } };
    const big = pngSize(square, 150);
    expect(big.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(big.tooLarge).toContain('megapiksel');
    expect(big.tooLarge).not.toContain('Pilih 150 dpi');
  });
});
