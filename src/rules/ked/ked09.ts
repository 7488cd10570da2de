// KED-09: span of control — how many JF and Pelaksana one official holds directly (threshold maxRentangKendali).
// The finding is about the official (subjects[0]).
import { isKedudukanKind, type Position } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report, type RuleContext } from '../types';
import { describe } from './common';

function countKedudukan(ctx: RuleContext, officialId: string, leaving?: string): number {
  let n = 0;
  for (const s of ctx.index.subordinates.get(officialId) ?? []) {
    if (isKedudukanKind(s.kind) && s.id !== leaving) n++;
  }
  return n;
}

function judge(ctx: RuleContext, official: Position, count: number, report: Report): void {
  const max = ctx.thresholds.maxRentangKendali;
  if (count <= max) return;
  report({
    subjects: [official.id],
    message:
      `${describe(official)} membawahi langsung ${count} Pejabat Fungsional/Pelaksana, melebihi rentang kendali ` +
      `${max}; pertimbangkan membagi kedudukan mereka di antara pejabat di bawahnya.`,
  });
}

export const ked09 = definePositionRule({
  id: 'KED-09',
  scope: 'position',
  title: 'Rentang kendali terlampaui',
  description:
    'Kedudukan Pejabat Fungsional dan Pelaksana mempertimbangkan rentang kendali: seorang pejabat membawahi ' +
    'langsung paling banyak sejumlah ambang (bawaan 25) Pejabat Fungsional/Pelaksana.',
  defaultSeverity: {
    nasional: 'info',
    'banjarmasin-147-2023': 'info',
    'palembang-30-2023': 'info',
    'padang-panjang-48-2024': 'info',
    'banjar-39-2024': 'info',
    'serang-23-2023': 'info',
  },
  citation: cite({
    nasional: 'rentang kendali dan beban tugas organisasi',
    'banjarmasin-147-2023': 'Pasal 8 ayat (4) (disesuaikan dengan struktur organisasi; ambang rentang kendali PermenPANRB 7/2022)',
    'palembang-30-2023': 'Pasal 6 ayat (2)',
    'padang-panjang-48-2024': 'Lampiran II (kedudukan; ambang rentang kendali PermenPANRB 7/2022)',
    'banjar-39-2024': 'Lampiran I (A–E angka 1 huruf b, rentang kendali)',
    'serang-23-2023': 'Pasal 5 ayat (1) (peta jabatan Unit Organisasi; ambang rentang kendali PermenPANRB 7/2022)',
  }),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 6 ayat (2): "Kedudukan Pejabat Fungsional dan Pelaksana didasarkan atas ' +
      'pertimbangan rentang kendali dan beban tugas organisasi dalam pengelolaan kinerja Jabatan Fungsional dan ' +
      'Jabatan Pelaksana."',
    legalExample: 'Kepala Seksi membawahi 12 JF dan Pelaksana.',
    illegalExample: 'Kepala Bidang membawahi langsung 40 JF dan Pelaksana (ambang 25).',
  },
  checkPosition(ctx, p, report) {
    judge(ctx, p, countKedudukan(ctx, p.id), report);
  },
  placement(ctx, sub, sup, report) {
    if (!isKedudukanKind(sub.kind)) return;
    judge(ctx, sup, countKedudukan(ctx, sup.id, sub.id) + 1, report);
  },
});
