import { expect, test, type Locator, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { openSample } from './helpers';

/** The sample has one Perangkat Daerah: move «1.8 Pranata Komputer Ahli Madya» into a new unit marked as a PD. */
async function addSecondPd(page: Page) {
  await page.getByTestId('pos-1.8').click();
  const props = page.getByTestId('properties');
  await props.getByRole('button', { name: 'Tambah sub-unit' }).click();
  const newUnit = page.locator('option', { hasText: 'Sub-unit baru' });
  const unitSelect = props.locator('select', { has: newUnit });
  const value = await unitSelect.locator(newUnit).getAttribute('value');
  await unitSelect.selectOption(value!);
  await props.getByLabel('Nama unit').fill('Badan Perencanaan Pembangunan Daerah');
  await props.getByLabel('Perangkat Daerah', { exact: true }).check();
  await expect(props.locator('legend')).toContainText('Badan Perencanaan Pembangunan Daerah');
}

/**
 * Drag a box out of the canvas onto a team target (an entry of the team list, or the editor's drop zone) and drop
 * it once the target shows it will take it. The pointer is re-aimed while waiting: the team editor may still move
 * as the findings of the last change arrive.
 */
async function dragOntoTeam(page: Page, box: Locator, target: Locator) {
  const a = (await box.boundingBox())!;
  const b = (await target.boundingBox())!;
  const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(from.x + ((b.x + b.width / 2 - from.x) * i) / 12, from.y + ((b.y + b.height / 2 - from.y) * i) / 12);
  }
  await expect
    .poll(async () => {
      // keep the target in view of its scrolling pane while the editor settles
      await target.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      const r = (await target.boundingBox())!;
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
      return target.getAttribute('class');
    })
    .toMatch(/drop-hover/);
  await page.mouse.up();
}

function member(page: Page, positionId: string) {
  return page.locator(`[data-testid="team-member"][data-position="${positionId}"]`);
}

async function addBySearch(page: Page, query: string, nama: string) {
  await page.getByTestId('member-search').fill(query);
  await page.getByTestId('member-search-result').filter({ hasText: nama }).first().click();
}

test('a team across two Perangkat Daerah: composition, scope, required instrument, findings fixed, team list printed', async ({ page }, info) => {
  // one long user story (about 8 s here); room for a busy machine
  test.setTimeout(60_000);
  await openSample(page);
  await page.getByTestId('profile-select').selectOption('banjar-39-2024');
  await addSecondPd(page);

  // Tim Kerja view: the team list replaces the palette, the team editor the properties.
  await page.getByTestId('view-tim').click();
  await expect(page.getByTestId('teams-empty')).toBeVisible();
  await page.getByTestId('team-new').click();
  await expect(page.getByTestId('team-item')).toHaveCount(1);
  await page.getByTestId('team-nama').fill('Tim Satu Data');
  await page.getByTestId('team-owner').selectOption('unit_bidang_aptika');
  await expect(page.getByTestId('team-entry')).toContainText('Tim Satu Data');

  // Members: from the searchable list, and by dragging a box from the structure onto the team's entry.
  await addBySearch(page, '1.3.1', 'Pranata Komputer Ahli Muda');
  await dragOntoTeam(page, page.getByTestId('pos-1.3.4'), page.getByTestId('team-item'));
  await expect(member(page, 'jab_1_3_4')).toBeVisible();
  await addBySearch(page, '1.8', 'Pranata Komputer Ahli Madya');
  await expect(page.getByTestId('team-member')).toHaveCount(3);
  await expect(page.getByTestId('team-entry')).toContainText('3 anggota');

  // The Ketua from the other PD: the scope is lintas PD, Perbup Banjar wants a Keputusan Sekretaris Daerah and a
  // Ketua from the unit pemilik kinerja (TIM-02, an error under Banjar).
  await member(page, 'jab_1_8').getByTestId('member-make-ketua').click();
  await expect(member(page, 'jab_1_8')).toHaveAttribute('data-role', 'ketua');
  await expect(member(page, 'jab_1_8')).toContainText('Perangkat Daerah lain');
  await expect(page.getByTestId('team-scope').getByTestId('scope-badge')).toHaveAttribute('data-scope', 'lintas-pd');
  await expect(page.getByTestId('team-entry').getByTestId('scope-badge')).toHaveText('lintas PD');
  await expect(page.getByTestId('required-instrument')).toHaveText('Keputusan Sekretaris Daerah');
  await expect(page.locator('[data-testid="team-finding"][data-rule="TIM-02"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="finding"][data-rule="TIM-02"]')).toHaveCount(1);
  await expect(page.getByTestId('team-finding-count')).toBeVisible();

  // The team on the structure: members outlined, the Ketua marked, dashed lines from the Ketua to each member.
  await expect(page.getByTestId('pos-1.8')).toHaveClass(/team-ketua/);
  await expect(page.getByTestId('pos-1.8')).toContainText('Ketua');
  await expect(page.getByTestId('pos-1.3.4')).toHaveClass(/team-anggota/);
  await expect(page.getByTestId('pos-1.3.2')).not.toHaveClass(/in-team/);
  await expect(page.locator('[data-testid="team-lines"] path')).toHaveCount(2);

  // A declared Surat Tugas of the Kepala Dinas is not what a lintas-PD team needs (TIM-08).
  await page.getByTestId('instrument-jenis').selectOption('surat-tugas');
  await page.getByTestId('instrument-penandatangan').selectOption('kepala-perangkat-daerah');
  await expect(page.getByTestId('instrument-status')).toHaveAttribute('data-status', 'tidak-sesuai');
  await expect(page.locator('[data-testid="team-finding"][data-rule="TIM-08"]')).toHaveCount(1);

  // Fix both: the Ketua from the unit pemilik kinerja, the instrument the profile requires.
  await member(page, 'jab_1_3_1').getByTestId('member-make-ketua').click();
  await expect(member(page, 'jab_1_8')).toHaveAttribute('data-role', 'anggota');
  await expect(page.locator('[data-testid="team-finding"][data-rule="TIM-02"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="finding"][data-rule="TIM-02"]')).toHaveCount(0);
  await page.getByTestId('instrument-apply-required').click();
  await expect(page.getByTestId('instrument-status')).toHaveAttribute('data-status', 'sesuai');
  await expect(page.getByTestId('instrument-jenis')).toHaveValue('keputusan');
  await expect(page.getByTestId('instrument-penandatangan')).toHaveValue('sekretaris-daerah');
  await expect(page.locator('[data-testid="team-finding"][data-rule="TIM-08"]')).toHaveCount(0);
  await expect(page.getByTestId('pos-1.3.1')).toHaveClass(/team-ketua/);

  // The Daftar Susunan Keanggotaan Tim in a print frame: the table of the Banjar format, no script.
  await page.getByTestId('team-fill-officials').click();
  await page.getByTestId('team-doc-susunan').click();
  const frame = page.frameLocator('[data-testid="team-doc-frame"]');
  await expect(frame.locator('th')).toHaveText(['NO.', 'NAMA', 'KEDUDUKAN DALAM TIM', 'INSTANSI/PERANGKAT DAERAH', 'JABATAN']);
  const rows = frame.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Penanggungjawab');
  await expect(rows.nth(0)).toContainText('Kepala Dinas Komunikasi dan Informatika');
  await expect(rows.nth(1)).toContainText('Ketua');
  await expect(rows.nth(1)).toContainText('Taufik Hidayat');
  await expect(rows.filter({ hasText: 'Badan Perencanaan Pembangunan Daerah' })).toContainText('Anggota');
  await expect(frame.locator('.judul')).toHaveText('DAFTAR SUSUNAN KEANGGOTAAN TIM SATU DATA');
  expect(await frame.locator('script').count()).toBe(0);

  // "Cetak…" prints the frame (print itself is stubbed: a headless browser has no print dialog to wait for).
  await page.evaluate(() => {
    const f = document.querySelector<HTMLIFrameElement>('[data-testid="team-doc-frame"]')!;
    const w = window as unknown as { printed: string[] };
    w.printed = [];
    f.contentWindow!.print = () => void w.printed.push(f.contentDocument!.title);
  });
  await page.getByTestId('team-doc-print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([
    'DAFTAR SUSUNAN KEANGGOTAAN TIM SATU DATA',
  ]);

  // "Unduh PDF": a real PDF with the table's text.
  const download = page.waitForEvent('download');
  await page.getByTestId('team-doc-pdf').click();
  const file = info.outputPath('susunan.pdf');
  await (await download).saveAs(file);
  const pdf = readFileSync(file, 'latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf).toContain('(Taufik Hidayat, S.Kom.)');
  expect(pdf).toContain('(KEDUDUKAN)');

  // The instrument draft is the Keputusan Sekretaris Daerah.
  await page.locator('.modal-close').click();
  await page.getByTestId('team-doc-instrument').click();
  await expect(frame.locator('body')).toContainText('KEPUTUSAN SEKRETARIS DAERAH');
  await expect(frame.locator('table.susunan th')).toHaveCount(5);
  await page.locator('.modal-close').click();

  // Deleting a member's position names the team before it happens.
  await page.getByTestId('pos-1.3.1').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('delete-teams')).toContainText('«Tim Satu Data» (Ketua)');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal', exact: true }).click();

  // The position's assignments in the struktur properties, a click opens the team.
  await page.getByTestId('view-struktur').click();
  await expect(page.getByTestId('assignments')).toContainText('Ketua Tim Satu Data');
  await page.getByTestId('assignment').first().click();
  await expect(page.getByTestId('view-tim')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('team-nama')).toHaveValue('Tim Satu Data');
});

test('moving a team member warns with the team and can be undone; teams are duplicated and deleted with a confirmation', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-tim').click();
  await page.getByTestId('team-new').click();
  await page.getByTestId('team-nama').fill('Tim Layanan Aplikasi');
  await addBySearch(page, '1.3.1', 'Pranata Komputer Ahli Muda');
  await addBySearch(page, '1.3.4', 'Pranata Komputer Ahli Pertama');
  // a box dropped on the editor's drop zone joins too; a person of another instansi makes the team lintas instansi
  await page.getByTestId('member-dropzone').scrollIntoViewIfNeeded();
  await dragOntoTeam(page, page.getByTestId('pos-1.3.5'), page.getByTestId('member-dropzone'));
  await expect(member(page, 'jab_1_3_5')).toBeVisible();
  await page.getByTestId('external-open').click();
  await page.getByTestId('external-nama').fill('Siti Aminah');
  await page.getByTestId('external-instansi').fill('BPS Kota Contoh');
  await page.getByTestId('external-add').click();
  await expect(page.getByTestId('team-member')).toHaveCount(4);
  await expect(page.getByTestId('team-entry').getByTestId('scope-badge')).toHaveText('lintas instansi');
  await member(page, 'jab_1_3_5').getByTestId('member-remove').click();
  await expect(page.getByTestId('team-member')).toHaveCount(3);

  // Struktur: the superior select says the position is in a team, and the move offers to undo.
  await page.getByTestId('view-struktur').click();
  await page.getByTestId('pos-1.3.4').click();
  await expect(page.getByTestId('move-team-note')).toContainText('1 Tim Kerja');
  await page.getByTestId('prop-superior').selectOption('jab_1_2');
  await expect(page.getByTestId('toast')).toContainText('«Tim Layanan Aplikasi» (Anggota)');
  await page.getByTestId('toast-action').click();
  await expect(page.getByTestId('prop-superior')).toHaveValue('jab_1_3');

  // Duplicate, then delete the copy after confirming; undo brings it back.
  await page.getByTestId('view-tim').click();
  await page.getByTestId('team-duplicate').click();
  await expect(page.getByTestId('team-item')).toHaveCount(2);
  await expect(page.getByTestId('team-nama')).toHaveValue('Tim Layanan Aplikasi (salinan)');
  await expect(page.getByTestId('team-member')).toHaveCount(3);
  await page.getByTestId('team-item').filter({ hasText: 'salinan' }).getByTestId('team-delete').click();
  await expect(page.getByRole('dialog')).toContainText('Hapus «Tim Layanan Aplikasi (salinan)»');
  await page.getByTestId('team-delete-confirm').click();
  await expect(page.getByTestId('team-item')).toHaveCount(1);
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('team-item')).toHaveCount(2);
});
