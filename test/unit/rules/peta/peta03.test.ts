import { describe } from 'vitest';
import { peta03 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, levelMap, process, soundLf, subprosesMap, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();

const top = levelMap('m1', 'Level 1', [process('p1', '01', 'Layanan', 'inti', d.bidangA), process('p2', '02', 'Umum', 'pendukung', d.pd)]);
const l2 = levelMap('m2', 'Level 2 Layanan', [process('q1', '01.01', 'Sub', 'inti', d.bidangA)], { level: 2, parent: { mapId: 'm1', processId: 'p1' } });
const sub = subprosesMap('s1', 'Subproses Layanan', [], { parent: { mapId: 'm2', processId: 'q1' } });
const lf = { ...soundLf('lf1'), parent: { mapId: 'm1', processId: 'p1' } };
const lf2 = { ...soundLf('lf2'), parent: { mapId: 'm1', processId: 'p1' } };

describe('PETA-03', () => {
  verifyMapRule(peta03, {
    valid: [withMaps(base, [top, l2, sub, lf, lf2])],
    invalid: [
      {
        name: 'peta induk tidak ada',
        doc: withMaps(base, [{ ...l2, parent: { mapId: 'm_hilang', processId: 'p1' } }]),
        expect: [{ subjects: ['m2'] }],
      },
      {
        name: 'proses induk tidak ada',
        doc: withMaps(base, [top, { ...l2, parent: { mapId: 'm1', processId: 'p_hilang' } }]),
        expect: [{ subjects: ['m2', 'm1'] }],
      },
      {
        name: 'induk bukan peta level',
        doc: withMaps(base, [top, lf, { ...sub, parent: { mapId: 'lf1', processId: 'x' } }]),
        expect: [{ subjects: ['s1', 'lf1'] }],
      },
      {
        name: 'lompat level',
        doc: withMaps(base, [top, { ...l2, level: 3 }]),
        expect: [{ subjects: ['m2', 'p1', 'm1'] }],
      },
      {
        name: 'dua peta level untuk satu proses',
        doc: withMaps(base, [top, l2, { ...l2, id: 'm3', title: 'Level 2 kembar' }]),
        expect: [{ subjects: ['m3', 'm2', 'p1'] }],
      },
      {
        name: 'susunan melingkar',
        doc: withMaps(base, [
          { ...top, parent: { mapId: 'm2', processId: 'q1' } },
          l2,
          levelMap('m9', 'Di bawah lingkaran', [], { level: 2, parent: { mapId: 'm1', processId: 'p2' } }),
        ]),
        expect: [{ subjects: ['m1', 'm2'] }, { subjects: ['m2', 'm1'] }],
      },
    ],
  });
});
