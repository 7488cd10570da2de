import { describe } from 'vitest';
import { lf07 } from '../../../../src/rules/lf';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();

function connectors(labels: string[]) {
  const m = new LfBuilder('lf2', 'Penghubung');
  labels.forEach((l, i) => m.connector(l, null, `c${i + 1}`));
  return m.build();
}

describe('LF-07', () => {
  verifyMapRule(lf07, {
    valid: [withMaps(base, [soundLf('lf1'), connectors(['A', 'a ', 'B', 'B'])])],
    invalid: [
      {
        doc: withMaps(base, [connectors(['A', 'B', 'B', 'B', ''])]),
        expect: [{ subjects: ['c1', 'lf2'] }, { subjects: ['c2', 'lf2', 'c3', 'c4'] }, { subjects: ['c5', 'lf2'] }],
      },
    ],
  });
});
