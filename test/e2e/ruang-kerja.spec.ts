// The Ruang kerja in the browser: a ZIP of several PD documents imported at once, their rekaps side by side, a
// cross-document finding (one NIP in two PD), a search by NIP that opens the hit, and the ZIP of everything back out.
import { zipSync, strToU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { clickDownload, fixtureDoc } from './reliabilityHelpers';

const NIP = '198001012005011001';

function pd(i: number, nip: string | null) {
  const doc = fixtureDoc();
  doc.id = `doc_pd_${i}`;
  doc.title = `Dinas Uji ${i}`;
  const first = Object.keys(doc.positions)[1];
  if (nip) doc.positions[first].pemangku = [{ id: `pm_${i}`, nama: `Pegawai ${i}`, nip }];
  return doc;
}

test('import a ZIP of PD documents, see their rekap, a NIP in two PD, search opens the hit, export all as ZIP', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('first-new').click();
  await page.getByTestId('action-documents').click();
  await page.getByTestId('open-ruang-kerja').click();
  await expect(page.getByTestId('ruang-kerja')).toBeVisible();

  const zip = zipSync({ 'dinas-1.petakerja.json': strToU8(JSON.stringify(pd(1, NIP))), 'dinas-2.petakerja.json': strToU8(JSON.stringify(pd(2, NIP))), 'dinas-3.petakerja.json': strToU8(JSON.stringify(pd(3, null))), 'catatan.json': strToU8('bukan json') });
  await page.getByTestId('rk-files-input').setInputFiles({ name: 'pemda.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(page.getByTestId('toast')).toContainText('3 dokumen diimpor');
  await expect(page.getByTestId('toast')).toContainText('catatan.json');
  // the new document of this test + the three PD
  await expect(page.getByTestId('rk-row')).toHaveCount(4);
  await expect(page.getByTestId('rk-total')).toContainText('4 dokumen');
  await expect(page.getByTestId('rk-findings')).toContainText('LINTAS-01');
  await expect(page.getByTestId('rk-findings')).toContainText(`NIP ${NIP}`);

  await page.getByTestId('rk-search').fill(NIP.slice(0, 8));
  await expect(page.getByTestId('rk-hit')).toHaveCount(2);
  const zipOut = await clickDownload(page, () => page.getByTestId('rk-zip').click());
  const files = unzipSync(new Uint8Array(Buffer.from(await (await zipOut.createReadStream()).toArray().then((c) => Buffer.concat(c)))));
  expect(Object.keys(files)).toHaveLength(4);

  await page.getByTestId('rk-hit').first().click();
  await expect(page.getByTestId('ruang-kerja')).toHaveCount(0);
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(/Dinas Uji [12]/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('Ruang kerja at 1280×720 and 1440×900', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByTestId('first-sample').click();
  await page.getByTestId('action-documents').click();
  await page.getByTestId('open-ruang-kerja').click();
  await expect(page.getByTestId('rk-row')).toHaveCount(1);
  for (const [w, h] of [[1280, 720], [1440, 900]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: testInfo.outputPath(`ruang-kerja-${w}.png`) });
  }
});
