// Version history that explains itself (issue 20 item 7): each row says what the version holds and what it changed
// (maps and teams by name), and restoring the open document keeps the view and is one Ctrl+Z away.
import { expect, test, type Page } from './fixtures';
import { openSample, readStored } from './helpers';

const mapCount = async (page: Page) => Object.keys((await readStored(page))?.doc?.maps ?? {}).length;

test('baris riwayat menyebut peta yang berubah; memulihkan tetap di tampilan Peta dan dapat dibatalkan', async ({ page }) => {
  test.setTimeout(60_000);
  await openSample(page);
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan di browser');
  const before = await mapCount(page);
  // opening the stored document keeps a version of it
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  // a new map, saved; opening the document again keeps a version that has it
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-relasi').click();
  await expect.poll(() => mapCount(page)).toBe(before + 1);
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  await page.getByTestId('view-peta').click();
  await page.getByTestId('action-documents').click();
  await page.getByTestId('doc-history').first().click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  // newest first: the version with the map names it; the older one is the sample as opened
  await expect(rows.nth(0).getByTestId('history-changes')).toContainText('peta baru «');
  await expect(rows.nth(0).getByTestId('history-counts')).toContainText(`${before + 1} peta`);
  await expect(rows.nth(1).getByTestId('history-counts')).toContainText(`${before} peta`);
  await expect(rows.nth(1).getByTestId('history-changes')).toHaveText('versi tertua yang disimpan');

  await rows.nth(1).getByTestId('history-restore').click();
  await rows.nth(1).getByTestId('history-restore-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Ctrl+Z membatalkannya');
  await expect.poll(() => mapCount(page)).toBe(before);
  // still in the Peta view, not thrown back to Struktur
  await expect(page.getByTestId('view-peta')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+z');
  await expect.poll(() => mapCount(page)).toBe(before + 1);
  await expect(page.getByTestId('view-peta')).toHaveAttribute('aria-selected', 'true');
});
