// @vitest-environment happy-dom
// Issue 14: every view of Kota Contoh (struktur, each map, each team) exported to SVG and PDF with the default
// settings: every position name and holder whole in the text (joined over wrapped lines), no "…", the smallest
// PDF text at least 6 pt or the dialog's fit report warns.
import { describe, expect, it } from 'vitest';
import { fitReport, layoutPicture, MIN_READABLE_PT, orientationFor, readableOn, tilesAcrossFor } from '../../../src/io/export/paper';
import { sopPages } from '../../../src/io/sop/sopScene';
import type { LintasFungsiMap } from '../../../src/model';
import { pagesToPdf, type PdfOptions } from '../../../src/io/export/pdf';
import { pagesOf, unitPages, type ExportTarget } from '../../../src/io/export/plan';
import { holderLabelOf, positionText } from '../../../src/io/export/positionText';
import type { ExportPage, Scene } from '../../../src/io/export/scene';
import { sceneToSvg } from '../../../src/io/export/svg';
import { isStacked } from '../../../src/layout/geometry';
import { createKotaContoh } from '../../../src/samples/kotaContoh';

const doc = createKotaContoh();
/** The dialog's defaults: F4, orientation by the picture, one page. */
const defaults: PdfOptions = { paper: 'f4', orientation: 'auto', mode: 'fit', tilesAcross: 2, title: 'Lampiran', heading: null, signature: null };

const targets: [string, ExportTarget][] = [
  ['struktur', { kind: 'struktur' }],
  ...Object.values(doc.maps).map((m): [string, ExportTarget] => [`peta ${m.kind} «${m.title}»`, { kind: 'map', mapId: m.id }]),
  ...Object.values(doc.teams).map((t): [string, ExportTarget] => [`tim «${t.nama}»`, { kind: 'team', teamId: t.id }]),
];

/** Every text of every shape, lines of a shape joined with spaces (so a wrapped name reads whole). */
function sceneText(scene: Scene): string {
  const out: string[] = [];
  for (const item of scene.items) {
    if (item.type === 'shape') out.push(item.texts.map((t) => t.text).join(' '));
    else if (item.type === 'text') out.push(item.text);
    else if (item.label) out.push(item.label.lines.join(' '));
  }
  return out.join('\n');
}

function svgText(svg: string): string {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return [...parsed.querySelectorAll('g')].map((g) => [...g.children].filter((c) => c.tagName === 'text').map((t) => t.textContent).join(' ')).join('\n');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a PDF draws: jsPDF writes each line as "(…) Tj"; font sizes as "/Fn s Tf". */
function pdfFacts(pages: readonly ExportPage[], opts: PdfOptions): { text: string; smallestPt: number } {
  const raw = pagesToPdf(pages, opts).output();
  const lines = [...raw.matchAll(/\((.*?)(?<!\\)\) Tj/g)].map((m) => m[1].replace(/\\([()\\])/g, '$1'));
  const sizes = [...raw.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
  return { text: lines.join(' '), smallestPt: Math.min(...sizes) };
}

/** The smallest font size the PDF of these pages sets, pt (as printed: every Tf of every page). */
function pagesToPdfSmallest(pages: readonly ExportPage[], opts: PdfOptions): number {
  return pdfFacts(pages, opts).smallestPt;
}

describe('Kota Contoh: every view prints whole', () => {
  for (const [name, target] of targets) {
    it(`${name}: SVG and PDF carry every name and holder whole, no "…"`, () => {
      const pages = pagesOf(doc, target, {}, name);
      for (const page of pages) {
        const svg = svgText(sceneToSvg(page.scene, page.title));
        expect(svg).not.toContain('…');
        expect(sceneText(page.scene)).not.toContain('…');
      }
      const all = norm(pages.map((p) => sceneText(p.scene)).join('\n'));
      const { text, smallestPt } = pdfFacts(pages, defaults);
      expect(text).not.toContain('…');
      if (target.kind === 'struktur') {
        for (const p of Object.values(doc.positions)) {
          expect(all).toContain(norm(p.nama));
          const holder = holderLabelOf(p);
          if (holder) expect(all).toContain(norm(holder));
        }
      }
      // the smallest text printed is readable, or the dialog's fit report says it is not
      const report = fitReport(pages, defaults);
      // (the page title is 11 pt: the report measures the picture)
      expect(Math.min(report.smallestPt, 11)).toBeCloseTo(smallestPt, 1);
      if (smallestPt < MIN_READABLE_PT) expect(report.warn).toBe(true);
      else expect(report.warn).toBe(false);
    });
  }

  it('the struktur on one page is too small to read, and the report says so; one page per unit is readable', () => {
    const one = pagesOf(doc, { kind: 'struktur' }, {}, 'Struktur');
    expect(fitReport(one, { ...defaults, paper: 'a4' }).warn).toBe(true);
    const units = unitPages(doc, {}, 'Struktur');
    expect(units.length).toBeGreaterThan(2);
    expect(units[0].title).toContain('kunci halaman');
    // every position is on some unit page or the key page
    const text = norm(units.map((p) => sceneText(p.scene)).join('\n'));
    for (const p of Object.values(doc.positions)) expect(text).toContain(norm(p.nama));
  });

  it('the orientation follows the picture: a top-to-bottom lintas fungsi map is portrait', () => {
    const lf = Object.values(doc.maps).find((m) => m.kind === 'lintas-fungsi' && m.orientation !== 'rows')!;
    const [page] = pagesOf(doc, { kind: 'map', mapId: lf.id }, {}, lf.title);
    const b = page.scene.bounds;
    expect(orientationFor(page.scene)).toBe(b.height > b.width ? 'portrait' : 'landscape');
    const pdf = pagesToPdf([page], defaults);
    const portrait = pdf.internal.pageSize.getHeight() > pdf.internal.pageSize.getWidth();
    expect(portrait).toBe(b.height > b.width);
  });

  it('box text fits its box on the canvas and in the scene: title and holder never overlap', () => {
    for (const p of Object.values(doc.positions)) {
      const t = positionText(p, isStacked(p, doc));
      expect(t.block.height).toBeLessThanOrEqual(t.height - t.frame.padTop - t.frame.padBottom + 0.5);
      const joined = t.block.parts.map((part) => part.lines.join(' '));
      expect(joined).toContain(norm(p.nama));
    }
  });

  // "Done means": the Kota struktur, its lintas fungsi map and its SOP print on A4 and F4 with every name legible,
  // through the fix the dialog offers when one page is too small
  for (const paper of ['a4', 'f4'] as const) {
    const lampiran = { ...defaults, paper, heading: { peraturan: 'Peraturan Wali Kota Contoh', nomor: '7', tahun: '2026', tentang: 'Kedudukan' }, signature: { jabatan: 'WALI KOTA CONTOH,', nama: 'Nama' }, everyPage: true };

    it(`${paper}: one page per unit with heading and signature on every page — every unit page ≥ 6 pt, every name on a page`, () => {
      const pages = unitPages(doc, {}, 'Struktur', readableOn(lampiran));
      const text = norm(pages.map((p) => sceneText(p.scene)).join('\n'));
      for (const p of Object.values(doc.positions)) expect(text).toContain(norm(p.nama));
      const units = pages.filter((p) => !p.title.includes('kunci halaman'));
      expect(units.length).toBeGreaterThan(20);
      // every page names its Perangkat Daerah: six PDs have a «Sekretariat», and a bare one cannot be told apart
      expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
      expect(units.map((p) => p.title)).toContain('Struktur — Dinas Kesehatan — Sekretariat');
      // every printed page, the key pages too (the Dinas Kesehatan key printed at 4.2 pt on A4 before a JF's
      // long name grew its box instead of shrinking its text)
      const small = pages
        .map((p) => ({ title: p.title, pt: layoutPicture(p.scene, lampiran, true, true).smallestPt }))
        .filter((p) => p.pt < MIN_READABLE_PT);
      expect(small).toEqual([]);
      expect(pagesToPdfSmallest(pages, { ...lampiran, title: 'Struktur' })).toBeGreaterThanOrEqual(MIN_READABLE_PT);
      // a unit too large for one readable page was split again under a key page of its own
      expect(pages.filter((p) => p.title.includes('kunci halaman')).length).toBeGreaterThan(2);
      // every key mark points at a page that exists, and the PDF has one page per picture
      for (const p of pages) {
        for (const item of p.scene.items) {
          const m = item.type === 'text' ? /^Lihat halaman (\d+)/.exec(item.text) : null;
          if (m) expect(Number(m[1])).toBeLessThanOrEqual(pages.length);
        }
      }
      expect(pagesToPdf(pages, { ...lampiran, title: 'Struktur' }).getNumberOfPages()).toBe(pages.length);
    });

    it(`${paper}: the lintas fungsi map, too small on one page, is readable on the pages across the dialog proposes`, () => {
      const lf = Object.values(doc.maps).find((m) => m.kind === 'lintas-fungsi')!;
      const pages = pagesOf(doc, { kind: 'map', mapId: lf.id }, {}, lf.title);
      const one = fitReport(pages, { ...defaults, paper });
      expect(one.warn).toBe(true);
      const across = tilesAcrossFor(pages, { ...defaults, paper });
      const tiled = { ...defaults, paper, mode: 'tile' as const, tilesAcross: across };
      const report = fitReport(pages, tiled);
      expect(report.warn).toBe(false);
      expect(report.orientation).toBe('portrait');
      expect(pdfFacts(pages, tiled).smallestPt).toBeGreaterThanOrEqual(MIN_READABLE_PT);
    });

    it(`${paper}: the SOP document prints every step whole at ≥ 6 pt`, () => {
      const lf = Object.values(doc.maps).find((m): m is LintasFungsiMap => m.kind === 'lintas-fungsi')!;
      const pages = sopPages(doc, lf, { paper });
      const { text, smallestPt } = pdfFacts(pages, { ...defaults, paper, orientation: 'landscape' });
      expect(smallestPt).toBeGreaterThanOrEqual(MIN_READABLE_PT);
      expect(text).not.toContain('…');
      const all = norm(pages.map((p) => sceneText(p.scene)).join('\n'));
      for (const n of lf.nodes) if (n.label.trim()) expect(all).toContain(norm(n.label));
    });
  }
});
