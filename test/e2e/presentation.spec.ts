import { expect, test, type Page } from './fixtures';
import { openSample } from './helpers';

/** The struktur canvas's pan/zoom, as React Flow writes it. */
function strukturTransform(page: Page) {
  return page.locator('[data-testid="struktur-canvas"] .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
}

/** The step has opened and finished zooming. */
async function shown(page: Page, counter: string) {
  await expect(page.getByTestId('present-counter')).toHaveText(counter);
  await expect(page.getByTestId('presenting')).toHaveAttribute('aria-busy', 'false');
}

/** The view has stopped moving: not busy, and the same pan/zoom over two reads 250 ms apart. */
async function settled(page: Page) {
  await expect(page.getByTestId('presenting')).toHaveAttribute('aria-busy', 'false');
  let last = '';
  await expect
    .poll(async () => {
      await page.waitForTimeout(250);
      const now = await strukturTransform(page);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

/** "60 jabatan" from the status bar. */
async function positionCount(page: Page): Promise<string> {
  return (await page.getByTestId('statusbar').textContent())?.match(/\d+ jabatan/)?.[0] ?? '';
}

/** A three-view sequence built through the panel: a struktur subtree, a Tim Kerja, a lintas fungsi map. */
async function buildSequence(page: Page) {
  await page.getByTestId('action-presentation-panel').click();
  const panel = page.getByTestId('present-panel');
  await expect(panel.getByTestId('present-empty')).toBeVisible();

  await page.getByTestId('pos-1.1').click();
  await panel.getByTestId('present-add').click();
  await expect(panel.getByTestId('present-step')).toHaveCount(1);
  await expect(panel.getByTestId('present-step').first()).toContainText('Struktur di bawah «Sekretaris»');

  // a team with one member: TIM-01 reports it (no Ketua), so the step has findings to show or hide
  await page.getByTestId('view-tim').click();
  await page.getByTestId('team-new').click();
  await page.getByTestId('member-search').fill('1.3.1');
  await page.getByTestId('member-search-result').filter({ hasText: 'Pranata Komputer Ahli Muda' }).first().click();
  await panel.getByTestId('present-add').click();
  await expect(panel.getByTestId('present-step')).toHaveCount(2);
  await panel.getByTestId('present-step-title').nth(1).fill('Tim Kerja contoh');

  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await panel.getByTestId('present-add').click();
  await expect(panel.getByTestId('present-step')).toHaveCount(3);
  await expect(panel.getByTestId('present-step').nth(2)).toContainText('Peta');
}

test('presentation steps forward and back, hides findings, rings an element, and exits to the editor as it was', async ({ page }) => {
  test.setTimeout(60_000);
  await openSample(page);
  await buildSequence(page);

  // the editor as the trainer leaves it: struktur view, Kepala Dinas selected, a zoom of their own
  await page.getByTestId('view-struktur').click();
  await page.getByTestId('pos-1').click();
  await page.getByTestId('struktur-canvas').hover();
  await page.mouse.wheel(0, -300);
  await expect.poll(() => strukturTransform(page)).not.toBe('');
  const before = await strukturTransform(page);
  const countBefore = await positionCount(page);

  await page.getByTestId('present-start').click();
  const presenting = page.getByTestId('presenting');
  await expect(presenting).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Bilah alat' })).toBeHidden();
  await expect(page.getByTestId('present-panel')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await shown(page, '1 / 3');
  await expect(page.getByTestId('present-caption')).toHaveText('Struktur di bawah «Sekretaris»');
  // zoomed to the Sekretaris subtree: its boxes fill the view, the Kepala Bidang boxes are out of it
  await expect(page.getByTestId('pos-1.1')).toBeInViewport();
  expect(await strukturTransform(page)).not.toBe(before);
  const step1 = await strukturTransform(page);

  // editing keys do nothing while presenting (Kepala Dinas was selected before)
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');

  await page.keyboard.press('ArrowRight');
  await shown(page, '2 / 3');
  await expect(page.getByTestId('present-caption')).toHaveText('Tim Kerja contoh');
  await expect(page.getByTestId('view-tim')).toBeHidden();
  expect(await strukturTransform(page)).not.toBe(step1);
  await expect(page.locator('.pos.in-team').first()).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await shown(page, '1 / 3');
  await expect(page.getByTestId('present-caption')).toHaveText('Struktur di bawah «Sekretaris»');
  expect(await strukturTransform(page)).toBe(step1);

  // a clicker: PageDown / PageUp
  await page.keyboard.press('PageDown');
  await shown(page, '2 / 3');

  // the team's findings are shown, then hidden with F
  const findings = page.getByTestId('present-findings');
  await expect(findings).toBeVisible();
  await expect(findings).toContainText('TIM-01');
  await page.keyboard.press('f');
  await expect(findings).toBeHidden();
  await expect(page.locator('.app')).toHaveClass(/no-findings/);
  await expect(page.locator('.pos-badge').first()).toBeHidden();
  await page.keyboard.press('f');
  await expect(findings).toBeVisible();
  // the strip takes its room back and the step refits: measure the box only once the view stands still
  await settled(page);

  // the highlighter: a click rings the box under the pointer until the next step
  await page.keyboard.press('h');
  await expect(page.getByTestId('present-shield')).toHaveClass(/spot/);
  const box = (await page.getByTestId('pos-1.3.1').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const ring = page.getByTestId('present-ring');
  await expect(ring).toHaveCount(1);
  const r = (await ring.boundingBox())!;
  expect(await page.getByTestId('pos-1.3.1').boundingBox()).toEqual(box);
  expect(r.x).toBeLessThan(box.x);
  expect(r.x + r.width).toBeGreaterThan(box.x + box.width);

  await page.keyboard.press(' ');
  await shown(page, '3 / 3');
  await expect(ring).toHaveCount(0);
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await expect(page.getByTestId('present-caption')).toContainText('Peta');
  // the last step stays the last
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-counter')).toHaveText('3 / 3');

  await page.keyboard.press('Escape');
  await expect(presenting).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Bilah alat' })).toBeVisible();
  await expect(page.getByTestId('view-struktur')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => strukturTransform(page)).toBe(before);
  await expect(page.getByTestId('properties').getByLabel('Nama jabatan')).toHaveValue('Kepala Dinas Komunikasi dan Informatika');
  // Ctrl+Z while presenting undid nothing: the sequence still has its last step
  await expect(page.getByTestId('present-panel').getByTestId('present-step')).toHaveCount(3);
  expect(countBefore).toBe('60 jabatan');
  expect(await positionCount(page)).toBe(countBefore);
});

test('an empty sequence presents the current view alone; F5 starts, Esc ends', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('pos-1.2').click();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenting')).toBeVisible();
  await expect(page.getByTestId('present-counter')).toHaveText('1 / 1');
  await expect(page.getByTestId('present-caption')).toHaveText('Contoh: Dinas Komunikasi dan Informatika Kota Contoh');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-counter')).toHaveText('1 / 1');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenting')).toBeHidden();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('the panel reorders and removes views, starts from any of them; leaving full screen ends the presentation', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('action-presentation-panel').click();
  const panel = page.getByTestId('present-panel');
  const steps = panel.getByTestId('present-step');
  for (const kode of ['1.1', '1.2', '1.3']) {
    await page.getByTestId(`pos-${kode}`).click();
    await panel.getByTestId('present-add').click();
  }
  await expect(steps).toHaveCount(3);
  await steps.nth(0).getByRole('button', { name: 'Turunkan tampilan 1' }).click();
  await expect(steps.nth(0)).toContainText('Kepala Bidang Informasi dan Komunikasi Publik');
  await expect(steps.nth(1)).toContainText('Sekretaris');
  await steps.nth(2).getByTestId('present-step-remove').click();
  await expect(steps).toHaveCount(2);

  await steps.nth(1).getByTestId('present-step-start').click();
  await shown(page, '2 / 2');
  await expect(page.getByTestId('present-caption')).toHaveText('Struktur di bawah «Sekretaris»');
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.evaluate(() => document.exitFullscreen());
  await expect(page.getByTestId('presenting')).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Bilah alat' })).toBeVisible();
});

test('issue 14: at 1280 × 720 the findings strip never covers the diagram; the whole Kota opens readable; the presenter pans', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenting')).toBeVisible();
  await expect(page.getByTestId('presenting')).toHaveAttribute('aria-busy', 'false');
  const strip = page.getByTestId('present-findings');
  await expect(strip).toBeVisible();
  const canvas = (await page.getByTestId('struktur-canvas').boundingBox())!;
  const s = (await strip.boundingBox())!;
  // the strip's box and the diagram's box do not intersect
  expect(s.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 0.5);
  // nor do the control bar's and the caption's: they sit in a band under the diagram
  expect(await overlapsCanvas(page)).toEqual([]);
  // the diagram is clipped to its box (boxes past its edge are not drawn under the strip)
  expect(await page.locator('[data-testid="struktur-canvas"] .react-flow').evaluate((el) => getComputedStyle(el).overflow)).toBe('hidden');
  // the whole structure opens at a readable zoom (text of a box ≥ 6 px), not as 189 specks
  const zoom = await page.locator('[data-testid="struktur-canvas"] .react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.5);
  await page.screenshot({ path: test.info().outputPath('present-1280.png') });
  // drag pans, without leaving the mode
  const before = await strukturTransform(page);
  await page.mouse.move(400, 400);
  await page.mouse.down();
  await page.mouse.move(250, 300, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => strukturTransform(page)).not.toBe(before);
  await expect(page.getByTestId('presenting')).toBeVisible();
  // F hides the strip: the diagram takes the whole width again
  await page.keyboard.press('f');
  await expect(strip).toBeHidden();
  await expect.poll(async () => (await page.getByTestId('struktur-canvas').boundingBox())!.width).toBeGreaterThan(1270);
  expect(await overlapsCanvas(page)).toEqual([]);
});

/** The presentation's own overlays (control bar, caption, findings strip) whose box intersects the diagram's box. */
async function overlapsCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="struktur-canvas"]')!.getBoundingClientRect();
    const out: string[] = [];
    for (const sel of ['.present-controls', '[data-testid="present-caption"]', '[data-testid="present-findings"]']) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < canvas.right - 0.5 && canvas.left < r.right - 0.5 && r.top < canvas.bottom - 0.5 && canvas.top < r.bottom - 0.5) out.push(`${sel} ${Math.round(r.left)},${Math.round(r.top)} × canvas ${Math.round(canvas.right)},${Math.round(canvas.bottom)}`);
    }
    return out;
  });
}

test('issue 14: a whole-structure step is split into one step per Perangkat Daerah, each readable at 1280 × 720; undo joins them again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.getByTestId('action-presentation-panel').click();
  const panel = page.getByTestId('present-panel');
  const steps = panel.getByTestId('present-step');
  const whole = steps.first();
  await expect(whole).toBeVisible();
  const before = await steps.count();
  await expect(whole.getByTestId('present-step-title')).toHaveValue('Struktur Pemerintah Kota Contoh');
  await whole.getByTestId('present-step-split').click();
  await expect(steps).toHaveCount(before + 5);
  await expect(steps.nth(0).getByTestId('present-step-title')).toHaveValue('Sekretariat Daerah');
  await expect(steps.nth(1).getByTestId('present-step-title')).toHaveValue('Dinas Pendidikan');
  // each new step shows its Perangkat Daerah at a zoom where the boxes' text can be read
  await steps.nth(1).getByTestId('present-step-start').click();
  await shown(page, `2 / ${before + 5}`);
  await expect(page.getByTestId('present-caption')).toContainText('Dinas Pendidikan');
  const zoom = await page.locator('[data-testid="struktur-canvas"] .react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.5);
  await page.screenshot({ path: test.info().outputPath('split-step-1280.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenting')).toBeHidden();
  // one undo step brings the single whole-structure step back
  await page.getByTestId('action-undo').click();
  await expect(steps).toHaveCount(before);
  await expect(steps.first().getByTestId('present-step-title')).toHaveValue('Struktur Pemerintah Kota Contoh');
});
