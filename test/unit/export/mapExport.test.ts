// @vitest-environment happy-dom
// Export of the process maps and Tim Kerja (src/io/export): every label of the map or team is in its scene and
// in the SVG as <text>, the bounds hold every item, and the PDF of several teams starts each on its own page.
import { describe, expect, it } from 'vitest';
import { levelScene } from '../../../src/io/export/levelScene';
import { lintasFungsiScene, route } from '../../../src/io/export/lintasFungsiScene';
import { mapScene } from '../../../src/io/export/mapScene';
import { pagesToPdf, type PdfOptions } from '../../../src/io/export/pdf';
import { relasiLabel, relasiScene } from '../../../src/io/export/relasiScene';
import { boundsOfItems, stackPages, type Scene, type SceneShape } from '../../../src/io/export/scene';
import { subprosesScene } from '../../../src/io/export/subprosesScene';
import { sceneToSvg } from '../../../src/io/export/svg';
import { allTeamPages, teamScene } from '../../../src/io/export/teamScene';
import { laneName, ProcessMapSchema, TeamSchema, type LintasFungsiMap, type Workspace } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { applyTemplate } from '../../../src/templates';

/** Every text the scene draws, joined (wrapped lines joined by a space, so a wrapped name reads whole). */
function sceneText(scene: Scene): string {
  const out: string[] = [];
  for (const item of scene.items) {
    if (item.type === 'text') out.push(item.text);
    else if (item.type === 'shape') out.push(item.texts.map((t) => t.text).join(' '));
    else if (item.label) out.push(item.label.lines.join(' '));
  }
  return out.join('\n');
}

function svgTexts(scene: Scene, title: string): { error: string | null; text: string } {
  const parsed = new DOMParser().parseFromString(sceneToSvg(scene, title), 'image/svg+xml');
  const error = parsed.querySelector('parsererror')?.textContent ?? null;
  // every <text> of one shape group read as one string, so wrapped labels read whole
  const groups = [...parsed.querySelectorAll('g')].map((g) => [...g.children].filter((c) => c.tagName === 'text').map((t) => t.textContent).join(' '));
  const loose = [...parsed.querySelectorAll('text')].map((t) => t.textContent);
  return { error, text: [...groups, ...loose].join('\n') };
}

/** Labels are wrapped, and a very long one may be cut with "…": compare the leading words. */
function head(label: string, words = 3): string {
  return label.split(/\s+/).slice(0, words).join(' ');
}

function expectBoundsHold(scene: Scene) {
  const b = scene.bounds;
  expect(b.width).toBeGreaterThan(0);
  expect(b.height).toBeGreaterThan(0);
  const all = boundsOfItems(scene.items);
  expect(all.x).toBeGreaterThanOrEqual(b.x);
  expect(all.y).toBeGreaterThanOrEqual(b.y);
  expect(all.x + all.width).toBeLessThanOrEqual(b.x + b.width);
  for (const item of scene.items) {
    if (item.type !== 'shape') continue;
    expect(item.x).toBeGreaterThanOrEqual(b.x);
    expect(item.y + item.height).toBeLessThanOrEqual(b.y + b.height + 0.01);
    expect(Number.isFinite(item.x + item.y + item.width + item.height)).toBe(true);
  }
}

function withMaps(): { doc: Workspace; lf: LintasFungsiMap } {
  const doc = createDinasContoh();
  const lf = applyTemplate(doc, 'banjar-penunjukan-lintas-unit').map;
  doc.maps[lf.id] = lf;
  doc.settings.labelKelompokManajemen = 'Kepemimpinan';
  doc.maps.lv = ProcessMapSchema.parse({
    id: 'lv',
    kind: 'level',
    title: 'Peta proses bisnis Dinas',
    level: 0,
    processes: [
      { id: 'p1', kode: '01', nama: 'Perencanaan dan penganggaran', kategori: 'manajemen' },
      { id: 'p2', kode: '02', nama: 'Pelayanan aplikasi dan infrastruktur informatika', kategori: 'inti' },
      { id: 'p3', kode: '03', nama: 'Pengelolaan kepegawaian', kategori: 'pendukung' },
      { id: 'p4', kode: '04', nama: 'Proses tanpa kelompok', kategori: null },
    ],
    stakeholders: [
      { id: 's1', nama: 'Masyarakat pemohon', side: 'input' },
      { id: 's2', nama: 'Perangkat Daerah pengguna', side: 'output' },
    ],
  });
  doc.maps.rel = ProcessMapSchema.parse({
    id: 'rel',
    kind: 'relasi',
    title: 'Peta relasi Diskominfo',
    boxes: [
      { id: 'b1', ref: { kind: 'unit', id: 'unit_bidang_aptika' }, placement: { x: 0, y: 0 } },
      { id: 'b2', ref: { kind: 'luar', nama: 'Badan Pusat Statistik' } },
      { id: 'b3', ref: { kind: 'process', mapId: 'lv', processId: 'p2' } },
    ],
    arrows: [
      { id: 'a1', source: 'b1', target: 'b2', label: 'Data sektoral', jenis: 'data' },
      { id: 'a2', source: 'b2', target: 'b1', label: 'Metadata statistik' },
      { id: 'a3', source: 'b3', target: 'b1', label: 'Dokumen kebutuhan aplikasi', jenis: 'dokumen' },
    ],
  });
  doc.maps.sub = ProcessMapSchema.parse({
    id: 'sub',
    kind: 'subproses',
    title: 'Subproses pelayanan aplikasi',
    steps: [
      { id: 'st1', nama: 'Menerima permohonan aplikasi', output: 'Permohonan tercatat', pengampuId: 'jab_1_3' },
      { id: 'st2', nama: 'Menganalisis kebutuhan', output: 'Dokumen analisis', pengampuId: 'jab_1_3_1' },
      { id: 'st3', nama: 'Membangun aplikasi', output: '', pengampuId: null },
    ],
  });
  return { doc, lf };
}

describe('peta lintas fungsi scene', () => {
  it('holds every lane name, activity label and arrow label, and the SVG has them as text', () => {
    const { doc, lf } = withMaps();
    const scene = lintasFungsiScene(doc, lf);
    const text = sceneText(scene);
    const svg = svgTexts(scene, lf.title);
    expect(svg.error).toBeNull();
    for (const lane of lf.lanes) {
      expect(text).toContain(head(laneName(doc, lane)));
      expect(svg.text).toContain(head(laneName(doc, lane)));
    }
    for (const n of lf.nodes) {
      expect(text).toContain(head(n.label));
      expect(svg.text).toContain(head(n.label));
    }
    expect(lf.arrows.some((a) => a.label === 'Ya')).toBe(true);
    for (const label of ['Ya', 'Tidak']) expect(scene.items.some((i) => i.type === 'path' && i.label?.lines[0] === label)).toBe(true);
    const shapes = scene.items.filter((i): i is SceneShape => i.type === 'shape');
    expect(shapes.filter((s) => s.className === 'lane')).toHaveLength(lf.lanes.length);
    expect(shapes.filter((s) => s.shape === 'diamond')).toHaveLength(lf.nodes.filter((n) => n.type === 'decision').length);
    expect(shapes.filter((s) => s.shape === 'terminator')).toHaveLength(lf.nodes.filter((n) => n.type === 'terminator').length);
    expect(scene.items.filter((i) => i.type === 'path' && i.arrow)).toHaveLength(lf.arrows.length);
    expectBoundsHold(scene);
  });

  it('draws the lanes from the stored lane sizes and the symbols at their placements', () => {
    const { doc, lf } = withMaps();
    lf.lanes[1].size = 400;
    const lanes = lintasFungsiScene(doc, lf).items.filter((i): i is SceneShape => i.type === 'shape' && i.className === 'lane');
    expect(lanes.map((l) => [l.x, l.width])).toEqual([
      [0, 260],
      [260, 400],
      [660, 260],
      [920, 260],
    ]);
    const first = lf.nodes[0];
    const symbol = lintasFungsiScene(doc, lf).items.find((i) => i.type === 'shape' && i.id === first.id) as SceneShape;
    expect([symbol.x, symbol.y]).toEqual([first.placement!.x, first.placement!.y]);
  });

  it('puts the lane names in a turned header on a map of rows', () => {
    const { doc, lf } = withMaps();
    const rows = { ...lf, orientation: 'rows' as const };
    const lanes = lintasFungsiScene(doc, rows).items.filter((i): i is SceneShape => i.type === 'shape' && i.className === 'lane');
    expect(lanes[0].header?.side).toBe('left');
    expect(lanes[0].texts.every((t) => t.angle === -90)).toBe(true);
    expect(lanes[1].y).toBe(260);
  });

  it('routes an arrow straight down, around a step below, and around the side back up', () => {
    const a = { x: 0, y: 0, width: 100, height: 40 };
    expect(route(a, { x: 0, y: 100, width: 100, height: 40 })).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 100 },
    ]);
    expect(route(a, { x: 200, y: 100, width: 100, height: 40 })).toHaveLength(4);
    const back = route({ x: 0, y: 200, width: 100, height: 40 }, a);
    expect(back).toHaveLength(6);
    expect(back[2].x).toBeGreaterThan(100);
  });
});

describe('peta level scene', () => {
  it('has the three bands under the document label, every process with kode and nama, the stakeholders', () => {
    const { doc } = withMaps();
    const map = doc.maps.lv;
    if (map.kind !== 'level') throw new Error('level');
    const scene = levelScene(doc, map);
    const text = sceneText(scene);
    for (const band of ['Kepemimpinan', 'Inti', 'Pendukung', 'Belum dikelompokkan', 'MASUKAN', 'KELUARAN']) expect(text).toContain(band);
    expect(text).not.toContain('Manajemen');
    for (const p of map.processes) {
      expect(text).toContain(p.kode);
      expect(text).toContain(head(p.nama));
    }
    for (const s of map.stakeholders) expect(text).toContain(s.nama);
    // the input side is left of the bands, the output side right of them
    const shapes = scene.items.filter((i): i is SceneShape => i.type === 'shape');
    const input = shapes.find((s) => s.className === 'stakeholders stakeholders-input')!;
    const output = shapes.find((s) => s.className === 'stakeholders stakeholders-output')!;
    const inti = shapes.find((s) => s.className === 'band band-inti')!;
    expect(input.x + input.width).toBeLessThan(inti.x);
    expect(output.x).toBeGreaterThan(inti.x + inti.width);
    // a process lies inside its band
    const p2 = shapes.find((s) => s.id === 'p2')!;
    expect(p2.y).toBeGreaterThan(inti.y);
    expect(p2.y + p2.height).toBeLessThan(inti.y + inti.height);
    expect(svgTexts(scene, map.title).error).toBeNull();
    expectBoundsHold(scene);
  });
});

describe('peta relasi scene', () => {
  it('has every box name and every arrow label; a box never placed gets the canvas grid spot', () => {
    const { doc } = withMaps();
    const map = doc.maps.rel;
    if (map.kind !== 'relasi') throw new Error('relasi');
    const scene = relasiScene(doc, map);
    const text = sceneText(scene);
    for (const name of ['Bidang Aplikasi Informatika', 'Badan Pusat Statistik', '02 Pelayanan aplikasi']) expect(text).toContain(name);
    for (const a of map.arrows) expect(text).toContain(relasiLabel(a));
    expect(relasiLabel(map.arrows[0])).toBe('Data: Data sektoral');
    const placedBox = scene.items.find((i) => i.type === 'shape' && i.id === 'b1') as SceneShape;
    const autoBox = scene.items.find((i) => i.type === 'shape' && i.id === 'b2') as SceneShape;
    expect([placedBox.x, placedBox.y]).toEqual([0, 0]);
    // below the placed boxes, not on top of them
    expect(autoBox.y).toBeGreaterThanOrEqual(placedBox.y + placedBox.height);
    // two arrows between the same boxes are drawn apart
    const [a1, a2] = scene.items.filter((i) => i.type === 'path').slice(0, 2);
    if (a1.type !== 'path' || a2.type !== 'path') throw new Error('paths');
    expect(a1.points[0]).not.toEqual(a2.points[a2.points.length - 1]);
    const svg = svgTexts(scene, map.title);
    expect(svg.error).toBeNull();
    expect(svg.text).toContain('Metadata statistik');
    expectBoundsHold(scene);
  });
});

describe('peta subproses scene', () => {
  it('lists the steps in order with output and pejabat pengampu, arrows between them', () => {
    const { doc } = withMaps();
    const map = doc.maps.sub;
    if (map.kind !== 'subproses') throw new Error('subproses');
    const scene = subprosesScene(doc, map);
    const text = sceneText(scene);
    expect(text.indexOf('1. Menerima permohonan aplikasi')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('2. Menganalisis kebutuhan')).toBeGreaterThan(text.indexOf('1. Menerima'));
    expect(text).toContain('Output: Dokumen analisis');
    expect(text).toContain(`Pejabat pengampu: ${doc.positions.jab_1_3.nama}`);
    expect(text).toContain('Pejabat pengampu: — belum ditentukan —');
    expect(scene.items.filter((i) => i.type === 'path' && i.arrow)).toHaveLength(2);
    expect(mapScene(doc, map)).toEqual(scene);
    expectBoundsHold(scene);
  });

  it('says so when there is no step', () => {
    const { doc } = withMaps();
    const empty = ProcessMapSchema.parse({ id: 'e', kind: 'subproses', title: 'Kosong' });
    if (empty.kind !== 'subproses') throw new Error('subproses');
    expect(sceneText(subprosesScene(doc, empty))).toContain('belum memiliki langkah');
  });
});

function withTeams(): Workspace {
  const doc = createDinasContoh();
  doc.teams.t1 = TeamSchema.parse({
    id: 't1',
    nama: 'Tim Satu Data',
    ownerUnitId: 'unit_bidang_aptika',
    targetKinerja: 'Tersedianya data sektoral yang mutakhir',
    penanggungjawabId: 'jab_1_3',
    members: [
      { id: 'm1', role: 'ketua', positionId: 'jab_1_3_1' },
      { id: 'm2', role: 'anggota', positionId: 'jab_1_3_4' },
      { id: 'm3', role: 'anggota', positionId: 'jab_1_2_1' },
      { id: 'm4', role: 'anggota', external: { nama: 'Siti Aminah', instansi: 'BPS Kota Contoh', jabatan: 'Statistisi Ahli Muda', nip: '' } },
    ],
  });
  doc.teams.t0 = TeamSchema.parse({ id: 't0', nama: 'Tim Aplikasi Layanan', members: [{ id: 'k', role: 'koordinator', positionId: 'jab_1_8' }] });
  return doc;
}

describe('Tim Kerja scene', () => {
  it('puts the Penanggungjawab above the Ketua above the Anggota band, with every member named', () => {
    const doc = withTeams();
    const team = doc.teams.t1;
    const scene = teamScene(doc, team);
    const text = sceneText(scene);
    for (const role of ['PENANGGUNGJAWAB', 'KETUA', 'ANGGOTA (3)']) expect(text).toContain(role);
    for (const id of ['jab_1_3', 'jab_1_3_1', 'jab_1_3_4', 'jab_1_2_1']) expect(text).toContain(doc.positions[id].nama);
    for (const nama of ['Taufik Hidayat', 'Maya Puspitasari', 'Siti Aminah', 'Statistisi Ahli Muda', 'BPS Kota Contoh (instansi lain)']) expect(text).toContain(nama);
    expect(text).toContain('Target kinerja: Tersedianya data sektoral yang mutakhir');
    const shapes = scene.items.filter((i): i is SceneShape => i.type === 'shape');
    const y = (cls: string) => shapes.find((s) => s.className === cls)!.y;
    expect(y('member role-penanggungjawab')).toBeLessThan(y('member role-ketua'));
    expect(y('member role-ketua')).toBeLessThan(y('band role-anggota'));
    const band = shapes.find((s) => s.className === 'band role-anggota')!;
    for (const m of shapes.filter((s) => s.className === 'member role-anggota')) {
      expect(m.y).toBeGreaterThan(band.y);
      expect(m.x + m.width).toBeLessThanOrEqual(band.x + band.width);
    }
    expect(scene.items.some((i) => i.type === 'path')).toBe(true);
    const svg = svgTexts(scene, team.nama);
    expect(svg.error).toBeNull();
    expect(svg.text).toContain('Siti Aminah');
    expectBoundsHold(scene);
  });

  it('names a member whose position is gone instead of dropping it', () => {
    const doc = withTeams();
    doc.teams.t1.members.push({ id: 'gone', role: 'anggota', positionId: 'pos_hilang', personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null });
    expect(sceneText(teamScene(doc, doc.teams.t1))).toContain('(jabatan sudah dihapus)');
  });

  it('every team one page each, in name order; stacked in one SVG with each name', () => {
    const doc = withTeams();
    const pages = allTeamPages(doc);
    expect(pages.map((p) => p.title)).toEqual(['Tim Aplikasi Layanan', 'Tim Satu Data']);
    const options: PdfOptions = { paper: 'f4', orientation: 'portrait', mode: 'fit', tilesAcross: 2, title: 'Susunan Tim Kerja', heading: null, signature: null };
    const pdf = pagesToPdf(pages, options);
    expect(pdf.getNumberOfPages()).toBe(2);
    const out = pdf.output();
    expect(out).toContain('(TIM APLIKASI LAYANAN)');
    expect(out).toContain('(TIM SATU DATA)');
    const stacked = stackPages(pages);
    const svg = svgTexts(stacked, 'Susunan Tim Kerja');
    expect(svg.error).toBeNull();
    expect(svg.text).toContain('Tim Aplikasi Layanan');
    expect(svg.text).toContain('KOORDINATOR');
    expect(svg.text).toContain('Siti Aminah');
    expect(stacked.bounds.height).toBeGreaterThan(pages[0].scene.bounds.height + pages[1].scene.bounds.height);
  });
});

describe('PDF of a map', () => {
  it('draws the lintas fungsi map on F4 landscape with the heading, lane names and labels as text', () => {
    const { doc, lf } = withMaps();
    const pdf = pagesToPdf([{ title: lf.title, scene: lintasFungsiScene(doc, lf) }], {
      paper: 'f4',
      orientation: 'landscape',
      mode: 'fit',
      tilesAcross: 2,
      title: lf.title,
      heading: { peraturan: 'Peraturan Wali Kota Contoh', nomor: '9', tahun: '2026', tentang: 'Peta Proses Bisnis' },
      signature: null,
    });
    expect(pdf.internal.pageSize.getWidth()).toBeCloseTo(330, 1);
    expect(pdf.internal.pageSize.getHeight()).toBeCloseTo(215, 1);
    const out = pdf.output();
    expect(out).toContain('(LAMPIRAN)');
    expect(out).toContain('PETA PROSES BISNIS');
    expect(out).toContain('(Ya)');
    expect(out).toContain('(Tidak)');
    expect(out).toContain('(Mulai)');
  });

  it('tiles a long map over several pages', () => {
    const { doc, lf } = withMaps();
    const pdf = pagesToPdf([{ title: lf.title, scene: lintasFungsiScene(doc, lf) }], {
      paper: 'a4',
      orientation: 'landscape',
      mode: 'tile',
      tilesAcross: 2,
      title: lf.title,
      heading: null,
      signature: { jabatan: 'Kepala Dinas,', nama: 'Nama Kepala' },
    });
    expect(pdf.getNumberOfPages()).toBeGreaterThanOrEqual(2);
    expect(pdf.getNumberOfPages() % 2).toBe(0);
    expect(pdf.output()).toContain('NAMA KEPALA');
  });
});
