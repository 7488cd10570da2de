// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAPER_MM, pageSize, sceneToPdf, type PdfOptions } from '../../../src/io/export/pdf';
import { structureScene } from '../../../src/io/export/structureScene';
import { wrapText } from '../../../src/io/export/scene';
import { sceneToSvg } from '../../../src/io/export/svg';
import type { Scene, SceneShape } from '../../../src/io/export/scene';
import { createDinasContoh } from '../../../src/samples/dinasContoh';

const doc = createDinasContoh();
const count = Object.keys(doc.positions).length;

const baseOptions: PdfOptions = {
  paper: 'a4',
  orientation: 'landscape',
  mode: 'fit',
  tilesAcross: 2,
  title: 'Struktur Dinas Komunikasi dan Informatika',
  heading: { peraturan: 'Peraturan Wali Kota Contoh', nomor: '12', tahun: '2026', tentang: 'Kedudukan Jabatan Fungsional' },
  signature: { jabatan: 'Wali Kota Contoh,', nama: 'Nama Wali Kota' },
};

const boxesOf = (scene: Scene) => scene.items.filter((i): i is SceneShape => i.type === 'shape');
const linesOf = (scene: Scene) => scene.items.filter((i) => i.type === 'path');

describe('structure scene', () => {
  it('has one box per position and one line per superior link', () => {
    const scene = structureScene(doc);
    expect(boxesOf(scene)).toHaveLength(count);
    const links = Object.values(doc.positions).filter((p) => p.superiorId).length;
    expect(linesOf(scene)).toHaveLength(links);
    expect(scene.bounds.width).toBeGreaterThan(0);
  });

  it('exports a subtree or hides collapsed subordinates', () => {
    const sub = structureScene(doc, { rootId: 'jab_1_3' });
    expect(boxesOf(sub).map((b) => b.id)).toContain('jab_1_3');
    expect(boxesOf(sub).every((b) => b.id === 'jab_1_3' || b.id!.startsWith('jab_1_3_'))).toBe(true);
    const collapsed = structureScene(doc, { collapsed: new Set(['jab_1']) });
    expect(boxesOf(collapsed).map((b) => b.id)).toEqual(['jab_1']);
  });

  it('wraps long names within the box, never cutting them (issue 14: no "…" in an export)', () => {
    expect(wrapText('Kepala Bidang Persandian dan Keamanan Informasi', 20, 2)).toEqual(['Kepala Bidang', 'Persandian dan', 'Keamanan Informasi']);
  });
});

describe('SVG export', () => {
  it('parses as SVG and holds every label as text', () => {
    const svg = sceneToSvg(structureScene(doc), 'Struktur');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const text = [...parsed.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(parsed.querySelectorAll('g.box')).toHaveLength(count);
    for (const p of Object.values(doc.positions)) expect(text).toContain(p.kode);
    expect(text).toContain('Kepala Dinas Komunikasi dan');
    expect(parsed.querySelectorAll('path.line-komando').length).toBeGreaterThan(0);
    expect(parsed.querySelectorAll('path.line-kedudukan').length).toBeGreaterThan(0);
  });

  it('escapes markup in labels', () => {
    const evil = structuredClone(doc);
    evil.positions.jab_1.nama = '<img src=x onerror=alert(1)>';
    const svg = sceneToSvg(structureScene(evil), '<script>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('PDF export', () => {
  for (const paper of ['a4', 'f4'] as const) {
    for (const orientation of ['portrait', 'landscape'] as const) {
      it(`${paper} ${orientation}: the page has the paper's size`, () => {
        const pdf = sceneToPdf(structureScene(doc), { ...baseOptions, paper, orientation });
        const expected = pageSize({ paper, orientation });
        expect(pdf.internal.pageSize.getWidth()).toBeCloseTo(expected.width, 1);
        expect(pdf.internal.pageSize.getHeight()).toBeCloseTo(expected.height, 1);
      });
    }
  }

  it('F4 is 215 × 330 mm', () => {
    expect(PAPER_MM.f4).toEqual({ width: 215, height: 330 });
  });

  it('writes the lampiran heading and signature as real text', () => {
    const out = sceneToPdf(structureScene(doc), baseOptions).output();
    expect(out).toContain('(LAMPIRAN)');
    expect(out).toContain('PERATURAN WALI KOTA CONTOH');
    expect(out).toContain('KEDUDUKAN JABATAN FUNGSIONAL');
    expect(out).toContain('NAMA WALI KOTA');
    expect(out).toContain('Kepala Dinas Komunikasi');
  });

  it('tiles a structure over several pages with page labels', () => {
    const pdf = sceneToPdf(structureScene(doc), { ...baseOptions, mode: 'tile', tilesAcross: 3, orientation: 'portrait' });
    const pages = pdf.getNumberOfPages();
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages % 3).toBe(0);
    expect(pdf.output()).toContain(`Halaman 1 dari ${pages}`);
  });
});
