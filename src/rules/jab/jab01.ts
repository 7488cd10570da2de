// JAB-01: bezetting without kebutuhan — people hold a jabatan the ABK says the unit does not need (B > 0, K = 0).
// Usually a K left at 0 by the import or a jabatan kept after the ABK dropped it; either way the peta jabatan is off.
import { bezettingOf } from '../../model';
import { describe } from '../ked/common';
import { definePositionRule } from '../types';
import { jabCitation, JAB_SEVERITY, PETA_JABATAN_CLAUSE } from './common';

export const jab01 = definePositionRule({
  id: 'JAB-01',
  scope: 'position',
  title: 'Ada pemangku, kebutuhan nol',
  description:
    'Jabatan yang memiliki pemangku (B lebih dari 0) semestinya memiliki kebutuhan (K) dari analisis beban kerja; ' +
    'K = 0 dengan B > 0 biasanya berarti kebutuhan belum diisi.',
  defaultSeverity: JAB_SEVERITY,
  citation: jabCitation(),
  docs: {
    clause: PETA_JABATAN_CLAUSE,
    legalExample: 'Pranata Komputer Ahli Pertama: K 2, B 1.',
    illegalExample: 'Pranata Komputer Ahli Pertama: K 0, B 2.',
  },
  checkPosition(_ctx, p, report) {
    if (p.kebutuhan !== 0) return;
    const b = bezettingOf(p);
    if (b === 0) return;
    report({
      subjects: [p.id],
      message: `${describe(p)} memiliki ${b} pemangku (B ${b}) tetapi kebutuhannya 0 (K 0); isi K dari analisis beban kerja.`,
    });
  },
});
