import { describe, expect } from 'vitest';
import { lf02 } from '../../../../src/rules/lf';
import type { LintasFungsiMap } from '../../../../src/model';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();

// a flow continued through a pair of off-page connectors "A"
const paged = new LfBuilder('lf2', 'Dua halaman');
const la = paged.lane('Satu');
const lb = paged.lane('Dua');
{
  const s = paged.start(la);
  const a1 = paged.activity('Halaman 1', la);
  const out = paged.connector('A', la);
  const into = paged.connector('A', lb);
  const a2 = paged.activity('Halaman 2', lb);
  paged.chain(s, a1, out);
  paged.chain(into, a2, paged.end(lb));
}

function island() {
  const m = new LfBuilder('lf3', 'Pulau');
  const l1 = m.lane('Satu');
  const l2 = m.lane('Dua');
  m.chain(m.start(l1), m.activity('Utama', l1, 'utama'), m.end(l2));
  m.activity('Terlepas', l2, 'lepas'); // neither reached nor reaching the end
  const dead = m.activity('Buntu', l1, 'buntu'); // reached, but goes nowhere
  m.arrow('utama', dead);
  m.arrow('utama', 'tidak_ada', '', 'panah_lepas');
  return m.build();
}

/** `paged` with its second connector relabelled: two connectors that pair with nothing (LF-07's finding). */
function relabelled(label: string, more: (m: LintasFungsiMap) => void = () => {}) {
  return new LfBuilder('x', 'x').edit((m) => {
    Object.assign(m, paged.build());
    const c = m.nodes.filter((n) => n.type === 'connector')[1];
    c.label = label;
    more(m);
  }).build();
}

describe('LF-02', () => {
  verifyMapRule(lf02, {
    valid: [
      withMaps(base, [soundLf('lf1'), paged.build()]),
      // connectors «A» and «B» pair with nothing: LF-07 reports them, and the flow behind them is not LF-02's
      // (before: a dead end on every symbol before «A» and an unreachable one on every symbol after «B»)
      withMaps(base, [relabelled('B')]),
      // a connector without a label pairs with nothing either
      withMaps(base, [relabelled('')]),
      // without terminators LF-01 speaks; this rule does not repeat it
      withMaps(base, [new LfBuilder('lf4', 'Tanpa terminator').edit((m) => {
        const l = { id: 'x', label: 'X', binding: null, size: 260 };
        m.lanes = [l];
        m.nodes = [{ id: 'k', type: 'activity', label: 'Kegiatan', laneId: 'x', placement: null, sumber: '', mutuBaku: { kelengkapan: '', waktu: '', output: '' }, keterangan: '' }];
      }).build()]),
    ],
    invalid: [
      {
        name: 'simbol terlepas, buntu, panah lepas',
        doc: withMaps(base, [island()]),
        expect: [
          { subjects: ['panah_lepas', 'lf3'] },
          { subjects: ['lepas', 'lf3'], message: expect.stringContaining('tidak dapat dicapai dari terminator mulai dan tidak berujung') },
          { subjects: ['buntu', 'lf3'], message: expect.stringContaining('tidak berujung pada terminator selesai') },
        ],
      },
      {
        name: 'behind paired connectors, a symbol that goes nowhere is still a dead end',
        doc: withMaps(base, [
          new LfBuilder('x', 'x').edit((m) => {
            Object.assign(m, paged.build());
            const lane = m.lanes[1].id;
            m.nodes.push({ id: 'buntu', type: 'activity', label: 'Buntu', laneId: lane, placement: null, sumber: '', mutuBaku: { kelengkapan: '', waktu: '', output: '' }, keterangan: '' });
            m.arrows.push({ id: 'ke_buntu', source: 'lf2_n7', target: 'buntu', label: '' });
          }).build(),
        ]),
        expect: [{ subjects: ['buntu', 'lf2'], message: expect.stringContaining('tidak berujung pada terminator selesai') }],
      },
      {
        name: 'behind an unpaired connector, a symbol with its own break is still reported',
        doc: withMaps(base, [relabelled('B', (m) => {
          const lane = m.lanes[1].id;
          m.nodes.push({ id: 'buntu', type: 'activity', label: 'Buntu', laneId: lane, placement: null, sumber: '', mutuBaku: { kelengkapan: '', waktu: '', output: '' }, keterangan: '' });
          m.arrows.push({ id: 'ke_buntu', source: 'lf2_n7', target: 'buntu', label: '' });
        })]),
        expect: [{ subjects: ['buntu', 'lf2'], message: expect.stringContaining('tidak berujung pada terminator selesai') }],
      },
    ],
  });
});
