import { describe, expect } from 'vitest';
import { lf03 } from '../../../../src/rules/lf';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();

function flawed() {
  const m = new LfBuilder('lf2', 'Cabang');
  const l1 = m.lane('Satu');
  const l2 = m.lane('Dua');
  const s = m.start(l1);
  const one = m.decision('Satu jalan?', l1, 'satu');
  const blank = m.decision('Tanpa label?', l2, 'kosong');
  const same = m.decision('Label sama?', l2, 'sama');
  const act = m.activity('Bercabang', l1, 'cabang');
  const e = m.end(l2);
  m.arrow(s, one);
  m.arrow(one, blank, 'Ya');
  m.arrow(blank, same, 'Ya');
  m.arrow(blank, e, '', 'tanpa_label');
  m.arrow(same, act, 'Ya');
  m.arrow(same, e, ' ya ');
  m.arrow(act, e);
  m.arrow(act, s);
  return m.build();
}

describe('LF-03', () => {
  verifyMapRule(lf03, {
    valid: [withMaps(base, [soundLf('lf1')])],
    invalid: [
      {
        doc: withMaps(base, [flawed()]),
        expect: [
          { subjects: ['satu', 'lf2'], message: expect.stringContaining('hanya memiliki satu panah keluar') },
          { subjects: ['kosong', 'lf2', 'tanpa_label'], message: expect.stringContaining('1 panah keluar tanpa label') },
          { subjects: ['sama', 'lf2'], message: expect.stringContaining('label panah keluar yang sama («ya»)') },
          { subjects: ['cabang', 'lf2'], severity: 'warning', message: expect.stringContaining('2 panah keluar') },
        ],
      },
    ],
  });
});
