// The guide's screenshots (docs/gambar/*.png), taken from the built app at 1366×768 by `npm run docs:screenshots`
// (DOCS_SCREENSHOTS=write). In the ordinary e2e run (npm test, CI) the same steps run without writing: each view
// must still be reachable as the guide describes, and its visible controls (buttons, tabs, headings) must be the ones
// recorded in docs/gambar/manifest.json when the pictures were taken — a UI change that makes a picture stale fails
// here with "jalankan npm run docs:screenshots". Pixels are not compared (fonts and antialiasing differ by machine).
import { expect, test, type Page } from './fixtures';
import { readFileSync, writeFileSync } from 'node:fs';

const WRITE = process.env.DOCS_SCREENSHOTS === 'write';
const MANIFEST = 'docs/gambar/manifest.json';
const manifest: Record<string, string[]> = (() => {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return {};
  }
})();
const taken: Record<string, string[]> = {};

test.use({ viewport: { width: 1366, height: 768 } });

/** The visible controls of the page: what a reader matches the picture against. */
async function controls(page: Page): Promise<string[]> {
  const texts = await page
    .locator('button:visible, [role="tab"]:visible, h1:visible, h2:visible, h3:visible')
    .evaluateAll((els) =>
      els
        // a toast comes and goes with time: not part of what the picture documents
        .filter((e) => !e.closest('[data-testid="toast"]'))
        .map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\s+/g, ' ')),
    );
  return [...new Set(texts.filter((t) => t && t.length < 60))].sort();
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  const list = await controls(page);
  if (WRITE) {
    await page.screenshot({ path: `docs/gambar/${name}.png` });
    taken[name] = list;
  } else {
    expect(manifest[name], `docs/gambar/${name}.png belum dibuat: jalankan npm run docs:screenshots`).toBeDefined();
    expect(list, `docs/gambar/${name}.png sudah usang: jalankan npm run docs:screenshots`).toEqual(manifest[name]);
  }
}

test.afterAll(() => {
  if (WRITE) writeFileSync(MANIFEST, `${JSON.stringify({ ...manifest, ...taken }, null, 1)}\n`);
});

test('guide screenshots', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByTestId('first-sample')).toBeVisible();
  await shot(page, 'layar-awal');

  // Kota Contoh: the training sample, with teams, maps and deliberate findings
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByTestId('action-fit').click();
  const toast = page.getByTestId('toast');
  if (await toast.isVisible()) await toast.getByRole('button', { name: 'Tutup pesan' }).click();
  await shot(page, 'struktur');

  await page.getByTestId('finding').first().click();
  await shot(page, 'temuan');

  await page.getByRole('tab', { name: 'Tim Kerja' }).click();
  await shot(page, 'tim-kerja');

  await page.getByRole('tab', { name: 'Peta Proses Bisnis' }).click();
  await shot(page, 'peta-proses-bisnis');

  await page.getByRole('tab', { name: 'Struktur' }).click();
  await page.getByTestId('action-import').click();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  await shot(page, 'impor');
  await page.getByRole('button', { name: 'Tutup' }).first().click();
  await expect(page.getByTestId('import-choose')).toBeHidden();

  await page.getByTestId('action-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await shot(page, 'ekspor');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  // the reviewer's desk: a note on a Kepala Seksi, then the structure compared with the file saved before a rename
  const saved = page.waitForEvent('download');
  await page.getByTestId('action-save').click();
  const before = await (await saved).path();
  await page.getByTestId('action-reviu').click();
  await page.getByTestId('reviewer-name').fill('Rina (Bagian Organisasi)');
  await page.getByRole('button', { name: 'Simpan nama' }).click();
  await page.getByTestId('pos-6.2').click();
  await page.getByTestId('note-text').fill('Seksi ini diusulkan disetarakan ke JF Ahli Muda.');
  await page.getByTestId('note-add').click();
  await expect(page.getByTestId('note')).toHaveCount(1);
  await page.getByTestId('pos-6.3').click();
  await page.getByTestId('note-text').fill('Uraian tugas belum lengkap.');
  await page.getByTestId('note-add').click();
  await expect(page.getByTestId('note')).toHaveCount(2);
  await shot(page, 'reviu');

  await page.getByTestId('bandingkan').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('compare-file').click();
  await (await chooser).setFiles(before);
  await page.getByTestId('compare-overlay').click();
  await expect(page.getByTestId('compare-legend')).toBeVisible();
  await shot(page, 'bandingkan');
});
