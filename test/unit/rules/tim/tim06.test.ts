import { describe, expect } from 'vitest';
import type { Holder } from './helpers';
import { tim06 } from '../../../../src/rules/tim';
import { dinas } from '../helpers/build';
import { acrossTim, world } from './helpers';

/** A Dinas Kominfo + a DPMPTSP; a team owned by `where` led by a Koordinator holding `who`. */
function koordinator(
  where: 'dpmptsp' | 'dpmptsp-bidang' | 'kominfo' | 'kominfo-bidang',
  who: 'jf-muda' | 'jf-pertama' | 'pelaksana' | 'administrator',
  holder: Partial<Holder> | null = { pendidikan: 'S1', golongan: 'III/d' },
) {
  const w = world();
  const p = dinas(w.b, 'dpmptsp', 'DPMPTSP');
  const penata = w.b.jf('ahli-muda', 'Penata Perizinan Ahli Muda', p.bidangA, p.kabidA);
  const penataPertama = w.b.jf('ahli-pertama', 'Penata Perizinan Ahli Pertama', p.bidangA, p.kabidA);
  const pel = w.b.pos('pelaksana', 'Pengelola Perizinan', p.seksi, p.kasi);
  const owner = { dpmptsp: p.pd, 'dpmptsp-bidang': p.bidangA, kominfo: w.d.pd, 'kominfo-bidang': w.d.bidangA }[where];
  const holderOf = { 'jf-muda': where.startsWith('kominfo') ? w.jfMuda : penata, 'jf-pertama': penataPertama, pelaksana: pel, administrator: p.kabidA }[who];
  w.b.holder(holderOf, holder);
  const t = w.b.team('Tim Perizinan Terpadu', owner);
  w.b.member(t, 'koordinator', holderOf);
  w.b.member(t, 'anggota', where.startsWith('kominfo') ? w.jfPertama : penataPertama);
  return { doc: w.b.build(), t, k: holderOf };
}

describe('TIM-06', () => {
  // Not provided for: Nasional, Banjarmasin, Padang Panjang, Banjar — the team is at fault.
  const anywhere = koordinator('kominfo-bidang', 'jf-muda');
  const ketuaTeam = (() => {
    const w = world();
    const t = w.b.team('Tim Biasa', w.d.bidangA);
    w.b.member(t, 'ketua', w.jfMuda);
    w.b.member(t, 'anggota', w.jfPertama);
    return w.b.build();
  })();
  acrossTim(
    tim06,
    {
      valid: [ketuaTeam],
      invalid: [
        {
          doc: anywhere.doc,
          expect: [
            {
              subjects: [anywhere.t, anywhere.k],
              message: expect.stringContaining('peraturan ini tidak mengatur Koordinator tim kerja: tim dipimpin oleh Ketua Tim'),
            },
          ],
        },
      ],
    },
    ['nasional', 'banjarmasin-147-2023', 'padang-panjang-48-2024', 'banjar-39-2024'],
  );

  describe('Serang: only in the DPMPTSP; Administrator, Pengawas or JF ≥ Ahli Muda; S1; golongan ≥ III/d', () => {
    const kominfo = koordinator('kominfo-bidang', 'jf-muda');
    const pertama = koordinator('dpmptsp-bidang', 'jf-pertama');
    const pelaksana = koordinator('dpmptsp-bidang', 'pelaksana');
    const threeC = koordinator('dpmptsp-bidang', 'jf-muda', { pendidikan: 'S1', golongan: 'III/c' });
    const noData = koordinator('dpmptsp-bidang', 'jf-muda', null);
    acrossTim(
      tim06,
      {
        valid: [
          ketuaTeam,
          koordinator('dpmptsp-bidang', 'jf-muda').doc,
          koordinator('dpmptsp', 'administrator', { pendidikan: 'S2', golongan: 'IV/a' }).doc,
        ],
        invalid: [
          {
            name: 'outside the DPMPTSP (team first)',
            doc: kominfo.doc,
            expect: [{ subjects: [kominfo.t, kominfo.k], message: expect.stringContaining('hanya bertugas pada Perangkat Daerah yang menyelenggarakan urusan penanaman modal (DPMPTSP); pemilik kinerja tim ini berada di «Dinas Kominfo»') }],
          },
          {
            name: 'JF Ahli Pertama (member first)',
            doc: pertama.doc,
            expect: [{ subjects: [pertama.k, pertama.t], message: expect.stringContaining('Administrator, Pengawas atau Pejabat Fungsional paling rendah Ahli Muda') }],
          },
          { name: 'Pelaksana', doc: pelaksana.doc, expect: [{ subjects: [pelaksana.k, pelaksana.t] }] },
          { name: 'golongan III/c', doc: threeC.doc, expect: [{ subjects: [threeC.k, threeC.t], message: expect.stringContaining('golongan III/c (paling rendah Penata Tingkat I, III/d)') }] },
          { name: 'no holder data', doc: noData.doc, expect: [{ severity: 'info', message: expect.stringContaining('data pemangku belum lengkap (pendidikan, golongan)') }] },
        ],
      },
      ['serang-23-2023'],
    );
  });

  describe('Palembang: only where the owner unit is led by a JPT Pratama; JF ≥ Ahli Muda; S1; kinerja baik', () => {
    const bidang = koordinator('kominfo-bidang', 'jf-muda');
    const pertama = koordinator('dpmptsp', 'jf-pertama');
    const d3 = koordinator('kominfo', 'jf-muda', { pendidikan: 'D3' });
    const noPredikat = koordinator('kominfo', 'jf-muda', { predikatKinerja: null });
    const admin = koordinator('dpmptsp', 'administrator');
    acrossTim(
      tim06,
      {
        valid: [ketuaTeam, koordinator('kominfo', 'jf-muda', {}).doc, koordinator('dpmptsp', 'jf-muda', { golongan: 'III/a' }).doc],
        invalid: [
          {
            name: 'owner unit led by an Administrator (team first)',
            doc: bidang.doc,
            expect: [{ subjects: [bidang.t, bidang.k], message: expect.stringContaining('unit pemilik kinerja «Bidang A» dipimpin «Kepala Bidang A» (Administrator)') }],
          },
          { name: 'JF Ahli Pertama', doc: pertama.doc, expect: [{ subjects: [pertama.k, pertama.t], message: expect.stringContaining('Pejabat Fungsional dengan jenjang paling rendah Ahli Muda') }] },
          { name: 'an Administrator', doc: admin.doc, expect: [{ subjects: [admin.k, admin.t] }] },
          { name: 'pendidikan D3', doc: d3.doc, expect: [{ message: expect.stringContaining('pendidikan D3 (paling rendah Strata Satu (S1))') }] },
          { name: 'predikat missing', doc: noPredikat.doc, expect: [{ severity: 'info', message: expect.stringContaining('data pemangku belum lengkap (predikat kinerja)') }] },
        ],
      },
      ['palembang-30-2023'],
    );
  });
});
