import { expect, test } from './fixtures';
import { openSample, storedDoc } from './helpers';

test('under Perbup Banjar a JF Ahli Muda over a Pengawas turns red with the reason before the drop, then shows as a finding', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('profile-select').selectOption('banjar-39-2024');
  await expect(page.getByTestId('finding-counts')).toContainText('0 galat');

  const jf = page.getByTestId('pos-1.2.1');
  const pengawas = page.getByTestId('pos-1.1.1');
  await pengawas.scrollIntoViewIfNeeded();
  const a = (await jf.boundingBox())!;
  const b = (await pengawas.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x - a.x) * i) / 15, a.y + a.height / 2 + ((b.y - a.y) * i) / 15);
  }
  // Before the drop: the target is marked not allowed, with the reason and the citation.
  const target = page.locator('[data-testid="pos-1.1.1"]');
  await expect(target).toHaveClass(/drop-warn/);
  await expect(page.getByTestId('drop-tip')).toContainText('Ahli Muda');
  await expect(page.getByTestId('drop-tip')).toContainText('Perbup Banjar 39/2024');
  await expect(page.getByTestId('drop-tip')).toContainText('Lampiran I');
  // the tip names the rule and has the colour of the finding it will become (an error under Banjar)
  await expect(page.getByTestId('drop-tip-rule')).toHaveText('KED-06');
  await expect(page.getByTestId('drop-tip')).toHaveClass(/drop-tip-sev-error/);
  await page.mouse.up();

  // After the drop: the placement is kept (users draw what is) and a KED-06 finding names the rule's source.
  const finding = page.locator('[data-testid="finding"][data-rule="KED-06"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('Perbup Banjar 39/2024');
  await expect(page.getByTestId('finding-counts')).toContainText('1 galat');
  await expect(page.getByTestId('pos-1.2.1')).toHaveClass(/has-error/);

  // Clicking the finding selects its box and centres it.
  await page.getByTestId('pos-1.3').click();
  await finding.click();
  await expect(page.locator('.react-flow__node.selected [data-testid="pos-1.2.1"]')).toHaveCount(1);
  const canvas = (await page.getByTestId('struktur-canvas').boundingBox())!;
  const offCentre = async () => {
    const box = (await page.getByTestId('pos-1.2.1').boundingBox())!;
    return Math.max(
      Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2)),
      Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2)),
    );
  };
  await expect.poll(offCentre).toBeLessThan(40);
  await expect(page.getByTestId('properties').locator('#prop-nama')).toHaveValue('Pranata Humas Ahli Muda');

  // Under Padang Panjang the jenjang rule is off: the finding disappears at once.
  await page.getByTestId('profile-select').selectOption('padang-panjang-48-2024');
  await expect(page.locator('[data-testid="finding"][data-rule="KED-06"]')).toHaveCount(0);
  await expect(page.getByTestId('finding-counts')).toContainText('0 galat');
});

test('a cycle is refused at the drop and nothing changes', async ({ page }) => {
  await openSample(page);
  const before = await storedDoc(page);
  const head = page.getByTestId('pos-1');
  const kabid = page.getByTestId('pos-1.3');
  const a = (await head.boundingBox())!;
  const b = (await kabid.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / 15, a.y + a.height / 2 + ((b.y + b.height / 2 - a.y - a.height / 2) * i) / 15);
  }
  await expect(page.getByTestId('pos-1.3')).toHaveClass(/drop-refuse/);
  await page.mouse.up();
  await expect(page.getByTestId('toast')).toContainText('lingkaran');
  await page.waitForTimeout(500);
  const after = await storedDoc(page);
  expect(after.positions).toEqual(before.positions);
});

test('a CSV with a bad row is refused with the row listed, and the open document is unchanged', async ({ page }) => {
  await openSample(page);
  const before = await storedDoc(page);
  const count = await page.locator('.react-flow__node').count();
  await page.getByTestId('action-import').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  const csv = [
    'kode,nama_jabatan,jenis,jenjang,unit,atasan',
    '1,Kepala Dinas,jpt-pratama,,Dinas Uji,',
    '1.1,Kepala Bidang,raja,,Dinas Uji > Bidang,1',
    '1.1.1,Analis,fungsional,ahli-muda,Dinas Uji > Bidang,9.9',
  ].join('\n');
  await (await chooser).setFiles({ name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const refused = page.getByTestId('import-refused');
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('Baris 3');
  await expect(refused).toContainText('Baris 4');
  await page.getByRole('button', { name: 'Tutup' }).last().click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
  expect(await storedDoc(page)).toEqual(before);
});

test('a good CSV is previewed and imported as a new document, laid out', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('first-import').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  const csv = [
    '\ufeffkode;nama_jabatan;jenis;jenjang;unit;tipe_pd;atasan',
    '1;Kepala Dinas Pangan;JPT Pratama;;Dinas Pangan;Dinas;',
    '1.1;Kepala Bidang Ketersediaan;Administrator;;Dinas Pangan > Bidang Ketersediaan;;1',
    '1.10;Analis Ketahanan Pangan;Pejabat Fungsional;Ahli Muda;Dinas Pangan > Bidang Ketersediaan;;1.1',
    '1.1.1;Pengelola Data;Pelaksana;;Dinas Pangan > Bidang Ketersediaan;;1.1',
  ].join('\n');
  await (await chooser).setFiles({ name: 'pangan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-preview')).toContainText('4 jabatan');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('pos-1.10')).toBeVisible();
  await expect(page.getByTestId('pos-1.1')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});
