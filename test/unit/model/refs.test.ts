// The one reference table (model/refs.ts): every kind of place that names an element is found, and retargetRef
// makes each name another element, keeping the fields this version does not know.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { mapReferences, mapsBoundTo, ProcessMapSchema, refsOf, retargetRef, type Workspace } from '../../../src/model';
import { makeFixture } from '../commands/fixture';

function withMaps(): Workspace {
  const doc = makeFixture();
  const maps = [
    {
      id: 'm_lvl', kind: 'level', title: 'Level', ownerUnitId: 'u_aptika',
      processes: [{ id: 'pr1', kode: '1', nama: 'Layanan', pengampuUnitId: 'u_aptika', sipoc: { supplier: [{ kind: 'unit', id: 'u_aptika' }, { kind: 'luar', nama: 'Warga' }], customer: [{ kind: 'unit', id: 'u_ikp' }] } }],
    },
    {
      id: 'm_lf', kind: 'lintas-fungsi', title: 'Lintas', ownerUnitId: null, parent: { mapId: 'm_lvl', processId: 'pr1' },
      lanes: [
        { id: 'l1', label: 'A', binding: { kind: 'unit', id: 'u_aptika', catatanBaru: 'tetap' } },
        { id: 'l2', label: 'B', binding: { kind: 'position', id: 'p_teknisi' } },
        { id: 'l3', label: 'C', binding: { kind: 'team', id: 't_sip' } },
      ],
    },
    { id: 'm_sub', kind: 'subproses', title: 'Sub', ownerUnitId: null, steps: [{ id: 's1', nama: 'Periksa', pengampuId: 'p_teknisi' }] },
    { id: 'm_rel', kind: 'relasi', title: 'Relasi', ownerUnitId: null, boxes: [{ id: 'b1', ref: { kind: 'unit', id: 'u_aptika' } }, { id: 'b2', ref: { kind: 'process', mapId: 'm_lvl', processId: 'pr1' } }] },
  ].map((m) => ProcessMapSchema.parse(m));
  return { ...doc, maps: { ...doc.maps, ...Object.fromEntries(maps.map((m) => [m.id, m])) } };
}

describe('refsOf', () => {
  it('finds every place that names a unit: team owner, map owner, lane, pengampu, SIPOC party, relasi box', () => {
    const kinds = refsOf(withMaps(), 'u_aptika').map((s) => s.kind).sort();
    expect(kinds).toEqual(['lane', 'map-owner', 'process-pengampu', 'relasi-box', 'sipoc', 'team-field']);
  });

  it('finds a position in teams, lanes and subproses steps; a team in lanes; a process in derivative maps and relasi', () => {
    const doc = withMaps();
    expect(refsOf(doc, 'p_teknisi').map((s) => s.kind).sort()).toEqual(['lane', 'step-pengampu']);
    expect(refsOf(doc, 'p_pranata_muda').map((s) => s.kind)).toEqual(['team-member']);
    expect(refsOf(doc, 't_sip')).toEqual([{ kind: 'lane', mapId: 'm_lf', laneId: 'l3', as: 'team' }]);
    expect(refsOf(doc, 'pr1').map((s) => s.kind).sort()).toEqual(['map-parent', 'relasi-box']);
    expect(refsOf(doc, 'u_tidak_ada')).toEqual([]);
  });

  it('mapsBoundTo and mapReferences read the same table', () => {
    const doc = withMaps();
    expect(mapsBoundTo(doc, ['p_teknisi'])).toEqual([
      { mapId: 'm_lf', title: 'Lintas', kind: 'lintas-fungsi', laneIds: ['l2'], stepIds: [] },
      { mapId: 'm_sub', title: 'Sub', kind: 'subproses', laneIds: [], stepIds: ['s1'] },
    ]);
    expect(mapReferences(doc.maps.m_lf)).toEqual({ positions: ['p_teknisi'], teams: ['t_sip'] });
  });
});

describe('retargetRef', () => {
  it('makes every place name the other unit and keeps unknown fields of a binding', () => {
    const doc = withMaps();
    const next = produce(doc, (draft) => {
      for (const site of refsOf(doc, 'u_aptika')) retargetRef(draft, site, 'u_dinas');
    });
    expect(refsOf(next, 'u_aptika')).toEqual([]);
    expect(refsOf(next, 'u_dinas').length).toBe(refsOf(doc, 'u_aptika').length + refsOf(doc, 'u_dinas').length);
    const lane = next.maps.m_lf.kind === 'lintas-fungsi' ? next.maps.m_lf.lanes[0] : null;
    expect(lane?.binding).toEqual({ kind: 'unit', id: 'u_dinas', catatanBaru: 'tetap' });
    // the outside party is not a reference and stays
    expect(next.maps.m_lvl.kind === 'level' && next.maps.m_lvl.processes[0].sipoc.supplier[1]).toEqual({ kind: 'luar', nama: 'Warga' });
  });

  it('a position lane forgets what it was bound as; a member names the new position', () => {
    const doc = withMaps();
    const next = produce(doc, (draft) => {
      for (const site of refsOf(doc, 'p_teknisi')) retargetRef(draft, site, 'p_kasi_infra');
      for (const site of refsOf(doc, 'p_pranata_muda')) retargetRef(draft, site, 'p_kasi_infra');
    });
    expect(next.maps.m_lf.kind === 'lintas-fungsi' && next.maps.m_lf.lanes[1].binding).toEqual({ kind: 'position', id: 'p_kasi_infra', boundAs: null });
    expect(next.teams.t_sip.members[0].positionId).toBe('p_kasi_infra');
  });
});
