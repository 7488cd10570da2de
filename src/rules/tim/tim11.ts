// TIM-11: a team's period (penugasan is "dalam periode waktu tertentu"; Serang 13(4) a decree with specific,
// measurable targets). Missing start or end: info. An unreadable date or an end before the start: error — for the
// team (team first) and for a member's own period (member first).
import { formatTanggal, isIsoDate } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { memberLabel, memberSubjects, teamName } from './common';

export const tim11 = defineTeamRule({
  id: 'TIM-11',
  scope: 'team',
  title: 'Periode tim belum diisi atau tidak sah',
  description:
    'Penugasan dalam tim kerja berlaku untuk periode waktu tertentu: tanggal mulai dan selesai diisi, dan tanggal ' +
    'selesai tidak mendahului tanggal mulai.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'pengertian Penugasan (dalam periode waktu tertentu)',
    'banjarmasin-147-2023': 'Pasal 1 angka 13',
    'palembang-30-2023': 'Pasal 1 angka 22 dan Pasal 9 ayat (1) huruf c',
    'padang-panjang-48-2024': 'Pasal 1 angka 14',
    'banjar-39-2024': 'Pasal 1 angka 11',
    'serang-23-2023': 'Pasal 1 angka 4 dan Pasal 13 ayat (4)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 1 angka 11: "Penugasan adalah penunjukan atau pengajuan sukarela Pejabat Fungsional ' +
      'dan pelaksana untuk melaksanakan tugas tertentu di bawah Pimpinan Unit Organisasi dalam periode waktu tertentu ..."',
    legalExample: 'Periode tim: 1 Januari 2026 s.d. 30 Juni 2026.',
    illegalExample: 'Periode tim: mulai 1 Juli 2026, selesai 1 Januari 2026.',
  },
  checkTeam(ctx, team, report) {
    // own: the dates written on this record (judged for readability); mulai/selesai: the period in force; whose():
    // the wording, built only for a finding.
    const judge = (own: (string | null)[], mulai: string | null, selesai: string | null, subjects: string[], whose: () => string) => {
      const bad = own.filter((d): d is string => d !== null && !isIsoDate(d));
      if (bad.length) {
        report({
          subjects,
          message: `Tanggal periode ${whose()} tidak dapat dibaca (${bad.map((d) => `«${d}»`).join(', ')}); tulis sebagai TTTT-BB-HH.`,
        });
        return false;
      }
      if (isIsoDate(mulai) && isIsoDate(selesai) && selesai! < mulai!) {
        report({
          subjects,
          message: `Periode ${whose()} berakhir (${formatTanggal(selesai!)}) sebelum dimulai (${formatTanggal(mulai!)}).`,
        });
        return false;
      }
      return true;
    };
    const teamWhose = () => `Tim ${teamName(team)}`;
    if (judge([team.mulai, team.selesai], team.mulai, team.selesai, [team.id], teamWhose)) {
      if (team.mulai === null || team.selesai === null) {
        const missing = [team.mulai === null ? 'tanggal mulai' : '', team.selesai === null ? 'tanggal selesai' : ''].filter(Boolean);
        report({ severity: 'info', subjects: [team.id], message: `Periode ${teamWhose()} belum lengkap: ${missing.join(' dan ')} belum diisi.` });
      }
    }
    for (const m of team.members) {
      if (m.mulai === null && m.selesai === null) continue;
      judge(
        [m.mulai, m.selesai],
        m.mulai ?? team.mulai,
        m.selesai ?? team.selesai,
        memberSubjects(m, team),
        () => `penugasan ${memberLabel(ctx, m)} dalam Tim ${teamName(team)}`,
      );
    }
  },
});
