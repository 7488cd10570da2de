import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/rules';
import { peta07 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, LfBuilder, soundLf, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
dinas(b);
const base = b.build();
const enacted = { status: 'ditetapkan' as const, skNomor: '061/12/ORG/2024', skTanggal: '2024-03-01', tahun: 2024, revisi: 0 };

// a single-lane map with an activity outside any lane: LF-04 error (and LF-04 info for the single lane)
const broken = new LfBuilder('lf9', 'Peta Rusak').edit((m) => (m.meta = { ...enacted }));
const lane = broken.lane('Satu');
broken.chain(broken.start(lane), broken.activity('Tanpa lajur', null), broken.end(lane));

describe('PETA-07', () => {
  verifyMapRule(peta07, {
    valid: [withMaps(base, [{ ...soundLf('lf1'), meta: enacted }]), withMaps(base, [broken.build()].map((m) => ({ ...m, meta: { ...m.meta, status: 'draf' as const } })))],
    invalid: [
      {
        name: 'ditetapkan dengan kesalahan',
        doc: withMaps(base, [broken.build()]),
        expect: [{ subjects: ['lf9'], message: expect.stringContaining('1 kesalahan (LF-04: 1)') }],
      },
      {
        name: 'ditetapkan tanpa nomor SK',
        doc: withMaps(base, [{ ...soundLf('lf1'), meta: { ...enacted, skNomor: '' } }]),
        expect: [{ subjects: ['lf1'], message: expect.stringContaining('nomor atau tanggal SK') }],
      },
    ],
  });

  it('follows the profile and the overrides: an error turned into a warning no longer counts', () => {
    const doc = withMaps(base, [broken.build()]);
    doc.severityOverrides['LF-04'] = 'warning';
    expect(lint(doc, { rules: [peta07] })).toEqual([]);
  });
});
