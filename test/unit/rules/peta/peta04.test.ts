import { describe } from 'vitest';
import { peta04 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, levelMap, process, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();

const top = levelMap('m1', 'Level 1', [process('p1', '01', 'Layanan A', 'inti', d.bidangA), process('p2', '02', 'Umum', 'pendukung', d.pd)], {
  ownerUnitId: d.pd,
});
const l2 = (pengampu: string | null, owner: string | null = d.bidangA) =>
  levelMap('m2', 'Level 2 Layanan A', [process('q1', '01.01', 'Sub', 'inti', pengampu)], {
    level: 2,
    ownerUnitId: owner,
    parent: { mapId: 'm1', processId: 'p1' },
  });

describe('PETA-04', () => {
  verifyMapRule(peta04, {
    valid: [
      withMaps(base, [top, l2(d.seksi)]),
      withMaps(base, [top, l2(d.bidangA), { ...soundLf('lf1'), ownerUnitId: d.seksi, parent: { mapId: 'm1', processId: 'p1' } }]),
    ],
    invalid: [
      { name: 'tanpa pengampu', doc: withMaps(base, [top, l2(null)]), expect: [{ subjects: ['q1', 'm2'] }] },
      { name: 'pengampu dihapus', doc: withMaps(base, [top, l2('u_hilang')]), expect: [{ subjects: ['q1', 'm2'] }] },
      {
        name: 'turunan diampu unit di luar pengampu induk',
        doc: withMaps(base, [top, l2(d.bidangB)]),
        expect: [{ subjects: ['q1', 'm2', d.bidangB] }],
      },
      {
        name: 'pemilik peta turunan di luar pengampu induk',
        doc: withMaps(base, [top, l2(d.seksi, d.bidangB)]),
        expect: [{ subjects: ['m2', 'p1'] }],
      },
      {
        name: 'pemilik peta dihapus',
        doc: withMaps(base, [{ ...soundLf('lf1'), ownerUnitId: 'u_hilang' }]),
        expect: [{ subjects: ['lf1'] }],
      },
    ],
  });
});
