// Issue 20 item 6: the peta subproses as a diagram as well as its table — the steps in order as boxes joined by
// arrows, laid out by ELK, edited through the bar above it (mouse and keyboard), each edit one undo step.
import { expect, test, type Page } from './fixtures';
import { storedWorkspace } from './helpers';

async function openSubproses(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-nav').getByTestId('peta-item').filter({ hasText: 'Subproses' }).click();
  await expect(page.getByTestId('sub-editor')).toBeVisible();
}

/** The stored subproses map's steps, in order. */
async function storedSteps(page: Page) {
  const doc = await storedWorkspace(page);
  const map = Object.values(doc.maps).find((m) => m.kind === 'subproses' && m.title.includes('Subproses'));
  return map?.kind === 'subproses' ? map.steps : [];
}

const settled = (page: Page) => expect(page.getByTestId('sub-diagram')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });

for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
  test(`peta subproses at ${size.width}×${size.height}: «Diagram» draws the steps as boxes and arrows, in order, none overlapping, fitted to view`, async ({ page }) => {
    test.setTimeout(90_000);
    await openSubproses(page, size);
    const steps = await storedSteps(page);
    expect(steps.length).toBeGreaterThan(1);
    await page.getByTestId('sub-view-diagram').click();
    await expect(page.getByTestId('sub-view-diagram')).toHaveAttribute('aria-pressed', 'true');
    await settled(page);
    const boxes = page.getByTestId('sub-step');
    await expect(boxes).toHaveCount(steps.length);
    await expect(page.locator('.sub-diagram .react-flow__edge')).toHaveCount(steps.length - 1);
    // each box names its step, its output and its pengampu, in the order of the steps
    for (let i = 0; i < steps.length; i++) await expect(boxes.nth(i)).toContainText(`${i + 1}. ${steps[i].nama}`);
    const rects = await boxes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const area = (await page.getByTestId('sub-diagram').boundingBox())!;
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i];
      // fitted: every box inside the diagram's area
      expect(a.left).toBeGreaterThanOrEqual(area.x - 1);
      expect(a.right).toBeLessThanOrEqual(area.x + area.width + 1);
      expect(a.top).toBeGreaterThanOrEqual(area.y - 1);
      expect(a.bottom).toBeLessThanOrEqual(area.y + area.height + 1);
      for (let j = i + 1; j < rects.length; j++) {
        const b = rects[j];
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `langkah ${i + 1} dan ${j + 1} bertumpuk`).toBe(true);
      }
      // reading order: the next step is to the right on the same row, or on a lower row
      if (i > 0) {
        const p = rects[i - 1];
        expect(Math.abs(a.top - p.top) < 2 ? a.left > p.left : a.top > p.top).toBe(true);
      }
    }
    await page.screenshot({ path: `test-results/subproses/diagram-${size.width}x${size.height}.png` });
  });
}

test('peta subproses diagram: a step edited, moved, added and deleted from the bar and the keyboard, each one undo step; the table shows the same', async ({ page }) => {
  test.setTimeout(120_000);
  await openSubproses(page, { width: 1280, height: 720 });
  const before = await storedSteps(page);
  await page.getByTestId('sub-view-diagram').click();
  await settled(page);
  const boxes = page.getByTestId('sub-step');

  // a click selects the first step; its name is edited in the bar and the box shows it
  await boxes.first().click();
  await expect(page.getByTestId('sub-bar')).toContainText('Langkah 1');
  await page.getByTestId('sub-bar-nama').fill('Menerima berkas permohonan');
  await expect(boxes.first()).toContainText('1. Menerima berkas permohonan');
  await expect.poll(async () => (await storedSteps(page))[0].nama).toBe('Menerima berkas permohonan');

  // moved one place later: the arrows follow the new order after a new layout
  await page.getByTestId('sub-bar-down').click();
  await expect.poll(async () => (await storedSteps(page)).map((s) => s.id)).toEqual([before[1].id, before[0].id, ...before.slice(2).map((s) => s.id)]);
  await settled(page);
  await expect(boxes.nth(1)).toContainText('2. Menerima berkas permohonan');
  await expect(page.getByTestId('sub-bar')).toContainText('Langkah 2');

  // Ctrl+Z undoes the move (one step), the diagram is laid out again in the old order
  await page.getByTestId('sub-diagram').locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedSteps(page)).map((s) => s.id)).toEqual(before.map((s) => s.id));
  await settled(page);
  await expect(boxes.first()).toContainText('1. Menerima berkas permohonan');

  // from the keyboard: Tab to a box, Enter selects it, «+ Langkah» adds one after it
  await boxes.first().locator('xpath=ancestor::*[contains(@class,"react-flow__node")][1]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sub-bar')).toContainText('Langkah 1');
  await page.getByTestId('sub-bar-add').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedSteps(page)).length).toBe(before.length + 1);
  await settled(page);
  await expect(boxes).toHaveCount(before.length + 1);
  await expect(page.getByTestId('sub-bar')).toContainText('Langkah 2');
  const added = (await storedSteps(page))[1];
  await expect(boxes.nth(1)).toContainText(`2. ${added.nama}`);

  // Delete on the focused, selected box removes that step
  const addedNode = page.locator(`.sub-diagram .react-flow__node[data-id="${added.id}"]`);
  await addedNode.focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await storedSteps(page)).map((s) => s.id)).toEqual(before.map((s) => s.id));
  await settled(page);
  await expect(boxes).toHaveCount(before.length);

  // the table shows the same steps
  await page.getByTestId('sub-view-tabel').click();
  await expect(page.getByLabel('Nama langkah').first()).toHaveValue('Menerima berkas permohonan');
  await expect(page.getByLabel('Nama langkah')).toHaveCount(before.length);
});
