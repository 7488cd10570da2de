// The "?" button opens the guide's section for the current view, from the app's own origin (offline), and a rule page
// links to the rule's section of the catalog.
import { expect, test } from './fixtures';

test('"?" opens the guide at the section of the current view, and a rule page links to its catalog entry', async ({ page, context }) => {
  await page.goto('/');
  await page.getByTestId('first-kota').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const [guide] = await Promise.all([context.waitForEvent('page'), page.getByTestId('help-guide').click()]);
  await guide.waitForLoadState();
  expect(new URL(guide.url()).pathname).toBe('/bantuan/panduan.html');
  expect(new URL(guide.url()).hash).toBe('#struktur');
  await expect(guide.locator('h2', { hasText: 'Menggambar struktur' })).toBeInViewport();
  await expect(guide.locator('img[src="gambar/struktur.png"]')).toHaveJSProperty('complete', true);
  expect(await guide.locator('img[src="gambar/struktur.png"]').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1366);
  // the regulations the guide points to are published beside it, texts included (offline, same origin)
  await guide.locator('a[href="peraturan.html"]').first().click();
  await expect(guide).toHaveURL(/\/bantuan\/peraturan\.html$/);
  await guide.locator('a[href="peraturan/banjar-39-2024.txt"]').click();
  await expect(guide.locator('body')).toContainText('NOMOR 39 TAHUN 2024');
  await guide.close();

  await page.getByRole('tab', { name: 'Tim Kerja' }).click();
  const [teams] = await Promise.all([context.waitForEvent('page'), page.getByTestId('help-guide').click()]);
  await teams.waitForLoadState();
  expect(new URL(teams.url()).hash).toBe('#tim-kerja');
  await teams.close();

  // a rule page: its catalog link leads to the rule's own section
  await page.getByRole('button', { name: /^KED-\d\d$/ }).first().click();
  await expect(page.getByTestId('rule-doc')).toBeVisible();
  const [catalog] = await Promise.all([context.waitForEvent('page'), page.getByTestId('rule-doc-catalog').click()]);
  await catalog.waitForLoadState();
  expect(new URL(catalog.url()).pathname).toBe('/bantuan/aturan.html');
  const hash = new URL(catalog.url()).hash;
  expect(hash).toMatch(/^#ked-\d\d$/);
  await expect(catalog.locator(`a[id="${hash.slice(1)}"]`)).toBeAttached();
});
