// TIM-09: a team refers to something that is not in the document — a member's position (deleted or never there),
// a member naming neither a position nor a person, the owner unit, or the position named as Pimpinan Unit
// Organisasi, Pejabat Penilai Kinerja or Penanggungjawab. The team is at fault; the missing id is not a subject
// (there is no element to show), the message names it.
import { TEAM_POSITION_FIELDS, TEAM_POSITION_FIELD_LABELS, TEAM_ROLE_LABELS } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { teamName } from './common';

export const tim09 = defineTeamRule({
  id: 'TIM-09',
  scope: 'team',
  title: 'Tim menunjuk jabatan atau unit yang tidak ada',
  description:
    'Anggota, Ketua, Penanggungjawab, Pimpinan Unit Organisasi, Pejabat Penilai Kinerja dan unit pemilik kinerja sebuah ' +
    'tim harus menunjuk jabatan atau unit yang ada dalam struktur.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'keutuhan data susunan tim kerja',
    'banjarmasin-147-2023': 'Pasal 1 angka 25 (keutuhan data susunan tim)',
    'palembang-30-2023': 'Pasal 11 ayat (1) (keutuhan data susunan tim)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (2) (keutuhan data susunan tim)',
    'banjar-39-2024': 'Pasal 9 ayat (2) (keutuhan data susunan tim)',
    'serang-23-2023': 'Pasal 13 ayat (4) (keutuhan data susunan tim)',
  }),
  docs: {
    clause:
      'Perwali Serang 23/2023 Pasal 13 ayat (4): "Pembentukan Tim Kerja ditetapkan dalam keputusan yang memuat ... ' +
      'susunan personil dengan pembagian peran dan tugas yang jelas."',
    legalExample: 'Semua anggota tim menunjuk jabatan yang ada dalam struktur.',
    illegalExample: 'Ketua tim menunjuk jabatan yang sudah dihapus dari struktur.',
  },
  checkTeam(ctx, team, report) {
    const { positions, units } = ctx.doc;
    for (const m of team.members) {
      const role = TEAM_ROLE_LABELS[m.role];
      if (m.positionId !== null && !positions[m.positionId]) {
        report({
          subjects: [team.id],
          message:
            `${role} Tim ${teamName(team)} menunjuk jabatan «${m.positionId}» yang tidak ada dalam struktur; pilih ` +
            'jabatan lain atau keluarkan dari tim.',
        });
      } else if (m.positionId === null && m.external === null) {
        report({
          subjects: [team.id],
          message: `Seorang ${role} Tim ${teamName(team)} tidak menunjuk jabatan maupun orang dari instansi lain.`,
        });
      } else if (m.positionId !== null && m.external !== null) {
        report({
          subjects: [team.id],
          message:
            `Seorang ${role} Tim ${teamName(team)} menunjuk jabatan sekaligus orang dari instansi lain ` +
            `(«${m.external.nama}»); pilih salah satu.`,
        });
      }
    }
    if (team.ownerUnitId !== null && !units[team.ownerUnitId]) {
      report({
        subjects: [team.id],
        message: `Unit pemilik kinerja Tim ${teamName(team)} («${team.ownerUnitId}») tidak ada dalam struktur.`,
      });
    }
    for (const f of TEAM_POSITION_FIELDS) {
      const id = team[f];
      if (id !== null && !positions[id]) {
        report({
          subjects: [team.id],
          message: `${TEAM_POSITION_FIELD_LABELS[f]} Tim ${teamName(team)} menunjuk jabatan «${id}» yang tidak ada dalam struktur.`,
        });
      }
    }
  },
});
