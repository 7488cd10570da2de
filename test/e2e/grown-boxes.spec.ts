// Issue 14: a name too long for its box makes the box taller; the stack under an official and "Rapikan" make room
// for it, so on the canvas no box covers another (the boxes' drawn rectangles are compared in the page).
import { expect, test, type Page } from './fixtures';
import { openSample } from './helpers';

const LONG = 'Penata Kelola Sistem dan Teknologi Informasi pada Bidang Aplikasi Informatika dan Persandian Daerah Ahli Muda';

/** Pairs of drawn boxes (.pos) that overlap by more than a hair, by their text. */
async function overlapping(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node .pos').evaluateAll((els) => {
    const rects = els.map((e) => ({ r: e.getBoundingClientRect(), name: e.getAttribute('title') ?? '' }));
    const out: string[] = [];
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i].r;
        const b = rects[j].r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${rects[i].name} × ${rects[j].name}`);
      }
    return out;
  });
}

async function rename(page: Page, box: ReturnType<Page['locator']>, name: string) {
  await box.click();
  const field = page.getByTestId('properties').locator('#prop-nama');
  await field.fill(name);
  await field.blur();
}

test('a grown box pushes the stack items under it down, and Rapikan makes room for a grown official: nothing overlaps', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  const items = page.locator('.react-flow__node-stackItem');
  const first = items.first();
  const second = items.nth(1);
  const before = (await second.boundingBox())!;
  await rename(page, first, `${LONG} ${LONG}`);
  const grown = page.locator('.react-flow__node-stackItem .pos', { hasText: 'Persandian Daerah Ahli Muda' }).first();
  await expect(grown).toBeVisible();
  // the box grew to hold the whole name, and its neighbour moved down by as much
  const g = (await grown.boundingBox())!;
  expect(g.height).toBeGreaterThan(before.height * 1.15);
  await expect.poll(async () => (await second.boundingBox())!.y).toBeGreaterThan(before.y + g.height - before.height - 2);
  expect(await overlapping(page)).toEqual([]);

  // an official with a name three times as long, then Rapikan: the layout gets its real height
  await rename(page, page.locator('.pos-box[data-kind="pengawas"]').first(), `Kepala Seksi ${LONG} ${LONG} ${LONG}`);
  await page.getByTestId('action-layout').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Tata letak dirapikan.' })).toBeVisible();
  await page.locator('body').press('Shift+1');
  expect(await overlapping(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('grown-boxes.png') });
});
