// KED-02: the superior of a JF or Pelaksana is a structural official, or a JF appointed to lead a unit kerja
// mandiri. Silent when there is no superior (KED-01 speaks).
import { isKedudukanKind, isStructural, type Position } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report } from '../types';
import { describe, superiorOf } from './common';

function judge(sub: Position, sup: Position, report: Report): void {
  if (!isKedudukanKind(sub.kind)) return;
  if (isStructural(sup.kind)) return;
  if (sup.kind === 'fungsional' && sup.memimpinUnitMandiri) return;
  report({
    subjects: [sub.id, sup.id],
    message:
      `${describe(sub)} berkedudukan di bawah ${describe(sup)}, padahal Pejabat Fungsional dan Pelaksana ` +
      'berkedudukan di bawah pejabat struktural (JPT, Administrator, Pengawas) atau Pejabat Fungsional yang ' +
      'diangkat memimpin unit kerja mandiri.',
  });
}

export const ked02 = definePositionRule({
  id: 'KED-02',
  scope: 'position',
  title: 'Atasan JF/Pelaksana bukan pejabat struktural',
  description:
    'Atasan langsung Pejabat Fungsional atau Pelaksana harus JPT, Administrator atau Pengawas, atau Pejabat ' +
    'Fungsional yang diangkat untuk memimpin unit kerja mandiri.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan kedudukan Pejabat Fungsional dan Pelaksana',
    'banjarmasin-147-2023': 'Pasal 8 ayat (2) dan ayat (3)',
    'palembang-30-2023': 'Pasal 6 ayat (3), ayat (4) dan ayat (5)',
    'padang-panjang-48-2024': 'Pasal 5 ayat (1) dan ayat (2)',
    'banjar-39-2024': 'Pasal 8 ayat (1) dan ayat (2)',
    'serang-23-2023': 'Pasal 5 ayat (3) dan ayat (4)',
  }),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 8 ayat (3): "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu ' +
      'unit kerja mandiri berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat ' +
      'membawahi Pejabat Fungsional dan Pelaksana."',
    legalExample: 'Pelaksana di bawah Kepala Sub Bagian Umum; Pranata Laboratorium di bawah JF Kepala Laboratorium (unit kerja mandiri).',
    illegalExample: 'Pelaksana di bawah Pranata Komputer Ahli Muda yang tidak memimpin unit kerja mandiri.',
  },
  checkPosition(ctx, p, report) {
    const sup = superiorOf(ctx, p);
    if (sup) judge(p, sup, report);
  },
  placement(_ctx, sub, sup, report) {
    judge(sub, sup, report);
  },
});
