// Helpers of the reliability specs: stored state, a full storage, downloads, and the tally each test leaves in
// reports/reliability/ for docs/reliability.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page } from '@playwright/test';

const REPORT_DIR = fileURLToPath(new URL('../../reports/reliability/', import.meta.url));
export const FIXTURE_V2 = fileURLToPath(new URL('../fixtures/documents/v2-dinas-contoh.json', import.meta.url));

export interface E2eTally {
  faults: Record<string, number>;
  badInputs: Record<string, number>;
  requests?: number;
  documentsLost: number;
}

/** One file per test: the workers run in parallel. */
export function writeTally(name: string, tally: E2eTally): void {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(`${REPORT_DIR}e2e-${name}.json`, JSON.stringify({ suite: `e2e: ${name}`, ...tally }, null, 1) + '\n');
}

export interface StoredEnvelope {
  revision: number;
  doc: { id: string; title: string; positions: Record<string, { nama: string }>; units: Record<string, { nama: string }> };
}

/** The open (last) document's stored envelope, or null. */
export async function storedEnvelope(page: Page, id?: string): Promise<StoredEnvelope | null> {
  return page.evaluate((docId) => {
    const key = docId ?? localStorage.getItem('petakerja:last');
    const raw = key ? localStorage.getItem(`petakerja:doc:${key}`) : null;
    return raw ? (JSON.parse(raw) as StoredEnvelope) : null;
  }, id);
}

/**
 * Fills the origin's localStorage with filler keys until fewer than `spare` characters fit. Returns the number of
 * characters written. The filler keys are not PetaKerja keys, so the app ignores them.
 */
export async function fillStorage(page: Page, spare = 16): Promise<number> {
  return page.evaluate((spareChars) => {
    let written = 0;
    let n = 0;
    for (let size = 1 << 20; size >= spareChars; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler:${n++}`, chunk);
          written += size;
        } catch {
          break;
        }
      }
    }
    return written;
  }, spare);
}

export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
  });
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** Click and wait for the download it starts. */
export async function clickDownload(page: Page, click: () => Promise<void>): Promise<Download> {
  const pending = page.waitForEvent('download');
  await click();
  return pending;
}

export async function setTitle(page: Page, title: string): Promise<void> {
  await page.getByLabel('Judul dokumen').fill(title);
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan di browser');
}

export function fixtureDoc(): Record<string, unknown> & { id: string; positions: Record<string, Record<string, unknown>>; units: Record<string, Record<string, unknown>> } {
  return JSON.parse(readFileSync(FIXTURE_V2, 'utf8'));
}

/** An envelope as the app stores it. */
export function envelope(doc: unknown, revision = 1, savedAt = Date.now() - 3_600_000): string {
  return JSON.stringify({ savedAt, revision, tabId: 'tab_lama', doc });
}
