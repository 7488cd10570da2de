// JAB-03: a pemangku's NIP that is not 18 digits. An empty NIP is not judged (many files keep no NIP); a NIP read
// as a number by a spreadsheet (1.98E+17, a lost leading zero) is the usual cause.
import { describe } from '../ked/common';
import { definePositionRule } from '../types';
import { jabCitation, JAB_SEVERITY, nipsOf, PETA_JABATAN_CLAUSE } from './common';

export const jab03 = definePositionRule({
  id: 'JAB-03',
  scope: 'position',
  title: 'NIP tidak 18 angka',
  description:
    'NIP pemangku terdiri atas 18 angka. NIP yang kosong tidak diperiksa; NIP yang terbaca sebagai bilangan oleh ' +
    'lembar kerja (mis. 1,98E+17) biasanya menjadi penyebabnya.',
  defaultSeverity: JAB_SEVERITY,
  citation: jabCitation(),
  docs: {
    clause: PETA_JABATAN_CLAUSE,
    legalExample: 'Pemangku dengan NIP 198703122010011002.',
    illegalExample: 'Pemangku dengan NIP 1,98703E+17.',
  },
  checkPosition(ctx, p, report) {
    if (p.pemangku.length === 0) return;
    const nips = nipsOf(ctx, p);
    for (let i = 0; i < nips.length; i++) {
      if (nips[i] !== null) continue;
      const person = p.pemangku[i];
      report({
        subjects: [p.id, person.id],
        message:
          `NIP «${person.nip}» milik ${person.nama ? `«${person.nama}»` : 'pemangku tanpa nama'} pada ${describe(p)} ` +
          `bukan 18 angka; ketik ulang NIP sebagai teks.`,
      });
    }
  },
});
