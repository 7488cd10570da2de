import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dragBy, dragTo, newDocument, node, openSample, storedDoc } from './helpers';

test('draw a structure from the palette, attach by dragging, undo and redo, and find it after a reload', async ({ page }) => {
  await newDocument(page);
  const canvas = page.getByTestId('struktur-canvas');

  // A JPT Pratama dropped on empty canvas becomes the head of the document's Perangkat Daerah.
  await page.getByTestId('palette-jpt-pratama').dragTo(canvas, { targetPosition: { x: 420, y: 140 } });
  const kepala = node(page, 'Kepala Perangkat Daerah baru');
  await expect(kepala).toBeVisible();

  // An Administrator dropped on the head becomes its subordinate (garis komando).
  await page.getByTestId('palette-administrator').dragTo(kepala);
  await expect(node(page, 'Kepala Bidang baru')).toBeVisible();
  await expect(page.locator('.react-flow__edge.line-komando')).toHaveCount(1);

  // A JF dropped on empty canvas has no superior yet; dragging it onto the Kepala Bidang attaches it (kedudukan).
  await page.getByTestId('palette-fungsional').dragTo(canvas, { targetPosition: { x: 600, y: 520 } });
  const jf = node(page, 'Pejabat Fungsional baru');
  await expect(jf).toBeVisible();
  await expect(page.locator('.react-flow__edge.line-kedudukan')).toHaveCount(0);
  await dragTo(page, jf, node(page, 'Kepala Bidang baru'));
  await expect(page.locator('.react-flow__edge.line-kedudukan')).toHaveCount(1);
  // it now hangs in the stack beside its superior
  await expect(page.locator('.react-flow__node-stackItem', { hasText: 'Pejabat Fungsional baru' })).toBeVisible();

  // Undo the attachment, then redo it (keyboard and toolbar).
  await page.locator('body').press('Control+z');
  await expect(page.locator('.react-flow__edge.line-kedudukan')).toHaveCount(0);
  await page.getByTestId('action-redo').click();
  await expect(page.locator('.react-flow__edge.line-kedudukan')).toHaveCount(1);
  await page.locator('body').press('Control+z');
  await page.locator('body').press('Control+Shift+z');
  await expect(page.locator('.react-flow__edge.line-kedudukan')).toHaveCount(1);

  // Autosave: after the debounce the document is in local storage; a reload shows it again.
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan di browser');
  await page.reload();
  await expect(node(page, 'Kepala Perangkat Daerah baru')).toBeVisible();
  await expect(page.locator('.react-flow__node-stackItem', { hasText: 'Pejabat Fungsional baru' })).toBeVisible();
  const doc = await storedDoc(page);
  const byName = Object.fromEntries(Object.values(doc.positions).map((p) => [p.nama, p]));
  expect(doc.positions[byName['Pejabat Fungsional baru'].superiorId!].nama).toBe('Kepala Bidang baru');
});

test('one drag of a box is one undo step and selection does not clear redo', async ({ page }) => {
  await openSample(page);
  const box = page.locator('.react-flow__node-box').nth(1);
  const before = await box.boundingBox();
  // down and to the left, into the empty canvas beside the Sekretariat (straight down lands on its Kepala Subbagian,
  // which refuses the box as a cycle, so the box would not move)
  await dragBy(page, box, -100, 160);
  await expect.poll(async () => (await box.boundingBox())!.y).toBeGreaterThan(before!.y + 60);
  await page.locator('body').press('Control+z');
  await expect.poll(async () => Math.round((await box.boundingBox())!.y)).toBe(Math.round(before!.y));
  // selecting something does not lose the redo step
  await page.locator('.react-flow__node-box').first().click();
  await expect(page.getByTestId('action-redo')).toBeEnabled();
  await page.getByTestId('action-redo').click();
  await expect.poll(async () => (await box.boundingBox())!.y).toBeGreaterThan(before!.y + 60);
});

test('save a JSON file and open it again', async ({ page }, testInfo) => {
  await openSample(page);
  const count = await page.locator('.react-flow__node').count();
  const downloadPromise = page.waitForEvent('download');
  await page.locator('body').press('Control+s');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.petakerja\.json$/);
  const path = testInfo.outputPath('saved.json');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.format).toBe('petakerja');

  // open it in a fresh browser profile
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve) => {
      const r = indexedDB.deleteDatabase('petakerja');
      r.onsuccess = r.onerror = r.onblocked = () => resolve(null);
    });
  });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('first-open').click();
  await (await chooser).setFiles(path);
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('a broken file is refused with a message and the open document is untouched', async ({ page }) => {
  await openSample(page);
  const before = await storedDoc(page);
  const count = await page.locator('.react-flow__node').count();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('body').press('Control+o');
  await (await chooser).setFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "petakerja", "version": 2, "positions": {"a": {"kind": "raja"}}') });
  await expect(page.getByTestId('toast')).toContainText('tidak dapat dibuka');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
  expect(await storedDoc(page)).toEqual(before);

  const chooser2 = page.waitForEvent('filechooser');
  await page.locator('body').press('Control+o');
  await (await chooser2).setFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByTestId('toast')).toContainText('bukan dokumen PetaKerja');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('the sample opens with its structure, stacks and legend', async ({ page }) => {
  await openSample(page);
  await expect(page.locator('.react-flow__node-box').first()).toBeVisible();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(50);
  expect(await page.locator('.react-flow__node-stackItem').count()).toBeGreaterThan(20);
  await expect(page.locator('.legend')).toContainText('Garis komando');
});

test('deleting a position with subordinates asks, and re-attaches them to its superior', async ({ page }) => {
  await openSample(page);
  const doc = await storedDoc(page);
  // pick a structural position that has a superior and subordinates
  const subsOf = new Map<string, number>();
  for (const p of Object.values(doc.positions)) if (p.superiorId) subsOf.set(p.superiorId, (subsOf.get(p.superiorId) ?? 0) + 1);
  const [targetId, target] = Object.entries(doc.positions).find(([id, p]) => p.superiorId && (subsOf.get(id) ?? 0) > 0)!;
  await page.getByLabel('Cari jabatan').fill(target.nama);
  await page.getByLabel('Cari jabatan').press('Enter');
  await page.locator('body').press('Delete');
  await page.getByTestId('delete-reattach').click();
  await expect(node(page, target.nama)).toHaveCount(0);
  await expect.poll(async () => Boolean((await storedDoc(page)).positions[targetId])).toBe(false);
  const after = await storedDoc(page);
  const formerSubordinates = Object.entries(doc.positions).filter(([, p]) => p.superiorId === targetId).map(([id]) => id);
  for (const id of formerSubordinates) expect(after.positions[id].superiorId).toBe(target.superiorId);
  expect(Object.values(after.positions).some((p) => p.superiorId === targetId)).toBe(false);
  await page.locator('body').press('Control+z');
  await expect(node(page, target.nama)).toBeVisible();
});

test('a screen reader hears boxes and lines in Bahasa Indonesia, never React Flow\'s "node", "edge" or "Edge from"', async ({ page }) => {
  await openSample(page);
  const lines = page.locator('[data-testid="struktur-canvas"] .react-flow__edge');
  await expect(lines.first()).toBeAttached();
  await expect(page.locator('[aria-roledescription="node"], [aria-roledescription="edge"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="struktur-canvas"] .react-flow__node').first()).toHaveAttribute('aria-roledescription', 'kotak');
  const labels = await lines.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(5);
  for (const l of labels) expect(l).toMatch(/^Garis (komando|kedudukan) dari .+ ke .+$/);
});
