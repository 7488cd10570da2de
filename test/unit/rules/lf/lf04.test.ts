import { describe } from 'vitest';
import { lf04 } from '../../../../src/rules/lf';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();

function outside() {
  const m = new LfBuilder('lf2', 'Lajur');
  const l1 = m.lane('Satu');
  m.lane('Dua');
  m.chain(m.start(null), m.activity('Tanpa lajur', null, 'tanpa'), m.decision('Lajur hilang?', 'lajur_hilang', 'hilang'), m.activity('Baik', l1), m.end(null));
  m.connector('A', 'lajur_hilang', 'penghubung');
  return m.build();
}

function single() {
  const m = new LfBuilder('lf3', 'Satu lajur');
  const l = m.lane('Satu');
  m.chain(m.start(l), m.activity('Kegiatan', l), m.end(l));
  return m.build();
}

describe('LF-04', () => {
  verifyMapRule(lf04, {
    valid: [withMaps(base, [soundLf('lf1')])],
    invalid: [
      {
        name: 'di luar lajur',
        doc: withMaps(base, [outside()]),
        expect: [{ subjects: ['tanpa', 'lf2'] }, { subjects: ['hilang', 'lf2'] }, { subjects: ['penghubung', 'lf2'] }],
      },
      { name: 'satu lajur', doc: withMaps(base, [single()]), expect: [{ subjects: ['lf3'], severity: 'info' }] },
    ],
  });
});
