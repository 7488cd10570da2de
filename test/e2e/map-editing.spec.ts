// Editing maps as bpmn-js / draw.io users expect (issue 20): the shortcuts act on the view in front of the user,
// every element is deleted where it is drawn, process codes change from the committed value, and Rapikan keeps
// the flow direction the orientation names.
import { expect, test, type Page } from './fixtures';
import { openSample, readStored } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface StoredNode {
  id: string;
  type: 'terminator' | 'activity' | 'decision' | 'connector';
  label: string;
  laneId: string | null;
  placement: { x: number; y: number } | null;
}
interface StoredMap {
  id: string;
  kind: string;
  title: string;
  orientation?: 'columns' | 'rows';
  parent: { mapId: string; processId: string } | null;
  processes?: { id: string; kode: string; nama: string }[];
  lanes?: { id: string }[];
  nodes?: StoredNode[];
  arrows?: { id: string; source: string; target: string }[];
}

const SIZE: Record<StoredNode['type'], { width: number; height: number }> = {
  terminator: { width: 150, height: 48 },
  activity: { width: 190, height: 72 },
  decision: { width: 130, height: 96 },
  connector: { width: 44, height: 44 },
};

async function stored(page: Page): Promise<{ positions: number; maps: StoredMap[] }> {
  const doc = (await readStored(page))?.doc;
  return { positions: Object.keys(doc?.positions ?? {}).length, maps: Object.values(doc?.maps ?? {}) as StoredMap[] };
}
async function waitStored(page: Page, check: (s: { positions: number; maps: StoredMap[] }) => boolean) {
  await expect.poll(async () => check(await stored(page)), { timeout: 10_000 }).toBe(true);
}
const boxOf = (n: StoredNode): Box => ({ x: n.placement?.x ?? 0, y: n.placement?.y ?? 0, ...SIZE[n.type] });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
function overlapping(nodes: StoredNode[]): string[] {
  const out: string[] = [];
  nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => overlap(boxOf(a), boxOf(b)) && out.push(`${a.label} × ${b.label}`)));
  return out;
}
const ctrl = (page: Page, key: string) => page.keyboard.press(`Control+${key}`);

async function templateMap(page: Page) {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-template').click();
  await page.getByRole('menuitem', { name: 'Mekanisme Penunjukan Lintas Unit Organisasi' }).click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await waitStored(page, (s) => (s.maps[0]?.nodes?.length ?? 0) > 5);
}

test('Ctrl+C/V/D/X di peta lintas fungsi menyalin simbol peta itu dan tidak menyentuh struktur', async ({ page }) => {
  await openSample(page);
  const { positions } = await stored(page);
  expect(positions).toBeGreaterThan(10);

  // copy a position in Struktur: the structure's clipboard is not the map's
  await page.locator('.react-flow__node').first().click();
  await ctrl(page, 'c');

  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await page.getByTestId('peta-structure-item').nth(0).getByRole('button').click();
  await page.getByTestId('peta-structure-item').nth(1).getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('node-label').fill('Memeriksa berkas');
  await waitStored(page, (s) => s.maps[0]?.nodes?.[0]?.label === 'Memeriksa berkas');

  // nothing copied on the map yet: Ctrl+V says so and adds nothing anywhere
  await page.getByTestId('lf-activity').click();
  await ctrl(page, 'v');
  await expect(page.getByTestId('toast')).toContainText('Belum ada simbol atau kotak peta yang disalin');
  expect((await stored(page)).positions).toBe(positions);

  // copy, paste, duplicate: two more symbols on the map, clear of each other, the structure as it was
  await page.getByTestId('lf-activity').click();
  await ctrl(page, 'c');
  await ctrl(page, 'v');
  await waitStored(page, (s) => s.maps[0]?.nodes?.length === 2);
  await ctrl(page, 'd');
  await waitStored(page, (s) => s.maps[0]?.nodes?.length === 3);
  let s = await stored(page);
  expect(s.positions).toBe(positions);
  expect(s.maps[0].nodes?.every((n) => n.label === 'Memeriksa berkas')).toBe(true);
  expect(overlapping(s.maps[0].nodes ?? [])).toEqual([]);
  await expect(page.getByTestId('lf-activity')).toHaveCount(3);

  // cut: the symbol leaves the map, a paste brings it back; still no position added
  await page.getByTestId('lf-activity').first().click();
  await ctrl(page, 'x');
  await waitStored(page, (x) => x.maps[0]?.nodes?.length === 2);
  await ctrl(page, 'v');
  await waitStored(page, (x) => x.maps[0]?.nodes?.length === 3);

  // a paste into another map of the same kind
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await page.getByTestId('peta-structure-item').nth(0).getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(1);
  await page.getByTestId('lf-lane-head').click();
  await ctrl(page, 'v');
  await waitStored(page, (x) => x.maps.some((m) => m.id !== s.maps[0].id && m.nodes?.length === 1));
  s = await stored(page);
  expect(s.positions).toBe(positions);
  const second = s.maps.find((m) => m.id !== s.maps[0].id && m.kind === 'lintas-fungsi');
  expect(second?.nodes?.[0].laneId).toBe(second?.lanes?.[0].id);

  // a level map has no clipboard: one message, nothing added
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('lv-process').first().click();
  await ctrl(page, 'v');
  await expect(page.getByTestId('toast')).toBeVisible();
  expect((await stored(page)).positions).toBe(positions);
});

test('menghapus proses pada peta level: Delete, tombol ×, menu konteks; peta turunan dihapus atau menjadi draf lepas; Ctrl+Z', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan');
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pengaduan');
  await page.getByTestId('lv-add-pendukung').click();
  await page.getByTestId('process-nama').fill('Kepegawaian');
  await expect(page.getByTestId('lv-process')).toHaveCount(3);

  // a derivative map under «Pelayanan»
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan' }).dblclick();
  await expect(page.getByTestId('peta-title')).toHaveValue('Pelayanan');
  await page.getByTestId('peta-crumbs').getByRole('button').first().click();
  await waitStored(page, (s) => s.maps.length === 2);

  // Delete on the selected process: the dialog names the derivative map; keep it as an unattached draft
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('delete-process-maps')).toContainText('«Pelayanan»');
  await page.getByTestId('delete-process-keep-maps').click();
  await expect(page.getByTestId('lv-process')).toHaveCount(2);
  await waitStored(page, (s) => s.maps.length === 2 && s.maps.some((m) => m.title === 'Pelayanan' && m.parent === null));

  // one undo step brings the process back and re-attaches its map
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lv-process')).toHaveCount(3);
  await waitStored(page, (s) => s.maps.some((m) => m.title === 'Pelayanan' && m.parent !== null));

  // the × button, this time deleting the derivative with it
  const pelayanan = page.getByTestId('lv-process').filter({ hasText: 'Pelayanan' });
  await pelayanan.click();
  await pelayanan.getByTestId('lv-delete').click();
  await page.getByTestId('delete-process-with-maps').click();
  await waitStored(page, (s) => s.maps.length === 1);
  await expect(page.getByTestId('lv-process')).toHaveCount(2);

  // the context menu: a process without derivatives goes at once
  await page.getByTestId('lv-process').filter({ hasText: 'Kepegawaian' }).click({ button: 'right' });
  await page.getByTestId('lv-menu-delete').click();
  await expect(page.getByTestId('lv-process')).toHaveCount(1);
  await waitStored(page, (s) => s.maps[0].processes?.length === 1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lv-process')).toHaveCount(2);
});

test('kode proses diketik huruf demi huruf: kode peta turunannya mengikuti nilai akhirnya', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan');
  const kode = page.getByTestId('process-kode');
  await kode.fill('1.1');
  await kode.press('Enter');
  await waitStored(page, (s) => s.maps[0]?.processes?.[0]?.kode === '1.1');

  // the derivative map's process carries the parent's code
  await page.getByTestId('lv-process').first().dblclick();
  await expect(page.getByTestId('peta-title')).toHaveValue('Pelayanan');
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pendaftaran');
  await kode.fill('1.1.01');
  await kode.press('Enter');
  await waitStored(page, (s) => s.maps.some((m) => m.parent && m.processes?.[0]?.kode === '1.1.01'));
  await page.getByTestId('peta-crumbs').getByRole('button').first().click();

  // Backspace through the whole field, then type the new code key by key
  await page.getByTestId('lv-process').first().click();
  await kode.click();
  await kode.press('End');
  for (let i = 0; i < 3; i++) await kode.press('Backspace');
  await expect(kode).toHaveValue('');
  await kode.pressSequentially('2.1', { delay: 30 });
  await kode.press('Tab');
  await waitStored(page, (s) => {
    const top = s.maps.find((m) => !m.parent);
    const child = s.maps.find((m) => m.parent);
    return top?.processes?.[0]?.kode === '2.1' && child?.processes?.[0]?.kode === '2.1.01';
  });
  // Escape puts back the committed code
  await kode.fill('9');
  await kode.press('Escape');
  await expect(kode).toHaveValue('2.1');
});

test('menghapus lajur yang berisi simbol menanyakan ke mana simbolnya: pindah ke lajur lain atau ikut dihapus', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await page.getByTestId('peta-structure-item').nth(0).getByRole('button').click();
  await page.getByTestId('peta-structure-item').nth(1).getByRole('button').click();
  await page.getByTestId('peta-structure-item').nth(2).getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(3);
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('lf-add-kegiatan').click();
  await waitStored(page, (s) => s.maps[0]?.nodes?.length === 2);
  const firstLane = (await stored(page)).maps[0].lanes?.[0].id;
  expect((await stored(page)).maps[0].nodes?.every((n) => n.laneId === firstLane)).toBe(true);

  // Delete on the first lane: the dialog offers another lane; move the symbols there
  await page.getByTestId('lf-lane-head').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('dialog', { name: 'Hapus lajur' })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('berisi 2 simbol');
  const target = (await stored(page)).maps[0].lanes?.[2].id as string;
  await page.getByTestId('delete-lane-target').selectOption(target);
  await page.getByTestId('delete-lane-move').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);
  await waitStored(page, (s) => s.maps[0].lanes?.length === 2 && s.maps[0].nodes?.length === 2 && s.maps[0].nodes.every((n) => n.laneId === target));
  expect(overlapping((await stored(page)).maps[0].nodes ?? [])).toEqual([]);

  // undo: the lane and its symbols are back where they were
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lf-lane')).toHaveCount(3);
  await waitStored(page, (s) => s.maps[0].nodes?.every((n) => n.laneId === firstLane) ?? false);

  // Batal leaves all as it is; then delete the lane with its symbols
  await page.getByTestId('lf-lane-head').first().click();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('lf-lane')).toHaveCount(3);
  await page.getByTestId('lf-lane-head').first().click();
  await page.keyboard.press('Delete');
  await page.getByTestId('delete-lane-with-symbols').click();
  await waitStored(page, (s) => s.maps[0].lanes?.length === 2 && s.maps[0].nodes?.length === 0);
});

test('Rapikan: kolom mengalir ke bawah, baris ke kanan, tanpa simbol bertumpuk; beralih ke baris tidak menumpuk simbol', async ({ page }) => {
  await templateMap(page);
  const flows = (m: StoredMap, axis: 'x' | 'y') => {
    const at = new Map(m.nodes?.map((n) => [n.id, boxOf(n)]));
    // an arrow goes forward when its target starts past its source's centre along the flow (loops back excepted)
    const forward = m.arrows?.filter((a) => {
      const s = at.get(a.source);
      const t = at.get(a.target);
      if (!s || !t) return false;
      return axis === 'y' ? t.y > s.y + s.height / 2 : t.x > s.x + s.width / 2;
    }).length ?? 0;
    return forward / (m.arrows?.length || 1);
  };

  await page.getByTestId('lf-rapikan').click();
  await waitStored(page, (s) => flows(s.maps[0], 'y') >= 0.75);
  let m = (await stored(page)).maps[0];
  expect(m.orientation).toBe('columns');
  expect(overlapping(m.nodes ?? [])).toEqual([]);

  // switch to rows: the symbols turn with the lanes and none lands on another
  if (await page.getByTestId('map-props-open').count()) await page.getByTestId('map-props-open').click();
  await page.getByTestId('map-orientation').getByLabel(/Baris/).check();
  await waitStored(page, (s) => s.maps[0].orientation === 'rows');
  m = (await stored(page)).maps[0];
  expect(overlapping(m.nodes ?? [])).toEqual([]);

  await page.getByTestId('lf-rapikan').click();
  await waitStored(page, (s) => flows(s.maps[0], 'x') >= 0.75);
  m = (await stored(page)).maps[0];
  expect(overlapping(m.nodes ?? [])).toEqual([]);
  await page.screenshot({ path: 'test-results/map-editing-rows.png' });
});
