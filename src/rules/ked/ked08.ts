// KED-08: a unit has exactly one head (Pimpinan Unit Organisasi). Heads are derived: the positions of the unit
// that lead it (leadsUnit: structural, or a JF leading a unit kerja mandiri) and do not answer to another leader
// of the same unit — so Camat and Sekretaris Camat in one unit make one head, the Camat. More than one head is an
// error; none a warning. A unit whose leaders all answer to each other sits on a cycle: KED-04 speaks.
import { leadsUnit, type Position } from '../../model';
import { cite } from '../regulations';
import { defineUnitRule } from '../types';
import { byNameThenId, name } from './common';

export const ked08 = defineUnitRule({
  id: 'KED-08',
  scope: 'unit',
  title: 'Unit tanpa pimpinan atau dengan lebih dari satu pimpinan',
  description:
    'Setiap Unit Organisasi dipimpin oleh satu pejabat: JPT, Administrator, Pengawas, atau Pejabat Fungsional yang ' +
    'diangkat memimpin unit kerja mandiri. Lebih dari satu pimpinan adalah kesalahan; unit tanpa pimpinan adalah ' +
    'peringatan.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'pengertian Unit Organisasi dan Pimpinan Unit Organisasi',
    'banjarmasin-147-2023': 'Pasal 1 angka 14 dan angka 15',
    'palembang-30-2023': 'Pasal 1 angka 10 dan angka 11',
    'padang-panjang-48-2024': 'Pasal 1 angka 11 dan angka 12',
    'banjar-39-2024': 'Pasal 1 angka 21 dan angka 22',
    'serang-23-2023': 'Pasal 1 angka 16',
  }),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 1 angka 15: "Pimpinan Unit Organisasi adalah Pejabat Pimpinan Tinggi ' +
      'Madya, Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang ' +
      'diangkat untuk memimpin suatu unit organisasi tertentu."',
    legalExample: 'Unit Bidang Aptika: Kepala Bidang, dengan Kepala Seksi di bawahnya dalam unit yang sama.',
    illegalExample: 'Unit Bidang Aptika berisi dua Kepala Bidang yang tidak saling membawahi; atau unit tanpa pejabat pimpinan.',
  },
  checkUnit(ctx, unit, report) {
    const members = ctx.index.positionsByUnit.get(unit.id) ?? [];
    const heads: Position[] = [];
    let leaders = 0;
    for (const p of members) {
      if (!leadsUnit(p)) continue;
      leaders++;
      const sup = p.superiorId === null ? undefined : ctx.doc.positions[p.superiorId];
      if (sup && sup.unitId === unit.id && leadsUnit(sup)) continue;
      heads.push(p);
    }
    if (heads.length > 1) {
      heads.sort(byNameThenId);
      report({
        subjects: [unit.id, ...heads.map((h) => h.id)],
        message:
          `Unit «${unit.nama}» memiliki ${heads.length} pimpinan: ${heads.map(name).join(', ')}. Satu unit dipimpin ` +
          'oleh satu pejabat; pisahkan menjadi unit tersendiri atau tempatkan yang satu di bawah yang lain.',
      });
    } else if (heads.length === 0 && leaders === 0) {
      report({
        severity: 'warning',
        subjects: [unit.id],
        message:
          `Unit «${unit.nama}» belum memiliki pimpinan (pejabat struktural atau Pejabat Fungsional yang diangkat ` +
          'memimpin unit kerja mandiri).',
      });
    }
  },
});
