import { describe } from 'vitest';
import { peta01 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, levelMap, process, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();

const level1 = levelMap('m1', 'Peta Level 1 Dinas', [
  process('p1', '01', 'Perencanaan', 'manajemen', d.pd),
  process('p2', '02', 'Layanan Aplikasi', 'inti', d.bidangA),
  process('p3', '03', 'Umum', 'pendukung', d.pd),
]);
// A level-2 derivative need not have an Inti process of its own.
const level2 = levelMap('m2', 'Turunan Umum', [process('q1', '03.01', 'Kearsipan', 'pendukung', d.pd)], {
  level: 2,
  parent: { mapId: 'm1', processId: 'p3' },
});

describe('PETA-01', () => {
  verifyMapRule(peta01, {
    valid: [withMaps(base, [level1, level2])],
    invalid: [
      {
        name: 'proses tanpa kategori',
        doc: withMaps(base, [levelMap('m1', 'Peta Level 1', [process('p1', '01', 'Layanan', 'inti', d.bidangA), process('p9', '02', 'Arsip', null, d.pd)])]),
        expect: [{ subjects: ['p9', 'm1'] }],
      },
      {
        name: 'level 1 tanpa proses inti',
        doc: withMaps(base, [levelMap('m1', 'Peta Level 1', [process('p1', '01', 'Umum', 'pendukung', d.pd)])]),
        expect: [{ subjects: ['m1'] }],
      },
      {
        name: 'level 0 kosong',
        doc: withMaps(base, [levelMap('m0', 'Peta Level 0 Pemda', [], { level: 0 })]),
        expect: [{ subjects: ['m0'] }],
      },
    ],
  });
});
