// Faults a person meets in real use, in a real browser: a full disk (IndexedDB quota, injected at the request as
// Chromium reports it), damaged stored data (written by an earlier build into localStorage, moved to IndexedDB on
// start), the same document in two tabs, and closing or reloading in the middle of an edit. Nothing may be lost.
import { expect, test } from './fixtures';
import { openSample } from './helpers';

/** A title long enough that the document no longer fits a full storage (a shorter value would fit in place). */
const long = (title: string) => `${title} ${'panjang '.repeat(60).trim()}`;
import {
  clickDownload,
  downloadText,
  envelope,
  expectSaved,
  fillDisk,
  fixtureDoc,
  freeDisk,
  injectQuota,
  setTitle,
  snapshotKeys,
  storedEnvelope,
  storedText,
  writeTally,
} from './reliabilityHelpers';

test('a full disk: warning with a download, editing goes on, saved once space is free', async ({ page }) => {
  await injectQuota(page);
  await openSample(page);
  await expectSaved(page);
  await fillDisk(page);

  await setTitle(page, long('Judul ketika penyimpanan penuh'));
  const banner = page.getByTestId('banner-quota');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('BELUM tersimpan');
  await expect(page.getByTestId('save-status')).toHaveText('BELUM tersimpan: penyimpanan browser penuh');
  // the stored copy is the previous one, untouched
  expect((await storedEnvelope(page))?.doc.title).not.toBe(long('Judul ketika penyimpanan penuh'));

  // one click downloads this tab's version, with the unsaved change in it
  const download = await clickDownload(page, () => page.getByTestId('quota-download').click());
  expect(download.suggestedFilename()).toMatch(/^judul-ketika-penyimpanan-penuh-panjang[a-z-]*\.petakerja\.json$/);
  expect(JSON.parse(await downloadText(download)).title).toBe(long('Judul ketika penyimpanan penuh'));

  // editing continues in memory
  await setTitle(page, long('Judul kedua, masih penuh'));
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(long('Judul kedua, masih penuh'));
  await expect(banner).toBeVisible();
  // let the autosave attempt for this edit (300 ms debounce) fail first, so the retry below is what stores it
  await page.waitForTimeout(600);
  expect((await storedEnvelope(page))?.doc.title).not.toBe(long('Judul kedua, masih penuh'));

  // space freed: "Coba simpan lagi" stores the latest version and the warning goes away
  await freeDisk(page);
  await page.getByTestId('quota-retry').click();
  await expectSaved(page);
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(long('Judul kedua, masih penuh'));
  writeTally('quota', { faults: { 'disk full (IndexedDB QuotaExceededError)': 2 }, badInputs: {}, documentsLost: 0 });
});

test('when the storage fills up, old history copies give way so the newest work is still saved', async ({ page }) => {
  await injectQuota(page);
  await openSample(page);
  await expectSaved(page);
  // a reload opens the stored document again, which keeps a history copy of it
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const copies = async () => (await snapshotKeys(page)).length;
  await expect.poll(copies).toBe(1);
  await fillDisk(page, true);
  await setTitle(page, long('Disimpan berkat ruang riwayat'));
  await expectSaved(page);
  expect(await copies()).toBe(0);
  expect((await storedEnvelope(page))?.doc.title).toBe(long('Disimpan berkat ruang riwayat'));
  await expect(page.getByTestId('banner-quota')).toHaveCount(0);
  writeTally('quota-eviction', { faults: { 'disk full, history evicted': 1 }, badInputs: {}, documentsLost: 0 });
});

test('damaged stored text opens the recovery screen: raw download, then the last good version', async ({ page }) => {
  const doc = fixtureDoc();
  const id = 'doc_rusak';
  const good = envelope({ ...doc, id, title: 'Dinas yang rusak' }, 4);
  const raw = good.slice(0, Math.floor(good.length * 0.6)); // a write cut off half-way
  await page.goto('/');
  await page.evaluate(
    ({ id, raw, good }) => {
      localStorage.setItem(`petakerja:doc:${id}`, raw);
      localStorage.setItem(`petakerja:snap:${Date.now() - 600_000}:open:${id}`, good);
      localStorage.setItem('petakerja:last', id);
    },
    { id, raw, good },
  );
  await page.reload();
  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('rusak');
  await expect(page.getByTestId('recovery-raw')).toContainText('"savedAt"');

  const download = await clickDownload(page, () => page.getByTestId('recovery-download-raw').click());
  expect(await downloadText(download)).toBe(raw);

  await page.getByTestId('recovery-restore').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByLabel('Judul dokumen')).toHaveValue('Dinas yang rusak');
  await expectSaved(page);
  const stored = await storedEnvelope(page, id);
  expect(Object.keys(stored!.doc.positions)).toHaveLength(Object.keys(doc.positions).length);
  // the damaged text is not thrown away: it is in the history, downloadable
  const kept = (await snapshotKeys(page)).filter((k) => k.includes(':corrupt:') && k.endsWith(id));
  expect(kept).toHaveLength(1);
  await page.getByTestId('action-documents').click();
  await page.getByTestId('doc-history').first().click();
  await expect(page.getByTestId('history-list')).toContainText('Isi rusak (hanya dapat diunduh)');
  writeTally('recovery-corrupt', { faults: { 'stored document cut off half-way': 1 }, badInputs: {}, documentsLost: 0 });
});

test('a stored document that fails the schema: the reasons, no version to go back to, never a blank page', async ({ page }) => {
  const doc = fixtureDoc();
  const first = Object.keys(doc.positions)[0];
  doc.positions[first].kind = 'raja';
  const id = 'doc_skema';
  await page.goto('/');
  await page.evaluate(
    ({ id, text }) => {
      localStorage.setItem(`petakerja:doc:${id}`, text);
      localStorage.setItem('petakerja:last', id);
    },
    { id, text: envelope({ ...doc, id, title: 'Dinas skema salah' }) },
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(page.getByTestId('recovery-screen')).toBeVisible();
  await expect(page.getByTestId('recovery-problems')).toContainText('kind');
  await expect(page.getByTestId('recovery-no-version')).toBeVisible();
  await page.getByTestId('recovery-close').click();
  // the list still shows it, marked; opening it again comes back to the recovery screen
  const entry = page.getByTestId('recent-doc').filter({ hasText: 'Dinas skema salah' });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page.getByTestId('recovery-screen')).toBeVisible();
  // nothing was overwritten
  expect((await storedText(page, id))?.includes('"raja"')).toBe(true);
  expect(errors).toEqual([]);
  writeTally('recovery-schema', { faults: { 'stored document failing the schema': 1 }, badInputs: {}, documentsLost: 0 });
});

test('two tabs: the stale one is told, cannot overwrite, and keeps its version as a copy', async ({ context }) => {
  const a = await context.newPage();
  await openSample(a);
  await expectSaved(a);
  const b = await context.newPage();
  await b.goto('/'); // opens the last document: the same one
  await expect(b.locator('.react-flow__node').first()).toBeVisible();
  const id = (await storedEnvelope(a))!.doc.id;
  expect((await storedEnvelope(b))!.doc.id).toBe(id);
  // both know of the other before anyone saves
  await expect(a.getByTestId('other-tabs')).toHaveText('Juga terbuka di 1 tab lain');
  await expect(b.getByTestId('other-tabs')).toHaveText('Juga terbuka di 1 tab lain');

  await setTitle(a, 'Versi tab A');
  await expectSaved(a);
  await expect(b.getByTestId('banner-conflict')).toBeVisible();

  // B edits anyway: its change is not written over A's
  await setTitle(b, 'Versi tab B');
  await expect(b.getByTestId('save-status')).toHaveText('BELUM tersimpan: dokumen diubah di tab lain');
  await b.waitForTimeout(700); // past the autosave debounce
  expect((await storedEnvelope(b, id))!.doc.title).toBe('Versi tab A');

  await b.getByTestId('conflict-copy').click();
  await expectSaved(b);
  await expect(b.getByTestId('banner-conflict')).toHaveCount(0);
  expect((await storedEnvelope(b, id))!.doc.title).toBe('Versi tab A');
  const copy = await storedEnvelope(b);
  expect(copy!.doc.id).not.toBe(id);
  expect(copy!.doc.title).toBe('Versi tab B (salinan dari tab lain)');
  // B's undo history survived the move to the copy
  await expect(b.getByTestId('action-undo')).toBeEnabled();
  writeTally('two-tabs-copy', { faults: { 'same document saved in another tab': 1 }, badInputs: {}, documentsLost: 0 });
});

test('two tabs: "Muat versi terbaru" offers the download of this tab first, keeps it in the history', async ({ context }) => {
  const a = await context.newPage();
  await openSample(a);
  await expectSaved(a);
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.locator('.react-flow__node').first()).toBeVisible();
  const id = (await storedEnvelope(a))!.doc.id;

  await setTitle(a, 'Terbaru dari A');
  await expectSaved(a);
  await setTitle(b, 'Belum tersimpan di B');
  await expect(b.getByTestId('banner-conflict')).toBeVisible();
  await b.getByTestId('conflict-reload').click();
  await expect(b.getByTestId('banner-reload-ask')).toBeVisible();
  const download = await clickDownload(b, () => b.getByTestId('reload-download').click());
  expect(JSON.parse(await downloadText(download)).title).toBe('Belum tersimpan di B');
  await expect(b.getByLabel('Judul dokumen')).toHaveValue('Terbaru dari A');
  await expectSaved(b);

  // B's version is also in the history of the document, and can be brought back from there
  await b.getByTestId('action-documents').click();
  await b.locator('tr', { hasText: 'Terbaru dari A' }).getByTestId('doc-history').click();
  const row = b.getByTestId('history-row').filter({ hasText: 'Versi tab ini sebelum memuat versi tab lain' });
  await expect(row).toHaveCount(1);
  await row.getByTestId('history-restore').click();
  await row.getByTestId('history-restore-confirm').click();
  await expect(b.getByLabel('Judul dokumen')).toHaveValue('Belum tersimpan di B');
  await expectSaved(b);
  expect((await storedEnvelope(b, id))!.doc.title).toBe('Belum tersimpan di B');
  // A learns of the restore like of any other write
  await expect(a.getByTestId('banner-conflict')).toBeVisible();
  writeTally('two-tabs-reload', { faults: { 'same document saved in another tab': 1, 'version restored from history': 1 }, badInputs: {}, documentsLost: 0 });
});

test('reloading right after an edit keeps the edit (pending save flushed on pagehide)', async ({ page }) => {
  await openSample(page);
  await expectSaved(page);
  await setTitle(page, 'Diketik lalu langsung dimuat ulang');
  // atomically: confirm the save is still pending (debounce not elapsed), then reload
  const reloaded = page.waitForEvent('load');
  const pendingAtReload = await page.evaluate(() => {
    const pending = document.querySelector('[data-testid=save-status]')?.textContent !== 'Tersimpan di browser';
    setTimeout(() => location.reload(), 0);
    return pending;
  });
  expect(pendingAtReload).toBe(true);
  await reloaded;
  await expect(page.getByLabel('Judul dokumen')).toHaveValue('Diketik lalu langsung dimuat ulang');
  writeTally('reload-mid-edit', { faults: { 'reload within the autosave debounce': 1 }, badInputs: {}, documentsLost: 0 });
});

test('closing the tab right after an edit keeps the edit', async ({ context }) => {
  const page = await context.newPage();
  await openSample(page);
  await expectSaved(page);
  await setTitle(page, 'Diketik lalu tab ditutup');
  expect((await storedEnvelope(page))!.doc.title).not.toBe('Diketik lalu tab ditutup');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByLabel('Judul dokumen')).toHaveValue('Diketik lalu tab ditutup');
  writeTally('close-mid-edit', { faults: { 'tab closed within the autosave debounce': 1 }, badInputs: {}, documentsLost: 0 });
});

test('switching documents while changes cannot be stored asks first and offers the download', async ({ page }) => {
  await injectQuota(page);
  await openSample(page);
  await expectSaved(page);
  await fillDisk(page);
  await setTitle(page, long('Belum tersimpan sebelum pindah'));
  await expect(page.getByTestId('banner-quota')).toBeVisible();
  await page.getByTestId('action-new').click();
  await expect(page.getByTestId('banner-leave')).toBeVisible();
  // still on the same document until the user chooses
  await expect(page.getByLabel('Judul dokumen')).toHaveValue(long('Belum tersimpan sebelum pindah'));
  const download = await clickDownload(page, () => page.getByTestId('leave-download').click());
  expect(JSON.parse(await downloadText(download)).title).toBe(long('Belum tersimpan sebelum pindah'));
  await expect(page.getByLabel('Judul dokumen')).toHaveValue('Dokumen baru');
  await freeDisk(page);
  writeTally('leave-unsaved', { faults: { 'document switch with unsaved changes': 1 }, badInputs: {}, documentsLost: 0 });
});
