import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { updateLane } from '../../../src/commands';
import { laneBindingChanged, type LintasFungsiMap, type Workspace } from '../../../src/model';
import { lint } from '../../../src/rules';
import { lf06 } from '../../../src/rules/lf';
import { roundTrip } from '../commands/fixture';
import { bindPosition, DocBuilder, dinas, LfBuilder, withMaps } from './helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();
const start = withMaps(base, [
  (() => {
    const m = new LfBuilder('lf1', 'Lajur');
    m.lane('Kepala Seksi', bindPosition(base, d.kasi), 'kasi');
    m.lane('Pejabat Fungsional', null, 'peran');
    return m.build();
  })(),
]);
const lf06Of = (doc: Workspace) => lint(doc, { rules: [lf06], profileId: 'banjar-39-2024' });
const lanes = (doc: typeof start) => (doc.maps.lf1 as LintasFungsiMap).lanes;
const disetarakan = produce(start, (x) => {
  x.positions[d.kasi].kind = 'fungsional';
  x.positions[d.kasi].jenjang = 'ahli-muda';
});

describe('laneBindingChanged', () => {
  it('is false while the bound position is what it was, and for lanes not bound to a position', () => {
    expect(laneBindingChanged(start, lanes(start)[0].binding)).toBe(false);
    expect(laneBindingChanged(start, lanes(start)[1].binding)).toBe(false);
  });
  it('is true once the position changed kind, unit or name', () => {
    expect(laneBindingChanged(disetarakan, lanes(disetarakan)[0].binding)).toBe(true);
    const moved = produce(start, (x) => {
      x.positions[d.kasi].unitId = d.bidangB;
    });
    expect(laneBindingChanged(moved, lanes(moved)[0].binding)).toBe(true);
  });
});

describe('binding a lane from its properties', () => {
  it('binds a role lane: execute → undo → redo', () => {
    const r = roundTrip(start, updateLane, { mapId: 'lf1', laneId: 'peran', changes: { binding: { kind: 'unit', id: d.bidangA } } });
    expect(lanes(r.doc)[1].binding).toEqual({ kind: 'unit', id: d.bidangA });
  });

  it('"Perbarui" takes a fresh snapshot of the changed position, and LF-06 no longer reports the lane', () => {
    expect(lf06Of(disetarakan)).toHaveLength(1);
    const r = roundTrip(disetarakan, updateLane, { mapId: 'lf1', laneId: 'kasi', changes: { binding: lanes(disetarakan)[0].binding } });
    expect(laneBindingChanged(r.doc, lanes(r.doc)[0].binding)).toBe(false);
    expect(lf06Of(r.doc)).toEqual([]);
  });
});
