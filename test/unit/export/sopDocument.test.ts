// Issue 14: the SOP table of a lintas fungsi map as a PermenPAN 35/2012 SOP AP document — identity block, flow table
// paginated for A4/F4 landscape with the header on every page, the source cited once.
import { describe, expect, it } from 'vitest';
import { pagesToPdf } from '../../../src/io/export/pdf';
import { sopPages } from '../../../src/io/sop/sopScene';
import { sopPdf } from '../../../src/io/sop/sopPdf';
import { renderSopHtml, sopSumber, sopTable } from '../../../src/io/sop';
import type { LintasFungsiMap } from '../../../src/model';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import type { Scene, SceneShape } from '../../../src/io/export/scene';
import { MARGIN, TITLE_HEIGHT } from '../../../src/io/export/paper';
import { sceneToSvg } from '../../../src/io/export/svg';

const doc = createKotaContoh();
const map = Object.values(doc.maps).find((m): m is LintasFungsiMap => m.kind === 'lintas-fungsi')!;
const texts = (scene: Scene) => scene.items.flatMap((i) => (i.type === 'shape' ? i.texts.map((t) => t.text) : i.type === 'text' ? [i.text] : []));
const joined = (scene: Scene) => texts(scene).join(' ').replace(/\s+/g, ' ');

describe('SOP document', () => {
  it('a pelaksana name in a narrow lane header wraps at spaces only: "Administrator" is never split', () => {
    // seven pelaksana: the lanes are at their narrowest
    const narrow = structuredClone(map);
    const wide = { ...doc, maps: { ...doc.maps, [map.id]: narrow } };
    narrow.lanes.push({ ...structuredClone(narrow.lanes[0]), id: 'lane_extra', label: 'Administrator Kesehatan', binding: { kind: 'luar', nama: 'Administrator Kesehatan' } });
    const names = sopTable(wide, narrow).columns.map((c) => c.nama);
    expect(names.length).toBeGreaterThanOrEqual(7);
    const [page] = sopPages(wide, narrow, { paper: 'a4' }).filter((p) => p.title.includes('alur'));
    const heads = page.scene.items.filter((i): i is SceneShape => i.type === 'shape' && i.texts.length > 0 && i.texts[0].size === 8.5);
    expect(heads.map((h) => h.texts.map((t) => t.text).join(' '))).toEqual(names);
    for (const h of heads) {
      const words = new Set(names.flatMap((n) => n.split(/\s+/)));
      for (const t of h.texts) for (const w of t.text.split(' ')) expect(words.has(w), t.text).toBe(true);
    }
  });

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

  const shapes = (scene: Scene) => scene.items.filter((i): i is SceneShape => i.type === 'shape');
  const offpage = (scene: Scene) => shapes(scene).filter((s) => s.shape === 'offpage');
  for (const paper of ['a4', 'f4'] as const) {
    it(`${paper}: where the flow crosses a page break, an off-page connector on both pages names the other page`, () => {
      const pages = sopPages(doc, map, { paper });
      const rows = sopTable(doc, map).rows;
      let pairs = 0;
      for (let i = 1; i + 1 < pages.length; i++) {
        const here = pages[i].scene;
        const next = pages[i + 1].scene;
        if (!next.items.length || !pages[i + 1].title.includes('alur')) continue;
        // the last row on this page and the first on the next, read from the No column
        const nos = (scene: Scene) => shapes(scene).filter((s) => s.x === 0 && s.texts.length === 1 && /^\d+$/.test(s.texts[0].text)).map((s) => Number(s.texts[0].text));
        const last = rows.find((r) => r.no === Math.max(...nos(here)))!;
        const first = rows.find((r) => r.no === Math.min(...nos(next)))!;
        const continues = last.exits.some((e) => e.no === first.no);
        const out = offpage(here).filter((s) => s.y > here.bounds.height / 2);
        const inn = offpage(next).filter((s) => s.y < next.bounds.height / 2);
        if (!continues) {
          expect(out).toHaveLength(0);
          expect(inn).toHaveLength(0);
          continue;
        }
        pairs++;
        // page numbers as printed: identity block = page 1
        expect(out.map((s) => s.texts[0].text)).toEqual([String(i + 2)]);
        expect(inn.map((s) => s.texts[0].text)).toEqual([String(i + 1)]);
        expect(joined(here)).toContain(`(bersambung ke hlm. ${i + 2})`);
        expect(joined(next)).toContain(`(dari hlm. ${i + 1})`);
        // the connector stands in the lane of the step it joins: same x as that step's symbol
        const symbolX = (scene: Scene, no: number) => {
          const rowTop = shapes(scene).find((s) => s.x === 0 && s.texts[0]?.text === String(no))!;
          return shapes(scene).find((s) => s.className?.startsWith('sop-symbol') && s.shape !== 'offpage' && s.y >= rowTop.y && s.y < rowTop.y + rowTop.height)!;
        };
        const a = symbolX(here, last.no);
        const b = symbolX(next, first.no);
        expect(out[0].x + out[0].width / 2).toBeCloseTo(a.x + a.width / 2, 5);
        expect(inn[0].x + inn[0].width / 2).toBeCloseTo(b.x + b.width / 2, 5);
        // the connector is under the last step and over the first
        expect(out[0].y).toBeGreaterThan(a.y + a.height);
        expect(inn[0].y + inn[0].height).toBeLessThan(b.y);
      }
      expect(pairs).toBeGreaterThan(0);
      // the pages still fit the landscape page at one scale (the connector rows were counted in the page break)
      const flow = pages.filter((p) => p.title.includes('alur'));
      const paperMm = paper === 'a4' ? { w: 297, h: 210 } : { w: 330, h: 215 };
      for (const p of flow) expect(p.scene.bounds.height / p.scene.bounds.width).toBeLessThanOrEqual((paperMm.h - 2 * MARGIN - TITLE_HEIGHT) / (paperMm.w - 2 * MARGIN) + 1e-9);
    });
  }

  it('no connector where the flow does not go on across the break (the jump is written in Keterangan)', () => {
    const pages = sopPages(doc, map, { paper: 'a4' });
    const rows = sopTable(doc, map).rows;
    const nos = (scene: Scene) => shapes(scene).filter((s) => s.x === 0 && /^\d+$/.test(s.texts[0]?.text ?? '')).map((s) => Number(s.texts[0].text));
    const lastNo = Math.max(...nos(pages[1].scene));
    const lastRow = rows.find((r) => r.no === lastNo)!;
    // cut every arrow out of the step that closes page 2: nothing leads from it to the next page
    const cut: LintasFungsiMap = { ...map, arrows: map.arrows.filter((a) => a.source !== lastRow.nodeId) };
    const again = sopPages(doc, cut, { paper: 'a4' });
    expect(again.flatMap((p) => offpage(p.scene))).toHaveLength(0);
    expect(again.map((p) => joined(p.scene)).join(' ')).not.toContain('bersambung ke hlm.');
    // with the arrows, the same break has its pair
    expect(pages.flatMap((p) => offpage(p.scene)).length).toBeGreaterThanOrEqual(2);
  });

  it('the off-page connector is drawn as a pentagon in SVG and PDF', () => {
    const pages = sopPages(doc, map, { paper: 'a4' });
    const svg = sceneToSvg(pages[1].scene, 'alur');
    expect(svg).toMatch(/<g class="sop-symbol sop-offpage">\s*<polygon points="([\d.-]+,[\d.-]+ ?){5}"/);
    const raw = sopPdf(doc, map, 'a4').output();
    expect(raw).toContain('bersambung ke hlm. 3');
    expect(raw).toContain('dari hlm. 2');
  });

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
