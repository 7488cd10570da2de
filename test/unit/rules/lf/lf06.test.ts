import { produce } from 'immer';
import { describe } from 'vitest';
import { lf06 } from '../../../../src/rules/lf';
import { bindPosition, DocBuilder, dinas, LfBuilder, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const jf = b.jf('ahli-muda', 'Analis', d.bidangA, d.kabidA);
const base = b.build();

const map = (() => {
  const m = new LfBuilder('lf1', 'Lajur');
  m.lane('Kepala Seksi', bindPosition(base, d.kasi), 'kasi');
  m.lane('Kepala Bidang B', bindPosition(base, d.kabidB), 'kabidB');
  m.lane('Analis', bindPosition(base, jf), 'jf');
  return m.build();
})();
const start = withMaps(base, [map]);

describe('LF-06', () => {
  verifyMapRule(lf06, {
    valid: [
      start,
      // a JF lane whose JF moved is not about penyederhanaan
      produce(start, (x) => {
        x.positions[jf].unitId = d.bidangB;
      }),
      // renamed, still the same structural post in the same unit
      produce(start, (x) => {
        x.positions[d.kasi].nama = 'Kepala Seksi Baru';
      }),
    ],
    invalid: [
      {
        name: 'disetarakan menjadi JF',
        doc: produce(start, (x) => {
          x.positions[d.kasi].kind = 'fungsional';
          x.positions[d.kasi].jenjang = 'ahli-muda';
        }),
        expect: [{ subjects: ['kasi', 'lf1', d.kasi] }],
      },
      {
        name: 'pindah unit; unit dihapus',
        doc: produce(start, (x) => {
          x.positions[d.kasi].unitId = d.bidangA;
          x.positions[d.kabidB].unitId = d.pd;
          delete x.units[d.bidangB];
        }),
        expect: [{ subjects: ['kasi', 'lf1', d.kasi] }, { subjects: ['kabidB', 'lf1', d.kabidB] }],
      },
    ],
  });
});
