// A generated structure (rules/helpers/generate.ts) with one map of each kind naming its positions, units and a
// team: the input of the map-rule contract and incremental tests.
import { isStructural, TeamSchema, type Workspace } from '../../../../src/model';
import { bindPosition, fullSipoc, LfBuilder, levelMap, process, relasiMap, subprosesMap } from '../../maps/helpers';
import { generate, prng } from '../helpers/generate';

/** A generated structure with one map of each kind naming its positions and units. */
export function withMaps(positions: number, seed: number): Workspace {
  const doc = generate(positions, seed);
  const rnd = prng(seed * 13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const ps = Object.values(doc.positions);
  const units = Object.keys(doc.units);
  const unit = () => ({ kind: 'unit' as const, id: pick(units) });
  doc.teams.t1 = TeamSchema.parse({ id: 't1', nama: 'Tim Uji', ownerUnitId: pick(units) });
  const l1 = levelMap(
    'm1',
    'Level 1',
    Array.from({ length: 6 }, (_, i) =>
      process(`p${i}`, `0${i + 1}`, `Proses ${i}`, (['manajemen', 'inti', 'pendukung'] as const)[i % 3], pick(units), i % 2 ? fullSipoc(unit(), unit(), `Output ${i}`) : {}),
    ),
  );
  const l2 = levelMap('m2', 'Level 2', [process('q1', '02.01', 'Sub', 'inti', pick(units)), process('q2', '02.02', 'Sub 2', null, null)], {
    level: 2,
    parent: { mapId: 'm1', processId: 'p1' },
  });
  const sub = subprosesMap(
    's1',
    'Subproses',
    ps.slice(-5).map((p, i) => ({ id: `st${i}`, nama: `Langkah ${i}`, output: i % 2 ? 'Hasil' : '', pengampuId: p.id, keterangan: '' })),
    { parent: { mapId: 'm2', processId: 'q1' } },
  );
  const lf = new LfBuilder('lf', 'Lintas Fungsi');
  const structural = ps.filter((p) => isStructural(p.kind));
  const lanes = [
    lf.lane('A', bindPosition(doc, structural[1].id)),
    lf.lane('B', bindPosition(doc, structural[2].id)),
    lf.lane('C', { kind: 'team', id: 't1' }),
    lf.lane('D', { kind: 'unit', id: pick(units) }),
    lf.lane('E', null),
  ];
  let prev = lf.start(lanes[0]);
  for (let i = 0; i < 12; i++) {
    const node = i % 4 === 3 ? lf.decision(`Keputusan ${i}`, pick(lanes)) : lf.activity(`Kegiatan ${i}`, pick(lanes));
    lf.arrow(prev, node, i % 4 === 0 ? 'Ya' : '');
    prev = node;
  }
  lf.arrow(prev, lf.end(lanes[1]));
  lf.connector('A', lanes[0]); // unpaired: LF-07 (LF-02 stays silent behind it)
  lf.activity('Terlepas', lanes[1]); // reached from nowhere, reaching nothing: LF-02
  const rel = relasiMap('r1', 'Relasi', {
    boxes: [
      { id: 'b1', ref: unit(), placement: null },
      { id: 'b2', ref: unit(), placement: null },
      { id: 'b3', ref: { kind: 'process', mapId: 'm1', processId: 'p3' }, placement: null },
    ],
    arrows: [
      { id: 'ra1', source: 'b1', target: 'b2', label: 'Output 1', jenis: null },
      { id: 'ra2', source: 'b3', target: 'b2', label: '', jenis: null },
    ],
  });
  for (const m of [l1, l2, sub, lf.build(), rel]) doc.maps[m.id] = m;
  return doc;
}

