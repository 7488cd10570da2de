import { describe, expect } from 'vitest';
import { ked02 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  const d = dinas(b);
  b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi);
  b.pos('pelaksana', 'Pengadministrasi Umum', d.bidangB, d.kabidB);
  b.jf('ahli-madya', 'Analis Kebijakan Ahli Madya', d.pd, d.kepala);
  const lab = b.unit('Laboratorium', d.pd);
  const kepalaLab = b.jf('ahli-muda', 'Pranata Laboratorium Ahli Muda', lab, d.kepala, { memimpinUnitMandiri: true });
  b.jf('terampil', 'Pranata Laboratorium Terampil', lab, kepalaLab);
  b.pos('pelaksana', 'Pengelola Sampel', lab, kepalaLab);
  b.jf('ahli-muda', 'Analis Tanpa Atasan', d.bidangA, null); // KED-01's problem, not ours
  return b.build();
}

function invalid() {
  const b = new DocBuilder();
  const d = dinas(b);
  const jf = b.jf('ahli-muda', 'Pranata Komputer Ahli Muda', d.seksi, d.kasi);
  const pel = b.pos('pelaksana', 'Pengolah Data', d.seksi, jf);
  const pel2 = b.pos('pelaksana', 'Pengemudi', d.seksi, d.kasi);
  const jf2 = b.jf('pemula', 'Arsiparis Pemula', d.seksi, pel2);
  return { doc: b.build(), jf, pel, pel2, jf2 };
}

describe('KED-02', () => {
  const c = invalid();
  acrossProfiles(ked02, {
    valid: [valid()],
    invalid: [
      {
        doc: c.doc,
        expect: [
          {
            subjects: [c.pel, c.jf],
            message: expect.stringContaining('«Pengolah Data» (Pelaksana) berkedudukan di bawah «Pranata Komputer Ahli Muda» (JF Ahli Muda)'),
          },
          { subjects: [c.jf2, c.pel2] },
        ],
      },
    ],
  });
});
