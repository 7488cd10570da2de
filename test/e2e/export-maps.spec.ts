// Export of what the user is looking at, beyond the struktur (export.spec.ts): a peta lintas fungsi made from a
// template as SVG, PDF and PNG, its print, a level map's PNG, and a Tim Kerja chart.
import { expect, test, type Download, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { openSample, readStored, scenePixel, storedWorkspace } from './helpers';
import type { ScenePath, SceneShape } from '../../src/io/export/scene';
import { levelScene } from '../../src/io/export/levelScene';
import { lintasFungsiScene } from '../../src/io/export/lintasFungsiScene';
import { readPng } from './pngPixels';

interface StoredLf {
  id: string;
  kind: string;
  title: string;
  lanes: { id: string; label: string; size: number }[];
  nodes: { id: string; type: string; label: string; laneId: string | null; placement: { x: number; y: number } | null }[];
  arrows: { source: string; target: string; label: string }[];
}

async function storedLf(page: Page): Promise<StoredLf> {
  const maps = Object.values((await readStored(page))?.doc.maps ?? {}) as StoredLf[];
  const lf = maps.find((m) => m.kind === 'lintas-fungsi');
  if (!lf) throw new Error('no lintas fungsi map stored');
  return lf;
}

/** The sample with the «Penunjukan Lintas Unit Organisasi» template applied through the Peta view's menu. */
async function openTemplateMap(page: Page): Promise<{ lf: StoredLf; laneNames: string[] }> {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-template').click();
  await page.getByRole('menuitem', { name: 'Mekanisme Penunjukan Lintas Unit Organisasi' }).click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await expect(page.getByTestId('lf-lane')).toHaveCount(4);
  await expect.poll(async () => (await storedLf(page).catch(() => null))?.nodes.length ?? 0).toBeGreaterThan(5);
  const laneNames = (await page.getByTestId('lf-lane').allTextContents()).map((t) => t.trim());
  return { lf: await storedLf(page), laneNames };
}

async function exportAs(page: Page, format: string, setup?: () => Promise<void>): Promise<Download> {
  await page.getByTestId('action-export').click();
  await page.getByTestId(`export-format-${format}`).check();
  if (setup) await setup();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-go').click();
  return download;
}

/** The SVG parsed in the browser: its error, and the text of each group (wrapped lines joined) and of each <text>. */
async function parseSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const groups = [...parsed.querySelectorAll('g')].map((g) => [...g.children].filter((c) => c.tagName === 'text').map((t) => t.textContent).join(' '));
    return {
      error: parsed.querySelector('parsererror')?.textContent ?? null,
      title: parsed.querySelector('title')?.textContent ?? '',
      text: [...groups, ...[...parsed.querySelectorAll('text')].map((t) => t.textContent)].join('\n'),
      texts: parsed.querySelectorAll('text').length,
    };
  }, svg);
}

/** A long label is wrapped and may end cut with "…": its first words are what must be there. */
function head(label: string): string {
  return label.split(/\s+/).slice(0, 3).join(' ');
}

test('peta lintas fungsi as SVG: every lane name and activity label as text', async ({ page }, info) => {
  const { lf, laneNames } = await openTemplateMap(page);
  await page.locator('body').press('Control+p');
  await expect(page.getByTestId('export-what')).toContainText(`Peta lintas fungsi «${lf.title}»`);
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Batal' }).click();

  const file = info.outputPath('lintas-fungsi.svg');
  await (await exportAs(page, 'svg')).saveAs(file);
  const svg = await parseSvg(page, readFileSync(file, 'utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toBe(lf.title);
  expect(laneNames).toHaveLength(4);
  for (const name of laneNames) expect(svg.text).toContain(head(name));
  const activities = lf.nodes.filter((n) => n.type === 'activity' || n.type === 'decision');
  expect(activities.length).toBeGreaterThan(4);
  for (const n of activities) expect(svg.text).toContain(head(n.label));
  for (const label of ['Ya', 'Tidak']) expect(svg.text.split('\n')).toContain(label);
});

test('peta lintas fungsi as PDF on F4 landscape with an extractable lampiran heading', async ({ page }, info) => {
  const { lf } = await openTemplateMap(page);
  const file = info.outputPath('lintas-fungsi.pdf');
  const download = await exportAs(page, 'pdf', async () => {
    await expect(page.getByTestId('export-dialog').getByLabel('Judul')).toHaveValue(lf.title);
    await page.getByTestId('export-paper').selectOption('f4');
    await page.getByTestId('export-orientation').selectOption('landscape');
    await page.getByTestId('export-heading').check();
    await page.getByTestId('export-dialog').getByLabel('Nomor', { exact: true }).fill('12');
    await page.getByTestId('export-dialog').getByLabel('Tentang', { exact: true }).fill('Mekanisme Penugasan Pegawai');
  });
  await download.saveAs(file);
  const pdf = readFileSync(file, 'latin1');
  expect(pdf.startsWith('%PDF')).toBe(true);
  // 330 × 215 mm in points, landscape
  expect(pdf).toMatch(/\/MediaBox \[0 0 935\.4\d* 609\.4\d*\]/);
  expect(pdf).toContain('(LAMPIRAN)');
  expect(pdf).toContain('MEKANISME PENUGASAN PEGAWAI');
  expect(pdf).toContain(`(${lf.title.toUpperCase()})`);
  expect(pdf).toContain('(Mulai)');
});

test('peta lintas fungsi as PNG keeps the arrows (pixel check on the arrow from Mulai)', async ({ page }, info) => {
  const { lf } = await openTemplateMap(page);
  const file = info.outputPath('lintas-fungsi.png');
  await (await exportAs(page, 'png')).saveAs(file);

  // the PNG is the export scene at 150 dpi: sample the arrow that leaves «Mulai» along its first segment
  const doc = await storedWorkspace(page);
  const map = doc.maps[lf.id];
  if (map.kind !== 'lintas-fungsi') throw new Error('not a lintas fungsi map');
  const scene = lintasFungsiScene(doc, map);
  const start = scene.items.find((i): i is SceneShape => i.type === 'shape' && i.shape === 'terminator' && i.texts.some((t) => t.text === 'Mulai'))!;
  const arrow = scene.items.find(
    (i): i is ScenePath => i.type === 'path' && !!i.arrow && Math.abs(i.points[0].y - (start.y + start.height)) < 2 && i.points[0].x > start.x && i.points[0].x < start.x + start.width,
  )!;
  const [a, b] = arrow.points;
  expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeGreaterThan(30);
  const samples = [0.3, 0.5, 0.7].map((f) => scenePixel(scene, { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }));
  // the same heights to the side: the lane's light background, so the check can tell a line from none
  const beside = samples.map((p) => ({ x: p.x + 60, y: p.y }));
  const { nearPoints: darkness } = await readPng(page, file, { points: [...samples, ...beside] });
  for (const d of darkness.slice(0, 3)) expect(d).toBeLessThan(3 * 205);
  for (const d of darkness.slice(3)) expect(d).toBeGreaterThan(3 * 230);
});

test('print of a map: heading, the map as SVG with its lane names, the signature', async ({ page }, info) => {
  const { lf, laneNames } = await openTemplateMap(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByTestId('action-export').click();
  await page.getByTestId('export-format-print').check();
  await page.getByTestId('export-heading').check();
  await page.getByTestId('export-dialog').getByLabel('Tentang', { exact: true }).fill('Mekanisme Penugasan');
  await page.getByTestId('export-dialog').getByLabel('Blok tanda tangan').check();
  await page.getByTestId('export-dialog').getByLabel('Nama', { exact: true }).fill('Nama Wali Kota');
  await page.getByTestId('export-go').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const root = page.locator('#print-root');
  await expect(root.locator('.print-heading')).toContainText('LAMPIRAN');
  await expect(root.locator('.print-heading')).toContainText('MEKANISME PENUGASAN');
  await expect(root.locator('h1')).toHaveText(lf.title);
  await expect(root.locator('.print-signature')).toContainText('NAMA WALI KOTA');
  const printed = await root.locator('svg').textContent();
  for (const name of laneNames) expect(printed).toContain(head(name).split(' ')[0]);
  // what the printer gets: the editor hidden, the page alone
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(root.locator('svg')).toBeVisible();
  await page.screenshot({ path: info.outputPath('print.png') });
});

test('peta level as PNG: a picture of its bands without the editing buttons', async ({ page }, info) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan aplikasi');
  await expect.poll(async () => Object.values((await storedWorkspace(page)).maps).some((m) => m.kind === 'level' && m.processes.some((p) => p.nama === 'Pelayanan aplikasi'))).toBe(true);
  const file = info.outputPath('level.png');
  await (await exportAs(page, 'png')).saveAs(file);

  const doc = await storedWorkspace(page);
  const map = Object.values(doc.maps).find((m) => m.kind === 'level' && m.processes.some((p) => p.nama === 'Pelayanan aplikasi'));
  if (!map || map.kind !== 'level') throw new Error('no level map stored');
  const scene = levelScene(doc, map);
  const box = scene.items.find((i): i is SceneShape => i.type === 'shape' && i.className === 'process')!;
  const corner = scenePixel(scene, box);
  const ratio = 150 / 96;
  const picture = await readPng(page, file, { regions: [{ ...corner, width: box.width * ratio, height: box.height * ratio }] });
  expect(picture.width).toBe(Math.ceil((Math.ceil(scene.bounds.width) + 48) * ratio));
  // the process's code and name are drawn
  expect(picture.inRegions[0]).toBeLessThan(3 * 120);
  // no editing control is part of the picture: the scene has no button text
  const texts = scene.items.flatMap((i) => (i.type === 'shape' ? i.texts.map((t) => t.text) : i.type === 'text' ? [i.text] : []));
  expect(texts.some((t) => t.includes('+ Proses'))).toBe(false);
  expect(texts.join(' ')).toContain('Pelayanan aplikasi');
});

test('a Tim Kerja as a chart: SVG with the team, its Ketua and every member; PNG of the chart', async ({ page }, info) => {
  await openSample(page);
  await page.getByTestId('view-tim').click();
  await page.getByTestId('team-new').click();
  await page.getByTestId('team-nama').fill('Tim Satu Data');
  await page.getByTestId('team-owner').selectOption('unit_bidang_aptika');
  for (const [kode, nama] of [
    ['1.3.1', 'Pranata Komputer Ahli Muda'],
    ['1.3.4', 'Pranata Komputer Ahli Pertama'],
    ['1.2.1', 'Pranata Humas Ahli Muda'],
  ]) {
    await page.getByTestId('member-search').fill(kode);
    await page.getByTestId('member-search-result').filter({ hasText: nama }).first().click();
  }
  await expect(page.getByTestId('team-member')).toHaveCount(3);
  await page.locator('[data-testid="team-member"][data-position="jab_1_3_1"]').getByTestId('member-make-ketua').click();
  await expect(page.locator('[data-testid="team-member"][data-role="ketua"]')).toHaveCount(1);

  const file = info.outputPath('tim.svg');
  await (await exportAs(page, 'svg')).saveAs(file);
  const svg = await parseSvg(page, readFileSync(file, 'utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toBe('Tim Satu Data');
  for (const text of ['KETUA', 'ANGGOTA (2)', 'Pranata Komputer Ahli Muda', 'Pranata Komputer Ahli Pertama', 'Pranata Humas Ahli Muda', 'Taufik Hidayat', 'Rudi Hartono']) {
    expect(svg.text).toContain(text);
  }

  const pngFile = info.outputPath('tim.png');
  await (await exportAs(page, 'png')).saveAs(pngFile);
  const picture = await readPng(page, pngFile);
  expect(picture.width).toBeGreaterThan(400);
  expect(picture.height).toBeGreaterThan(300);
});
