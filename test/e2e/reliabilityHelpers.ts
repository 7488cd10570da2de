// Helpers of the reliability specs: stored state, a full storage, downloads, and the tally each test leaves in
// reports/reliability/ for docs/reliability.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page } from '@playwright/test';
import { readStored } from './helpers';

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

/** The open (last) document as stored in IndexedDB (revision + document), or null. */
export async function storedEnvelope(page: Page, id?: string): Promise<StoredEnvelope | null> {
  return (await readStored(page, id)) as StoredEnvelope | null;
}

/** Keys of the history copies in IndexedDB. */
export async function snapshotKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('petakerja');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    if (!db.objectStoreNames.contains('snapInfo')) return [];
    const keys = await new Promise<string[]>((resolve, reject) => {
      const r = db.transaction('snapInfo').objectStore('snapInfo').getAllKeys();
      r.onsuccess = () => resolve(r.result as string[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return keys;
  });
}

/**
 * A full disk, injected into the page before it starts: once `window.__fillDisk()` is called (or from the
 * `fromWrite`-th document write on), every IndexedDB transaction that writes a document aborts with QuotaExceededError, as
 * Chromium reports a full origin quota at commit. `window.__freeDisk()` gives the space back.
 */
export async function injectQuota(page: Page, fromWrite: number | null = null): Promise<void> {
  await page.addInitScript((from) => {
    const w = window as unknown as {
      __diskFull: boolean;
      __docWrites: number;
      __freed: boolean;
      __freeOnEvict: boolean;
      __fillDisk: (freeOnEvict?: boolean) => void;
      __freeDisk: () => void;
    };
    w.__diskFull = false;
    w.__freeOnEvict = false;
    w.__docWrites = 0;
    w.__freed = false;
    w.__fillDisk = (freeOnEvict = false) => {
      w.__diskFull = true;
      w.__freeOnEvict = freeOnEvict;
    };
    const del = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
      // a history copy removed: with freeOnEvict that is the room the write needed
      if (this.name === 'snapText' && w.__freeOnEvict) w.__diskFull = false;
      return del.apply(this, args);
    };
    w.__freeDisk = () => {
      w.__diskFull = false;
      w.__freed = true; // with fromWrite: the space stays free from now on
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'docs' || this.name === 'snapText') {
        if (this.name === 'docs') w.__docWrites++;
        if (from !== null && !w.__freed && w.__docWrites >= from) w.__diskFull = true;
        if (w.__diskFull) {
          const tx = this.transaction;
          const req = put.apply(this, args);
          // the commit is refused: abort with the error Chromium gives for a full quota
          Object.defineProperty(tx, 'error', { value: new DOMException('Quota exceeded', 'QuotaExceededError'), configurable: true });
          tx.abort();
          return req;
        }
      }
      return put.apply(this, args);
    };
  }, fromWrite);
}

export async function fillDisk(page: Page, freeOnEvict = false): Promise<void> {
  await page.evaluate((f) => (window as unknown as { __fillDisk: (f: boolean) => void }).__fillDisk(f), freeOnEvict);
}

export async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __freeDisk: () => void }).__freeDisk());
}

/** The raw stored text of a document in IndexedDB. */
export async function storedText(page: Page, id: string): Promise<string | null> {
  return page.evaluate(async (docId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('petakerja');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rec = await new Promise<{ text: string } | undefined>((resolve, reject) => {
      const r = db.transaction('docs').objectStore('docs').get(docId);
      r.onsuccess = () => resolve(r.result as { text: string } | undefined);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rec?.text ?? null;
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
