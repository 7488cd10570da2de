// The training sample "Kota Contoh" in a real browser: opened from the first screen, it shows a laid-out structure,
// exactly its deliberate findings, and a map tree a trainer can walk from level 0 down to the SOP.
import { expect, test } from './fixtures';

const SCREENSHOTS = process.env.KOTA_SCREENSHOTS; // a directory: save pictures to look at

test('contoh pelatihan Kota Contoh: struktur, temuan sengaja, dan peta level 0 → level 1 → lintas fungsi', async ({ page }) => {
  // the sample is its own chunk, fetched only when the button is pressed
  const sampleChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/kotaContoh-[^/]*\.js$/.test(r.url())) sampleChunks.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('first-kota')).toBeVisible();
  expect(sampleChunks).toEqual([]);
  await page.getByTestId('first-kota').click();

  // the canvas opens laid out: free boxes of every Perangkat Daerah, stacks beside them
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(20);
  expect(sampleChunks).toHaveLength(1);
  await expect(page.locator('.react-flow__node', { hasText: 'Sekretaris Daerah' }).first()).toBeAttached();
  await expect(page.locator('.react-flow__node', { hasText: 'Camat Kota Baru' }).first()).toBeAttached();

  // exactly the seven deliberate findings: 4 galat, 3 peringatan, no info
  await expect(page.getByTestId('finding-counts')).toHaveText('4 galat · 3 peringatan · 0 info');
  const findings = page.getByTestId('findings').getByTestId('finding');
  await expect(findings).toHaveCount(7);
  const rules = await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort());
  expect(rules).toEqual(['KED-02', 'KED-05', 'LF-03', 'LF-06', 'PETA-06', 'TIM-04', 'TIM-08']);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/kota-struktur.png` });

  // Peta: level 0 → level 1 (double-click the process) → the SOP under process 05.03, via the navigator tree
  await page.getByTestId('view-peta').click();
  const tree = page.getByTestId('peta-nav');
  await tree.getByTestId('peta-item').filter({ hasText: 'Level 0' }).click();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis Pemerintah Kota Contoh');
  await expect(page.getByTestId('lv-band-inti').getByTestId('lv-process')).toHaveCount(5);
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan Perizinan dan Penanaman Modal' }).dblclick();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis DPMPTSP');
  await expect(page.getByTestId('lv-process').filter({ hasText: '05.03' })).toBeVisible();
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/kota-level1.png` });

  await tree.getByTestId('peta-item').filter({ hasText: 'SOP Penerbitan Surat Izin Praktik' }).click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await expect(page.getByTestId('lf-lane')).toHaveCount(6);
  await expect(page.getByTestId('lf-activity').first()).toBeVisible();
  // the breadcrumb names the whole chain and leads back up
  const crumbs = page.getByTestId('peta-crumbs');
  await expect(crumbs).toHaveText(
    'Peta Proses Bisnis Pemerintah Kota Contoh › Peta Proses Bisnis DPMPTSP › SOP Penerbitan Surat Izin Praktik Tenaga Kesehatan',
  );
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/kota-sop.png` });
  await crumbs.getByRole('button', { name: 'Peta Proses Bisnis DPMPTSP' }).click();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis DPMPTSP');
  await crumbs.getByRole('button', { name: 'Peta Proses Bisnis Pemerintah Kota Contoh' }).click();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis Pemerintah Kota Contoh');
});
