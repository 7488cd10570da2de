// TIM-01: a team has exactly one Ketua (or Koordinator) and at least one Anggota. Members whose position is gone
// still count here (TIM-09 reports the dangling reference).
import { isLeaderRole } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { memberLabel, teamName } from './common';

export const tim01 = defineTeamRule({
  id: 'TIM-01',
  scope: 'team',
  title: 'Susunan tim: satu Ketua (atau Koordinator) dan paling sedikit satu Anggota',
  description:
    'Tim Kerja terdiri atas satu orang Ketua Tim Kerja (atau Koordinator) dan Anggota. Tim tanpa Ketua, dengan lebih ' +
    'dari satu Ketua/Koordinator, atau tanpa Anggota tidak sesuai susunan tim kerja.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan susunan tim kerja (ketua tim dan anggota tim)',
    'banjarmasin-147-2023': 'Pasal 1 angka 25',
    'palembang-30-2023': 'Pasal 11 ayat (1)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (3) dan Pasal 12',
    'banjar-39-2024': 'Pasal 17 ayat (1) dan Lampiran bagian III huruf A',
    'serang-23-2023': 'Pasal 12 ayat (6)',
  }),
  docs: {
    clause:
      'Perwali Serang 23/2023 Pasal 12 ayat (6): "Jumlah anggota dalam Tim Kerja terdiri dari 1 (satu) orang Ketua Tim ' +
      'Kerja/Koordinator dan anggota tim yang jumlahnya ditentukan berdasarkan kebutuhan dan beban kerja dari target kinerja."',
    legalExample: 'Tim Sistem Informasi: Ketua Pranata Komputer Ahli Muda, dua Anggota.',
    illegalExample: 'Tim dengan dua Ketua; tim yang hanya berisi Ketua tanpa Anggota.',
  },
  checkTeam(ctx, team, report) {
    const leaders = team.members.filter((m) => isLeaderRole(m.role));
    if (leaders.length === 0) {
      report({
        subjects: [team.id],
        message: `Tim ${teamName(team)} belum memiliki Ketua (atau Koordinator). Tunjuk satu anggota sebagai Ketua Tim.`,
      });
    } else if (leaders.length > 1) {
      const positions = leaders.flatMap((m) => (m.positionId !== null ? [m.positionId] : []));
      report({
        subjects: [team.id, ...new Set(positions)],
        message:
          `Tim ${teamName(team)} memiliki ${leaders.length} Ketua/Koordinator: ` +
          `${leaders.map((m) => memberLabel(ctx, m)).join(', ')}. Satu tim dipimpin oleh satu Ketua atau Koordinator.`,
      });
    }
    if (!team.members.some((m) => m.role === 'anggota')) {
      report({
        subjects: [team.id],
        message: `Tim ${teamName(team)} belum memiliki Anggota; tim kerja terdiri atas Ketua dan paling sedikit satu Anggota.`,
      });
    }
  },
});
