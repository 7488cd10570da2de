// The Peta view's properties panel (map data, process SIPOC, lane order), lane reorder by drag, the main
// toolbar's Rapikan / Lihat semua on the open map, and a reviewer's walk from a level map down to a lintas
// fungsi map and its SOP table (issue #5).
import { expect, test, type Locator, type Page } from './fixtures';
import { openSample, readStored } from './helpers';

interface StoredNode {
  id: string;
  type: string;
  label: string;
  laneId: string | null;
  placement: { x: number; y: number } | null;
}
interface StoredMap {
  id: string;
  kind: string;
  title: string;
  level?: number;
  parent: { mapId: string; processId: string } | null;
  meta: { status: string; skNomor: string; skTanggal: string | null; tahun: number | null; revisi: number };
  processes?: { id: string; nama: string; kategori: string | null; pengampuUnitId: string | null; sipoc: { supplier: unknown[]; input: string[]; output: string[]; customer: unknown[] } }[];
  lanes?: { id: string; size: number }[];
  nodes?: StoredNode[];
}
interface StoredDoc {
  maps: Record<string, StoredMap>;
  positions: Record<string, { nama: string; placement: { x: number; y: number } | null }>;
}

async function stored(page: Page): Promise<StoredDoc> {
  return ((await readStored(page))?.doc ?? { maps: {}, positions: {} }) as StoredDoc;
}

async function mapTitled(page: Page, title: string): Promise<StoredMap | undefined> {
  return Object.values((await stored(page)).maps).find((m) => m.title === title);
}

async function waitStored(page: Page, check: (doc: StoredDoc) => boolean) {
  await expect.poll(async () => check(await stored(page)), { timeout: 10_000 }).toBe(true);
}

/** Press at the centre of `from`, move in steps by (dx, dy), optionally look around, release. */
async function dragBy(page: Page, from: Locator, dx: number, dy: number, hold?: () => Promise<void>) {
  const a = await from.boundingBox();
  if (!a) throw new Error('element not visible');
  const x = a.x + a.width / 2;
  const y = a.y + a.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 14; i++) await page.mouse.move(x + (dx * i) / 14, y + (dy * i) / 14);
  if (hold) await hold();
  await page.mouse.up();
}

async function connect(page: Page, from: Locator, to: Locator) {
  const handle = from.locator('.react-flow__handle.source').first();
  const h = await handle.boundingBox();
  const b = await to.locator('.react-flow__handle.target').first().boundingBox();
  if (!h || !b) throw new Error('handle not visible');
  await dragBy(page, handle, b.x + b.width / 2 - (h.x + h.width / 2), b.y + b.height / 2 - (h.y + h.height / 2));
}

/** Left-to-right (columns) or top-to-bottom (rows) place of the lane the symbol's centre lies in, as shown. */
async function laneIndexOf(page: Page, symbol: Locator, rows = false): Promise<number> {
  const s = await symbol.boundingBox();
  if (!s) throw new Error('symbol not visible');
  const c = rows ? s.y + s.height / 2 : s.x + s.width / 2;
  const boxes = [];
  for (const lane of await page.getByTestId('lf-lane').all()) boxes.push((await lane.boundingBox())!);
  const starts = boxes.map((b) => (rows ? b.y : b.x)).sort((a, b) => a - b);
  const hit = boxes.find((b) => (rows ? c >= b.y && c < b.y + b.height : c >= b.x && c < b.x + b.width));
  return hit ? starts.indexOf(rows ? hit.y : hit.x) : -1;
}

async function newLintasFungsiWithLanes(page: Page, count: number) {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-lintas-fungsi').click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  const items = page.getByTestId('peta-structure-item');
  for (let i = 0; i < count; i++) {
    await items.nth(i).getByRole('button').click();
    await expect(page.getByTestId('lf-lane')).toHaveCount(i + 1);
  }
}

test('data peta: judul, pemilik, penetapan dengan SK, lencana Ditetapkan, proses induk', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  const props = page.getByTestId('map-props');
  await expect(props).toBeVisible();
  await expect(page.getByTestId('map-level')).toHaveText('0');
  await expect(props).toContainText('(peta puncak)');

  await page.getByTestId('map-title').fill('Peta Proses Bisnis Pemda');
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis Pemda');
  // an empty title is explained in place and never reaches the document
  await page.getByTestId('map-title').fill('');
  await expect(props.getByRole('alert')).toHaveText('Judul peta tidak boleh kosong.');
  await page.getByTestId('map-status').focus();
  await expect(page.getByTestId('map-title')).toHaveValue('Peta Proses Bisnis Pemda');
  await page.getByTestId('map-owner').selectOption({ index: 1 });

  // ditetapkan without an SK: refused with the command's message, the form stays at Draf
  await page.getByTestId('map-status').selectOption('ditetapkan');
  await expect(page.getByTestId('toast')).toContainText('isi nomor dan tanggal SK lebih dahulu');
  await expect(page.getByTestId('map-status')).toHaveValue('draf');
  await expect(page.getByTestId('peta-status-badge')).toHaveCount(0);

  // an unfinished year is explained, not sent; a full one is stored
  await page.getByTestId('map-tahun').fill('20');
  await expect(props.getByRole('alert')).toContainText('Tahun: empat angka');
  await page.getByTestId('map-tahun').fill('2024');
  await page.getByTestId('map-revisi').fill('2');
  await page.getByTestId('map-sk-nomor').fill('100.3.3.2/123/2024');
  await page.getByTestId('map-sk-tanggal').fill('2024-03-01');
  await page.getByTestId('map-status').selectOption('ditetapkan');
  await expect(page.getByTestId('peta-status-badge')).toHaveText('Ditetapkan');
  await expect(props).toContainText('Ditetapkan dengan SK 100.3.3.2/123/2024, 1 Maret 2024');
  await waitStored(page, (d) => {
    const m = Object.values(d.maps).find((x) => x.title === 'Peta Proses Bisnis Pemda');
    return m?.meta.status === 'ditetapkan' && m.meta.tahun === 2024 && m.meta.revisi === 2 && m.meta.skTanggal === '2024-03-01';
  });

  // emptying the SK number of an enacted map is refused; on leaving the field it shows the SK again
  await page.getByTestId('map-sk-nomor').fill('');
  await expect(page.getByTestId('toast')).toContainText('isi nomor dan tanggal SK');
  await expect(page.getByTestId('map-sk-nomor')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('map-revisi').focus();
  await expect(page.getByTestId('map-sk-nomor')).toHaveValue('100.3.3.2/123/2024');
  await page.screenshot({ path: '/tmp/petaprops-map.png' });

  // a derivative map names its parent process; the link opens the parent map with that process selected
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan perizinan');
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan perizinan' }).dblclick();
  await expect(page.getByTestId('map-level')).toHaveText('1');
  await expect(page.getByTestId('map-parent')).toHaveText('01 Pelayanan perizinan — Peta Proses Bisnis Pemda');
  await expect(page.getByTestId('peta-status-badge')).toHaveCount(0);
  await page.getByTestId('map-parent').click();
  await expect(page.getByTestId('peta-title')).toHaveValue('Peta Proses Bisnis Pemda');
  await expect(page.getByTestId('process-nama')).toHaveValue('Pelayanan perizinan');
  await page.getByTestId('map-props-open').click();
  await expect(page.getByTestId('map-props')).toBeVisible();
});

test('proses: kelompok, unit pengampu dan SIPOC lengkap', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-label-manajemen').fill('Kepemimpinan');
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Penyusunan RKA');
  const peta05 = page.locator('[data-testid="finding"][data-rule="PETA-05"]').filter({ hasText: 'Penyusunan RKA' });
  await expect(peta05).toBeVisible();

  // the band: the manajemen band is offered under the document's name for it
  const kategori = page.getByTestId('process-kategori');
  await expect(kategori.locator('option')).toHaveText(['Kepemimpinan', 'Inti', 'Pendukung']);
  await kategori.selectOption('pendukung');
  await expect(page.getByTestId('lv-band-pendukung').getByTestId('lv-process')).toContainText('Penyusunan RKA');
  await page.getByTestId('process-pengampu').selectOption({ index: 1 });

  // supplier: a unit of the structure and an outside party
  const supplier = page.getByTestId('sipoc-supplier');
  await page.getByTestId('sipoc-supplier-unit').selectOption({ index: 1 });
  await page.getByTestId('sipoc-supplier-luar').fill('Bappeda Provinsi');
  await page.getByTestId('sipoc-supplier-luar-add').click();
  await expect(supplier.getByTestId('sipoc-party')).toHaveCount(2);
  await expect(supplier.getByTestId('sipoc-party').nth(1)).toContainText('Bappeda Provinsi (pihak luar)');

  // input: add, edit, add, remove the first
  await page.getByTestId('sipoc-input-add').click();
  await expect(page.getByTestId('sipoc-input-item')).toBeFocused();
  await page.keyboard.type('Pagu indikatif');
  await page.getByTestId('sipoc-input-add').click();
  await page.getByTestId('sipoc-input-item').nth(1).fill('Renja');
  await page.getByRole('button', { name: 'Hapus Masukan (input) 1' }).click();
  await expect(page.getByTestId('sipoc-input-item')).toHaveCount(1);
  await expect(page.getByTestId('sipoc-input-item')).toHaveValue('Renja');

  await page.getByTestId('sipoc-output-add').click();
  await page.keyboard.type('Dokumen RKA');
  await page.getByTestId('sipoc-customer-luar').fill('BPKAD');
  await page.getByTestId('sipoc-customer-luar').press('Enter');
  await expect(peta05).toHaveCount(0);

  // a supplier removed again: PETA-05 says so once more
  await page.getByRole('button', { name: /^Hapus Bappeda Provinsi/ }).click();
  await page.getByRole('button', { name: /^Hapus .* dari Pemasok/ }).click();
  await expect(supplier.getByTestId('sipoc-party')).toHaveCount(0);
  await expect(peta05).toBeVisible();
  await page.getByTestId('sipoc-supplier-luar').fill('Bappeda Provinsi');
  await page.getByTestId('sipoc-supplier-luar-add').click();
  await page.getByTestId('process-sipoc').screenshot({ path: '/tmp/petaprops-sipoc.png' });
  await page.screenshot({ path: '/tmp/petaprops-process.png' });

  await waitStored(page, (d) => {
    const p = Object.values(d.maps)[0]?.processes?.[0];
    return (
      p?.kategori === 'pendukung' &&
      p.pengampuUnitId !== null &&
      JSON.stringify(p.sipoc) ===
        JSON.stringify({ supplier: [{ kind: 'luar', nama: 'Bappeda Provinsi' }], input: ['Renja'], output: ['Dokumen RKA'], customer: [{ kind: 'luar', nama: 'BPKAD' }] })
    );
  });
});

test('lajur: seret kepala lajur ke samping mengubah urutan, simbolnya ikut; tombol Geser', async ({ page }) => {
  await newLintasFungsiWithLanes(page, 3);
  // an activity in the first lane
  await page.getByTestId('lf-lane-head').first().click();
  await expect(page.getByTestId('lane-props')).toBeVisible();
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('node-label').fill('Memeriksa berkas');
  const kegiatan = page.getByTestId('lf-activity');
  await waitStored(page, (d) => (Object.values(d.maps)[0]?.nodes?.length ?? 0) === 1);
  const before = Object.values((await stored(page)).maps)[0];
  const [l0, l1, l2] = before.lanes!.map((l) => l.id);
  expect(await laneIndexOf(page, kegiatan)).toBe(0);
  // with its lane selected, the symbol stays in front of the lane
  const k = (await kegiatan.boundingBox())!;
  expect(await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('.react-flow__node-symbol'), [k.x + k.width / 2, k.y + k.height / 2])).toBe(true);

  // drag the first lane's header past the middle of the second: the second lane makes room while dragging
  const heads = page.getByTestId('lf-lane-head');
  const first = await page.getByTestId('lf-lane').nth(0).boundingBox();
  if (!first) throw new Error('lane not visible');
  await dragBy(page, heads.nth(0), first.width * 1.2, 30, async () => {
    const second = await page.getByTestId('lf-lane').nth(1).boundingBox();
    expect(second!.x).toBeLessThan(first.x + 5); // lane 2 moved into the first place
    await page.screenshot({ path: '/tmp/petaprops-lane-drag.png' });
  });
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].lanes!.map((l) => l.id)) === JSON.stringify([l1, l0, l2]));
  const after = Object.values((await stored(page)).maps)[0];
  expect(after.nodes![0].laneId).toBe(l0);
  expect(after.nodes![0].placement!.x).toBeGreaterThan(before.nodes![0].placement!.x);
  expect(after.nodes![0].placement!.y).toBe(before.nodes![0].placement!.y);
  await expect.poll(() => laneIndexOf(page, kegiatan)).toBe(1);
  await page.screenshot({ path: '/tmp/petaprops-lane-after.png' });

  // a drag that ends where it began changes nothing
  await dragBy(page, heads.nth(2), 20, 0);
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].lanes!.map((l) => l.id)) === JSON.stringify([l1, l0, l2]));

  // by keyboard: the lane's properties move it one place at a time
  await page.getByTestId('lf-lane-head').nth(1).click();
  await expect(page.getByTestId('lane-props')).toContainText('Urutan 2 dari 3');
  await page.getByTestId('lane-move-prev').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lane-props')).toContainText('Urutan 1 dari 3');
  await expect(page.getByTestId('lane-move-prev')).toBeDisabled();
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].lanes!.map((l) => l.id)) === JSON.stringify([l0, l1, l2]));
  await expect.poll(() => laneIndexOf(page, kegiatan)).toBe(0);
  await page.getByTestId('lane-move-next').click();
  await page.getByTestId('lane-move-next').click();
  await expect(page.getByTestId('lane-props')).toContainText('Urutan 3 dari 3');
  await expect.poll(() => laneIndexOf(page, kegiatan)).toBe(2);
  // one undo step per move
  await page.getByTestId('action-undo').click();
  await expect.poll(() => laneIndexOf(page, kegiatan)).toBe(1);

  // lanes as rows: the symbols turn with them, and a lane header is dragged up or down
  await page.getByTestId('map-props-open').click();
  await page.getByTestId('map-orientation').getByLabel(/^Baris/).check();
  await expect.poll(() => laneIndexOf(page, kegiatan, true)).toBe(1);
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].lanes!.map((l) => l.id)) === JSON.stringify([l1, l0, l2]));
  const row = (await page.getByTestId('lf-lane').nth(0).boundingBox())!;
  await dragBy(page, page.getByTestId('lf-lane-head').nth(0), 0, row.height * 2.2);
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].lanes!.map((l) => l.id)) === JSON.stringify([l0, l2, l1]));
  await expect.poll(() => laneIndexOf(page, kegiatan, true)).toBe(0);
  await page.screenshot({ path: '/tmp/petaprops-lane-rows.png' });
});

test('bilah alat utama: Rapikan dan Lihat semua bekerja pada peta yang terbuka, mati untuk peta level', async ({ page }) => {
  await newLintasFungsiWithLanes(page, 2);
  const structureBefore = JSON.stringify((await stored(page)).positions);
  await page.getByTestId('lf-add-mulai').click();
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('lf-add-selesai').click();
  await connect(page, page.getByTestId('lf-terminator').filter({ hasText: 'Mulai' }), page.getByTestId('lf-activity'));
  await connect(page, page.getByTestId('lf-activity'), page.getByTestId('lf-terminator').filter({ hasText: 'Selesai' }));
  await waitStored(page, (d) => (Object.values(d.maps)[0]?.nodes?.length ?? 0) === 3);
  const placed = JSON.stringify(Object.values((await stored(page)).maps)[0].nodes!.map((n) => n.placement));

  const layout = page.getByTestId('action-layout');
  await expect(layout).toBeEnabled();
  await layout.click();
  await waitStored(page, (d) => JSON.stringify(Object.values(d.maps)[0].nodes!.map((n) => n.placement)) !== placed);
  // the structure was not laid out
  expect(JSON.stringify((await stored(page)).positions)).toBe(structureBefore);
  await expect(page.getByTestId('action-undo')).toBeEnabled();
  await expect(page.getByTestId('action-undo').locator('xpath=..')).toHaveAttribute('title', /Rapikan peta/);

  // Lihat semua: zoom in until a lane leaves the view, then the whole map is back in view
  const viewport = page.locator('.lf-canvas .react-flow__viewport');
  const canvas = (await page.getByTestId('lf-canvas').boundingBox())!;
  const lanesInView = async () => {
    for (const lane of await page.getByTestId('lf-lane').all()) {
      const b = (await lane.boundingBox())!;
      if (b.x < canvas.x - 1 || b.x + b.width > canvas.x + canvas.width + 1) return false;
    }
    return true;
  };
  for (let i = 0; i < 8 && (await lanesInView()); i++) await page.locator('.lf-canvas .react-flow__controls-zoomin').click();
  const zoomed = await viewport.getAttribute('style');
  expect(await lanesInView()).toBe(false);
  await page.getByTestId('action-fit').click();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(zoomed);
  await expect.poll(lanesInView).toBe(true);

  // on a level map both are off, and the tooltip says why
  await page.getByTestId('peta-new-level').click();
  await expect(page.getByTestId('lv-map')).toBeVisible();
  await expect(layout).toBeDisabled();
  await expect(layout).toHaveAttribute('title', /Rapikan dan Lihat semua hanya untuk peta lintas fungsi dan peta relasi/);
  await expect(page.getByTestId('action-fit')).toBeDisabled();
  // back in the structure, Rapikan is the structure's again
  await page.getByTestId('view-struktur').click();
  await expect(layout).toBeEnabled();
});

test('perjalanan peninjau: peta level → turunan → peta lintas fungsi → temuan → hapus jabatan → tabel SOP', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-new-level').click();
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Pelayanan perizinan');
  // drill into the process: a level 1 map, where the reviewer builds the level-1 processes
  await page.getByTestId('lv-process').filter({ hasText: 'Pelayanan perizinan' }).dblclick();
  await expect(page.getByTestId('peta-view')).toContainText('Peta proses bisnis level 1');
  await page.getByTestId('lv-add-inti').click();
  await page.getByTestId('process-nama').fill('Penerbitan izin');
  await expect(page.getByTestId('lv-process')).toContainText('01.01');

  // from that process: a lintas fungsi map hanging below it
  await page.getByTestId('process-derivative-kind').selectOption('lintas-fungsi');
  await page.getByTestId('process-derivative-create').click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await expect(page.getByTestId('peta-crumbs')).toContainText('Peta proses bisnis level 0 › Pelayanan perizinan › Penerbitan izin');
  await expect(page.getByTestId('map-parent')).toHaveText('01.01 Penerbitan izin — Pelayanan perizinan');
  await expect(page.getByTestId('peta-nav').getByTestId('peta-item')).toHaveCount(3);

  // two lanes from the structure
  const items = page.getByTestId('peta-structure-item');
  const firstName = (await items.nth(0).locator('.peta-structure-name').textContent())!;
  await items.nth(0).getByRole('button').click();
  await items.nth(1).getByRole('button').click();
  await expect(page.getByTestId('lf-lane')).toHaveCount(2);

  await page.getByTestId('lf-add-mulai').click();
  await page.getByTestId('lf-add-kegiatan').click();
  await page.getByTestId('node-label').fill('Memeriksa permohonan');
  await page.getByTestId('lf-add-keputusan').click();
  await page.getByTestId('lf-add-selesai').click();
  await connect(page, page.getByTestId('lf-terminator').filter({ hasText: 'Mulai' }), page.getByTestId('lf-activity'));
  await connect(page, page.getByTestId('lf-activity'), page.getByTestId('lf-decision'));
  await connect(page, page.getByTestId('lf-decision'), page.getByTestId('lf-terminator').filter({ hasText: 'Selesai' }));
  await waitStored(page, (d) => Object.values(d.maps).some((m) => m.kind === 'lintas-fungsi' && m.nodes?.length === 4));

  // an activity dropped from the toolbar outside both lanes: refused, with the reason
  const canvas = (await page.getByTestId('lf-canvas').boundingBox())!;
  const last = (await page.getByTestId('lf-lane').nth(1).boundingBox())!;
  const outsideX = Math.min(last.x + last.width + 80, canvas.x + canvas.width - 20) - canvas.x;
  expect(outsideX + canvas.x).toBeGreaterThan(last.x + last.width);
  await page.getByTestId('lf-add-kegiatan').dragTo(page.getByTestId('lf-canvas'), { targetPosition: { x: outsideX, y: last.y - canvas.y + 150 } });
  await expect(page.getByTestId('toast')).toContainText('Tidak dapat diletakkan');
  await expect(page.getByTestId('lf-activity')).toHaveCount(1);

  // the decision with one exit is a finding, with its source; clicking it selects the decision
  const finding = page.locator('[data-testid="finding"][data-rule="LF-03"]');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('Penerbitan izin');
  await finding.click();
  await expect(page.getByTestId('node-props')).toBeVisible();
  await expect(page.locator('.lf-decision.selected')).toHaveCount(1);

  // deleting a position bound to a lane warns first and names the map
  await page.getByTestId('view-struktur').click();
  await page.locator('.react-flow__node', { hasText: firstName }).first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('delete-maps')).toContainText('«Penerbitan izin»');
  await page.getByRole('button', { name: 'Batal', exact: true }).click();
  await expect(page.getByTestId('delete-maps')).toHaveCount(0);

  // the walk back down: level 0 → level 1 → the lintas fungsi map, and its SOP table
  await page.getByTestId('view-peta').click();
  await page.getByTestId('peta-item').first().click();
  await page.getByTestId('lv-process').first().dblclick();
  await page.getByTestId('lv-process').first().click();
  await page.getByTestId('process-derivative').filter({ hasText: 'Lintas fungsi' }).click();
  await expect(page.getByTestId('lf-canvas')).toBeVisible();
  await page.getByTestId('lf-sop').click();
  const frame = page.frameLocator('[data-testid="sop-frame"]');
  await expect(frame.locator('body')).toContainText('Memeriksa permohonan');
  await expect(frame.locator('body')).toContainText(firstName);
  const lf = await mapTitled(page, 'Penerbitan izin');
  expect(lf?.kind).toBe('lintas-fungsi');
});
