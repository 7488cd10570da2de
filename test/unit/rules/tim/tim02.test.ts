import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/rules';
import { tim02 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

function legalDocs() {
  const docs = [];
  {
    const w = world();
    bidangTeam(w); // dalam unit
    docs.push(w.b.build());
  }
  {
    // lintas unit and lintas PD, led from the owner unit's subtree (Seksi A1 lies under Bidang A)
    const w = world();
    const t = w.b.team('Tim Data Terpadu', w.d.bidangA);
    w.b.member(t, 'ketua', w.jfPertama);
    w.b.member(t, 'anggota', w.jfB);
    w.b.member(t, 'anggota', w.jfK);
    docs.push(w.b.build());
  }
  {
    // lintas instansi, led from the owner unit
    const w = world();
    const t = w.b.team('Tim Satu Data', w.d.bidangA);
    w.b.member(t, 'ketua', w.jfMuda);
    w.b.external(t, 'anggota', 'Budi Santoso', 'Diskominfo Provinsi');
    docs.push(w.b.build());
  }
  {
    // owned by the whole Dinas: a member of Bidang B leads a team of the Dinas
    const w = world();
    const t = w.b.team('Tim Dinas', w.d.pd);
    w.b.member(t, 'ketua', w.jfB);
    w.b.member(t, 'anggota', w.jfMuda);
    docs.push(w.b.build());
  }
  return docs;
}

function lintasPdWithForeignKetua() {
  const w = world();
  const t = w.b.team('Tim Anggaran Digital', w.d.bidangA);
  w.b.member(t, 'ketua', w.jfK);
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t, w };
}

function lintasUnitWithForeignKetua() {
  const w = world();
  const t = w.b.team('Tim Statistik Sektoral', w.d.bidangA);
  w.b.member(t, 'ketua', w.jfB);
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t, w };
}

function externalKetua() {
  const w = world();
  const t = w.b.team('Tim Integrasi', w.d.bidangA);
  w.b.external(t, 'ketua', 'Budi Santoso', 'Diskominfo Provinsi');
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t };
}

function noOwner() {
  const w = world();
  const t = w.b.team('Tim Tanpa Pemilik', null);
  w.b.member(t, 'ketua', w.jfMuda);
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t };
}

describe('TIM-02', () => {
  const a = lintasPdWithForeignKetua();
  const b = lintasUnitWithForeignKetua();
  const c = externalKetua();
  const d = noOwner();
  acrossTim(tim02, {
    valid: legalDocs(),
    invalid: [
      {
        name: 'lintas PD, Ketua from the other PD (error under banjar-39-2024, warning elsewhere)',
        doc: a.doc,
        expect: [
          {
            subjects: [a.t, a.w.jfK],
            message: expect.stringMatching(
              /Tim «Tim Anggaran Digital» bersifat lintas Perangkat Daerah, tetapi Ketua «Analis Keuangan Ahli Pertama» \(JF Ahli Pertama\) berasal dari «Bidang A» pada «Badan Keuangan», bukan dari unit pemilik kinerja «Bidang A»/,
            ),
          },
        ],
      },
      {
        name: 'lintas unit, Ketua from the other Bidang',
        doc: b.doc,
        expect: [{ subjects: [b.t, b.w.jfB], message: expect.stringContaining('lintas unit organisasi dalam satu Perangkat Daerah') }],
      },
      {
        name: 'lintas instansi, Ketua from another instansi',
        doc: c.doc,
        expect: [{ subjects: [c.t], message: expect.stringContaining('berasal dari Diskominfo Provinsi') }],
      },
      {
        name: 'no pemilik kinerja: info',
        doc: d.doc,
        expect: [{ subjects: [d.t], severity: 'info', message: expect.stringContaining('belum menentukan unit pemilik kinerja') }],
      },
    ],
  });
});

describe('TIM-02 wording per profile', () => {
  it('says "diwajibkan" under Perbup Banjar and "diutamakan" elsewhere', () => {
    const { doc } = lintasPdWithForeignKetua();
    const [bjr] = lint(doc, { rules: [tim02], profileId: 'banjar-39-2024' });
    expect(bjr.severity).toBe('error');
    expect(bjr.message).toContain('diwajibkan berasal dari unit organisasi pemilik kinerja');
    const [srg] = lint(doc, { rules: [tim02], profileId: 'serang-23-2023' });
    expect(srg.severity).toBe('warning');
    expect(srg.message).toContain('diutamakan');
    expect(srg.citation).toBe('Perwali Serang 23/2023, Pasal 13 ayat (1)');
  });
});
