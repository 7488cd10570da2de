import { describe, expect } from 'vitest';
import { ked05 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles, PROFILE_ORDER } from './helpers/table';
import { verifyRule } from './helpers/verifyRule';

function valid() {
  const b = new DocBuilder();
  const d = dinas(b);
  b.pos('pelaksana', 'Pengadministrasi Umum', d.seksi, d.kasi); // under a Pengawas
  b.pos('pelaksana', 'Pengolah Data', d.bidangB, d.kabidB); // Administrator without a Pengawas
  b.jf('ahli-muda', 'Analis Ahli Muda', d.bidangA, d.kabidA); // a JF is not a Pelaksana
  return b.build();
}

function underAdministratorWithPengawas() {
  const b = new DocBuilder();
  const d = dinas(b);
  const pel = b.pos('pelaksana', 'Pengadministrasi Keuangan', d.bidangA, d.kabidA);
  return { doc: b.build(), pel, d };
}

function underJpt() {
  const b = new DocBuilder();
  const d = dinas(b);
  const pel = b.pos('pelaksana', 'Pengemudi Kepala Dinas', d.pd, d.kepala);
  return { doc: b.build(), pel, d };
}

describe('KED-05', () => {
  const a = underAdministratorWithPengawas();
  acrossProfiles(ked05, {
    valid: [valid()],
    invalid: [
      {
        doc: a.doc,
        expect: [
          {
            subjects: [a.pel, a.d.kabidA],
            message: expect.stringContaining('«Pengadministrasi Keuangan» (Pelaksana) berkedudukan langsung di bawah «Kepala Bidang A» (Administrator)'),
          },
        ],
      },
    ],
  });

  // Palembang Pasal 6 ayat (4) and Banjar Lampiran I butir 4–5 name only Pengawas / Administrator for a Pelaksana.
  const j = underJpt();
  for (const profile of ['palembang-30-2023', 'banjar-39-2024'] as const) {
    verifyRule(ked05, {
      profile,
      valid: [],
      invalid: [{ name: 'Pelaksana di bawah JPT', doc: j.doc, expect: [{ severity: 'error', subjects: [j.pel, j.d.kepala] }] }],
    });
  }
  for (const profile of PROFILE_ORDER.filter((p) => p !== 'palembang-30-2023' && p !== 'banjar-39-2024')) {
    verifyRule(ked05, { profile, valid: [j.doc], invalid: [] });
  }
});
