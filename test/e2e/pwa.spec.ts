// Installed and offline (vite-plugin-pwa / Workbox): the built app passes Chromium's installability check, starts and
// opens a sample with the network cut, asks nobody but its own origin, and a new build waits for "Muat ulang" —
// it never reloads a tab by itself, and the reload it makes keeps the open edit. Plus the frame refusal: inside
// another origin's frame the app does not start, even though the preview server sends no frame-ancestors header.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, expect, test, type Page } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4178);
const DIST = process.env.E2E_DIST ?? 'dist';
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Waits for the worker, then reloads once so that it controls the page, as it does on every later visit. */
async function serviceWorkerInCharge(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('installable, starts with the network blocked, and asks nobody but its own origin', async ({ browserName }, testInfo) => {
  expect(browserName).toBe('chromium');
  // a real profile: Chromium never offers to install from an incognito context, which is what a test context is
  const launch = testInfo.project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profil'), {
    ...launch,
    baseURL: ORIGIN,
    viewport: { width: 1280, height: 720 },
    locale: 'id-ID',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== ORIGIN) foreign.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('first-new')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ short_name: 'PetaKerja', display: 'standalone', start_url: '/', lang: 'id' });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('first-new')).toBeVisible();
  // lazy parts load from the precache too: the sample, its canvas, the Tim Kerja view and the guide
  await page.getByTestId('first-sample').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan di browser');
  await page.getByRole('tab', { name: /Tim Kerja/ }).click();
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  const guide = await page.evaluate(async () => (await fetch('/bantuan/panduan.html')).status);
  expect(guide).toBe(200);
  expect(foreign).toEqual([]);
  await context.close();
});

/** The built app on a server of the test's own whose sw.js can be changed: a "new build" deployed mid-test. */
function versionedServer(port: number): { server: Server; bump: () => void } {
  let version = 0;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(normalize(DIST)) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
    const type = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png' }[extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache');
    if (file.endsWith('sw.js')) {
      res.end(`${readFileSync(file, 'utf8')}\n// build ${version}\n`);
      return;
    }
    createReadStream(file).pipe(res);
  });
  server.listen(port, '127.0.0.1');
  return { server, bump: () => void version++ };
}

test('a new build waits for "Muat ulang", never reloads by itself, and the reload keeps the edit', async ({ page }) => {
  const port = PORT + 5;
  const { server, bump } = versionedServer(port);
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await serviceWorkerInCharge(page);
    await page.getByTestId('first-new').click();
    await page.getByLabel('Judul dokumen').fill('Diedit sebelum versi baru');
    // a mark that a reload would wipe
    await page.evaluate(() => ((window as unknown as { __sameTab: boolean }).__sameTab = true));

    bump();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByTestId('update-prompt')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('update-prompt')).toContainText('Versi baru tersedia — muat ulang');
    // the new worker is installed and waiting, the tab untouched
    await page.waitForTimeout(1500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __sameTab?: boolean }).__sameTab)).toBe(true);
    await expect(page.getByLabel('Judul dokumen')).toHaveValue('Diedit sebelum versi baru');

    await Promise.all([page.waitForEvent('framenavigated'), page.getByTestId('update-reload').click()]);
    await expect(page.getByTestId('first-new').or(page.getByLabel('Judul dokumen'))).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameTab?: boolean }).__sameTab)).toBeUndefined();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    // the edit made before the reload was stored first
    const recent = page.getByTestId('recent-doc').filter({ hasText: 'Diedit sebelum versi baru' });
    await expect(page.getByLabel('Judul dokumen').or(recent)).toBeVisible();
  } finally {
    server.close();
  }
});

test('inside another origin\'s frame the app does not start; in its own origin\'s frame it does', async ({ page }) => {
  // localhost and 127.0.0.1 are two origins of one loopback server: a page of "another site" (the guide, served as
  // localhost) frames the app (as 127.0.0.1). Chromium's local-network checks allow that, as they would not for a
  // page the test made up.
  await page.goto(`http://localhost:${PORT}/bantuan/panduan.html`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.style.cssText = 'width:900px;height:600px';
    document.body.prepend(f);
  }, `${ORIGIN}/`);
  const framed = page.frameLocator('iframe');
  await expect(framed.getByTestId('frame-refused')).toBeVisible();
  await expect(framed.getByTestId('frame-refused')).toContainText('tidak dijalankan di dalam bingkai situs lain');
  await expect(framed.getByTestId('first-new')).toHaveCount(0);
  const link = framed.getByRole('link', { name: 'Buka PetaKerja di jendela baru' });
  await expect(link).toHaveAttribute('target', '_blank');

  await page.goto('/');
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.src = '/';
    f.style.cssText = 'width:900px;height:600px';
    document.body.append(f);
  });
  await expect(page.frameLocator('iframe').getByTestId('first-new')).toBeVisible();
});
