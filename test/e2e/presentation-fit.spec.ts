// Issue 20 item 4: presenting a map shows the whole of it at 1280×720 — every box, process, step or symbol of the
// step's map inside the screen — for each kind of map of the Kota Contoh.
import { expect, test, type Page } from './fixtures';

const MAPS = [
  { kind: 'level', title: 'Level 0', items: '.lv-process' },
  { kind: 'lintas fungsi', title: 'SOP', items: '[data-testid="lf-canvas"] .react-flow__node' },
  { kind: 'subproses', title: 'Subproses', items: '.sub-table tbody tr' },
  { kind: 'relasi', title: 'Relasi', items: '[data-testid="rel-canvas"] .react-flow__node' },
] as const;

async function present(page: Page, title: string, kind: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-nav').getByTestId('peta-item').filter({ hasText: title }).first().click();
  await expect(page.locator('.peta-kind-label')).toContainText(new RegExp(kind, 'i'));
  await page.getByTestId('action-presentation-panel').click();
  await expect(page.getByTestId('peta-view')).toBeVisible();
  await page.getByTestId('present-panel').getByTestId('present-add').click();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('presenting')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  // the Kota Contoh has a sequence of its own: the step just added is the last
  await page.keyboard.press('End');
  await expect(page.getByTestId('presenting')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

for (const m of MAPS) {
  test(`presentasi peta ${m.kind}: seluruh peta tampak di layar 1280×720`, async ({ page }) => {
    test.setTimeout(90_000);
    await present(page, m.title, m.kind);
    const items = page.locator(m.items);
    await expect(items.first()).toBeVisible();
    // the zoom has landed: two reads of every box agree
    const rects = () => items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    let last = '';
    await expect.poll(async () => {
      const now = JSON.stringify(await rects());
      const same = now === last;
      last = now;
      return same;
    }).toBe(true);
    for (const r of await rects()) {
      expect(r.left).toBeGreaterThanOrEqual(-1);
      expect(r.top).toBeGreaterThanOrEqual(-1);
      expect(r.right).toBeLessThanOrEqual(1281);
      expect(r.bottom).toBeLessThanOrEqual(721);
    }
    await page.screenshot({ path: `test-results/presentation-fit/${m.kind.replace(' ', '-')}.png` });
  });
}
