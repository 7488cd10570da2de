import { describe, expect } from 'vitest';
import { ked04 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  const d = dinas(b);
  b.jf('ahli-pertama', 'Pranata Komputer', d.seksi, d.kasi);
  return b.build();
}

function cycles() {
  const b = new DocBuilder();
  const d = dinas(b);
  // c_b → c_c → c_a → c_b (each arrow: "under"); listed from the smallest id
  b.pos('administrator', 'Kepala Bidang X', d.bidangA, 'c_c', { id: 'c_b' });
  b.pos('pengawas', 'Kepala Seksi X', d.seksi, 'c_a', { id: 'c_c' });
  b.pos('pengawas', 'Kepala Seksi Y', d.seksi, 'c_b', { id: 'c_a' });
  // hanging below the cycle: not part of it, not reported
  b.pos('pelaksana', 'Pelaksana Y', d.seksi, 'c_a', { id: 'c_z' });
  // a self-loop
  b.pos('pengawas', 'Kepala Seksi Z', d.seksi, 's_1', { id: 's_1' });
  return b.build();
}

describe('KED-04', () => {
  acrossProfiles(ked04, {
    valid: [valid()],
    invalid: [
      {
        doc: cycles(),
        expect: [
          {
            subjects: ['c_a', 'c_b', 'c_c'],
            message: expect.stringContaining('«Kepala Seksi Y» → «Kepala Bidang X» → «Kepala Seksi X» → «Kepala Seksi Y»'),
          },
          { subjects: ['s_1'], message: expect.stringContaining('atasan dirinya sendiri') },
        ],
      },
    ],
  });
});
