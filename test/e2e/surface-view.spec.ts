// Issue 14: the peta level and the peta subproses zoom and pan in the editor like the canvases do — Ctrl + wheel at
// the pointer, the buttons, dragging the background — while clicking and double-clicking a process still work.
import { expect, test, type Page } from './fixtures';

async function openKotaMap(page: Page, title: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-nav').getByTestId('peta-item').filter({ hasText: title }).click();
}

const box = async (page: Page, testId: string) => (await page.getByTestId(testId).first().boundingBox())!;

test('peta level: Ctrl + wheel zooms at the pointer, the buttons zoom, a drag on the background pans; a process still opens', async ({ page }) => {
  await openKotaMap(page, 'Level 0');
  const proc = page.getByTestId('lv-process').filter({ hasText: 'Pelayanan Perizinan dan Penanaman Modal' });
  await expect(proc).toBeVisible();
  const a = (await proc.boundingBox())!;
  // Ctrl + wheel over the process: it grows and stays under the pointer
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await proc.boundingBox())!.width).toBeGreaterThan(a.width * 1.5);
  const b = (await proc.boundingBox())!;
  expect(Math.abs(b.x + b.width / 2 - (a.x + a.width / 2))).toBeLessThan(a.width * 0.25);
  // the page itself was not zoomed
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  // a drag that starts on the background moves the map by as much
  // (a point of the map's background: nothing there is clicked, typed in or dragged)
  const start = await page.getByTestId('zoom-frame').evaluate((frame) => {
    const r = frame.getBoundingClientRect();
    for (let y = r.top + 20; y < r.bottom - 80; y += 15)
      for (let x = r.left + 20; x < r.right - 200; x += 15) {
        const hit = document.elementFromPoint(x, y);
        if (hit && frame.contains(hit) && !hit.closest('button, input, textarea, select, a, [draggable="true"]')) return { x, y };
      }
    throw new Error('no background point in the map');
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 100, start.y + 50, { steps: 6 });
  await page.mouse.up();
  const c = (await proc.boundingBox())!;
  expect(await page.evaluate(() => String(window.getSelection() ?? ''))).toBe('');
  expect(c.x).toBeCloseTo(b.x - 100, 0);
  expect(c.y).toBeCloseTo(b.y + 50, 0);
  // the buttons: back to 100 %, then smaller
  await page.getByTestId('zoom-frame-reset').click();
  await expect(page.getByTestId('zoom-frame-reset')).toHaveText('100 %');
  await expect.poll(async () => Math.round((await proc.boundingBox())!.width)).toBe(Math.round(a.width));
  await page.getByRole('button', { name: 'Perkecil' }).click();
  await expect.poll(async () => (await proc.boundingBox())!.width).toBeLessThan(a.width * 0.9);
  await page.screenshot({ path: test.info().outputPath('level-zoomed-out.png') });
  // zoomed, a process is still selected by a click and opened by a double click
  await proc.dblclick();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis DPMPTSP');
});

test('peta subproses: zooms with the buttons and Ctrl + wheel, typing in its table is not a pan', async ({ page }) => {
  await openKotaMap(page, 'Subproses');
  const content = page.getByTestId('zoom-frame-content');
  await expect(content).toBeVisible();
  const scale = () => content.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  await page.getByRole('button', { name: 'Perbesar' }).click();
  await expect.poll(scale).toBeCloseTo(1.25, 2);
  const frame = await box(page, 'zoom-frame');
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect.poll(scale).toBeLessThan(1.25);
  const field = page.locator('.sub-table input, .sub-table textarea').first();
  {
    await expect(field).toBeVisible();
    const before = await content.evaluate((el) => getComputedStyle(el).transform);
    const f = (await field.boundingBox())!;
    await page.mouse.move(f.x + 5, f.y + f.height / 2);
    await page.mouse.down();
    await page.mouse.move(f.x + 60, f.y + f.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await content.evaluate((el) => getComputedStyle(el).transform)).toBe(before);
  }
});
