import { describe, expect } from 'vitest';
import { rel02 } from '../../../../src/rules/rel';
import { DocBuilder, dinas, levelMap, process, relasiMap, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();
const unit = (id: string) => ({ kind: 'unit' as const, id });

const level = levelMap('m1', 'Level 1', [
  process('p1', '01', 'Layanan Aplikasi', 'inti', d.bidangA, {
    supplier: [unit(d.bidangB)],
    input: ['Kebutuhan'],
    output: ['Dokumen Rancangan', 'Laporan Uji'],
    customer: [unit(d.bidangB), unit(d.bidangA), { kind: 'luar', nama: 'Masyarakat' }],
  }),
  process('p2', '02', 'Pendukung', 'pendukung', d.pd, { output: ['Data Kepegawaian'], customer: [unit(d.bidangB)] }),
]);

const relasi = (labels: [string, string][]) =>
  relasiMap('r1', 'Relasi', {
    boxes: [
      { id: 'bA', ref: unit(d.bidangA), placement: null },
      { id: 'bB', ref: unit(d.bidangB), placement: null },
      { id: 'bP2', ref: { kind: 'process', mapId: 'm1', processId: 'p2' }, placement: null },
    ],
    arrows: labels.map(([src, label], i) => ({ id: `a${i}`, source: src, target: 'bB', label, jenis: null })),
  });

describe('REL-02', () => {
  verifyMapRule(rel02, {
    valid: [
      // no relasi map: the document uses another method
      withMaps(base, [level]),
      withMaps(base, [level, relasi([['bA', 'Dokumen rancangan  dan laporan uji'], ['bP2', 'Data kepegawaian']])]),
    ],
    invalid: [
      {
        doc: withMaps(base, [level, relasi([['bA', 'Dokumen Rancangan']])]),
        expect: [
          { subjects: ['p1', 'm1', d.bidangB], message: expect.stringContaining('Output «Laporan Uji» proses «01 Layanan Aplikasi»') },
          { subjects: ['p2', 'm1', d.bidangB] },
        ],
      },
    ],
  });
});
