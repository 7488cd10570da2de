// KED-01: every position answers to a direct superior, except the head of a top-level unit (a Perangkat Daerah
// head or the Sekda). For a JF or Pelaksana this is the missing kedudukan; for a structural official the missing
// garis komando.
import { isKedudukanKind, leadsUnit } from '../../model';
import { cite } from '../regulations';
import { definePositionRule } from '../types';
import { describe, superiorOf } from './common';

export const ked01 = definePositionRule({
  id: 'KED-01',
  scope: 'position',
  title: 'Jabatan tanpa atasan langsung',
  description:
    'Pejabat Fungsional dan Pelaksana berkedudukan di bawah seorang Pejabat Penilai Kinerja; pejabat struktural ' +
    'bertanggung jawab kepada atasan langsungnya. Hanya pimpinan unit teratas (kepala Perangkat Daerah atau ' +
    'Sekretaris Daerah) yang boleh tanpa atasan.',
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
    'banjarmasin-147-2023': 'Pasal 8 ayat (1) dan ayat (2)',
    'palembang-30-2023': 'Pasal 6 ayat (3) dan ayat (4)',
    'padang-panjang-48-2024': 'Pasal 5 ayat (1)',
    'banjar-39-2024': 'Pasal 8 ayat (1)',
    'serang-23-2023': 'Pasal 5 ayat (3)',
  }),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 8 ayat (2): "Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan ' +
      'bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Madya, Pejabat Pimpinan Tinggi Pratama, ' +
      'Pejabat Administrator atau Pejabat Pengawas." Ayat (1): "Pejabat JPT Pratama atau Pejabat Administrator atau ' +
      'Pejabat Pengawas berkedudukan dan bertanggung jawab kepada atasan langsung."',
    legalExample: 'Pranata Komputer Ahli Pertama di bawah Kepala Seksi Aplikasi; Kepala Dinas (unit teratas) tanpa atasan.',
    illegalExample: 'Analis Kebijakan Ahli Muda tanpa atasan; Kepala Bidang (unit di bawah Dinas) tanpa atasan.',
  },
  checkPosition(ctx, p, report) {
    if (superiorOf(ctx, p)) return;
    const unit = ctx.doc.units[p.unitId];
    if (leadsUnit(p) && unit && unit.parentId === null) return;
    report({
      subjects: [p.id],
      message: isKedudukanKind(p.kind)
        ? `${describe(p)} belum memiliki kedudukan: tidak ada atasan langsung (Pejabat Penilai Kinerja) di atasnya.`
        : `${describe(p)} tidak memiliki atasan langsung, padahal bukan pimpinan unit teratas; hubungkan garis komandonya ke atasan.`,
    });
  },
});
