import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { openSample, scenePixel, storedDoc, storedWorkspace } from './helpers';
import type { SceneShape } from '../../src/io/export/scene';
import { structureScene } from '../../src/io/export/structureScene';
import { readPng } from './pngPixels';

async function exportAs(page: Page, format: string, setup?: () => Promise<void>) {
  await page.locator('body').press('Control+p');
  await page.getByTestId(`export-format-${format}`).check();
  if (setup) await setup();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-go').click();
  return download;
}

test('SVG export parses and contains every position label', async ({ page }, info) => {
  await openSample(page);
  const doc = await storedDoc(page);
  const file = info.outputPath('struktur.svg');
  await (await exportAs(page, 'svg')).saveAs(file);
  const svg = readFileSync(file, 'utf8');
  const result = await page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: parsed.querySelector('parsererror')?.textContent ?? null,
      texts: [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      lines: parsed.querySelectorAll('path').length,
    };
  }, svg);
  expect(result.error).toBeNull();
  const all = result.texts.join('\n');
  for (const p of Object.values(doc.positions)) expect(all).toContain(p.kode);
  expect(result.lines).toBe(Object.values(doc.positions).filter((p) => p.superiorId).length);
});

test('PDF export on F4 landscape has the page size and an extractable lampiran heading', async ({ page }, info) => {
  await openSample(page);
  const file = info.outputPath('struktur.pdf');
  const download = await exportAs(page, 'pdf', async () => {
    await page.getByTestId('export-paper').selectOption('f4');
    await page.getByTestId('export-orientation').selectOption('landscape');
    await page.getByTestId('export-heading').check();
    await page.getByTestId('export-dialog').getByLabel('Nomor', { exact: true }).fill('7');
    await page.getByTestId('export-dialog').getByLabel('Tentang', { exact: true }).fill('Kedudukan Jabatan Fungsional');
  });
  await download.saveAs(file);
  const pdf = readFileSync(file, 'latin1');
  expect(pdf.startsWith('%PDF')).toBe(true);
  // 330 × 215 mm in points
  expect(pdf).toMatch(/\/MediaBox \[0 0 935\.43\d* 609\.44\d*\]|\/MediaBox \[0 0 935\.4\d* 609\.4\d*\]/);
  expect(pdf).toContain('(LAMPIRAN)');
  expect(pdf).toContain('KEDUDUKAN JABATAN FUNGSIONAL');
});

test('PNG export keeps the lines (pixel check on the line under the Kepala Dinas)', async ({ page }, info) => {
  await openSample(page);
  const doc = await storedWorkspace(page);
  const file = info.outputPath('struktur.png');
  await (await exportAs(page, 'png')).saveAs(file);
  // the PNG is the export scene at 150 dpi: the komando line leaves the head's box at its bottom centre and runs down
  const scene = structureScene(doc);
  const headId = Object.values(doc.positions).find((p) => p.kode === '1')!.id;
  const head = scene.items.find((i): i is SceneShape => i.type === 'shape' && i.id === headId)!;
  const x = head.x + head.width / 2;
  const points = [6, 10, 14].map((d) => scenePixel(scene, { x, y: head.y + head.height + d }));
  const beside = points.map((p) => ({ x: p.x + 60, y: p.y }));
  const { nearPoints, width } = await readPng(page, file, { points: [...points, ...beside] });
  expect(width).toBe(Math.ceil((Math.ceil(scene.bounds.width) + 48) * (150 / 96)));
  for (const darkness of nearPoints.slice(0, 3)) expect(darkness).toBeLessThan(3 * 140);
  for (const darkness of nearPoints.slice(3)) expect(darkness).toBeGreaterThan(3 * 230);
});

test('a PNG for the lampiran leaves out the findings’ marks unless asked to keep them', async ({ page }, info) => {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.pos.has-error, .stack-mark.has-error').first()).toBeAttached();

  const clean = info.outputPath('bersih.png');
  await (await exportAs(page, 'png', async () => expect(page.getByTestId('export-hide-findings')).toBeChecked())).saveAs(clean);
  const marked = info.outputPath('bertanda.png');
  await (await exportAs(page, 'png', () => page.getByTestId('export-hide-findings').uncheck())).saveAs(marked);

  expect((await readPng(page, marked)).red).toBeGreaterThan(200);
  expect((await readPng(page, clean)).red).toBeLessThan(20);
  // the editor shows its findings again after the export
  await expect(page.locator('.app')).not.toHaveClass(/no-findings/);
});
