import { describe, expect, it } from 'vitest';
import { keyboardMove, KEY_STEP, KEY_STEP_LARGE } from '../../../src/layout/lfKeyboard';
import type { LintasFungsiMap } from '../../../src/model';

function map(orientation: 'columns' | 'rows'): LintasFungsiMap {
  return {
    id: 'm', kind: 'lintas-fungsi', title: 'SOP', orientation,
    lanes: [
      { id: 'l1', label: 'A', binding: null, size: 240 },
      { id: 'l2', label: 'B', binding: null, size: 240 },
    ],
    nodes: [{ id: 'n1', type: 'activity', label: 'Periksa', laneId: 'l1', placement: { x: 20, y: 100 } }],
    arrows: [],
  } as unknown as LintasFungsiMap;
}

describe('keyboard moves of a lintas fungsi symbol', () => {
  it('steps along either axis, a large step with Shift along the flow', () => {
    expect(keyboardMove(map('columns'), 'n1', 'ArrowDown', false)).toStrictEqual({ x: 20, y: 100 + KEY_STEP });
    expect(keyboardMove(map('columns'), 'n1', 'ArrowUp', true)).toStrictEqual({ x: 20, y: 100 - KEY_STEP_LARGE });
    expect(keyboardMove(map('columns'), 'n1', 'ArrowRight', false)).toStrictEqual({ x: 20 + KEY_STEP, y: 100 });
  });

  it('Shift across the lanes centres the symbol in the next lane (columns: x, rows: y)', () => {
    // activity 190 wide: centred in 240..480 → x 265
    expect(keyboardMove(map('columns'), 'n1', 'ArrowRight', true)).toStrictEqual({ x: 265, y: 100 });
    // rows: activity 72 high centred in 240..480 → y 324
    expect(keyboardMove(map('rows'), 'n1', 'ArrowDown', true)).toStrictEqual({ x: 20, y: 324 });
  });

  it('refuses to leave past the first or last lane, and an unknown symbol', () => {
    expect(keyboardMove(map('columns'), 'n1', 'ArrowLeft', true)).toBeNull();
    expect(keyboardMove(map('columns'), 'nope', 'ArrowLeft', false)).toBeNull();
  });
});
