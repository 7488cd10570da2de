// The reviewer's desk in Chromium (issue 17): a reviewer writes notes on boxes and steps and sends them back, the
// author takes them in (one of them on a box the author has deleted since); an evaluator compares the structure with
// an earlier copy (overlay with ghosts, matriks perubahan as PDF); a Bagian Organisasi tries a penyetaraan and
// undoes it to the exact document. Screenshots at 1280×720 and 1440×900 go to test-results/review/.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** Kota Contoh: a Kecamatan with four Kepala Seksi (6.2–6.5), teams and maps. */
async function openKota(page: Page) {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.getByTestId('pos-6.2')).toBeVisible();
  // the opening message goes by itself after a few seconds: close it if it is still there, so it covers nothing
  await page
    .getByTestId('toast')
    .getByRole('button', { name: 'Tutup pesan' })
    .click({ timeout: 1000 })
    .catch(() => undefined);
}

async function openReviu(page: Page, name = 'Rina (Bagian Organisasi)') {
  await page.getByTestId('action-reviu').click();
  const panel = page.getByTestId('reviu-panel');
  await expect(panel).toBeVisible();
  const field = panel.getByTestId('reviewer-name');
  if (await field.isVisible()) {
    await field.fill(name);
    await panel.getByRole('button', { name: 'Simpan nama' }).click();
  }
  await expect(panel.getByText(`Menulis sebagai`)).toBeVisible();
  return panel;
}

async function writeNoteOn(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  const panel = page.getByTestId('reviu-panel');
  await panel.getByTestId('note-text').fill(text);
  await panel.getByTestId('note-add').click();
  await expect(panel.getByTestId('note').filter({ hasText: text })).toBeVisible();
}

/** "Simpan sebagai berkas": the open document as the file a user would send. */
async function saveDocument(page: Page): Promise<{ path: string; doc: { positions: Record<string, unknown>; units: Record<string, unknown>; teams: unknown; maps: unknown } }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('action-save').click();
  const path = await (await download).path();
  return { path, doc: JSON.parse(readFileSync(path, 'utf8')) };
}

async function chooseFile(page: Page, click: () => Promise<void>, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await click();
  await (await chooser).setFiles(path);
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a reviewer writes notes on boxes and a step, the author takes them in, one with its box deleted', async ({ page }) => {
      await openKota(page);
      const panel = await openReviu(page);
      await writeNoteOn(page, 'pos-6.2', 'Seksi ini diusulkan disetarakan.');
      await writeNoteOn(page, 'pos-6.4', 'Uraian tugas belum ada.');
      // a badge on the box, and a reply and a status with undo
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge')).toHaveText('✎1');
      const first = panel.getByTestId('note').filter({ hasText: 'disetarakan' });
      await first.getByTestId('note-reply').click();
      await first.getByTestId('reply-text').fill('Setuju, masuk usulan tahun depan.');
      await first.getByTestId('reply-send').click();
      await expect(first.getByText('Setuju, masuk usulan tahun depan.')).toBeVisible();
      await first.getByTestId('note-status').selectOption('selesai');
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge')).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(first).toHaveAttribute('data-status', 'terbuka');
      // a note on a step of a map: the Peta view, a lintas fungsi map's activity
      await page.getByRole('tab', { name: /Peta/ }).click();
      await page.getByTestId('peta-item').filter({ has: page.locator('.peta-kind-lintas-fungsi') }).first().click();
      const activity = page.getByTestId('lf-activity').first();
      await activity.click();
      await panel.getByTestId('note-text').fill('Langkah ini tanpa keluaran.');
      await panel.getByTestId('note-add').click();
      await expect(panel.getByTestId('note')).toHaveCount(3);
      await expect(activity.getByTestId('note-badge')).toHaveText('✎1');
      await page.screenshot({ path: `test-results/review/reviu-panel-${size.width}.png` });
      // "Kirim catatan": only the notes go back
      const sent = page.waitForEvent('download');
      await panel.getByTestId('kirim-catatan').click();
      const notesFile = await (await sent).path();
      expect(JSON.parse(readFileSync(notesFile, 'utf8')).format).toBe('petakerja-catatan-reviu');
      // the Lembar Reviu prints
      const pdf = page.waitForEvent('download');
      await panel.getByTestId('lembar-reviu-pdf').click();
      expect(readFileSync(await (await pdf).path()).subarray(0, 5).toString()).toBe('%PDF-');

      // the author's copy: the same document without the notes, and the Kepala Seksi Kesejahteraan Sosial deleted
      for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
      await expect(panel.getByTestId('note')).toHaveCount(0);
      await page.getByRole('tab', { name: 'Struktur' }).click();
      await page.getByTestId('pos-6.4').click();
      await page.keyboard.press('Delete');
      const confirm = page.getByRole('dialog');
      if (await confirm.isVisible()) await confirm.getByRole('button', { name: /Hapus/ }).first().click();
      await expect(page.getByTestId('pos-6.4')).toHaveCount(0);

      await panel.getByTestId('ambil-catatan').click();
      const dialog = page.getByRole('dialog', { name: 'Ambil catatan reviu' });
      await chooseFile(page, () => dialog.getByTestId('note-import-pick').click(), notesFile);
      await expect(dialog.getByTestId('note-import-counts')).toHaveText('3 catatan baru, 0 tanggapan baru, 0 perubahan status.');
      await expect(dialog.getByText('pokok catatan sudah tidak ada', { exact: false })).toBeVisible();
      await page.screenshot({ path: `test-results/review/ambil-catatan-${size.width}.png` });
      await dialog.getByTestId('note-import-apply').click();
      await expect(panel.getByTestId('note')).toHaveCount(3);
      await expect(panel.getByTestId('note').filter({ hasText: 'Uraian tugas' }).getByText('(pokok catatan sudah tidak ada)')).toBeVisible();
      // the box the author kept shows its badge; the take-over is one undo step
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge')).toHaveText('✎1');
      await page.keyboard.press('Control+z');
      await expect(panel.getByTestId('note')).toHaveCount(0);
      await expect(page.getByTestId('pos-6.4')).toHaveCount(0);
    });

    test('notes on a team, a map, a flow arrow, a line and a unit: each shows its badge, a badge opens its notes', async ({ page }) => {
      await openKota(page);
      const panel = await openReviu(page);
      const subject = panel.getByTestId('note-subject');
      const write = async (text: string) => {
        await panel.getByTestId('note-text').fill(text);
        await panel.getByTestId('note-add').click();
        await expect(panel.getByTestId('note').filter({ hasText: text })).toBeVisible();
      };
      // a Tim Kerja: its entry in the team list
      await page.getByRole('tab', { name: 'Tim Kerja' }).click();
      const team = page.getByTestId('team-item').first();
      await team.getByTestId('team-entry').click();
      await expect(subject.locator('option').first()).toHaveText(/^«/);
      await write('Tim ini belum punya SK.');
      await expect(team.getByTestId('note-badge')).toHaveText('✎1');
      // a lintas fungsi map (nothing selected on it: the map itself), then one of its flow arrows
      await page.getByRole('tab', { name: /Peta/ }).click();
      const lfItem = page.getByTestId('peta-item').filter({ has: page.locator('.peta-kind-lintas-fungsi') }).first();
      await lfItem.click();
      const canvas = page.getByTestId('lf-canvas');
      await expect(canvas.getByTestId('lf-activity').first()).toBeVisible();
      await write('Peta ini belum memuat mutu baku.');
      await expect(lfItem.getByTestId('note-badge')).toHaveText('✎1');
      const arrow = canvas.locator('.react-flow__edge').first();
      await arrow.focus();
      await page.keyboard.press('Enter');
      await expect(arrow).toHaveClass(/selected/);
      await write('Panah ini seharusnya ke Verifikasi.');
      await expect(canvas.locator('.note-badge-arrow')).toHaveText('✎1');
      await page.screenshot({ path: `test-results/review/badge-panah-${size.width}.png` });
      // the line from a Kepala Seksi up to the Camat, and the Seksi (unit) the Kepala Seksi leads
      await page.getByRole('tab', { name: 'Struktur' }).click();
      await page.getByTestId('pos-6.2').click();
      const lineOption = subject.locator('option', { hasText: /^Garis «komando Kepala Seksi Pemerintahan/ });
      await subject.selectOption({ label: (await lineOption.textContent())! });
      await write('Garis ini seharusnya ke Sekretaris Camat?');
      const unitOption = subject.locator('option', { hasText: /^Unit «Seksi Pemerintahan»/ });
      await subject.selectOption({ label: (await unitOption.textContent())! });
      await write('Seksi ini diusulkan digabung.');
      const lineBadge = page.getByTestId('note-badge-garis');
      await expect(lineBadge).toHaveText('Garis ✎1');
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge-unit')).toHaveText('Unit ✎1');
      await page.screenshot({ path: `test-results/review/badge-garis-unit-${size.width}.png` });
      // a badge narrows the panel to its element's notes, and the note leads back to it
      await lineBadge.click();
      await expect(panel.getByTestId('note')).toHaveCount(1);
      await expect(panel.getByTestId('note')).toContainText('Sekretaris Camat');
      await panel.getByRole('button', { name: 'Tampilkan semua' }).click();
      await expect(panel.getByTestId('note')).toHaveCount(5);
      // settled notes lose their badge; undo brings it back
      await panel.getByTestId('note').filter({ hasText: 'Panah ini' }).getByTestId('note-status').selectOption('selesai');
      await panel.getByTestId('note').filter({ hasText: 'Seksi ini diusulkan digabung' }).getByTestId('note-delete').click();
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge-unit')).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(page.getByTestId('pos-6.2').getByTestId('note-badge-unit')).toHaveText('Unit ✎1');
      // one's own note can be changed (the oldest note, first in the list)
      const own = panel.getByTestId('note').first();
      await expect(own).toContainText('Tim ini belum punya SK.');
      await own.getByTestId('note-edit').click();
      await own.getByTestId('note-edit-text').fill('Tim ini belum punya SK penugasan.');
      await own.getByTestId('note-edit-save').click();
      await expect(own.locator('.reviu-text')).toHaveText('Tim ini belum punya SK penugasan.');
    });

    test('an evaluator compares with an earlier copy: overlay with ghosts and the matriks perubahan', async ({ page }) => {
      await openKota(page);
      const before = await saveDocument(page);
      // this year's changes: one jabatan renamed, one removed
      await page.getByTestId('pos-6.3').click();
      const name = page.getByLabel('Nama jabatan');
      await name.fill('Kepala Seksi Perekonomian');
      await name.press('Enter');
      await page.getByTestId('pos-6.5').click();
      await page.keyboard.press('Delete');
      const confirm = page.getByRole('dialog');
      if (await confirm.isVisible()) await confirm.getByRole('button', { name: /Hapus/ }).first().click();
      await expect(page.getByTestId('pos-6.5')).toHaveCount(0);

      const panel = await openReviu(page);
      await panel.getByTestId('bandingkan').click();
      const dialog = page.getByRole('dialog', { name: 'Bandingkan struktur' });
      await chooseFile(page, () => dialog.getByTestId('compare-file').click(), before.path);
      const matriks = dialog.getByTestId('matriks');
      await expect(matriks.getByRole('row').filter({ hasText: 'Kepala Seksi Perekonomian' })).toContainText('diubah nama');
      await expect(matriks.getByRole('row').filter({ hasText: 'Kepala Seksi Ketenteraman dan Ketertiban Umum' }).first()).toContainText('dihapus');
      await page.screenshot({ path: `test-results/review/bandingkan-${size.width}.png` });
      const pdf = page.waitForEvent('download');
      await dialog.getByTestId('matriks-pdf-f4').click();
      expect(readFileSync(await (await pdf).path()).subarray(0, 5).toString()).toBe('%PDF-');
      await dialog.getByTestId('compare-overlay').click();
      const legend = page.getByTestId('compare-legend');
      await expect(legend).toContainText('dihapus (');
      await expect(page.getByTestId('pos-6.3')).toHaveClass(/cmp-changed/);
      await expect(page.getByTestId('ghost').filter({ hasText: 'Kepala Seksi Ketenteraman' })).toHaveCount(1);
      await page.screenshot({ path: `test-results/review/overlay-${size.width}.png` });
      // the toast never covers the legend or a dialog
      await legend.getByTestId('compare-close').click();
      await expect(page.getByTestId('ghost')).toHaveCount(0);
      await expect(page.getByTestId('pos-6.3')).not.toHaveClass(/cmp-changed/);
    });

    test('a Bagian Organisasi tries a penyetaraan, applies it, and undo gives the exact document back', async ({ page }) => {
      await openKota(page);
      const before = await saveDocument(page);
      const panel = await openReviu(page);
      await panel.getByTestId('penyetaraan').click();
      const dialog = page.getByRole('dialog', { name: 'Simulasi penyetaraan jabatan' });
      await dialog.getByTestId('penyetaraan-unit').selectOption({ label: 'Kecamatan Kota Baru' });
      const posts = dialog.getByRole('group', { name: /Jabatan yang disetarakan/ });
      await expect(posts.getByRole('checkbox')).toHaveCount(4);
      // by hand: the Kepala Seksi Ketenteraman dan Ketertiban Umum stays
      await posts.getByRole('checkbox', { name: /Ketenteraman/ }).uncheck();
      const preview = dialog.getByTestId('penyetaraan-preview');
      await expect(preview.getByRole('table').first().getByRole('row')).toHaveCount(4); // head + three conversions
      await expect(preview).toContainText('JF Ahli Muda eks Kepala Seksi Pemerintahan');
      await expect(dialog.getByTestId('penyetaraan-findings')).toContainText('Sebelum');
      await page.screenshot({ path: `test-results/review/penyetaraan-${size.width}.png` });
      await dialog.getByTestId('penyetaraan-apply').click();
      await expect(dialog).toHaveCount(0);
      // (a JF is drawn in its official's stack, inside the Camat's box at this zoom: read the document itself)
      const applied = await saveDocument(page);
      const kasi = Object.values(applied.doc.positions as Record<string, { kode: string; nama: string; kind: string; jenjang: string | null }>).find((p) => p.kode === '6.2')!;
      expect(kasi).toMatchObject({ nama: 'JF Ahli Muda eks Kepala Seksi Pemerintahan', kind: 'fungsional', jenjang: 'ahli-muda' });
      expect(Object.values(applied.doc.units as Record<string, { nama: string }>).some((u) => u.nama === 'Seksi Pemerintahan')).toBe(false);
      await page.keyboard.press('Control+z');
      await expect(page.getByTestId('pos-6.2')).toHaveAttribute('title', 'Kepala Seksi Pemerintahan');
      const after = await saveDocument(page);
      expect(after.doc.positions).toEqual(before.doc.positions);
      expect(after.doc.units).toEqual(before.doc.units);
      expect(after.doc.teams).toEqual(before.doc.teams);
      expect(after.doc.maps).toEqual(before.doc.maps);
    });
  });
}
