// The peta level and the peta relasi from the keyboard (issue 20 item 5), and the lane actions menu of a lintas fungsi
// map: every element takes focus, the arrow keys move it (saved, one undo step each), Shift+F10 or the ContextMenu
// key opens its actions menu (focus on the first item, ↑/↓ between items, Escape gives focus back), «Hubungkan ke…»
// draws an arrow from a list, and what a key did is read out in an aria-live region.
import { expect, test, type Page } from './fixtures';
import { addFromStructureList, openSample, pressByKeyboard, readStored } from './helpers';

interface StoredProcess { id: string; nama: string; kategori: string | null }
interface StoredBox { id: string; placement: { x: number; y: number } | null }
interface StoredMap { kind: string; processes?: StoredProcess[]; boxes?: StoredBox[]; arrows?: { source: string; target: string; label: string }[]; lanes?: { id: string }[]; nodes?: { id: string; laneId: string | null }[] }

const mapOf = async (page: Page, kind: string): Promise<StoredMap | undefined> =>
  (Object.values((await readStored(page))?.doc?.maps ?? {}) as StoredMap[]).find((m) => m.kind === kind);
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name });

test('peta level dari papan ketik: panah memindah proses, menu Shift+F10, Delete', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  await pressByKeyboard(page, 'view-peta');
  await pressByKeyboard(page, 'peta-new-level');
  await expect(page.getByTestId('lv-map')).toBeVisible();
  for (const [band, nama] of [['inti', 'Pelayanan'], ['inti', 'Pengaduan'], ['manajemen', 'Perencanaan']] as const) {
    await pressByKeyboard(page, `lv-add-${band}`);
    await page.getByTestId('process-nama').fill(nama);
  }
  await expect.poll(async () => (await mapOf(page, 'level'))?.processes?.map((p) => p.nama).join(',')).toBe('Perencanaan,Pelayanan,Pengaduan');
  const id = (await mapOf(page, 'level'))!.processes!.find((p) => p.nama === 'Pelayanan')!.id;
  const pelayanan = page.locator(`[data-process-id="${id}"]`);
  const inti = async () => (await mapOf(page, 'level'))?.processes?.filter((p) => p.kategori === 'inti').map((p) => p.nama).join(',');

  // → moves it one place along its band; the keyboard stays on it, and the move is read out
  await pelayanan.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(inti).toBe('Pengaduan,Pelayanan');
  await expect(pelayanan).toBeFocused();
  await expect(page.getByTestId('lv-announce')).toHaveText(/Proses «Pelayanan» di kelompok Inti, urutan 2 dari 2/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('lv-announce')).toHaveText(/sudah paling akhir/);

  // ↑ into the band above; one undo step puts it back
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await mapOf(page, 'level'))?.processes?.find((p) => p.id === id)?.kategori).toBe('manajemen');
  await expect(pelayanan).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await mapOf(page, 'level'))?.processes?.find((p) => p.id === id)?.kategori).toBe('inti');

  // Shift+F10: the actions menu, focus on its first item, ↓ to the next, Escape gives the focus back
  await pelayanan.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('lv-menu');
  await expect(menu).toBeVisible();
  await expect(menuItem(page, 'Buat peta turunan')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(page, 'Pindahkan ke kelompok Manajemen')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(pelayanan).toBeFocused();

  // the ContextMenu key opens it too; End and Enter pick «Pindahkan ke kelompok Pendukung» … (via ↑ from the last)
  await page.keyboard.press('ContextMenu');
  await expect(menuItem(page, 'Buat peta turunan')).toBeFocused();
  await page.keyboard.press('End');
  await expect(menuItem(page, 'Hapus proses…')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menuItem(page, 'Pindahkan ke kelompok Pendukung')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await mapOf(page, 'level'))?.processes?.find((p) => p.id === id)?.kategori).toBe('pendukung');
  await expect(page.getByTestId('lv-band-pendukung').getByTestId('lv-process')).toHaveCount(1);
  await expect(pelayanan).toBeFocused();

  // Delete on the focused process deletes it (no derivative map: at once, one undo step)
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('lv-process')).toHaveCount(2);
  await expect.poll(async () => (await mapOf(page, 'level'))?.processes?.length).toBe(2);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lv-process')).toHaveCount(3);
});

test('peta relasi dari papan ketik: panah memindah kotak, Hubungkan ke…, menu kotak dan panah', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  await pressByKeyboard(page, 'view-peta');
  await pressByKeyboard(page, 'peta-new-relasi');
  await expect(page.getByTestId('rel-canvas')).toBeVisible();
  await addFromStructureList(page, 2);
  await expect(page.getByTestId('rel-box-unit')).toHaveCount(2);
  const boxes = page.locator('#kanvas .react-flow__node[aria-label^="Unit"]');
  await expect(boxes).toHaveCount(2);
  const firstId = (await boxes.first().getAttribute('data-id'))!;
  const placement = async () => (await mapOf(page, 'relasi'))?.boxes?.find((b) => b.id === firstId)?.placement ?? null;

  // arrow keys move the focused box, saved, one undo step each
  // a box added from the list stands on a free spot of the grid, saved
  await expect.poll(placement).not.toBeNull();
  const p0 = (await placement())!;
  await boxes.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await placement())?.x).toBe(p0.x + 10);
  const p1 = { x: p0.x + 10, y: p0.y };
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await placement())?.y).toBe(p1.y + 50);
  expect((await placement())!.x).toBe(p1.x);
  await expect(page.getByTestId('rel-announce')).toHaveText(`${await boxes.first().getAttribute('aria-label').then((l) => l!.split('.')[0])} di x ${p1.x}, y ${p1.y + 50}.`);
  await expect(boxes.first()).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await placement())?.y).toBe(p1.y);

  // H: «Hubungkan ke…» with the other box offered, focus in the list; the dialog gives the focus back
  await boxes.first().focus();
  await page.keyboard.press('h');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('connect-target')).toBeFocused();
  await expect(page.getByTestId('connect-target').locator('option')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('connect-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await mapOf(page, 'relasi'))?.arrows?.length).toBe(1);
  await expect(page.getByTestId('rel-announce')).toContainText('Panah');
  await expect(boxes.first()).toBeFocused();

  // the box's actions menu: Hubungkan ke… first; Escape gives the focus back
  await page.keyboard.press('Shift+F10');
  await expect(page.getByTestId('rel-menu')).toBeVisible();
  await expect(menuItem(page, 'Hubungkan ke…')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rel-menu')).toBeHidden();
  await expect(boxes.first()).toBeFocused();

  // the arrow takes focus too, named by its ends; its menu gives its label to type
  const arrow = page.locator('#kanvas .react-flow__edge[aria-label^="Panah"]');
  await expect(arrow).toHaveCount(1);
  await arrow.focus();
  await page.keyboard.press('Shift+F10');
  await expect(menuItem(page, 'Ubah label')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rel-label-input')).toBeFocused();
  await page.keyboard.type('Dokumen RKA');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await mapOf(page, 'relasi'))?.arrows?.[0]?.label).toBe('Dokumen RKA');
  await expect(arrow).toHaveAttribute('aria-label', /^Panah «Dokumen RKA» dari Unit/);
});

test('peta lintas fungsi: menu lajur dari papan ketik (geser, hapus dengan pilihan)', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  await pressByKeyboard(page, 'view-peta');
  await pressByKeyboard(page, 'peta-new-lintas-fungsi');
  await addFromStructureList(page, 2);
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);
  await expect.poll(async () => (await mapOf(page, 'lintas-fungsi'))?.lanes?.length).toBe(2);
  const [l1, l2] = (await mapOf(page, 'lintas-fungsi'))!.lanes!.map((l) => l.id);
  const lane1 = page.locator(`#kanvas .react-flow__node[data-id="lane:${l1}"]`);
  await expect(lane1).toHaveAttribute('aria-label', /^Lajur /);

  // the lane's menu: «Geser lajur ke kiri» is off for the first lane, so focus starts on «ke kanan»
  await lane1.focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByTestId('lane-menu')).toBeVisible();
  await expect(menuItem(page, 'Geser lajur ke kiri')).toBeDisabled();
  await expect(menuItem(page, 'Geser lajur ke kanan')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await mapOf(page, 'lintas-fungsi'))?.lanes?.map((l) => l.id).join(',')).toBe(`${l2},${l1}`);
  await expect(lane1).toBeFocused();
  await expect(page.getByTestId('lf-announce')).toContainText('urutan 2 dari 2');

  // «Tambah kegiatan di lajur ini», then «Hapus lajur…» asks where the activity goes
  await page.keyboard.press('Shift+F10');
  await menuItem(page, 'Tambah kegiatan di lajur ini').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await mapOf(page, 'lintas-fungsi'))?.nodes?.filter((n) => n.laneId === l1).length).toBe(1);
  await lane1.focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(menuItem(page, 'Hapus lajur…')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Hapus lajur' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect((await mapOf(page, 'lintas-fungsi'))!.lanes!.length).toBe(2);
});
