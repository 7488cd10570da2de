// Issue 13 item 6: the printed Peta Jabatan lampiran — the struktur's boxes of the scope, each with its kelas, B, K
// and ±, then the rekap table per unit (jabatan, K, B, ± in total and by kind). Every jabatan of the scope is on a
// box page with its strip, the rekap's totals are the sums of the jabatan (counted here on their own), and every page
// prints at ≥ 6 pt on A4 and F4 through «Satu halaman per unit».
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePejabatCsv } from '../../../src/io/import';
import { layoutPicture, MIN_READABLE_PT, readableOn } from '../../../src/io/export/paper';
import { pagesToPdf, type PdfOptions } from '../../../src/io/export/pdf';
import { pagesOf } from '../../../src/io/export/plan';
import { stripTextOf } from '../../../src/io/export/positionText';
import { PAGE_HEIGHT, rekapLines, rekapPages } from '../../../src/io/export/rekapScene';
import type { ExportPage, Scene, SceneShape } from '../../../src/io/export/scene';
import { bezettingOf, type Position, type Workspace } from '../../../src/model';
import { createKotaContoh } from '../../../src/samples/kotaContoh';

const DIR = fileURLToPath(new URL('../../fixtures/peta-jabatan/', import.meta.url));

function anjab(): Workspace {
  const r = parsePejabatCsv(readFileSync(DIR + 'nomor-anjab.csv'));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.doc;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of each box of the scene, by position id (the lines joined, so a wrapped name reads whole). */
function boxTexts(pages: readonly ExportPage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of pages) {
    for (const item of page.scene.items) if (item.type === 'shape' && item.id) out.set(item.id, norm(item.texts.map((t) => t.text).join(' ')));
  }
  return out;
}

/** The rows of a rekap page as the cells' texts, top to bottom. */
function tableRows(scene: Scene): string[][] {
  return scene.items.filter((i): i is SceneShape => i.type === 'shape').map((row) => row.texts.map((t) => t.text));
}

const isRekap = (p: ExportPage) => p.title.startsWith('Rekap peta jabatan');

/** Units at or below `unitId`, counted on their own (not through the model's rekap). */
function unitTree(doc: Workspace, unitId: string): Set<string> {
  const ids = new Set([unitId]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const u of Object.values(doc.units)) if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) grown = ids.add(u.id) !== null;
  }
  return ids;
}

function sums(ps: Position[]) {
  const k = ps.reduce((s, p) => s + p.kebutuhan, 0);
  const b = ps.reduce((s, p) => s + bezettingOf(p), 0);
  return { jabatan: ps.length, k, b, selisih: b - k };
}

const lampiranOn = (paper: 'a4' | 'f4'): PdfOptions => ({
  paper,
  orientation: 'auto',
  mode: 'fit',
  tilesAcross: 2,
  title: 'Peta Jabatan',
  heading: { peraturan: 'Peraturan Bupati Contoh', nomor: '7', tahun: '2026', tentang: 'Peta Jabatan' },
  signature: { jabatan: 'BUPATI CONTOH,', nama: 'Nama' },
  everyPage: true,
});

describe('Peta Jabatan lampiran', () => {
  it('every jabatan of the document is on a box page with its kelas, B, K and ±, then the rekap', () => {
    const doc = anjab();
    const pages = pagesOf(doc, { kind: 'peta-jabatan' }, {}, 'Peta Jabatan');
    const boxes = boxTexts(pages.filter((p) => !isRekap(p)));
    for (const p of Object.values(doc.positions)) {
      expect(boxes.get(p.id), p.nama).toContain(norm(p.nama));
      expect(boxes.get(p.id), p.nama).toContain(stripTextOf(p));
    }
    // a known box, spelled out: kelas 5, B 6, K 4, lebih 2
    const pengadministrasi = Object.values(doc.positions).find((p) => p.nama === 'Pengadministrasi Perkantoran')!;
    expect(boxes.get(pengadministrasi.id)).toContain('Kelas 5 | B 6 | K 4 | +2');
    expect(pages.at(-1)!.title).toBe('Rekap peta jabatan');
  });

  it('the rekap: each unit with jabatan has its total (its own and its sub-units’ jabatan) and its kinds, which add up to it', () => {
    const doc = anjab();
    const rows = rekapPages(doc, null, 'Rekap').flatMap((p) => tableRows(p.scene));
    expect(rows[0]).toEqual(['Unit', 'Kelompok', 'Jabatan', 'K', 'B', '±']);
    const lines = rekapLines(doc, null);
    const totals = lines.filter((l) => l.total);
    const withJabatan = Object.values(doc.units).filter((u) => Object.values(doc.positions).some((p) => unitTree(doc, u.id).has(p.unitId)));
    expect(totals.length).toBe(withJabatan.length);
    for (const u of withJabatan) {
      const tree = unitTree(doc, u.id);
      const expected = sums(Object.values(doc.positions).filter((p) => tree.has(p.unitId)));
      const line = totals.find((l) => l.unit.endsWith(u.nama))!;
      expect({ jabatan: line.jabatan, k: line.k, b: line.b, selisih: line.selisih }, u.nama).toEqual(expected);
    }
    // the Perangkat Daerah's line is the whole document: 7 jabatan, K 19, B 17, −2
    expect(lines[0]).toMatchObject({ unit: 'Dinas Pendidikan', group: 'Jumlah', jabatan: 7, k: 19, b: 17, selisih: -2, total: true });
    expect(rows[1]).toEqual(['Dinas Pendidikan', 'Jumlah', '7', '19', '17', '−2']);
    // the kinds of a unit add up to its total
    for (let i = 0; i < lines.length; ) {
      let end = i + 1;
      while (end < lines.length && !lines[end].total) end++;
      const kinds = lines.slice(i + 1, end);
      expect(kinds.reduce((s, l) => s + l.k, 0)).toBe(lines[i].k);
      expect(kinds.reduce((s, l) => s + l.b, 0)).toBe(lines[i].b);
      expect(kinds.reduce((s, l) => s + l.jabatan, 0)).toBe(lines[i].jabatan);
      i = end;
    }
    expect(lines.filter((l) => !l.total && l.unit === '').map((l) => l.group)).toContain('JF Ahli Madya');
  });

  it('± is red when kurang and amber when lebih, as on the boxes', () => {
    const doc = anjab();
    const [page] = rekapPages(doc, null, 'Rekap');
    const cells = page.scene.items.filter((i): i is SceneShape => i.type === 'shape').map((r) => r.texts.at(-1)!);
    expect(cells.find((t) => t.text === '−2')!.color).toBe('#b42318');
    expect(cells.find((t) => t.text === '+2')!.color).toBe('#9a6700');
    expect(cells.find((t) => t.text === '0')!.color).toBe('#1f2933');
  });

  it('a subtree: only the chosen official’s jabatan on the boxes, only its unit and those below in the rekap', () => {
    const doc = anjab();
    const sekretaris = Object.values(doc.positions).find((p) => p.nama === 'Sekretaris')!;
    const pages = pagesOf(doc, { kind: 'peta-jabatan' }, { rootId: sekretaris.id }, 'Peta Jabatan');
    const boxes = boxTexts(pages.filter((p) => !isRekap(p)));
    expect([...boxes.keys()].map((id) => doc.positions[id].nama).sort()).toEqual(['Kepala Subbagian Umum', 'Pengadministrasi Perkantoran', 'Sekretaris']);
    const rekap = pages.filter(isRekap);
    expect(rekap.map((p) => p.title)).toEqual(['Rekap peta jabatan — Sekretariat']);
    // a total row: the unit's path (perhaps wrapped), then «Jumlah»
    const units = tableRows(rekap[0].scene).filter((r) => r.includes('Jumlah')).map((r) => r.slice(0, r.indexOf('Jumlah')).join(' '));
    expect(units).toEqual(['Dinas Pendidikan > Sekretariat', 'Dinas Pendidikan > Sekretariat > Subbagian Umum']);
    expect(rekapLines(doc, sekretaris.unitId)[0]).toMatchObject({ jabatan: 3, k: 6, b: 7, selisih: 1 });
  });

  it('a document without jabatan is refused in Bahasa Indonesia', () => {
    const doc = anjab();
    expect(() => pagesOf({ ...doc, positions: {} }, { kind: 'peta-jabatan' }, {}, 'Peta Jabatan')).toThrow('struktur ini belum memiliki jabatan');
  });

  // Kota Contoh: 30+ units, hundreds of jabatan — the rekap runs over several pages
  for (const paper of ['a4', 'f4'] as const) {
    it(`${paper}: Kota Contoh one page per unit — every box page and every rekap page ≥ 6 pt, every jabatan with its strip, the PDF one page each`, () => {
      const doc = createKotaContoh();
      const opts = lampiranOn(paper);
      const pages = pagesOf(doc, { kind: 'peta-jabatan' }, {}, 'Peta Jabatan', true, readableOn(opts));
      const small = pages.filter((p) => !p.title.includes('kunci halaman') && layoutPicture(p.scene, opts, true, true).smallestPt < MIN_READABLE_PT).map((p) => p.title);
      expect(small).toEqual([]);
      const boxes = boxTexts(pages.filter((p) => !isRekap(p)));
      for (const p of Object.values(doc.positions)) expect(boxes.get(p.id), p.nama).toContain(stripTextOf(p));
      const rekap = pages.filter(isRekap);
      expect(rekap.length).toBeGreaterThan(1);
      expect(rekap[0].title).toBe(`Rekap peta jabatan (1/${rekap.length})`);
      for (const p of rekap) expect(p.scene.bounds.height).toBeLessThanOrEqual(PAGE_HEIGHT + 1);
      // a unit's block stays on one page: every page starts with the header, then a unit's total line
      for (const p of rekap) {
        const rows = tableRows(p.scene);
        expect(rows[0][0]).toBe('Unit');
        expect(rows[1]).toContain('Jumlah');
      }
      // all the rekap's lines, in order, over the pages
      const printed = rekap.flatMap((p) => tableRows(p.scene).slice(1));
      expect(printed.length).toBe(rekapLines(doc, null).length);
      const pdf = pagesToPdf(pages, opts);
      expect(pdf.getNumberOfPages()).toBe(pages.length);
      const sizes = [...pdf.output().matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
      // the key pages are drawn at their own size; the unit and rekap pages above are the ones read
      expect(sizes.length).toBeGreaterThan(0);
    });
  }
});
