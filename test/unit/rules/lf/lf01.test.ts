import { describe } from 'vitest';
import { lf01 } from '../../../../src/rules/lf';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();
const without = (peran: 'mulai' | 'selesai') =>
  new LfBuilder('lf1', 'Peta').edit((m) => {
    Object.assign(m, soundLf('lf1'));
    m.nodes = m.nodes.filter((n) => !(n.type === 'terminator' && n.peran === peran));
  }).build();

describe('LF-01', () => {
  verifyMapRule(lf01, {
    valid: [withMaps(base, [soundLf('lf1')])],
    invalid: [
      { name: 'tanpa mulai', doc: withMaps(base, [without('mulai')]), expect: [{ subjects: ['lf1'] }] },
      { name: 'tanpa selesai', doc: withMaps(base, [without('selesai')]), expect: [{ subjects: ['lf1'] }] },
      { name: 'peta kosong', doc: withMaps(base, [new LfBuilder('lf2', 'Kosong').build()]), expect: [{ subjects: ['lf2'] }] },
    ],
  });
});
