import { describe } from 'vitest';
import { peta02 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, levelMap, process, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();

const top = levelMap('m1', 'Level 1', [
  process('p1', '01', 'Perencanaan', 'manajemen', d.pd),
  process('p2', '1.1', 'Layanan A', 'inti', d.bidangA),
  process('p3', '1.10', 'Layanan B', 'inti', d.bidangA), // "1.10" is not "1.1"
  process('p4', '01.03', 'Anggaran', 'pendukung', d.pd),
]);
const child = (codes: string[], parentProcess = 'p4') =>
  levelMap(
    'm2',
    'Turunan Anggaran',
    codes.map((c, i) => process(`q${i + 1}`, c, `Sub ${i + 1}`, 'pendukung', d.pd)),
    { level: 2, parent: { mapId: 'm1', processId: parentProcess } },
  );

describe('PETA-02', () => {
  verifyMapRule(peta02, {
    valid: [
      withMaps(base, [top, child(['01.03.01', '01.03.02', '01.03.10'])]),
      // a derivative whose parent process is gone is PETA-03's finding
      withMaps(base, [top, child(['09.09'], 'p_hilang')]),
    ],
    invalid: [
      {
        name: 'kode ganda',
        doc: withMaps(base, [levelMap('m1', 'Level 1', [process('p1', '01', 'A', 'inti', d.pd), process('p2', '01', 'B', 'inti', d.pd)])]),
        expect: [{ subjects: ['p2', 'p1', 'm1'] }],
      },
      {
        name: 'kode kosong',
        doc: withMaps(base, [levelMap('m1', 'Level 1', [process('p1', '', 'A', 'inti', d.pd)])]),
        expect: [{ subjects: ['p1', 'm1'] }],
      },
      {
        name: 'turunan tidak menurunkan kode induk',
        doc: withMaps(base, [top, child(['01.03.01', '01.04.01', '01.03', '01.03.01.01'])]),
        expect: [{ subjects: ['q2', 'm2'] }, { subjects: ['q3', 'm2'] }, { subjects: ['q4', 'm2'] }],
      },
    ],
  });
});
