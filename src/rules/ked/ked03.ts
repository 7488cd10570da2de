// KED-03: a structural official answers to an official of equal or higher rank. Equal rank is legal (Camat →
// Sekretaris Camat, Wakil Direktur → Kepala Bagian); a JF or Pelaksana (rank 0) never leads a structural post.
import { isStructural, type Position } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report } from '../types';
import { describe, rankOf, superiorOf } from './common';

function judge(sub: Position, sup: Position, report: Report): void {
  if (!isStructural(sub.kind)) return;
  if (rankOf(sup.kind) >= rankOf(sub.kind)) return;
  report({
    subjects: [sub.id, sup.id],
    message: isStructural(sup.kind)
      ? `${describe(sub)} berada di bawah ${describe(sup)} yang tingkatnya lebih rendah; garis komando menuju pejabat yang setingkat atau lebih tinggi.`
      : `${describe(sub)} berada di bawah ${describe(sup)}; jabatan struktural hanya berada di bawah jabatan struktural yang setingkat atau lebih tinggi.`,
  });
}

export const ked03 = definePositionRule({
  id: 'KED-03',
  scope: 'position',
  title: 'Jabatan struktural di bawah jabatan yang lebih rendah',
  description:
    'Pejabat struktural bertanggung jawab kepada atasan langsung yang setingkat atau lebih tinggi ' +
    '(JPT Madya > JPT Pratama > Administrator > Pengawas).',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'susunan Jabatan Pimpinan Tinggi, Administrator dan Pengawas',
    'banjarmasin-147-2023': 'Pasal 8 ayat (1)',
    'palembang-30-2023': 'Pasal 1 angka 10 dan angka 11 (Unit Organisasi, Pimpinan Unit Organisasi)',
    'padang-panjang-48-2024': 'Pasal 1 angka 11 dan angka 12 (Unit Organisasi, Pimpinan Unit Organisasi)',
    'banjar-39-2024': 'Lampiran I (A–E angka 2, struktur penugasan)',
    'serang-23-2023': 'Pasal 6 (kondisi kedudukan pada Unit Organisasi)',
  }),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 8 ayat (1): "Pejabat JPT Pratama atau Pejabat Administrator atau Pejabat ' +
      'Pengawas berkedudukan dan bertanggung jawab kepada atasan langsung." Perbup Banjar 39/2024 Lampiran I B angka 2 ' +
      'huruf b: "Pejabat Administrator (...) menetapkan kinerja bagi Pejabat Pengawas (...)".',
    legalExample: 'Kepala Seksi (Pengawas) di bawah Kepala Bidang (Administrator); Sekretaris Camat di bawah Camat (setingkat).',
    illegalExample: 'Kepala Bidang (Administrator) di bawah Kepala Seksi (Pengawas).',
  },
  checkPosition(ctx, p, report) {
    const sup = superiorOf(ctx, p);
    if (sup) judge(p, sup, report);
  },
  placement(_ctx, sub, sup, report) {
    judge(sub, sup, report);
  },
});
