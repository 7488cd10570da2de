// The peta jabatan import dialog in Chromium (issue 13): every hierarchy layout a real file uses (nomor in an XLSX
// with K/B, kode-atasan, SIASN parent-id, indentation, one row per person), the column-mapping step remembered
// across a reload, «Batal» while the worker reads, a file that is not a peta jabatan (clear message, the open
// document untouched) and 20,000 rows read with progress while the page keeps answering.
import { readFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';
import { expect, test, type Page } from './fixtures';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/peta-jabatan/${name}`, import.meta.url));

async function openKota(page: Page) {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
  await expect(page.getByTestId('status-rekap')).toHaveText(/^\d+ jabatan/);
}

async function pick(page: Page, name: string, buffer: Buffer, mimeType = name.endsWith('.xlsx') ? XLSX_MIME : 'text/csv') {
  await page.getByTestId('action-import').click();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** A CSV fixture as an .xlsx: the nomor and names as Text cells, the numbers from column `numbersFrom` on as numbers. */
async function csvAsXlsx(csv: string, numbersFrom: number): Promise<Buffer> {
  const rows = csv
    .trim()
    .split(/\r?\n/)
    .map((l, r) => l.split(';').map((v, i) => (v === '' ? null : r > 0 && i >= numbersFrom ? { value: Number(v), type: Number } : { value: v, type: String, format: '@' })));
  return Buffer.from(await writeExcelFile(rows as never).toBuffer());
}

const box = (page: Page, text: string) => page.locator('.react-flow__node', { hasText: text }).first();

test('XLSX bernomor bertingkat dengan K dan B: pratinjau, lalu kotak menampilkan Kelas | B | K | ± dan rekap unit', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openKota(page);
  await pick(page, 'peta-jabatan-dinas-pendidikan.xlsx', await csvAsXlsx(fixture('nomor-anjab.csv').toString('utf8'), 3));
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-layout-read')).toHaveText('nomor bertingkat');
  await expect(preview).toContainText(/\d+ jabatan/);
  await page.screenshot({ path: 'test-results/impor-pratinjau-1280.png' });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  // Pengadministrasi Perkantoran: kelas 5, K 4 (ABK), B 6 (Eksisting) → +2
  await expect(box(page, 'Pengadministrasi Perkantoran').getByTestId('pos-strip')).toHaveText('Kelas 5 | B 6 | K 4 | +2');
  await expect(box(page, 'Pengawas Sekolah Ahli Madya').getByTestId('pos-strip')).toHaveText('Kelas 12 | B 7 | K 10 | \u22123');
  // «1.10» stayed text: another Kepala Bidang than «1.1»
  await expect(box(page, 'Kepala Bidang Pembinaan SMP')).toBeVisible();
  await box(page, 'Sekretaris').locator('.pos').click();
  await expect(page.getByTestId('status-rekap')).toContainText(/\| Unit «[^»]+»: \d+ jabatan · K \d+ · B \d+ · ± /);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/impor-nomor-1440.png' });
});

for (const c of [
  { layout: 'kode dan kode atasan', file: '../csv/dinas-kominfo.csv', expectBox: 'Analis Keuangan Pusat dan Daerah Ahli Muda' },
  { layout: 'ID induk (ekspor SIASN/SOTK)', file: 'siasn-parent-id.csv', expectBox: 'Kepala Subbagian Umum dan Kepegawaian' },
  { layout: 'nama berjenjang', file: 'indent.csv', expectBox: 'Penyusun Anggaran' },
]) {
  test(`susunan «${c.layout}» dikenali dan diimpor sebagai dokumen baru`, async ({ page }) => {
    test.setTimeout(90_000);
    await openKota(page);
    await pick(page, c.file.split('/').pop()!, fixture(c.file));
    await expect(page.getByTestId('import-layout-read')).toHaveText(c.layout, { timeout: 30_000 });
    await page.getByTestId('import-confirm').click();
    await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
    await expect(box(page, c.expectBox)).toBeVisible();
  });
}

test('satu baris per orang: baris jabatan yang sama menjadi satu jabatan dengan dua pemangku', async ({ page }) => {
  test.setTimeout(90_000);
  await openKota(page);
  await pick(page, 'per-orang.csv', fixture('per-orang.csv'));
  await expect(page.getByTestId('import-preview')).toContainText('3 jabatan', { timeout: 30_000 });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  const jf = box(page, 'Pranata Komputer Ahli Pertama').getByTestId('pos-strip');
  await expect(jf).toHaveText(/\| B 2 \| K 3 \| \u22121$/);
  await expect(jf).toHaveAttribute('title', 'Pemangku: Ani Lestari, Bambang Wijaya');
});

test('judul kolom asing: langkah pemetaan kolom, diingat sesudah halaman dimuat ulang', async ({ page }) => {
  test.setTimeout(120_000);
  await openKota(page);
  await pick(page, 'kolom-asing.csv', fixture('kolom-asing.csv'));
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/impor-pemetaan-1440.png' });
  // Kd;Uraian Jabatan;Jns;Unit Kerja Induk;Kd Atasan
  for (const [i, col] of [[0, 'kode'], [1, 'nama_jabatan'], [2, 'jenis'], [3, 'unit'], [4, 'atasan']] as const) {
    await mapping.getByTestId(`import-map-${i}`).selectOption(col);
  }
  await page.getByTestId('import-map-apply').click();
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-layout-read')).toHaveText('kode dan kode atasan');
  await page.getByTestId('import-preview').getByRole('button', { name: 'Batal', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
  await pick(page, 'dinas-sosial-2.csv', fixture('kolom-asing.csv'));
  // the same header shape: read at once with the saved mapping, no mapping step
  await expect(page.getByTestId('import-saved-mapping')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-mapping')).toHaveCount(0);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(box(page, 'Kepala Dinas Sosial')).toBeVisible();
});

test('baris yang salah: ditolak seluruhnya, atau dengan «Impor baris yang sah saja» dilewati dengan nomor dan alasannya', async ({ page }) => {
  test.setTimeout(90_000);
  await openKota(page);
  await pick(page, 'sebagian-salah.csv', fixture('sebagian-salah.csv'));
  const refused = page.getByTestId('import-refused');
  await expect(refused).toBeVisible({ timeout: 30_000 });
  await expect(refused).toContainText('Baris 4');
  await page.getByTestId('import-valid-only-retry').click();
  const rejected = page.getByTestId('import-rejected');
  await expect(rejected).toBeVisible({ timeout: 30_000 });
  await expect(rejected).toContainText('Baris 4');
  await expect(rejected).toContainText('Baris 6');
  await expect(page.getByTestId('import-preview')).toContainText('2 jabatan');
});

/** 20,000 jabatan of our own layout: a kepala, 200 kepala bidang, the rest pelaksana under them. */
function bigCsv(rows = 20_000): Buffer {
  const lines = ['kode;nama_jabatan;jenis;jenjang;unit;atasan;kelas_jabatan;K;B', '1;Kepala Dinas Besar;jpt-pratama;;Dinas Besar;;14;1;1'];
  for (let b = 1; b <= 200; b++) lines.push(`1.${b};Kepala Bidang ${b};administrator;;Dinas Besar > Bidang ${b};1;11;1;1`);
  for (let i = lines.length - 1; i < rows; i++) {
    const b = (i % 200) + 1;
    lines.push(`1.${b}.${i};Pelaksana Urusan ${i};pelaksana;;Dinas Besar > Bidang ${b};1.${b};6;2;1`);
  }
  return Buffer.from(lines.join('\n'));
}

test('«Batal» saat berkas dibaca menghentikan pembacaan; dokumen yang terbuka tidak berubah', async ({ page }) => {
  test.setTimeout(120_000);
  await openKota(page);
  const rekap = await page.getByTestId('status-rekap').innerText();
  // hold the worker's script until «Batal» is pressed, so the reading is surely under way when the test cancels it
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/assets\/importWorker[^/]*\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue().catch(() => {});
  });
  await pick(page, 'besar.csv', bigCsv());
  await expect(page.getByTestId('import-reading')).toBeVisible();
  await expect.poll(() => asked, { timeout: 30_000 }).toBe(true);
  await page.getByTestId('import-cancel').click();
  release();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  await expect(page.getByTestId('import-reading')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tutup' }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('status-rekap')).toHaveText(rekap);
});

test('berkas yang bukan peta jabatan: pesan yang jelas, dokumen yang terbuka utuh', async ({ page }) => {
  test.setTimeout(90_000);
  await openKota(page);
  const rekap = await page.getByTestId('status-rekap').innerText();
  const title = await page.getByLabel('Judul dokumen').inputValue();
  // a zip that holds no workbook, named .xlsx
  const { zipSync, strToU8 } = await import('fflate');
  await pick(page, 'laporan.xlsx', Buffer.from(zipSync({ 'catatan.txt': strToU8('bukan lembar kerja') })));
  const refused = page.getByTestId('import-refused');
  await expect(refused).toBeVisible({ timeout: 30_000 });
  await expect(refused).toContainText('bukan XLSX yang sah');
  await page.getByRole('button', { name: 'Pilih berkas lain' }).click();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  await page.getByRole('button', { name: 'Tutup' }).first().click();

  // a real workbook of something else (a budget sheet): the mapping step asks, «Batal» leaves everything as it was
  const sheet = Buffer.from(await writeExcelFile([
    [{ value: 'Tanggal', type: String }, { value: 'Uraian Belanja', type: String }, { value: 'Jumlah (Rp)', type: String }],
    [{ value: '2026-01-05', type: String }, { value: 'Alat tulis kantor', type: String }, { value: 1250000, type: Number }],
  ] as never).toBuffer());
  await pick(page, 'belanja.xlsx', sheet);
  await expect(page.getByTestId('import-mapping')).toContainText('Kolom wajib', { timeout: 30_000 });
  await page.getByTestId('import-mapping').getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('status-rekap')).toHaveText(rekap);
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(title);
});

test('20.000 baris dibaca di latar belakang dengan bilah kemajuan; halaman tetap menanggapi', async ({ page }) => {
  test.setTimeout(180_000);
  await openKota(page);
  // record what the bar showed and the longest gap between timer ticks of the page while the file is read
  await page.evaluate(() => {
    const w = window as unknown as { __seen: number[]; __gap: number; __last: number; __tick: number };
    w.__seen = [];
    w.__gap = 0;
    w.__last = performance.now();
    w.__tick = window.setInterval(() => {
      const t = performance.now();
      if (document.querySelector('[data-testid="import-reading"]')) w.__gap = Math.max(w.__gap, t - w.__last);
      w.__last = t;
    }, 20);
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      if (bar) w.__seen.push(Number(bar.getAttribute('aria-valuenow')));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await pick(page, 'peta-jabatan-20000.csv', bigCsv());
  await expect(page.getByTestId('import-preview')).toContainText('20000 jabatan', { timeout: 120_000 });
  const seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
  // the bar moved: it showed a value between the start and the end
  expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
  // the page was never frozen for seconds (the longest task is measured in bench:browser; this only catches a freeze)
  const gap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
  expect(gap).toBeLessThan(5_000);
});
