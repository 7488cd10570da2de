// Peta jabatan round trip in the browser (issue 13): the status bar's rekap (document, then the selected unit),
// "Gabungkan jabatan yang sama" (six groups in Kota Contoh, one undo step), and K changed → XLSX downloaded from the
// export dialog → that file imported again shows the changed K on the box.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('bilah status menampilkan rekap dokumen dan unit; jabatan kembar digabung dalam satu langkah urung', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
  const rekap = page.getByTestId('status-rekap');
  await expect(rekap).toHaveText(/^\d+ jabatan · K \d+ · B \d+ · ± (0|\+\d+|\u2212\d+)$/);
  const count = Number((await rekap.innerText()).match(/^(\d+) jabatan/)![1]);
  // the jabatan count is said once in the bar
  expect((await page.getByTestId('statusbar').innerText()).match(/\d+ jabatan/g)).toHaveLength(1);

  await page.locator('.react-flow__node', { hasText: 'Sekretaris Daerah' }).first().locator('.pos').click();
  await expect(rekap).toContainText(/\| Unit «[^»]+»: \d+ jabatan · K \d+ · B \d+ · ± /);

  // a click on the empty canvas clears the selection: the panel shows the document
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await page.getByTestId('open-merge-jabatan').click();
  const dialog = page.getByTestId('merge-jabatan');
  await expect(dialog.getByTestId('merge-group')).toHaveCount(6);
  await page.screenshot({ path: 'test-results/gabungkan-jabatan-1280.png' });
  await dialog.getByTestId('merge-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(rekap).toHaveText(new RegExp(`^${count - 6} jabatan`));
  await page.getByTestId('action-undo').click();
  await expect(rekap).toHaveText(new RegExp(`^${count} jabatan`));
});

test('K diubah, peta jabatan diunduh sebagai XLSX, lalu berkas itu diimpor kembali dengan K yang sama', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  const box = () => page.locator('.react-flow__node', { hasText: 'Sekretaris Daerah' }).first();
  await expect(box()).toBeVisible();
  await box().locator('.pos').click();
  await page.getByTestId('prop-kebutuhan').fill('3');
  await expect(box().getByTestId('pos-strip')).toHaveText(/\| B 1 \| K 3 \| \u22122$/);

  await page.getByTestId('action-export').click();
  await expect(page.getByTestId('export-peta-jabatan')).toBeVisible();
  await page.screenshot({ path: 'test-results/ekspor-peta-jabatan-1440.png' });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-peta-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/peta-jabatan\.xlsx$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, i.e. an .xlsx
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Batal' }).click();

  await page.getByTestId('action-import').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toBeHidden();
  await expect(box().getByTestId('pos-strip')).toHaveText(/\| B 1 \| K 3 \| \u22122$/);
});
