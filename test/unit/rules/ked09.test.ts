import { describe, expect } from 'vitest';
import { ked09 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function span(jf: number, pelaksana: number, pengawas = 0) {
  const b = new DocBuilder();
  const d = dinas(b);
  for (let i = 0; i < jf; i++) b.jf('ahli-pertama', `Pranata Komputer ${i}`, d.seksi, d.kasi);
  for (let i = 0; i < pelaksana; i++) b.pos('pelaksana', `Pengolah Data ${i}`, d.seksi, d.kasi);
  for (let i = 0; i < pengawas; i++) b.pos('pengawas', `Kepala Seksi B${i}`, d.bidangB, d.kabidB);
  return { doc: b.build(), d };
}

describe('KED-09', () => {
  const over = span(20, 6);
  acrossProfiles(ked09, {
    valid: [span(25, 0).doc, span(20, 5).doc, span(0, 0, 30).doc],
    invalid: [
      {
        doc: over.doc,
        expect: [
          {
            subjects: [over.d.kasi],
            message: expect.stringContaining('«Kepala Seksi A1» (Pengawas) membawahi langsung 26 Pejabat Fungsional/Pelaksana, melebihi rentang kendali 25'),
          },
        ],
      },
    ],
  });
});
