// Kerjakan bersama in real Chromium: two browser contexts (two people on two machines) in one room of the real
// co-editing server (server/main.ts, started by this spec on 127.0.0.1 at E2E_PORT+1…+3 and stopped at the end).
import { rmSync } from 'node:fs';
import { test, expect, type Browser, type Page } from './fixtures';
import { node, openSample, newDocument } from './helpers';
import { collabServer, roomsDir, type CollabServer } from './collabServer';

const ROOMS = { 'dinas-bersama': 'token-satu', 'dinas-putus': 'token-dua', 'dinas-ulang': 'token-tiga', 'dinas-jahat': 'token-empat' };
let dir: string;
let server: CollabServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = roomsDir(ROOMS);
  server = await collabServer(1, dir);
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function join(page: Page, url: string, room: string, token: string, name: string) {
  await page.getByTestId('action-collab').click();
  await page.getByTestId('collab-url').fill(url);
  await page.getByTestId('collab-room').fill(room);
  await page.getByTestId('collab-token').fill(token);
  await page.getByTestId('collab-name').fill(name);
  await page.getByTestId('collab-join').click();
}

async function joined(page: Page) {
  await expect(page.getByTestId('collab-form')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('collab-pill')).toContainText('Tersambung', { timeout: 20_000 });
}

/** Two people: Sari brings the Dinas sample into the room, Budi joins from an empty document. */
async function pair(browser: Browser, url: string, room: string) {
  const ca = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const cb = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const a = await ca.newPage();
  const b = await cb.newPage();
  await openSample(a);
  await join(a, url, room, ROOMS[room as keyof typeof ROOMS], 'Sari');
  await joined(a);
  await newDocument(b);
  await join(b, url, room, ROOMS[room as keyof typeof ROOMS], 'Budi');
  await joined(b);
  return { a, b, close: async () => Promise.all([ca.close(), cb.close()]) };
}

/** Rename the n-th box on the canvas through the properties panel; returns its old name. */
async function rename(page: Page, index: number, to: string): Promise<string> {
  const box = page.locator('.react-flow__node').nth(index);
  await box.click();
  const field = page.locator('#prop-nama');
  await expect(field).toBeVisible();
  const before = await field.inputValue();
  await field.fill(to);
  await expect(node(page, to)).toBeVisible();
  return before;
}

test('two people edit one document: each sees the other’s edits and presence, undo takes back only one’s own', async ({ browser }) => {
  test.setTimeout(180_000);
  const { a, b, close } = await pair(browser, server.url, 'dinas-bersama');
  try {
    // Budi got Sari's document from the room, and each sees the other in the pill
    await expect(b.locator('.react-flow__node').first()).toBeVisible();
    await expect(a.getByTestId('collab-peer-count')).toHaveAttribute('aria-label', '1 rekan tersambung');
    await expect(b.getByTestId('collab-peer-count')).toHaveAttribute('aria-label', '1 rekan tersambung');
    const count = await a.locator('.react-flow__node').count();
    await expect(b.locator('.react-flow__node')).toHaveCount(count);

    await rename(a, 1, 'Diubah oleh Sari');
    await expect(node(b, 'Diubah oleh Sari')).toBeVisible({ timeout: 10_000 });
    await rename(b, 2, 'Diubah oleh Budi');
    await expect(node(a, 'Diubah oleh Budi')).toBeVisible({ timeout: 10_000 });

    // presence: Sari's selection and pointer on Budi's canvas, with her name
    await a.locator('.react-flow__node', { hasText: 'Diubah oleh Sari' }).click();
    await expect(b.locator('[data-testid="presence-selection"][data-peer="Sari"]')).toBeVisible({ timeout: 10_000 });
    const pane = await a.locator('.react-flow__pane').boundingBox();
    await a.mouse.move(pane!.x + pane!.width / 2, pane!.y + pane!.height / 2);
    await a.mouse.move(pane!.x + pane!.width / 2 + 30, pane!.y + pane!.height / 2 + 20);
    await expect(b.locator('[data-testid="presence-cursor"][data-peer="Sari"]')).toBeVisible({ timeout: 10_000 });
    await expect(b.locator('[data-testid="presence-cursor"][data-peer="Sari"]')).toContainText('Sari');

    // Budi's undo takes back his rename only; Sari's stays on both screens
    await b.getByTestId('action-undo').click();
    await expect(node(b, 'Diubah oleh Budi')).toHaveCount(0);
    await expect(node(a, 'Diubah oleh Budi')).toHaveCount(0, { timeout: 10_000 });
    await expect(node(b, 'Diubah oleh Sari')).toBeVisible();
    await expect(node(a, 'Diubah oleh Sari')).toBeVisible();

    // leaving: Sari is gone from Budi's pill, and Budi's document stays open
    await a.getByTestId('collab-pill').click();
    await a.getByTestId('collab-leave').click();
    await expect(a.getByTestId('collab-pill')).toHaveCount(0);
    await expect(b.getByTestId('collab-peer-count')).toHaveAttribute('aria-label', '0 rekan tersambung', { timeout: 20_000 });
    await expect(node(b, 'Diubah oleh Sari')).toBeVisible();
  } finally {
    await close();
  }
});

test('a dropped connection keeps the work: edits made while the server is down reach the colleague after it is back', async ({ browser }) => {
  test.setTimeout(240_000);
  const own = await collabServer(2, roomsDir(ROOMS));
  const { a, b, close } = await pair(browser, own.url, 'dinas-putus');
  try {
    await rename(a, 1, 'Sebelum putus');
    await expect(node(b, 'Sebelum putus')).toBeVisible({ timeout: 10_000 });
    await expect(a.getByTestId('collab-pill')).toHaveText(/^Tersambung$|^Tersambung[A-Z]/, { timeout: 10_000 });

    await own.stop();
    await expect(a.getByTestId('collab-pill')).toHaveAttribute('data-connection', /offline|connecting/, { timeout: 30_000 });
    await expect(a.getByTestId('toast')).toContainText('Sambungan ke server kerja bersama terputus');
    await expect(a.getByTestId('collab-pill')).toContainText(/Terputus|Menyambung ulang/);

    // both keep working offline: different records
    await rename(a, 3, 'Sari saat terputus');
    await rename(b, 4, 'Budi saat terputus');
    await expect(a.getByTestId('collab-pill')).toContainText('1 belum terkirim');

    await own.start();
    await expect(a.getByTestId('collab-pill')).toContainText('Tersambung ulang', { timeout: 60_000 });
    await expect(b.getByTestId('collab-pill')).toContainText('Tersambung ulang', { timeout: 60_000 });
    await expect(node(b, 'Sari saat terputus')).toBeVisible({ timeout: 20_000 });
    await expect(node(a, 'Budi saat terputus')).toBeVisible({ timeout: 20_000 });
    await expect(node(a, 'Sebelum putus')).toBeVisible();
    await expect(a.getByTestId('collab-pill')).not.toContainText('belum terkirim', { timeout: 20_000 });
  } finally {
    await close();
    await own.stop();
    rmSync(own.dir, { recursive: true, force: true });
  }
});

test('a refused token and an unreachable server say so in Bahasa Indonesia; nothing is lost', async ({ page }) => {
  test.setTimeout(120_000);
  await openSample(page);
  const count = await page.locator('.react-flow__node').count();
  await join(page, server.url, 'dinas-bersama', 'token-salah', 'Sari');
  await expect(page.getByTestId('collab-error')).toContainText('Token ruang ditolak oleh server', { timeout: 20_000 });
  await expect(page.getByTestId('collab-join')).toBeEnabled();
  // nobody listens on this port of the range
  await page.getByTestId('collab-url').fill(`ws://127.0.0.1:${Number(new URL(server.url).port) + 8}`);
  await page.getByTestId('collab-token').fill('token-satu');
  await page.getByTestId('collab-join').click();
  await expect(page.getByTestId('collab-error')).toContainText('tidak menjawab', { timeout: 30_000 });
  await page.getByTestId('collab-url').fill('http://contoh.go.id');
  await page.getByTestId('collab-join').click();
  await expect(page.getByTestId('collab-error')).toContainText('harus diawali ws:// atau wss://');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('collab-pill')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('after a reload the tab offers «Gabung lagi» and joins the room again', async ({ page }) => {
  test.setTimeout(120_000);
  await openSample(page);
  await join(page, server.url, 'dinas-ulang', 'token-tiga', 'Sari');
  await joined(page);
  await rename(page, 1, 'Sebelum dimuat ulang');
  await expect(page.getByTestId('collab-pill')).not.toContainText('belum terkirim', { timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId('toast-action')).toHaveText('Gabung lagi', { timeout: 20_000 });
  await expect(page.getByTestId('collab-pill')).toHaveCount(0);
  await page.getByTestId('toast-action').click();
  await expect(page.getByTestId('collab-pill')).toContainText('Tersambung', { timeout: 20_000 });
  await expect(node(page, 'Sebelum dimuat ulang')).toBeVisible();
});
