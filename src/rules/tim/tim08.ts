// TIM-08: the declared instrument (jenis and penandatangan) is not the one the profile requires for the team's
// scope (DOMAIN §5.1, rules/tim/instrument.ts). A team without a declared instrument gets an info naming what it
// needs (the editor can draft it); text that is not a known code is reported as not recognised. Under Perwali
// Palembang a declared instrument also needs the Tim Verifikasi's recommendation (Pasal 10(3)). The team is at
// fault. Silent while the scope cannot be told (no pemilik kinerja: TIM-02).
import { TEAM_SCOPE_LABELS } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { scopeOf, teamName } from './common';
import { describeDeclared, instrumentVerdict, requiredInstrument } from './instrument';

export const tim08 = defineTeamRule({
  id: 'TIM-08',
  scope: 'team',
  title: 'Instrumen penetapan tim tidak sesuai lingkup tim',
  description:
    'Tim ditetapkan dengan instrumen yang disyaratkan daerahnya untuk lingkup tim: misalnya di Banjar Surat Tugas ' +
    'Kepala Perangkat Daerah (dalam Perangkat Daerah), Keputusan Sekretaris Daerah (lintas Perangkat Daerah) atau ' +
    'Keputusan Bupati (lintas instansi).',
  defaultSeverity: {
    nasional: 'info',
    'banjarmasin-147-2023': 'info',
    'palembang-30-2023': 'warning',
    'padang-panjang-48-2024': 'info',
    'banjar-39-2024': 'warning',
    'serang-23-2023': 'warning',
  },
  citation: cite({
    nasional: 'ketentuan penetapan penugasan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi',
    'banjarmasin-147-2023': 'Pasal 12 ayat (4)',
    'palembang-30-2023': 'Pasal 8 ayat (4), Pasal 9 ayat (1), ayat (4), ayat (5) dan Pasal 10 ayat (3)',
    'padang-panjang-48-2024': 'Pasal 8 ayat (4)',
    'banjar-39-2024': 'Pasal 14 dan Lampiran bagian IV',
    'serang-23-2023': 'Pasal 13 ayat (2)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 14 ayat (2): "Penugasan Pejabat Fungsional dan Pelaksana secara individu dan/atau ' +
      'tim kerja yang melibatkan Pejabat Fungsional dan Pelaksana lintas Unit Organisasi ditetapkan dengan Keputusan ' +
      'Sekretaris Daerah."',
    legalExample: 'Banjar: tim lintas Perangkat Daerah ditetapkan dengan Keputusan Sekretaris Daerah.',
    illegalExample: 'Banjar: tim lintas Perangkat Daerah ditetapkan dengan Surat Tugas Kepala Dinas.',
  },
  checkTeam(ctx, team, report) {
    const scope = scopeOf(ctx, team);
    if (scope === null) return;
    const need = requiredInstrument(ctx.profileId, scope);
    const what = `Tim ${teamName(team)} (${TEAM_SCOPE_LABELS[scope]})`;
    const { status, jenis, penandatangan, unknown } = instrumentVerdict(need, team.instrument);
    if (status === 'belum-dicatat') {
      report({
        severity: 'info',
        subjects: [team.id],
        message:
          `${what} belum mencatat instrumen penetapannya; yang disyaratkan: ${need.label} (${need.basis})` +
          (need.needsRekomendasiTimVerifikasi ? ', setelah rekomendasi Tim Verifikasi' : '') +
          '.',
      });
      return;
    }
    if (status === 'tidak-sesuai') {
      report({
        subjects: [team.id],
        message:
          `${what} dicatat ditetapkan dengan ${describeDeclared(jenis, penandatangan)}` +
          (unknown.length ? ` (${unknown.join('; ')})` : '') +
          `, padahal yang disyaratkan: ${need.label} (${need.basis}).`,
      });
    } else if (status === 'belum-lengkap') {
      report({
        severity: 'info',
        subjects: [team.id],
        message:
          `Instrumen penetapan ${what} belum lengkap: ${describeDeclared(jenis, penandatangan)}; yang disyaratkan: ` +
          `${need.label} (${need.basis}).`,
      });
    }
    const rekomendasi = team.rekomendasiTimVerifikasi;
    if (need.needsRekomendasiTimVerifikasi && (!rekomendasi || rekomendasi.nomor.trim() === '')) {
      report({
        subjects: [team.id],
        message:
          `${what} dicatat sudah ditetapkan, tetapi rekomendasi Tim Verifikasi belum dicatat; Tim Kerja ditetapkan ` +
          'setelah mendapatkan rekomendasi Tim Verifikasi (Pasal 10 ayat (3)).',
      });
    }
  },
});
