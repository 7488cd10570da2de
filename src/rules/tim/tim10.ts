// TIM-10: pengajuan sukarela (a member's own request) is a route inside the instansi only — within the unit or
// across units of the same Pemda (Banjar Lampiran II B.2, Banjarmasin Lampiran II b.2). A person of another
// instansi joins by penunjukan. The member is at fault; a person of another instansi has no position, so the team
// is the first subject.
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { memberLabel, originOf, teamName } from './common';

export const tim10 = defineTeamRule({
  id: 'TIM-10',
  scope: 'team',
  title: 'Pengajuan sukarela lintas instansi',
  description:
    'Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan lintas unit organisasi di dalam instansi ' +
    'pemerintah yang sama; pegawai instansi lain dilibatkan melalui penunjukan.',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'warning',
    'padang-panjang-48-2024': 'warning',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'warning',
  },
  citation: cite({
    nasional: 'mekanisme pengajuan sukarela (di dalam dan lintas unit organisasi)',
    'banjarmasin-147-2023': 'Lampiran II huruf b angka 2',
    'palembang-30-2023': 'Pasal 12 ayat (4)',
    'padang-panjang-48-2024': 'Pasal 8 ayat (3) dan Lampiran III',
    'banjar-39-2024': 'Lampiran bagian II huruf B angka 2',
    'serang-23-2023': 'Pasal 10 ayat (3) dan ayat (4)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Lampiran II B.2: "Pengajuan sukarela hanya dapat dilakukan di dalam Unit Organisasi ' +
      'Pejabat Fungsional atau Pelaksana bersangkutan dan lintas Unit Organisasi di dalam Instansi Pemerintah bersangkutan."',
    legalExample: 'Pranata Komputer dari Bidang lain bergabung atas pengajuan sukarela.',
    illegalExample: 'Pegawai Diskominfo Provinsi dicatat bergabung atas pengajuan sukarela.',
  },
  checkTeam(ctx, team, report) {
    for (const m of team.members) {
      if (m.cara !== 'pengajuan-sukarela' || originOf(ctx, team, m) !== 'instansi-lain') continue;
      report({
        subjects: [team.id],
        message:
          `${memberLabel(ctx, m)} dari instansi lain dicatat bergabung dengan Tim ${teamName(team)} melalui pengajuan ` +
          'sukarela; pengajuan sukarela hanya berlaku di dalam instansi sendiri. Gunakan penunjukan.',
      });
    }
  },
});
