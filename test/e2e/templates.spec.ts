import { expect, test } from './fixtures';
import { node, openSample } from './helpers';

test('a kedudukan pattern from the gallery opens as a new document without findings', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('first-templates').click();
  const gallery = page.getByRole('dialog', { name: 'Galeri templat' });
  await expect(gallery).toBeVisible();
  // three groups, each card with its citation
  await expect(gallery.getByRole('tab')).toHaveText(['Pola kedudukan', 'Struktur penugasan', 'Peta lintas fungsi']);
  const card = gallery.getByTestId('template-kedudukan-srg-a2-administrator-ppkin');
  await expect(card).toContainText('Perwali Serang 23/2023, Pasal 6 huruf a angka 2');
  // nothing is open yet: there is no "here" to insert into
  await expect(card.getByRole('button', { name: 'Sisipkan di sini' })).toBeDisabled();

  await card.getByRole('button', { name: 'Gunakan sebagai dokumen baru' }).click();
  await expect(gallery).toBeHidden();
  await expect(node(page, 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang')).toBeVisible();
  await expect(node(page, 'Kepala Bidang Bina Marga')).toBeVisible();
  await expect(page.locator('.react-flow__node-stackItem', { hasText: 'Teknik Jalan dan Jembatan Ahli Muda' })).toBeVisible();
  await expect(page.getByTestId('profile-select')).toHaveValue('serang-23-2023');
  await expect(page.getByTestId('finding-counts')).toHaveText('0 galat · 0 peringatan · 0 info');
  await expect(page.getByTestId('statusbar')).toContainText('14 jabatan');
});

test('from the toolbar, a pattern goes under the selected official and one Ctrl+Z takes it all away', async ({ page }) => {
  await openSample(page);
  const status = page.getByTestId('statusbar');
  await expect(status).toContainText('60 jabatan');

  await node(page, 'Kepala Dinas Komunikasi dan Informatika').click();
  await page.getByTestId('action-templates').click();
  const gallery = page.getByRole('dialog', { name: 'Galeri templat' });
  await expect(gallery.getByTestId('templates-target')).toContainText('di bawah «Kepala Dinas Komunikasi dan Informatika»');
  await gallery.getByTestId('template-insert-kedudukan-bjm-c-pengawas').click();
  await expect(gallery).toBeHidden();

  await expect(node(page, 'Kepala UPT Pengujian Kendaraan Bermotor')).toBeVisible();
  await expect(page.locator('.react-flow__node-stackItem', { hasText: 'Penguji Kendaraan Bermotor Penyelia' })).toBeVisible();
  await expect(status).toContainText('67 jabatan');
  await expect(page.locator('.react-flow__edge.line-komando')).not.toHaveCount(0);

  await page.locator('body').press('Control+z');
  await expect(status).toContainText('60 jabatan');
  await expect(page.locator('.react-flow__node', { hasText: 'Kepala UPT Pengujian Kendaraan Bermotor' })).toHaveCount(0);
  await expect(page.locator('.react-flow__node', { hasText: 'Penguji Kendaraan Bermotor' })).toHaveCount(0);
  // the undo history is back where it was: nothing of the paste is left to undo
  await expect(page.getByTestId('action-undo')).toBeDisabled();
});

test('a lintas fungsi template from the gallery becomes a map of the open document', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('action-templates').click();
  const gallery = page.getByRole('dialog', { name: 'Galeri templat' });
  await gallery.getByTestId('templates-tab-lintas-fungsi').click();
  const card = gallery.getByTestId('template-banjar-penunjukan-lintas-unit');
  await expect(card).toContainText('Perbup Banjar 39/2024, Lampiran II huruf B angka 1 huruf b');
  await card.getByRole('button', { name: 'Sisipkan di sini' }).click();
  await expect(gallery).toBeHidden();
  await expect(page.getByTestId('lf-lane')).toHaveCount(4);
  await expect(page.getByText('Templat diterapkan:')).toBeVisible();
});
