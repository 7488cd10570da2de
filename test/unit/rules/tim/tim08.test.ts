import { describe, expect, it } from 'vitest';
import type { ProfileId, TeamInstrument } from '../../../../src/model';
import { lint } from '../../../../src/rules';
import { tim08 } from '../../../../src/rules/tim';
import { acrossTim, world, type World } from './helpers';

type Scope = 'dalam' | 'lintas-unit' | 'lintas-pd' | 'lintas-instansi';

function scoped(scope: Scope, instrument: Partial<TeamInstrument> | null, rekomendasi = true) {
  const w: World = world();
  const t = w.b.team('Tim Layanan Data', w.d.bidangA, {
    instrument: instrument && { jenis: '', penandatangan: '', nomor: '800/1/2026', tanggal: '2025-12-20', ...instrument },
    rekomendasiTimVerifikasi: rekomendasi ? { nomor: '100/TV/2025', tanggal: '2025-12-10' } : null,
  });
  w.b.member(t, 'ketua', w.jfMuda);
  w.b.member(t, 'anggota', w.jfPertama);
  if (scope === 'lintas-unit') w.b.member(t, 'anggota', w.jfB);
  if (scope === 'lintas-pd') w.b.member(t, 'anggota', w.jfK);
  if (scope === 'lintas-instansi') w.b.external(t, 'anggota', 'Budi', 'Diskominfo Provinsi');
  return { doc: w.b.build(), t };
}

const ST_KEPALA_PD = { jenis: 'surat-tugas', penandatangan: 'kepala-perangkat-daerah' };
const KEP_SEKDA = { jenis: 'keputusan', penandatangan: 'sekretaris-daerah' };
const KEP_KDH = { jenis: 'keputusan', penandatangan: 'kepala-daerah' };

describe('TIM-08', () => {
  describe('Banjar: Surat Tugas Kepala PD, Keputusan Sekda, Keputusan Bupati', () => {
    const wrong = scoped('lintas-pd', ST_KEPALA_PD);
    const none = scoped('lintas-instansi', null);
    const unknown = scoped('dalam', { jenis: 'SK Kadis', penandatangan: 'kepala-perangkat-daerah' });
    const partial = scoped('lintas-pd', { jenis: 'keputusan' });
    acrossTim(
      tim08,
      {
        valid: [
          scoped('dalam', ST_KEPALA_PD).doc,
          scoped('lintas-unit', ST_KEPALA_PD).doc,
          scoped('lintas-pd', KEP_SEKDA).doc,
          scoped('lintas-instansi', KEP_KDH).doc,
          scoped('lintas-pd', KEP_SEKDA, false).doc, // no Tim Verifikasi outside Palembang
        ],
        invalid: [
          {
            name: 'lintas PD established by a Surat Tugas of the Kepala PD',
            doc: wrong.doc,
            expect: [
              {
                subjects: [wrong.t],
                message:
                  'Tim «Tim Layanan Data» (lintas Perangkat Daerah) dicatat ditetapkan dengan Surat Tugas oleh Kepala ' +
                  'Perangkat Daerah, padahal yang disyaratkan: Keputusan Sekretaris Daerah (Perbup Banjar 39/2024, ' +
                  'Pasal 14 ayat (2) dan Lampiran bagian IV (format Keputusan Sekretaris Daerah)).',
              },
            ],
          },
          {
            name: 'no instrument yet: info naming what is needed',
            doc: none.doc,
            expect: [{ severity: 'info', subjects: [none.t], message: expect.stringContaining('belum mencatat instrumen penetapannya; yang disyaratkan: Keputusan Bupati') }],
          },
          { name: 'free text not recognised', doc: unknown.doc, expect: [{ message: expect.stringContaining('dengan «SK Kadis» oleh Kepala Perangkat Daerah (jenis instrumen «SK Kadis» tidak dikenali), padahal') }] },
          { name: 'signatory missing', doc: partial.doc, expect: [{ severity: 'info', message: expect.stringContaining('belum lengkap: Keputusan oleh (penandatangan belum dicatat)') }] },
        ],
      },
      ['banjar-39-2024'],
    );
  });

  describe('Palembang: Surat Perintah; and the Tim Verifikasi recommendation for every team (Pasal 10(3))', () => {
    const SP_KEPALA = { jenis: 'surat-perintah', penandatangan: 'kepala-perangkat-daerah' };
    const noRec = scoped('dalam', SP_KEPALA, false);
    const none = scoped('dalam', null, false);
    acrossTim(
      tim08,
      {
        valid: [scoped('dalam', SP_KEPALA).doc, scoped('lintas-unit', SP_KEPALA).doc, scoped('lintas-pd', { jenis: 'surat-perintah', penandatangan: 'sekretaris-daerah' }).doc, scoped('lintas-instansi', KEP_KDH).doc],
        invalid: [
          { name: 'no recommendation', doc: noRec.doc, expect: [{ subjects: [noRec.t], message: expect.stringContaining('rekomendasi Tim Verifikasi belum dicatat') }] },
          { name: 'nothing declared', doc: none.doc, expect: [{ severity: 'info', message: expect.stringContaining('Surat Perintah oleh Kepala Perangkat Daerah (Perwali Palembang 30/2023, Pasal 9 ayat (1) dan Pasal 10 ayat (3)), setelah rekomendasi Tim Verifikasi.') }] },
          { name: 'a Surat Tugas', doc: scoped('dalam', ST_KEPALA_PD).doc, expect: [{ message: expect.stringContaining('dengan Surat Tugas oleh Kepala Perangkat Daerah, padahal yang disyaratkan: Surat Perintah') }] },
        ],
      },
      ['palembang-30-2023'],
    );
  });

  describe('Serang: Keputusan Kepala UO (Kepala PD), Sekda, PPK', () => {
    const kdh = scoped('lintas-instansi', KEP_KDH);
    acrossTim(
      tim08,
      {
        valid: [scoped('dalam', { jenis: 'keputusan', penandatangan: 'kepala-perangkat-daerah' }).doc, scoped('lintas-pd', KEP_SEKDA).doc, scoped('lintas-instansi', { jenis: 'keputusan', penandatangan: 'ppk' }).doc],
        invalid: [{ doc: kdh.doc, expect: [{ message: expect.stringContaining('dengan Keputusan oleh Kepala Daerah (Bupati/Wali Kota), padahal yang disyaratkan: Keputusan Pejabat Pembina Kepegawaian') }] }],
      },
      ['serang-23-2023'],
    );
  });

  describe('Nasional, Banjarmasin, Padang Panjang: any instrument set by the Pejabat Penilai Kinerja or the Pimpinan Unit Organisasi', () => {
    const sekda = scoped('lintas-pd', KEP_SEKDA);
    acrossTim(
      tim08,
      {
        valid: [
          scoped('lintas-pd', { jenis: 'surat-tugas', penandatangan: 'pimpinan-unit-organisasi' }).doc,
          scoped('lintas-instansi', { jenis: 'keputusan', penandatangan: 'pejabat-penilai-kinerja' }).doc,
        ],
        invalid: [{ doc: sekda.doc, expect: [{ message: expect.stringContaining('dengan Keputusan oleh Sekretaris Daerah, padahal yang disyaratkan: penetapan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi') }] }],
      },
      ['nasional', 'banjarmasin-147-2023', 'padang-panjang-48-2024'],
    );
  });

  it('stays silent while the scope cannot be told (no pemilik kinerja, one PD)', () => {
    const w = world();
    const t = w.b.team('Tim Tanpa Pemilik', null);
    w.b.member(t, 'ketua', w.jfMuda);
    w.b.member(t, 'anggota', w.jfB);
    for (const profileId of ['banjar-39-2024', 'nasional'] as ProfileId[]) {
      expect(lint(w.b.build(), { rules: [tim08], profileId })).toEqual([]);
    }
    // members from two PDs are lintas PD whoever owns the team
    w.b.member(t, 'anggota', w.jfK);
    expect(lint(w.b.build(), { rules: [tim08], profileId: 'banjar-39-2024' })[0].message).toContain('Keputusan Sekretaris Daerah');
  });
});
