// A lintas fungsi map built from the keyboard (issue 20 item 5): lanes and symbols are focusable and named, the skip
// link reaches the canvas at once, arrow keys move a symbol (Shift+arrow into the next lane) and are announced,
// and H opens «Hubungkan ke…», which draws an arrow from a list.
import { expect, test, type Page } from './fixtures';
import { addFromStructureList, openSample, pressByKeyboard, readStored } from './helpers';

interface StoredMap { nodes: { id: string; label: string; laneId: string | null; placement: { x: number; y: number } | null }[]; lanes: { id: string }[]; arrows: { source: string; target: string }[] }
const lfMap = async (page: Page): Promise<StoredMap | undefined> => Object.values((await readStored(page))?.doc?.maps ?? {})[0] as StoredMap | undefined;

test('peta lintas fungsi dari papan ketik: lajur, simbol, pindah antarlajur, Hubungkan ke…', async ({ page }) => {
  test.setTimeout(60_000);
  await openSample(page);
  await pressByKeyboard(page, 'view-peta');
  await pressByKeyboard(page, 'peta-new-lintas-fungsi');
  await addFromStructureList(page, 2);
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);
  await pressByKeyboard(page, 'lf-add-mulai');
  await pressByKeyboard(page, 'lf-add-kegiatan');
  await expect.poll(async () => (await lfMap(page))?.nodes.length).toBe(2);

  // the skip link is the first Tab stop of the page and lands on the canvas
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
  });
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-canvas')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kanvas .react-flow__node:focus')).toHaveCount(1);

  // focus the activity by its accessible name and move it into the second lane
  const activity = page.getByRole('group', { name: /^Kegiatan/ }).or(page.locator('.react-flow__node[aria-label^="Kegiatan"]')).first();
  await activity.focus();
  const before = (await lfMap(page))!;
  const act = before.nodes.find((n) => n.laneId && before.nodes.indexOf(n) === 1)!;
  const inFirst = act.laneId === before.lanes[0]!.id;
  await page.keyboard.press(inFirst ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
  const otherLane = before.lanes[inFirst ? 1 : 0]!.id;
  await expect.poll(async () => (await lfMap(page))?.nodes.find((n) => n.id === act.id)?.laneId).toBe(otherLane);
  await expect(page.getByTestId('lf-announce')).toContainText('di lajur');
  const y = (await lfMap(page))!.nodes.find((n) => n.id === act.id)!.placement!.y;
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await lfMap(page))?.nodes.find((n) => n.id === act.id)?.placement?.y).toBe(y + 10);

  // from the start terminator: H, pick the activity, Enter
  await page.locator('.react-flow__node[aria-label^="Terminator"]').first().focus();
  await page.keyboard.press('h');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('connect-target')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('connect-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await lfMap(page))?.arrows.length).toBe(1);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('lf-announce')).toContainText('Panah');
});

test('peta lintas fungsi tanpa tetikus: dua lajur, mulai, dua kegiatan, keputusan dan selesai, dihubungkan, lalu tabel SOP', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  await pressByKeyboard(page, 'view-peta');
  await pressByKeyboard(page, 'peta-new-lintas-fungsi');
  await addFromStructureList(page, 2);
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);
  // each new symbol is selected, so the next one joins it in its lane below it
  for (const [n, id] of (['lf-add-mulai', 'lf-add-kegiatan', 'lf-add-kegiatan', 'lf-add-keputusan', 'lf-add-selesai'] as const).entries()) {
    await pressByKeyboard(page, id);
    await expect.poll(async () => (await lfMap(page))?.nodes.length).toBe(n + 1);
  }
  const ids = (await lfMap(page))!.nodes.map((n) => n.id);
  // start → activity → activity → decision → end, each through «Hubungkan ke…» (H, pick the target, Enter)
  for (let i = 0; i < ids.length - 1; i++) {
    await page.locator(`.react-flow__node[data-id="${ids[i]}"]`).focus();
    await page.keyboard.press('h');
    await expect(page.getByTestId('connect-target')).toBeFocused();
    await page.getByTestId('connect-target').selectOption(ids[i + 1]);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('connect-confirm')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await lfMap(page))?.arrows.length).toBe(i + 1);
  }
  const arrows = (await lfMap(page))!.arrows.map((a) => `${a.source}>${a.target}`);
  expect(arrows).toEqual(ids.slice(1).map((id, i) => `${ids[i]}>${id}`));
  // the SOP table from the toolbar: one row per activity and decision
  await pressByKeyboard(page, 'lf-sop');
  const sop = page.frameLocator('[data-testid="sop-frame"]');
  await expect(sop.locator('table').first()).toBeVisible();
  await expect(sop.locator('body')).toContainText('Keputusan');
});
