import { expect, test, type Locator, type Page } from './fixtures';
import { openSample, readStored } from './helpers';

// The document the app keeps in local storage, narrowed to what these tests read.
interface StoredMap {
  id: string;
  kind: string;
  title: string;
  parent: { mapId: string; processId: string } | null;
  processes?: { id: string; kode: string; nama: string; kategori: string | null }[];
  lanes?: { id: string; binding: { kind: string } | null }[];
  nodes?: { id: string; type: string; laneId: string | null; placement: { x: number; y: number } | null }[];
  arrows?: { source: string; target: string; label: string }[];
}

async function storedMaps(page: Page): Promise<StoredMap[]> {
  return Object.values((await readStored(page))?.doc.maps ?? {}) as StoredMap[];
}

async function waitStored(page: Page, check: (maps: StoredMap[]) => boolean) {
  await expect.poll(async () => check(await storedMaps(page)), { timeout: 10_000 }).toBe(true);
}

/** Drag from the centre of one element to a point, with pointer moves in steps (React Flow drags and connects). */
async function dragToPoint(page: Page, from: Locator, x: number, y: number, hold?: () => Promise<void>) {
  const a = await from.boundingBox();
  if (!a) throw new Error('element not visible');
  const sx = a.x + a.width / 2;
  const sy = a.y + a.height / 2;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(sx + ((x - sx) * i) / 12, sy + ((y - sy) * i) / 12);
  if (hold) await hold();
  await page.mouse.up();
}

async function connect(page: Page, from: Locator, to: Locator) {
  const handle = from.locator('.react-flow__handle.source').first();
  const b = await to.locator('.react-flow__handle.target').first().boundingBox();
  if (!b) throw new Error('target not visible');
  await dragToPoint(page, handle, b.x + b.width / 2, b.y + b.height / 2);
}

test('peta level: bands, pindah kelompok, turunan dan jejak', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await expect(page.getByTestId('lv-map')).toBeVisible();

  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan perizinan');
  await page.getByTestId('lv-add-manajemen').click();
  await page.getByTestId('process-nama').fill('Perencanaan');
  await expect(page.getByTestId('lv-band-inti').getByTestId('lv-process')).toContainText('Pelayanan perizinan');

  // the manajemen band's name is the document's setting, editable in place
  await page.getByTestId('lv-label-manajemen').fill('Kepemimpinan');
  await expect(page.getByTestId('lv-band-manajemen')).toHaveAccessibleName('Kelompok Kepemimpinan');

  // drag the process from Inti to Pendukung
  const proc = page.getByTestId('lv-process').filter({ hasText: 'Pelayanan perizinan' });
  await proc.dragTo(page.getByTestId('lv-band-pendukung'));
  await expect(page.getByTestId('lv-band-pendukung').getByTestId('lv-process')).toContainText('Pelayanan perizinan');
  await waitStored(page, (maps) => maps.some((m) => m.processes?.some((p) => p.nama === 'Pelayanan perizinan' && p.kategori === 'pendukung')));

  // double-click: the derivative map one level down opens, with a breadcrumb back up
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan perizinan' }).dblclick();
  await expect(page.getByTestId('peta-title')).toHaveValue('Pelayanan perizinan');
  await expect(page.getByTestId('peta-view')).toContainText('Peta proses bisnis level 1');
  const crumbs = page.getByTestId('peta-crumbs');
  await expect(crumbs).toContainText('Peta proses bisnis level 0 › Pelayanan perizinan');
  await waitStored(page, (maps) => maps.some((m) => m.title === 'Pelayanan perizinan' && m.parent !== null));
  await crumbs.getByRole('button').first().click();
  await expect(page.getByTestId('lv-map')).toBeVisible();
  await expect(page.getByTestId('peta-view')).toContainText('Peta proses bisnis level 0');

  // deleting the level 0 map names its derivative
  await page.getByTestId('peta-delete').click();
  await expect(page.getByTestId('peta-delete-confirm')).toContainText('«Pelayanan perizinan»');
  await page.getByTestId('peta-delete-ok').click();
  await expect(page.getByTestId('peta-item')).toHaveCount(0);
});

test('peta lintas fungsi: lajur dari struktur, simbol, luar lajur ditolak, temuan dan tabel SOP', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  const canvas = page.getByTestId('lf-canvas');
  await expect(canvas).toBeVisible();

  // two lanes from the structure: one dragged onto the map, one with "+"
  const items = page.getByTestId('peta-structure-item');
  await items.nth(0).dragTo(canvas);
  await expect(page.getByTestId('lf-lane')).toHaveCount(1);
  await items.nth(1).getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);

  await page.getByTestId('lf-add-mulai').click();
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('node-label').fill('Menerima permohonan');
  await page.getByTestId('mutu-waktu').fill('1 hari');
  await page.getByTestId('lf-add-keputusan').click();
  await page.getByTestId('lf-add-selesai').click();
  await waitStored(page, (maps) => (maps[0]?.nodes?.length ?? 0) === 4);

  const mulai = page.getByTestId('lf-terminator').filter({ hasText: 'Mulai' });
  const kegiatan = page.getByTestId('lf-activity');
  const keputusan = page.getByTestId('lf-decision');
  const selesai = page.getByTestId('lf-terminator').filter({ hasText: 'Selesai' });
  await connect(page, mulai, kegiatan);
  await connect(page, kegiatan, keputusan);
  await connect(page, keputusan, selesai);
  await waitStored(page, (maps) => (maps[0]?.arrows?.length ?? 0) === 3);
  const stored = await storedMaps(page);
  const decisionId = stored[0].nodes?.find((n) => n.type === 'decision')?.id;
  expect(stored[0].arrows?.find((a) => a.source === decisionId)?.label).toBe('Ya');

  // a decision with one exit: LF-03 reports it; clicking the finding selects the decision
  const finding = page.locator('[data-testid="finding"][data-rule="LF-03"]');
  await expect(finding).toBeVisible();
  await finding.click();
  await expect(page.getByTestId('node-props')).toBeVisible();

  // an activity dragged outside every lane: red while dragging, refused at drop
  const before = (await storedMaps(page))[0].nodes?.find((n) => n.type === 'activity');
  const lanes = page.getByTestId('lf-lane');
  const lastLane = await lanes.nth(1).boundingBox();
  if (!lastLane) throw new Error('lane not visible');
  await dragToPoint(page, kegiatan, lastLane.x + lastLane.width + 160, lastLane.y + 200, async () => {
    await expect(page.getByTestId('lf-drop-message')).toBeVisible();
    await expect(page.locator('.lf-bad')).toHaveCount(1);
  });
  await expect(page.getByTestId('lf-drop-message')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('di dalam lajur');
  const after = (await storedMaps(page))[0].nodes?.find((n) => n.type === 'activity');
  expect(after?.placement).toEqual(before?.placement);
  expect(after?.laneId).toBe(before?.laneId);

  // moving it into the other lane re-binds it
  const firstLane = await lanes.nth(0).boundingBox();
  const kb = await kegiatan.boundingBox();
  if (!firstLane || !kb) throw new Error('not visible');
  const targetLaneIndex = kb.x + kb.width / 2 < firstLane.x + firstLane.width ? 1 : 0;
  const target = await lanes.nth(targetLaneIndex).boundingBox();
  if (!target) throw new Error('lane not visible');
  await dragToPoint(page, kegiatan, target.x + target.width / 2, kb.y + kb.height / 2);
  const laneIds = (await storedMaps(page))[0].lanes?.map((l) => l.id) ?? [];
  await waitStored(page, (maps) => maps[0].nodes?.find((n) => n.type === 'activity')?.laneId === laneIds[targetLaneIndex]);

  // "Rapikan gaya SOP" (the layout runs in the ELK worker) places every symbol and keeps it in its lane
  const moved = JSON.stringify((await storedMaps(page))[0].nodes?.find((n) => n.type === 'activity')?.placement);
  await page.getByTestId('lf-rapikan-sop').click();
  await waitStored(page, (maps) => {
    const n = maps[0].nodes?.find((x) => x.type === 'activity');
    return n?.laneId === laneIds[targetLaneIndex] && JSON.stringify(n.placement) !== moved;
  });

  // the printable SOP table
  await page.getByTestId('lf-sop').click();
  const frame = page.frameLocator('[data-testid="sop-frame"]');
  await expect(frame.locator('body')).toContainText('Menerima permohonan');
  await expect(frame.locator('body')).toContainText('1 hari');
  await page.screenshot({ path: 'test-results/maps-sop.png' });
});

test('menghapus jabatan yang menjadi lajur memperingatkan dan menyebut petanya', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await page.getByTestId('peta-structure-search').fill('Sekretaris');
  await page.getByTestId('peta-structure-item').filter({ hasText: /^Sekretaris/ }).first().getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(1);
  await expect(page.getByTestId('lf-lane')).toContainText('Sekretaris');

  await page.getByTestId('view-struktur').click();
  await page.locator('.react-flow__node', { hasText: 'Sekretaris' }).first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('delete-maps')).toContainText('«Peta lintas fungsi 1»');
});

test('mengubah jabatan yang menjadi lajur: peringatan sebelum diubah, dan sesudahnya menyebut petanya', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await page.getByTestId('peta-structure-search').fill('Sekretaris');
  await page.getByTestId('peta-structure-item').filter({ hasText: /^Sekretaris/ }).first().getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(1);

  await page.getByTestId('view-struktur').click();
  await page.locator('.react-flow__node', { hasText: 'Sekretaris' }).first().click();
  // the note is there before anything changes
  await expect(page.getByTestId('position-maps-note')).toContainText('«Peta lintas fungsi 1»');
  await page.getByTestId('prop-kind').selectOption('fungsional');
  await expect(page.getByTestId('toast')).toContainText('«Peta lintas fungsi 1»');
  // the lane now reports that the position is no longer what it was bound as (LF-06), and the note opens the map
  await expect(page.locator('[data-testid="finding"][data-rule="LF-06"]')).toHaveCount(1);
  await page.getByTestId('position-maps-note').getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toContainText('Sekretaris');
  await expect(page.getByTestId('lf-lane-head')).toHaveClass(/sev-warning/);
});

test('lajur peran dari templat diikat ke struktur: lewat properti lajur dan dengan menyeret jabatan ke lajurnya', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-template').click();
  await page.getByRole('menuitem', { name: 'Mekanisme Penunjukan Lintas Unit Organisasi' }).click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(4);
  const heads = page.getByTestId('lf-lane-head');
  const unbound = page.locator('.lf-lane-head.unbound');
  const before = await unbound.count();
  expect(before).toBeGreaterThan(1);
  const lf05 = page.locator('[data-testid="finding"][data-rule="LF-05"]');
  await expect(lf05).toHaveCount(before);

  // 1. from the lane's properties
  await unbound.first().click();
  await expect(page.getByTestId('lane-props')).toBeVisible();
  await page.getByTestId('lane-binding').getByRole('searchbox').fill('Sekretaris');
  const option = page.getByTestId('lane-binding-select').locator('option', { hasText: /^Sekretaris —/ }).first();
  await page.getByTestId('lane-binding-select').selectOption(await option.getAttribute('value'));
  await expect(unbound).toHaveCount(before - 1);
  await expect(lf05).toHaveCount(before - 1);
  await expect(page.getByTestId('lf-lane')).toHaveCount(4);

  // 2. by dropping a position of the structure onto an unbound lane: that lane is bound, no lane is added
  const target = unbound.first();
  await page.getByTestId('peta-structure-search').fill('Kepala Bidang');
  await page.getByTestId('peta-structure-item').first().dragTo(target);
  await expect(unbound).toHaveCount(before - 2);
  await expect(page.getByTestId('lf-lane')).toHaveCount(4);
  await expect(heads.filter({ hasText: 'Kepala Bidang' })).toHaveCount(1);

  // one undo takes the drop's binding back
  await page.keyboard.press('Control+z');
  await expect(unbound).toHaveCount(before - 1);

  // and after Ctrl+Z the Delete key still removes a selected symbol
  const activities = page.getByTestId('lf-activity');
  const count = await activities.count();
  await activities.first().click();
  await page.keyboard.press('Delete');
  await expect(activities).toHaveCount(count - 1);
});
