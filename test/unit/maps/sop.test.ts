// SOP table (PermenPAN 35/2012 layout) from a lintas fungsi map, and its printable HTML.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderSopHtml, sopTable } from '../../../src/io/sop';
import { flowOrder } from '../../../src/model';
import type { LintasFungsiMap } from '../../../src/model';
import { mapFixture } from './fixture';
import { LfBuilder } from './helpers';

describe('sopTable', () => {
  const doc = mapFixture();
  const map = doc.maps.m_lf as LintasFungsiMap;

  it('one row per symbol in flow order, Ya before Tidak, the end last; one column per lane', () => {
    const t = sopTable(doc, map);
    expect(t.columns).toEqual([
      { laneId: 'ln_kabid', nama: 'Kepala Bidang Aplikasi Informatika' },
      { laneId: 'ln_kasi', nama: 'Kepala Seksi Infrastruktur' },
      { laneId: 'ln_pd', nama: 'Perangkat Daerah pemohon' },
    ]);
    expect(t.rows.map((r) => [r.no, r.nodeId, r.symbol, r.column])).toEqual([
      [1, 'n_mulai', 'mulai', 2],
      [2, 'n_minta', 'kegiatan', 2],
      [3, 'n_putus', 'keputusan', 0],
      [4, 'n_kerja', 'kegiatan', 1],
      [5, 'n_tolak', 'kegiatan', 0],
      [6, 'n_selesai', 'selesai', 2],
    ]);
    expect(t.rows[1]).toMatchObject({ kelengkapan: 'Formulir', waktu: '1 hari', output: 'Surat permintaan', keterangan: '' });
    expect(t.rows[2].keterangan).toBe('Ya: ke No. 4; Tidak: ke No. 5');
    expect(t.rows[3].keterangan).toBe('ke No. 6');
    expect(t.unitPemilik).toBe('Bidang Aplikasi Informatika');
  });

  it('puts a symbol drawn outside the lanes in its neighbour’s column; connectors continue the flow', () => {
    const b = new LfBuilder('x', 'X');
    const l1 = b.lane('Satu');
    const l2 = b.lane('Dua');
    const s = b.start(null, 's');
    const a = b.activity('Awal', l1, 'a');
    const out = b.connector('A', null, 'c1');
    const into = b.connector('A', null, 'c2');
    const z = b.activity('Akhir', l2, 'z');
    const e = b.end(null, 'e');
    b.activity('Lepas', l2, 'lepas');
    b.chain(s, a, out);
    b.chain(into, z, e);
    const m = b.build();
    expect(flowOrder(m).map((n) => n.id)).toEqual(['s', 'a', 'c1', 'c2', 'z', 'lepas', 'e']);
    const t = sopTable(doc, m, { includeSumber: false });
    expect(t.rows.map((r) => r.column)).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('appends the sumber to Keterangan unless asked not to', () => {
    const m = structuredClone(map);
    m.nodes[1].sumber = 'Perbup Banjar 39/2024, Lampiran II';
    expect(sopTable(doc, m).rows[1].keterangan).toBe('Sumber: Perbup Banjar 39/2024, Lampiran II');
    expect(sopTable(doc, m, { includeSumber: false }).rows[1].keterangan).toBe('');
  });

  it('handles a 3,000-step chain without deep recursion', () => {
    const b = new LfBuilder('big', 'Besar');
    const l = [b.lane('A'), b.lane('B')];
    let prev = b.start(l[0]);
    for (let i = 0; i < 3000; i++) {
      const n = b.activity(`K${i}`, l[i % 2]);
      b.arrow(prev, n);
      prev = n;
    }
    b.arrow(prev, b.end(l[1]));
    const rows = sopTable(doc, b.build()).rows;
    expect(rows).toHaveLength(3002);
    expect(rows[1500].kegiatan).toBe('K1499');
  });
});

describe('renderSopHtml', () => {
  it('escapes every text and draws one symbol per row in its column', () => {
    const doc = mapFixture();
    const map = structuredClone(doc.maps.m_lf as LintasFungsiMap);
    map.title = 'SOP <Uji> & "kutip"';
    map.nodes[1].label = '<script>alert(1)</script>';
    if (map.nodes[1].type === 'activity') map.nodes[1].mutuBaku.output = "Surat 'resmi'";
    map.lanes[2].binding = { kind: 'luar', nama: 'Pihak <b>luar</b>' };
    const html = renderSopHtml(sopTable(doc, map));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>luar');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const window = new Window();
    window.document.write(html);
    const d = window.document;
    expect(d.querySelector('h1')!.textContent).toBe('SOP <Uji> & "kutip"');
    expect(d.title).toBe('SOP SOP <Uji> & "kutip"');
    // (the pelaksana names carry soft hyphens at their syllables: a narrow column hyphenates, never splits a syllable)
    const heads = [...d.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent!.replace(/\u00AD/g, ''));
    expect(d.querySelector('thead th.lajur')!.textContent).toBe('Ke\u00ADpa\u00ADla Bi\u00ADdang Ap\u00ADli\u00ADka\u00ADsi In\u00ADfor\u00ADma\u00ADti\u00ADka');
    expect(heads).toEqual(['Kepala Bidang Aplikasi Informatika', 'Kepala Seksi Infrastruktur', 'Pihak <b>luar</b>', 'Kelengkapan', 'Waktu', 'Output']);
    const rows = [...d.querySelectorAll('table.sop tbody tr')];
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r.querySelectorAll('td')).toHaveLength(2 + 3 + 4);
    expect(rows[1].querySelectorAll('td')[1].textContent).toBe('<script>alert(1)</script>');
    expect(rows[1].querySelectorAll('td')[7].textContent).toBe("Surat 'resmi'");
    // the decision's diamond stands in the first pelaksana column
    const cells = rows[2].querySelectorAll('td.pelaksana');
    expect(cells[0].querySelector('svg polygon')).not.toBeNull();
    expect(cells[1].querySelector('svg')).toBeNull();
    expect(d.querySelectorAll('svg.simbol')).toHaveLength(6);
    window.close();
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
