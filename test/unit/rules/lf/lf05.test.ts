import { describe } from 'vitest';
import { lf05 } from '../../../../src/rules/lf';
import { TeamSchema, type LaneBinding } from '../../../../src/model';
import { bindPosition, DocBuilder, dinas, LfBuilder, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
b.doc.teams.t1 = TeamSchema.parse({ id: 't1', nama: 'Tim Data', ownerUnitId: d.bidangA });
const base = b.build();

function lanes(bindings: (LaneBinding | null)[]) {
  const m = new LfBuilder('lf1', 'Lajur');
  bindings.forEach((x, i) => m.lane(`Lajur ${i + 1}`, x, `lane${i + 1}`));
  return m.build();
}

describe('LF-05', () => {
  verifyMapRule(lf05, {
    valid: [
      withMaps(base, [
        lanes([bindPosition(base, d.kabidA), { kind: 'unit', id: d.bidangB }, { kind: 'team', id: 't1' }, { kind: 'luar', nama: 'Instansi dituju' }]),
      ]),
    ],
    invalid: [
      {
        name: 'terikat pada unsur yang dihapus',
        doc: withMaps(base, [
          lanes([{ kind: 'position', id: 'p_hilang', boundAs: null }, { kind: 'unit', id: 'u_hilang' }, { kind: 'team', id: 't_hilang' }]),
        ]),
        expect: [{ subjects: ['lane1', 'lf1'] }, { subjects: ['lane2', 'lf1'] }, { subjects: ['lane3', 'lf1'] }],
      },
      {
        name: 'belum terikat',
        doc: withMaps(base, [lanes([null, { kind: 'luar', nama: '  ' }])]),
        expect: [
          { subjects: ['lane1', 'lf1'], severity: 'warning' },
          { subjects: ['lane2', 'lf1'], severity: 'warning' },
        ],
      },
    ],
  });
});
