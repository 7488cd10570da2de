import { describe, expect } from 'vitest';
import { ked08 } from '../../../src/rules/ked';
import { DocBuilder, dinas, kecamatan } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  dinas(b);
  kecamatan(b); // Camat and Sekretaris Camat in one unit: one head (the Camat)
  const upt = b.pd('UPT Laboratorium', 'upt');
  b.jf('ahli-madya', 'Kepala Laboratorium', upt, null, { memimpinUnitMandiri: true });
  // a cycle of leaders inside one unit has no head, but KED-04 speaks
  const u = b.pd('Unit Rusak', 'badan');
  b.pos('administrator', 'A', u, 'lp_b', { id: 'lp_a' });
  b.pos('administrator', 'B', u, 'lp_a', { id: 'lp_b' });
  return b.build();
}

function twoHeads() {
  const b = new DocBuilder();
  const d = dinas(b);
  const kabid2 = b.pos('administrator', 'Kepala Bidang A (kedua)', d.bidangA, d.kepala);
  return { doc: b.build(), d, kabid2 };
}

function noHead() {
  const b = new DocBuilder();
  const d = dinas(b);
  const kosong = b.unit('Bidang Kosong', d.pd);
  const jfOnly = b.unit('Kelompok JF', d.pd);
  b.jf('ahli-muda', 'Analis', jfOnly, d.kepala);
  return { doc: b.build(), kosong, jfOnly };
}

describe('KED-08', () => {
  const t = twoHeads();
  const n = noHead();
  acrossProfiles(ked08, {
    valid: [valid()],
    invalid: [
      {
        name: 'dua pimpinan',
        doc: t.doc,
        expect: [
          {
            severity: 'error',
            // heads listed by name
            subjects: [t.d.bidangA, t.d.kabidA, t.kabid2],
            message: expect.stringContaining('Unit «Bidang A» memiliki 2 pimpinan: «Kepala Bidang A», «Kepala Bidang A (kedua)»'),
          },
        ],
      },
      {
        name: 'tanpa pimpinan',
        doc: n.doc,
        expect: [
          { severity: 'warning', subjects: [n.kosong], message: expect.stringContaining('Unit «Bidang Kosong» belum memiliki pimpinan') },
          { severity: 'warning', subjects: [n.jfOnly] },
        ],
      },
    ],
  });
});
