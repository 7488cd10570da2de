import { describe, expect, it } from 'vitest';
import { exitLabel, needsLane, newSymbol, nextPlacement } from '../../../src/layout/lfPlacement';
import { laneAt, LANE_HEADER, LF_NODE_SIZE, LintasFungsiMapSchema, nodeCenter, type LintasFungsiMap } from '../../../src/model';

function lfMap(): LintasFungsiMap {
  return LintasFungsiMapSchema.parse({
    id: 'm',
    kind: 'lintas-fungsi',
    title: 'Uji',
    lanes: [
      { id: 'a', label: 'A', size: 260 },
      { id: 'b', label: 'B', size: 300 },
    ],
    nodes: [
      { id: 'd', type: 'decision', label: 'Setuju?', laneId: 'a', placement: { x: 60, y: 100 } },
      { id: 'x', type: 'activity', label: 'Kerjakan', laneId: 'b', placement: { x: 300, y: 260 } },
    ],
    arrows: [{ id: 'r1', source: 'd', target: 'x', label: 'Ya' }],
  });
}

describe('lfPlacement', () => {
  it('only activities and decisions must stand in a lane', () => {
    expect(needsLane('activity')).toBe(true);
    expect(needsLane('decision')).toBe(true);
    expect(needsLane('terminator')).toBe(false);
    expect(needsLane('connector')).toBe(false);
  });

  it('a decision exit is labelled Ya first, then Tidak, then left blank; other symbols get no label', () => {
    const map = lfMap();
    expect(exitLabel(map, 'd')).toBe('Tidak');
    expect(exitLabel({ ...map, arrows: [] }, 'd')).toBe('Ya');
    expect(exitLabel({ ...map, arrows: [...map.arrows, { id: 'r2', source: 'd', target: 'x', label: 'Tidak' }] }, 'd')).toBe('');
    expect(exitLabel(map, 'x')).toBe('');
  });

  it('a new symbol goes into the asked lane, below everything already placed', () => {
    const map = lfMap();
    const at = nextPlacement(map, 'activity', 'b');
    const center = nodeCenter({ type: 'activity', placement: at })!;
    expect(laneAt(map, center)?.id).toBe('b');
    expect(at.y).toBeGreaterThanOrEqual(260 + LF_NODE_SIZE.activity.height);
    const empty = { ...map, nodes: [] };
    expect(nextPlacement(empty, 'terminator', 'a').y).toBeGreaterThan(LANE_HEADER);
  });

  it('new symbols are valid SOP symbols with their defaults', () => {
    const s = newSymbol('terminator', { x: 0, y: 0 }, null);
    expect(s.type === 'terminator' && s.peran).toBe('mulai');
    const a = newSymbol('activity', { x: 1, y: 2 }, 'a');
    expect(a.type === 'activity' && a.mutuBaku).toEqual({ kelengkapan: '', waktu: '', output: '' });
    expect(a.laneId).toBe('a');
    expect(newSymbol('activity', { x: 0, y: 0 }, 'a').id).not.toBe(a.id);
  });
});
