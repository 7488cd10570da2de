import { expect, type Locator, type Page } from '@playwright/test';
import { restore, type Workspace } from '../../src/model';
import type { Scene } from '../../src/io/export/scene';
import { SVG_MARGIN } from '../../src/io/export/svg';

export function node(page: Page, text: string): Locator {
  return page.locator('.react-flow__node', { hasText: text }).first();
}

/** Drag with real pointer events, in steps, as a person does (React Flow needs moves past its threshold). */
export async function dragTo(page: Page, from: Locator, to: Locator, opts: { hold?: (page: Page) => Promise<void> } = {}) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('element not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - (a.x + a.width / 2)) * i) / steps,
      a.y + a.height / 2 + ((b.y + b.height / 2 - (a.y + a.height / 2)) * i) / steps,
    );
  }
  if (opts.hold) await opts.hold(page);
  await page.mouse.up();
}

export async function dragBy(page: Page, from: Locator, dx: number, dy: number) {
  const a = await from.boundingBox();
  if (!a) throw new Error('element not visible');
  const x = a.x + a.width / 2;
  const y = a.y + a.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

export async function openSample(page: Page) {
  await page.goto('/');
  await page.getByTestId('first-sample').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** Activates a control from the keyboard: focus, then Enter (no mouse). */
export async function pressByKeyboard(page: Page, testId: string) {
  await page.getByTestId(testId).first().focus();
  await page.keyboard.press('Enter');
}

/** Adds the first `count` entries of the Peta view's structure list to the open map, from the keyboard. */
export async function addFromStructureList(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    await page.getByTestId('peta-structure-item').nth(i).getByRole('button').focus();
    await page.keyboard.press('Enter');
  }
}

export async function newDocument(page: Page) {
  await page.goto('/');
  await page.getByTestId('first-new').click();
  await expect(page.getByTestId('struktur-canvas')).toBeVisible();
}

/** Ids of positions in the document the app keeps in local storage (what survives a reload). */
export interface StoredPosition {
  nama: string;
  kode: string;
  superiorId: string | null;
  placement: { x: number; y: number } | null;
}

/** The last open document as stored in IndexedDB (`id` for another one), with its revision; null when none. */
export async function readStored(page: Page, id?: string): Promise<{ revision: number; doc: any } | null> {
  return page.evaluate(async (docId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('petakerja');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = <T,>(store: string, key: string) =>
      new Promise<T | undefined>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve(undefined);
        const r = db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => resolve(r.result as T | undefined);
        r.onerror = () => reject(r.error);
      });
    const key = docId ?? (await get<{ value: string }>('meta', 'last'))?.value;
    const rec = key ? await get<{ revision: number; text: string }>('docs', key) : undefined;
    db.close();
    if (!rec) return null;
    const parsed = JSON.parse(rec.text);
    return { revision: rec.revision, doc: 'doc' in parsed && !('format' in parsed) ? parsed.doc : parsed };
  }, id);
}

export async function storedDoc(page: Page): Promise<{ positions: Record<string, StoredPosition> }> {
  return (await readStored(page))?.doc ?? null;
}

/** The open document as the app stored it, restored into a Workspace for the pure export code (scenes). */
export async function storedWorkspace(page: Page): Promise<Workspace> {
  const raw = (await readStored(page))?.doc ?? null;
  return restore(raw).doc;
}

/** A point of an export scene → its pixel in the PNG (the SVG margin, then the dpi over the CSS 96 px per inch). */
export function scenePixel(scene: Scene, p: { x: number; y: number }, dpi = 150): { x: number; y: number } {
  const ratio = dpi / 96;
  return { x: (p.x - scene.bounds.x + SVG_MARGIN) * ratio, y: (p.y - scene.bounds.y + SVG_MARGIN) * ratio };
}
