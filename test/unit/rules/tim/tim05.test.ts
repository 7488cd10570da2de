import { describe, expect } from 'vitest';
import type { Holder } from './helpers';
import { tim05 } from '../../../../src/rules/tim';
import { acrossTim, world } from './helpers';

/** A team of Bidang A led by the JF Ahli Muda or the Pelaksana, whose holder data is `holder` (null: none). */
function ledBy(kind: 'jf' | 'pelaksana', holder: Partial<Holder> | null) {
  const w = world();
  const ketua = kind === 'jf' ? w.jfMuda : w.pelaksana;
  w.b.holder(ketua, holder);
  const t = w.b.team('Tim Layanan Data', w.d.bidangA);
  w.b.member(t, 'ketua', ketua);
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t, ketua };
}

const missingData = (c: ReturnType<typeof ledBy>, fields: string) => ({
  name: `data pemangku belum lengkap (${fields})`,
  doc: c.doc,
  expect: [
    {
      severity: 'info' as const,
      subjects: [c.ketua, c.t],
      message: expect.stringContaining(`data pemangku belum lengkap (${fields})`),
    },
  ],
});

describe('TIM-05', () => {
  // Off in Nasional, Banjarmasin, Padang Panjang: nothing, whatever the holder.
  acrossTim(
    tim05,
    { valid: [ledBy('pelaksana', { pendidikan: 'SMA/SMK', golongan: 'II/a' }).doc, ledBy('jf', null).doc], invalid: [] },
    ['nasional', 'banjarmasin-147-2023', 'padang-panjang-48-2024'],
  );

  describe('Palembang: pendidikan ≥ D3, kinerja baik, Pelaksana kelas jabatan ≥ 6', () => {
    const sma = ledBy('jf', { pendidikan: 'SMA/SMK' });
    const kelas5 = ledBy('pelaksana', { pendidikan: 'D3', kelasJabatan: 5 });
    const butuh = ledBy('jf', { predikatKinerja: 'butuh-perbaikan' });
    const mixed = ledBy('jf', { pendidikan: 'SMA/SMK', predikatKinerja: null });
    acrossTim(
      tim05,
      {
        valid: [
          ledBy('jf', {}).doc,
          ledBy('pelaksana', { pendidikan: 'D3', kelasJabatan: 6 }).doc,
          ledBy('jf', { pendidikan: 'D3', kelasJabatan: 5 }).doc, // kelas jabatan counts for a Pelaksana only
          ledBy('jf', { golongan: null, pengalamanTahun: null }).doc, // not Palembang's criteria
        ],
        invalid: [
          {
            name: 'pendidikan SMA',
            doc: sma.doc,
            expect: [
              {
                subjects: [sma.ketua, sma.t],
                message:
                  'Ketua «Pranata Komputer Ahli Muda» (JF Ahli Muda) dalam Tim «Tim Layanan Data» belum memenuhi syarat: ' +
                  'pendidikan SMA/SMK (paling rendah Diploma Tiga (D3)).',
              },
            ],
          },
          { name: 'Pelaksana kelas 5', doc: kelas5.doc, expect: [{ subjects: [kelas5.ketua, kelas5.t], message: expect.stringContaining('kelas jabatan 5 (paling rendah 6)') }] },
          { name: 'kinerja butuh perbaikan', doc: butuh.doc, expect: [{ message: expect.stringContaining('predikat kinerja Butuh Perbaikan (paling rendah Baik)') }] },
          {
            name: 'unmet and missing together: one error naming both',
            doc: mixed.doc,
            expect: [{ severity: 'error', message: expect.stringMatching(/pendidikan SMA\/SMK .* Data pemangku yang belum diisi: predikat kinerja\./) }],
          },
          missingData(ledBy('jf', null), 'pendidikan, predikat kinerja'),
          missingData(ledBy('pelaksana', { kelasJabatan: null }), 'kelas jabatan'),
        ],
      },
      ['palembang-30-2023'],
    );
  });

  describe('Banjar: S1/D4, golongan ≥ III/a (the text\'s "I/a" read as III/a, Penata Muda), kinerja baik, 2 tahun', () => {
    const d3 = ledBy('jf', { pendidikan: 'D3' });
    const twoD = ledBy('pelaksana', { golongan: 'II/d' });
    const young = ledBy('jf', { pengalamanTahun: 1 });
    acrossTim(
      tim05,
      {
        valid: [ledBy('jf', { pendidikan: 'D4', golongan: 'III/a', pengalamanTahun: 2 }).doc, ledBy('pelaksana', { golongan: 'III/a' }).doc],
        invalid: [
          { name: 'pendidikan D3', doc: d3.doc, expect: [{ message: expect.stringContaining('pendidikan D3 (paling rendah S1/D4)') }] },
          { name: 'golongan II/d', doc: twoD.doc, expect: [{ subjects: [twoD.ketua, twoD.t], message: expect.stringContaining('golongan II/d (paling rendah Penata Muda, III/a)') }] },
          { name: 'pengalaman 1 tahun', doc: young.doc, expect: [{ message: expect.stringContaining('pengalaman 1 tahun (paling singkat 2 tahun)') }] },
          missingData(ledBy('jf', null), 'pendidikan, golongan, predikat kinerja, pengalaman'),
          missingData(ledBy('jf', { pengalamanTahun: null }), 'pengalaman'),
        ],
      },
      ['banjar-39-2024'],
    );
  });

  describe('Serang: a Pelaksana as Ketua has S1 and golongan ≥ III/b', () => {
    const threeA = ledBy('pelaksana', { golongan: 'III/a' });
    acrossTim(
      tim05,
      {
        valid: [
          ledBy('pelaksana', { pendidikan: 'S1', golongan: 'III/b' }).doc,
          ledBy('jf', { pendidikan: 'SMA/SMK', golongan: 'II/a' }).doc, // no criteria for a JF Ketua
          ledBy('jf', null).doc,
        ],
        invalid: [
          {
            name: 'Pelaksana Ketua with golongan III/a',
            doc: threeA.doc,
            expect: [
              {
                severity: 'error',
                subjects: [threeA.ketua, threeA.t],
                message: expect.stringContaining('golongan III/a (paling rendah Penata Muda Tingkat I, III/b)'),
              },
            ],
          },
          missingData(ledBy('pelaksana', null), 'pendidikan, golongan'),
        ],
      },
      ['serang-23-2023'],
    );
  });

  describe('a Ketua from another instansi has no holder data here', () => {
    const w = world();
    const t = w.b.team('Tim Luar', w.d.bidangA);
    w.b.external(t, 'ketua', 'Budi', 'Diskominfo Provinsi');
    w.b.member(t, 'anggota', w.jfPertama);
    const doc = w.b.build();
    acrossTim(
      tim05,
      { valid: [], invalid: [{ doc, expect: [{ severity: 'info', subjects: [t], message: expect.stringContaining('data pemangku belum lengkap') }] }] },
      ['palembang-30-2023', 'banjar-39-2024'],
    );
    acrossTim(tim05, { valid: [doc], invalid: [] }, ['serang-23-2023']);
  });
});
