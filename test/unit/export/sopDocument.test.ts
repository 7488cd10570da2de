// Issue 14: the SOP table of a lintas fungsi map as a PermenPAN 35/2012 SOP AP document — identity block, flow table
// paginated for A4/F4 landscape with the header on every page, the source cited once.
import { describe, expect, it } from 'vitest';
import { pagesToPdf } from '../../../src/io/export/pdf';
import { sopPages } from '../../../src/io/sop/sopScene';
import { sopPdf } from '../../../src/io/sop/sopPdf';
import { renderSopHtml, sopSumber, sopTable } from '../../../src/io/sop';
import type { LintasFungsiMap } from '../../../src/model';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import type { Scene } from '../../../src/io/export/scene';

const doc = createKotaContoh();
const map = Object.values(doc.maps).find((m): m is LintasFungsiMap => m.kind === 'lintas-fungsi')!;
const texts = (scene: Scene) => scene.items.flatMap((i) => (i.type === 'shape' ? i.texts.map((t) => t.text) : i.type === 'text' ? [i.text] : []));
const joined = (scene: Scene) => texts(scene).join(' ').replace(/\s+/g, ' ');

describe('SOP document', () => {
  for (const paper of ['a4', 'f4'] as const) {
    it(`${paper}: identity block, then the flow table with its header on every page`, () => {
      const pages = sopPages(doc, map, { paper });
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const identity = joined(pages[0].scene);
      for (const label of ['Nomor SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif', 'Disahkan oleh', 'Nama SOP', 'Dasar Hukum', 'Keterkaitan', 'Peringatan', 'Kualifikasi Pelaksana', 'Peralatan/Perlengkapan', 'Pencatatan dan Pendataan']) {
        expect(identity).toContain(label);
      }
      expect(identity).toContain(map.sop.nomor);
      const flow = pages.slice(1).filter((p) => p.title.includes('alur'));
      expect(flow.length).toBeGreaterThanOrEqual(2);
      for (const p of flow) {
        const t = joined(p.scene);
        for (const h of ['No', 'Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan']) expect(t).toContain(h);
      }
      // every step once, whole; the citation once in the whole document
      const all = pages.map((p) => joined(p.scene)).join(' ');
      for (const r of sopTable(doc, map).rows) expect(all).toContain(r.kegiatan.replace(/\s+/g, ' '));
      const sumber = sopSumber(map);
      expect(sumber.length).toBeGreaterThan(0);
      expect(all.split('Sumber:').length - 1).toBe(1);
      // every page fits the landscape page at one scale
      const pdf = pagesToPdf(pages, { paper, orientation: 'landscape', mode: 'fit', tilesAcross: 1, title: map.title, heading: null, signature: null });
      expect(pdf.getNumberOfPages()).toBe(pages.length);
      expect(pdf.internal.pageSize.getWidth()).toBeGreaterThan(pdf.internal.pageSize.getHeight());
      const widths = new Set(flow.map((p) => Math.round(p.scene.bounds.width)));
      expect(widths.size).toBe(1);
    });
  }

  it('its own PDF, with the SOP symbols drawn and the smallest text readable', () => {
    const raw = sopPdf(doc, map, 'a4').output();
    const sizes = [...raw.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(6);
    expect(raw).not.toContain('…');
  });

  it('the HTML table cites the source once, not in every row', () => {
    const html = renderSopHtml(sopTable(doc, map, { includeSumber: false }), { sumber: sopSumber(map), identitas: map.sop });
    expect(html.split('Sumber:').length - 1).toBe(1);
    expect(html).toContain(map.sop.nomor);
  });
});
