// model/maps.ts: codes as text, the map tree, references, lane geometry, names.
import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  extendsCode,
  isChildCode,
  laneAt,
  laneName,
  laneSpans,
  mapsAffectedByDelete,
  mapsAffectedByProcessDelete,
  mapsBoundTo,
  mapReferences,
  nextChildCode,
  readingOrder,
  renumberedCodes,
  replaceCodePrefix,
  type LevelMap,
  type LintasFungsiMap,
} from '../../../src/model';
import { mapFixture } from './fixture';

describe('process codes', () => {
  it('nextChildCode numbers after the highest sibling, as text in the siblings width', () => {
    expect(nextChildCode('01.03', ['01.03.01', '01.03.02', '01.03.03'])).toBe('01.03.04');
    expect(nextChildCode('', [])).toBe('01');
    expect(nextChildCode('01', [])).toBe('01.01');
    expect(nextChildCode('1', ['1.1', '1.2'])).toBe('1.3');
    expect(nextChildCode('1', ['1.9'])).toBe('1.10');
    expect(nextChildCode('01', ['01.09'])).toBe('01.10');
    expect(nextChildCode('01', ['01.99'])).toBe('01.100');
    // other codes, and non-numbered siblings, are ignored
    expect(nextChildCode('01', ['02.05', '01.A', '01.02.07'])).toBe('01.01');
  });

  it('never coerces: 1.10 and 1.1 differ; natural order', () => {
    expect(compareCodes('1.10', '1.1')).toBeGreaterThan(0);
    expect(compareCodes('1.9', '1.10')).toBeLessThan(0);
    expect(compareCodes('01', '1')).not.toBe(0);
    expect(compareCodes('01.02', '01.02')).toBe(0);
    expect(['1.10', '1.2', '1.1', '1', '01.3', 'A'].sort(compareCodes)).toEqual(['01.3', '1', '1.1', '1.2', '1.10', 'A']);
    expect(isChildCode('1.1', '1.10')).toBe(false);
    expect(isChildCode('1.1', '1.1.0')).toBe(true);
    expect(isChildCode('1', '1.1.1')).toBe(false);
    expect(isChildCode('', '07')).toBe(true);
    expect(extendsCode('1', '1.1.1')).toBe(true);
    expect(extendsCode('1.1', '1.10')).toBe(false);
  });

  it('replaceCodePrefix replaces whole leading segments only', () => {
    expect(replaceCodePrefix('01.03.02', '01.03', '02.01')).toBe('02.01.02');
    expect(replaceCodePrefix('01.03', '01.03', '02')).toBe('02');
    expect(replaceCodePrefix('01.030', '01.03', '02')).toBeNull();
    expect(replaceCodePrefix('x', '', '02')).toBeNull();
  });

  it('renumberedCodes follows reading order (bands, then array order) below the code base', () => {
    const doc = mapFixture();
    const l1 = doc.maps.m_l1 as LevelMap;
    const shuffled = { ...l1, processes: [l1.processes[2], l1.processes[1], l1.processes[0]] };
    expect(readingOrder(shuffled).map((p) => p.id)).toEqual(['p_renc', 'p_apl', 'p_umum']);
    expect(renumberedCodes(doc, shuffled).size).toBe(0);
    const l2 = doc.maps.m_l2 as LevelMap;
    const swapped = { ...l2, processes: [l2.processes[1], l2.processes[0]] };
    expect([...renumberedCodes(doc, swapped)]).toEqual([
      ['q_dev', '02.01'],
      ['q_infra', '02.02'],
    ]);
  });
});

describe('map tree and references', () => {
  it('lists the maps a delete takes with it', () => {
    const doc = mapFixture();
    expect(mapsAffectedByDelete(doc, 'm_l2')).toEqual(['m_l2', 'm_l3', 'm_sub', 'm_lf']);
    expect(mapsAffectedByDelete(doc, 'm_ikp')).toEqual(['m_ikp']);
    expect(mapsAffectedByDelete(doc, 'hilang')).toEqual([]);
    expect(mapsAffectedByProcessDelete(doc, 'm_l1', 'p_apl')).toEqual(['m_l2', 'm_l3', 'm_sub', 'm_lf']);
    expect(mapsAffectedByProcessDelete(doc, 'm_l1', 'p_umum')).toEqual([]);
    // safe on a cycle
    (doc.maps.m_l1 as LevelMap).parent = { mapId: 'm_l3', processId: 'r_jar' };
    expect(mapsAffectedByDelete(doc, 'm_l1').sort()).toEqual(['m_l1', 'm_l2', 'm_l3', 'm_lf', 'm_sub']);
  });

  it('mapsBoundTo names the maps whose lanes or steps name the positions', () => {
    const doc = mapFixture();
    expect(mapsBoundTo(doc, ['p_kasi_infra'])).toEqual([
      { mapId: 'm_lf', title: 'Lintas Fungsi Permintaan Aplikasi', kind: 'lintas-fungsi', laneIds: ['ln_kasi'], stepIds: [] },
      { mapId: 'm_sub', title: 'Subproses Jaringan', kind: 'subproses', laneIds: [], stepIds: ['st1'] },
    ]);
    expect(mapsBoundTo(doc, ['p_kadis'])).toEqual([]);
    expect(mapReferences(doc.maps.m_sub)).toEqual({ positions: ['p_kasi_infra', 'p_teknisi', 'p_pranata_pertama'], teams: [] });
  });
});

describe('lane geometry and names', () => {
  it('laneAt finds the lane under a point along the cross axis', () => {
    const map = mapFixture().maps.m_lf as LintasFungsiMap;
    expect(laneSpans(map).map((s) => [s.lane.id, s.start, s.end])).toEqual([
      ['ln_kabid', 0, 260],
      ['ln_kasi', 260, 520],
      ['ln_pd', 520, 720],
    ]);
    expect(laneAt(map, { x: 0, y: 999 })?.id).toBe('ln_kabid');
    expect(laneAt(map, { x: 260, y: -10 })?.id).toBe('ln_kasi');
    expect(laneAt(map, { x: 719.5, y: 0 })?.id).toBe('ln_pd');
    expect(laneAt(map, { x: 720, y: 0 })).toBeNull();
    expect(laneAt(map, { x: -1, y: 0 })).toBeNull();
    const rows = { ...map, orientation: 'rows' as const };
    expect(laneAt(rows, { x: 5000, y: 300 })?.id).toBe('ln_kasi');
  });

  it('laneName shows the bound element, else the label', () => {
    const doc = mapFixture();
    const map = doc.maps.m_lf as LintasFungsiMap;
    expect(laneName(doc, map.lanes[0])).toBe('Kepala Bidang Aplikasi Informatika');
    expect(laneName(doc, map.lanes[2])).toBe('Perangkat Daerah pemohon');
    expect(laneName(doc, { ...map.lanes[0], binding: null, label: 'Peran' })).toBe('Peran');
    expect(laneName(doc, { ...map.lanes[0], binding: { kind: 'team', id: 't_sip' } })).toBe('Tim Sistem Informasi Pelayanan');
  });
});
