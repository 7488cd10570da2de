import { describe, expect } from 'vitest';
import { tim04 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

function structuralMember() {
  const w = world();
  const t = bidangTeam(w);
  w.b.member(t, 'anggota', w.d.kasi);
  return { doc: w.b.build(), t, w };
}

describe('TIM-04', () => {
  const legal = world();
  const t = bidangTeam(legal);
  legal.b.external(t, 'anggota', 'Budi', 'Diskominfo Provinsi');
  const a = structuralMember();
  // Serang: error; Banjarmasin: off (any official may be a member); elsewhere a warning.
  acrossTim(tim04, {
    valid: [legal.b.build()],
    invalid: [
      {
        name: 'a Pengawas as Anggota',
        doc: a.doc,
        expect: [{ subjects: [a.w.d.kasi, a.t], message: expect.stringContaining('«Kepala Seksi A1» (Pengawas) menjadi Anggota Tim «Tim Aplikasi Layanan»') }],
      },
    ],
  });
  acrossTim(
    tim04,
    {
      valid: [],
      invalid: [{ doc: a.doc, expect: [{ message: expect.stringContaining('keanggotaan Tim Kerja terdiri atas Pejabat Fungsional dan Pelaksana') }] }],
    },
    ['serang-23-2023'],
  );
});
