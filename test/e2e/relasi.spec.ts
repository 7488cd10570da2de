import { expect, test, type Locator, type Page } from './fixtures';
import { openSample, readStored } from './helpers';

interface StoredRelasi {
  kind: string;
  boxes: { id: string; ref: { kind: string; nama?: string }; placement: { x: number; y: number } | null }[];
  arrows: { id: string; source: string; target: string; label: string; jenis: string | null }[];
}

async function storedRelasi(page: Page): Promise<StoredRelasi | undefined> {
  const maps = Object.values((await readStored(page))?.doc.maps ?? {}) as StoredRelasi[];
  return maps.find((m) => m.kind === 'relasi');
}

async function waitStored(page: Page, check: (m: StoredRelasi) => boolean) {
  await expect.poll(async () => {
    const m = await storedRelasi(page);
    return m ? check(m) : false;
  }, { timeout: 10_000 }).toBe(true);
}

/** Drag from a box's handle (shown on hover) to a handle of another box, with pointer moves in steps. */
async function connect(page: Page, from: Locator, to: Locator, fromSide: 't' | 'r' | 'b' | 'l', toSide: 't' | 'r' | 'b' | 'l') {
  await from.hover();
  const a = await from.locator(`.react-flow__handle[data-handleid="${fromSide}"]`).boundingBox();
  const b = await to.locator(`.react-flow__handle[data-handleid="${toSide}"]`).boundingBox();
  if (!a || !b) throw new Error('handle not visible');
  const [sx, sy, tx, ty] = [a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2];
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(sx + ((tx - sx) * i) / 12, sy + ((ty - sy) * i) / 12);
  await page.mouse.up();
}

test('peta relasi: unit dari struktur, pihak luar, panah berlabel, hapus dan batalkan, temuan REL-01', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-relasi').click();
  const canvas = page.getByTestId('rel-canvas');
  await expect(canvas).toBeVisible();

  // the structure list offers units here; two are dropped onto the canvas, where they are dropped
  const items = page.getByTestId('peta-structure-item');
  await expect(items.first()).toContainText(/.+/);
  await expect(page.getByTestId('peta-structure')).toContainText('Kotak dari struktur');
  const firstName = (await items.nth(0).locator('.peta-structure-name').textContent())!;
  const secondName = (await items.nth(1).locator('.peta-structure-name').textContent())!;
  await items.nth(0).dragTo(canvas, { targetPosition: { x: 220, y: 160 } });
  await expect(page.getByTestId('rel-box-unit')).toHaveCount(1);
  await items.nth(1).dragTo(canvas, { targetPosition: { x: 620, y: 160 } });
  await expect(page.getByTestId('rel-box-unit')).toHaveCount(2);
  const first = page.getByTestId('rel-box-unit').filter({ hasText: firstName });
  const second = page.getByTestId('rel-box-unit').filter({ hasText: secondName });
  // each where it was dropped: side by side, 400 px apart centre to centre
  const fb = (await first.boundingBox())!;
  const sb = (await second.boundingBox())!;
  expect(Math.round(sb.x - fb.x)).toBe(400);
  expect(Math.round(sb.y - fb.y)).toBe(0);

  // an outside party, named inline (no window.prompt); an empty name is refused with a message
  await page.getByTestId('rel-add-luar').click();
  await page.getByTestId('rel-luar-ok').click();
  await expect(page.locator('.rel-field-error')).toContainText('Isi nama pihak luar');
  await page.getByTestId('rel-luar-input').fill('Masyarakat');
  await page.getByTestId('rel-luar-input').press('Enter');
  const luar = page.getByTestId('rel-box-luar');
  await expect(luar).toHaveCount(1);
  await expect(luar).toContainText('Masyarakat');
  await waitStored(page, (m) => m.boxes.length === 3 && m.boxes.every((b) => b.placement !== null));
  // placed in a free spot of the view: nothing moved to show it
  const lbb = (await luar.boundingBox())!;
  const cbb = (await canvas.boundingBox())!;
  expect(lbb.x >= cbb.x && lbb.y >= cbb.y && lbb.x + lbb.width <= cbb.x + cbb.width && lbb.y + lbb.height <= cbb.y + cbb.height).toBe(true);
  expect((await first.boundingBox())!.x).toBe(fb.x);

  // connect the two units: the label is typed straight away and shown on the arrow
  await connect(page, first, second, 'r', 'l');
  const input = page.getByTestId('rel-label-input');
  await expect(input).toBeFocused();
  // a slow typist: longer than the 1.5 s in which typing merges into one step
  await page.waitForTimeout(1700);
  await input.fill('Dokumen RKA');
  await input.press('Enter');
  const labelled = page.getByTestId('rel-arrow-label').filter({ hasText: 'Dokumen RKA' });
  await expect(labelled).toBeVisible();
  await waitStored(page, (m) => m.arrows.length === 1 && m.arrows[0].label === 'Dokumen RKA');
  // drawing the arrow and its first label are one undo step
  await page.keyboard.press('Control+z');
  await waitStored(page, (m) => m.arrows.length === 0);
  await page.keyboard.press('Control+y');
  await waitStored(page, (m) => m.arrows.length === 1 && m.arrows[0].label === 'Dokumen RKA');
  await expect(labelled).toBeVisible();
  // centred between the two boxes, on the line, inside the canvas
  const lb = (await labelled.boundingBox())!;
  const [f2, s2, cb] = [(await first.boundingBox())!, (await second.boundingBox())!, (await canvas.boundingBox())!];
  expect(Math.abs(lb.x + lb.width / 2 - (f2.x + f2.width + s2.x) / 2)).toBeLessThan(3);
  expect(Math.abs(lb.y + lb.height / 2 - (f2.y + f2.height / 2))).toBeLessThan(3);
  expect(lb.y).toBeGreaterThan(cb.y);

  // jenis chosen in the panel of the selected arrow shows on the label
  await page.getByTestId('rel-arrow-jenis').selectOption('dokumen');
  await expect(labelled).toContainText('Dokumen');
  await waitStored(page, (m) => m.arrows[0].jenis === 'dokumen');

  // an arrow from the outside party left without a label: REL-01 warns and the arrow lights up
  await connect(page, luar, first, 't', 'b');
  await expect(page.getByTestId('rel-label-input')).toBeFocused();
  await page.getByTestId('rel-label-input').press('Escape');
  await waitStored(page, (m) => m.arrows.length === 2);
  const finding = page.locator('[data-testid="finding"][data-rule="REL-01"]');
  await expect(finding).toBeVisible();
  await expect(page.getByTestId('rel-arrow-label').filter({ hasText: 'tanpa label' })).toHaveClass(/sev-warning/);
  // clicking the finding selects the arrow it is about
  await page.mouse.click((await canvas.boundingBox())!.x + 20, (await canvas.boundingBox())!.y + 20);
  await expect(page.getByTestId('rel-propbar-hint')).toBeVisible();
  await finding.click();
  await expect(page.getByTestId('rel-arrow-panel')).toContainText('Masyarakat →');

  // double-click a label to edit it
  await page.getByTestId('rel-arrow-label').filter({ hasText: 'tanpa label' }).dblclick();
  await page.getByTestId('rel-label-input').fill('Pengaduan');
  await page.getByTestId('rel-label-input').press('Enter');
  await expect(page.getByTestId('rel-arrow-label').filter({ hasText: 'Pengaduan' })).toBeVisible();
  await expect(finding).toHaveCount(0);

  // select an arrow, Delete removes it; Ctrl+Z brings it back
  await labelled.click();
  await expect(page.getByTestId('rel-arrow-panel')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('rel-arrow-label').filter({ hasText: 'Dokumen RKA' })).toHaveCount(0);
  await waitStored(page, (m) => m.arrows.length === 1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('rel-arrow-label').filter({ hasText: 'Dokumen RKA' })).toBeVisible();
  await waitStored(page, (m) => m.arrows.length === 2);

  // drag a box: one undo step; its arrows follow
  const before = (await storedRelasi(page))!.boxes.find((b) => b.ref.kind === 'luar')!.placement!;
  const lbx = (await luar.boundingBox())!;
  await page.mouse.move(lbx.x + lbx.width / 2, lbx.y + lbx.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(lbx.x + lbx.width / 2 + 12 * i, lbx.y + lbx.height / 2 + 4 * i);
  await page.mouse.up();
  await waitStored(page, (m) => m.boxes.find((b) => b.ref.kind === 'luar')!.placement!.x !== before.x);
  await page.keyboard.press('Control+z');
  await waitStored(page, (m) => JSON.stringify(m.boxes.find((b) => b.ref.kind === 'luar')!.placement) === JSON.stringify(before));

  // Rapikan (ELK in its worker): left to right along the arrows, Masyarakat → first unit → second unit
  await page.getByTestId('rel-rapikan').click();
  await waitStored(page, (m) => {
    const [u1, u2] = m.boxes.filter((x) => x.ref.kind === 'unit').map((x) => x.placement!.x);
    const l = m.boxes.find((x) => x.ref.kind === 'luar')!.placement!.x;
    return l < u1 && u1 < u2;
  });
  await page.getByTestId('rel-fit').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/relasi.png' });
});
