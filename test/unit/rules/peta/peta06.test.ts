import { describe } from 'vitest';
import { peta06 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, subprosesMap, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();
const step = (id: string, nama: string, output: string, pengampuId: string | null) => ({ id, nama, output, pengampuId, keterangan: '' });

describe('PETA-06', () => {
  verifyMapRule(peta06, {
    valid: [withMaps(base, [subprosesMap('s1', 'Subproses SPJ', [step('t1', 'Verifikasi SPJ', 'SPJ terverifikasi', d.kasi)])])],
    invalid: [
      {
        name: 'tanpa output, tanpa pengampu, pengampu dihapus',
        doc: withMaps(base, [
          subprosesMap('s1', 'Subproses SPJ', [
            step('t1', 'Menerima SPJ', '', d.kasi),
            step('t2', 'Verifikasi SPJ', 'SPJ terverifikasi', null),
            step('t3', 'Mengarsipkan', 'Arsip', 'p_hilang'),
          ]),
        ]),
        expect: [{ subjects: ['t1', 's1'] }, { subjects: ['t2', 's1'] }, { subjects: ['t3', 's1'] }],
      },
    ],
  });
});
