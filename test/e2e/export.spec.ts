import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { node, openSample, scenePixel, storedDoc, storedWorkspace } from './helpers';
import { textWidth } from '../../src/io/text/measure';
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

test('issue 14: the Kota Contoh PNG carries the text of every JF and Pelaksana box, line by line; the margins keep the fill', async ({ page }, info) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
  const doc = await storedWorkspace(page);
  const file = info.outputPath('kota.png');
  await (await exportAs(page, 'png')).saveAs(file);
  // the PNG is drawn from the export scene, whatever the canvas's zoom tier: the same scene gives every line's place
  const scene = structureScene(doc);
  const boxes = scene.items.filter((i): i is SceneShape => i.type === 'shape' && !!i.id && ['fungsional', 'pelaksana'].includes(doc.positions[i.id]?.kind));
  expect(boxes.length).toBeGreaterThan(100);
  const sum = (hex: string) => [1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0);
  const toPng = (x0: number, y0: number, x1: number, y1: number) => {
    const a = scenePixel(scene, { x: x0, y: y0 });
    const b = scenePixel(scene, { x: x1, y: y1 });
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  };
  const lines: { box: SceneShape; text: string }[] = [];
  const regions = [];
  for (const box of boxes) {
    for (const t of box.texts) {
      const w = textWidth(t.text, t.size, t.bold);
      const x0 = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
      // the glyphs of the line: from its start to its measured end, cap height over the baseline
      regions.push(toPng(x0, t.y - t.size * 0.7, x0 + w, t.y));
      lines.push({ box, text: t.text });
    }
  }
  const textCount = regions.length;
  // the right margin of each box, beside the text and clear of its rounded corners and border
  for (const box of boxes) regions.push(toPng(box.x + box.width - 8, box.y + box.height * 0.35, box.x + box.width - 3, box.y + box.height * 0.65));
  expect(textCount).toBeGreaterThanOrEqual(boxes.length * 3);
  const { inRegions, width } = await readPng(page, file, { regions, inset: 0, red: false });
  expect(width).toBe(Math.ceil((Math.ceil(scene.bounds.width) + 48) * (150 / 96)));
  const blank = lines.filter((l, i) => inRegions[i] > (sum(l.box.fill) + 3 * 40) / 2).map((l) => l.text);
  expect(blank, 'lines with no glyph pixels').toEqual([]);
  const stained = boxes.filter((b, i) => inRegions[textCount + i] < sum(b.fill) - 24).map((b) => doc.positions[b.id!].nama);
  expect(stained, 'boxes whose margin is not the fill colour').toEqual([]);
});

test('issue 14: a name with U+001B and U+000B (pasted text, a CSV cell) exports valid SVG and a PNG', async ({ page }, info) => {
  test.setTimeout(90_000);
  await openSample(page);
  await node(page, 'Kepala Dinas').click();
  const name = page.getByTestId('properties').locator('#prop-nama');
  await name.fill('');
  await name.focus();
  await page.keyboard.insertText('Kepala\u001b[2J Dinas\u000bBaru');
  await expect(name).toHaveValue('Kepala\u001b[2J Dinas\u000bBaru');
  // out of the field: the export shortcut is the editor's, not the text field's
  await name.blur();
  const svgFile = info.outputPath('kendali.svg');
  await (await exportAs(page, 'svg')).saveAs(svgFile);
  const svg = readFileSync(svgFile, 'utf8');
  expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const parsed = await page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: d.querySelector('parsererror')?.textContent ?? null, texts: [...d.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ') };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('Kepala');
  expect(parsed.texts).toContain('Baru');
  const pngFile = info.outputPath('kendali.png');
  await (await exportAs(page, 'png')).saveAs(pngFile);
  const png = await readPng(page, pngFile, { red: false });
  expect(png.width).toBeGreaterThan(500);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('issue 13: «Isi: Peta Jabatan» gives a PDF of the boxes with Kelas | B | K | ± and the rekap table pages', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openSample(page);
  const doc = await storedDoc(page);
  const file = info.outputPath('peta-jabatan.pdf');
  const download = await exportAs(page, 'pdf', async () => {
    await page.getByTestId('export-content').selectOption('peta-jabatan');
    await page.getByTestId('export-paper').selectOption('a4');
    // the fit report answers for the lampiran: the box pages and the rekap page
    await expect(page.getByTestId('export-smallest')).toContainText(/pada [2-9]\d* halaman/);
    await expect(page.getByTestId('export-dialog').getByLabel('Judul', { exact: true })).toHaveValue(/^Peta Jabatan /);
  });
  await download.saveAs(file);
  const pdf = readFileSync(file, 'latin1');
  expect(pdf.startsWith('%PDF')).toBe(true);
  // A4 pages, and the rekap's heading and its total line are in the text
  expect(pdf).toMatch(/\/MediaBox \[0 0 (595\.2\d*|841\.8\d*) (841\.8\d*|595\.2\d*)\]/);
  expect(pdf).toContain('REKAP PETA JABATAN');
  expect(pdf).toContain('(Jumlah)');
  // every jabatan's strip, one text line each
  expect((pdf.match(/\(Kelas [^)]*\| B \d+ \| K \d+ \|/g) ?? []).length).toBeGreaterThanOrEqual(Object.keys(doc.positions).length);
  expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
});
