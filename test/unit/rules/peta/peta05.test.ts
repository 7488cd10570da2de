import { describe, expect } from 'vitest';
import { peta05 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, fullSipoc, levelMap, process, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();
const unit = (id: string) => ({ kind: 'unit' as const, id });

const sound = levelMap('m1', 'Level 1', [
  process('p1', '01', 'Layanan', 'inti', d.bidangA, fullSipoc({ kind: 'luar', nama: 'Masyarakat' }, unit(d.bidangB))),
]);

describe('PETA-05', () => {
  verifyMapRule(peta05, {
    valid: [withMaps(base, [sound])],
    invalid: [
      {
        name: 'SIPOC kosong',
        doc: withMaps(base, [levelMap('m1', 'Level 1', [process('p1', '01', 'Layanan', 'inti', d.bidangA)])]),
        expect: [{ subjects: ['p1', 'm1'], message: expect.stringContaining('pemasok (supplier), masukan (input), keluaran (output), pelanggan (customer)') }],
      },
      {
        name: 'teks kosong dan unit yang dihapus tidak dihitung',
        doc: withMaps(base, [
          levelMap('m1', 'Level 1', [
            process('p1', '01', 'Layanan', 'inti', d.bidangA, {
              supplier: [unit('u_hilang')],
              input: ['  '],
              output: ['Laporan'],
              customer: [{ kind: 'luar', nama: 'Bupati' }],
            }),
          ]),
        ]),
        expect: [{ subjects: ['p1', 'm1'], message: expect.stringMatching(/pemasok \(supplier\), masukan \(input\).*1 unit/) }],
      },
    ],
  });

});
