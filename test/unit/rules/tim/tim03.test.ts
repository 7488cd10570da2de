import { describe, expect } from 'vitest';
import { tim03 } from '../../../../src/rules/tim';
import { acrossTim, world } from './helpers';

function ledBy(pick: (w: ReturnType<typeof world>) => string, nama = 'Tim Jaringan') {
  const w = world();
  const ketua = pick(w);
  const t = w.b.team(nama, w.d.bidangA);
  w.b.member(t, 'ketua', ketua);
  w.b.member(t, 'anggota', w.jfPertama);
  return { doc: w.b.build(), t, ketua };
}

describe('TIM-03', () => {
  const jf = ledBy((w) => w.jfMuda);
  const pelaksana = ledBy((w) => w.pelaksana);
  const external = (() => {
    const w = world();
    const t = w.b.team('Tim Luar', w.d.bidangA);
    w.b.external(t, 'ketua', 'Budi', 'Diskominfo Provinsi');
    w.b.member(t, 'anggota', w.jfPertama);
    return w.b.build();
  })();
  const pengawas = ledBy((w) => w.d.kasi, 'Tim Seksi');
  const jpt = ledBy((w) => w.d.kepala, 'Tim Kepala');
  const administrator = ledBy((w) => w.d.kabidA, 'Tim Bidang');

  // Nasional (W), Palembang, Padang Panjang, Banjar (E): JF or Pelaksana only; Banjarmasin: anyone (off).
  acrossTim(
    tim03,
    {
      valid: [jf.doc, pelaksana.doc, external],
      invalid: [
        {
          name: 'Pengawas as Ketua',
          doc: pengawas.doc,
          expect: [
            {
              subjects: [pengawas.ketua, pengawas.t],
              message: expect.stringContaining(
                '«Kepala Seksi A1» (Pengawas) ditunjuk sebagai Ketua Tim «Tim Seksi», padahal Ketua Tim Kerja berasal dari Pejabat Fungsional atau Pelaksana.',
              ),
            },
          ],
        },
        { name: 'JPT as Ketua', doc: jpt.doc, expect: [{ subjects: [jpt.ketua, jpt.t] }] },
        { name: 'Administrator as Ketua', doc: administrator.doc, expect: [{ subjects: [administrator.ketua, administrator.t] }] },
      ],
    },
    ['nasional', 'banjarmasin-147-2023', 'palembang-30-2023', 'padang-panjang-48-2024', 'banjar-39-2024'],
  );

  // Serang: also an Administrator or Pengawas (Pejabat Administrasi), but not a JPT.
  acrossTim(
    tim03,
    {
      valid: [jf.doc, pelaksana.doc, pengawas.doc, administrator.doc, external],
      invalid: [
        {
          name: 'JPT as Ketua',
          doc: jpt.doc,
          expect: [{ subjects: [jpt.ketua, jpt.t], message: expect.stringContaining('berasal dari Administrator, Pengawas, Pejabat Fungsional atau Pelaksana') }],
        },
      ],
    },
    ['serang-23-2023'],
  );
});
