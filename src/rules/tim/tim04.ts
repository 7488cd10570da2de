// TIM-04: who may be Anggota. Serang: only JF and Pelaksana (Pasal 12(3)); Banjarmasin: any official, structural
// ones included (Pasal 11(1)-(2)); elsewhere the regulations provide for JF and Pelaksana only, so a structural
// Anggota is a warning. A person of another instansi is not judged (no kind in this structure). Member first.
import { isStructural } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { describe, positionOf, teamName } from './common';

export const tim04 = defineTeamRule({
  id: 'TIM-04',
  scope: 'team',
  title: 'Pejabat struktural sebagai Anggota Tim',
  description:
    'Anggota Tim Kerja adalah Pejabat Fungsional dan Pelaksana. Perwali Serang menetapkannya tegas; Perwali ' +
    'Banjarmasin juga membolehkan pejabat struktural; daerah lain tidak mengatur pejabat struktural sebagai anggota.',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'off',
    'palembang-30-2023': 'warning',
    'padang-panjang-48-2024': 'warning',
    'banjar-39-2024': 'warning',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan penugasan Pejabat Fungsional dan Pelaksana dalam tim kerja',
    'banjarmasin-147-2023': 'Pasal 11 ayat (1) dan ayat (2)',
    'palembang-30-2023': 'Pasal 7 huruf a dan huruf b',
    'padang-panjang-48-2024': 'Pasal 7 ayat (1) dan ayat (2)',
    'banjar-39-2024': 'Pasal 9 ayat (1) dan ayat (2)',
    'serang-23-2023': 'Pasal 12 ayat (3)',
  }),
  docs: {
    clause: 'Perwali Serang 23/2023 Pasal 12 ayat (3): "Keanggotaan Tim Kerja terdiri atas Pejabat Fungsional, dan pelaksana."',
    legalExample: 'Anggota: Pranata Komputer Ahli Pertama, Teknisi Jaringan (Pelaksana).',
    illegalExample: 'Anggota: Kepala Seksi Media (Pengawas).',
  },
  checkTeam(ctx, team, report) {
    const strict = ctx.profileId === 'serang-23-2023';
    for (const m of team.members) {
      if (m.role !== 'anggota') continue;
      const p = positionOf(ctx, m);
      if (!p || !isStructural(p.kind)) continue;
      report({
        subjects: [p.id, team.id],
        message: strict
          ? `${describe(p)} menjadi Anggota Tim ${teamName(team)}, padahal keanggotaan Tim Kerja terdiri atas Pejabat ` +
            'Fungsional dan Pelaksana.'
          : `${describe(p)} menjadi Anggota Tim ${teamName(team)}; peraturan ini mengatur penugasan Pejabat Fungsional ` +
            'dan Pelaksana dalam tim kerja, bukan pejabat struktural.',
      });
    }
  },
});
