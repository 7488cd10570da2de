// Peta jabatan numbers on the struktur canvas (issue 13): every box carries "Kelas | B | K | ±"; changing K in the
// properties panel updates the box's ± and the unit's rekap.
import { expect, test } from './fixtures';

test('kotak jabatan menampilkan Kelas | B | K | ±, dan K yang diubah memperbarui ± dan rekap unit', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
  const box = page.locator('.react-flow__node', { hasText: 'Sekretaris Daerah' }).first();
  await expect(box).toBeVisible();
  const strip = box.getByTestId('pos-strip');
  await expect(strip).toHaveText(/^Kelas (\d+|–) \| B 1 \| K 1 \| 0$/);

  await box.locator('.pos').click();
  const k = page.getByTestId('prop-kebutuhan');
  await expect(k).toHaveValue('1');
  const rekap = page.getByTestId('unit-rekap');
  const totalBefore = await rekap.locator('.rekap-total td').nth(2).innerText();
  await k.fill('3');
  await expect(strip).toHaveText(/\| B 1 \| K 3 \| \u22122$/);
  await expect(strip.locator('.strip-d')).toHaveClass(/is-kurang/);
  await expect(page.getByTestId('prop-selisih')).toContainText('kurang');
  await expect(rekap.locator('.rekap-total td').nth(2)).toHaveText(String(Number(totalBefore) + 2));
  await page.screenshot({ path: 'test-results/peta-jabatan-1440.png' });
});
