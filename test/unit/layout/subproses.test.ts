// The peta subproses diagram: ELK layered, wrapped into rows (elk.bundled in node).
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutKey, layoutSubproses, STEP_BOX, stepArrowId } from '../../../src/layout/subproses';
import { SubprosesMapSchema, type SubprosesMap } from '../../../src/model';

const elk = new ELK();

function map(n: number): SubprosesMap {
  return SubprosesMapSchema.parse({
    id: 'm',
    kind: 'subproses',
    title: 'Uji',
    steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, nama: `Langkah ${i + 1}` })),
  });
}

const overlap = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.abs(p.x - q.x) < STEP_BOX.width && Math.abs(p.y - q.y) < STEP_BOX.height;

describe('layoutSubproses', () => {
  it('places every step without overlap, in reading order (row by row, left to right), with an arrow from each step to the next', async () => {
    const m = map(12);
    const { placements, routes } = await layoutSubproses(m, elk);
    const at = m.steps.map((s) => placements[s.id]);
    expect(at.every(Boolean)).toBe(true);
    for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) expect(overlap(at[i], at[j])).toBe(false);
    for (let i = 1; i < at.length; i++) {
      const sameRow = at[i].y === at[i - 1].y;
      // the next step is to the right on the same row, or starts a lower row
      expect(sameRow ? at[i].x > at[i - 1].x : at[i].y > at[i - 1].y).toBe(true);
      const route = routes[stepArrowId(m.steps[i - 1].id, m.steps[i].id)];
      expect(route.length).toBeGreaterThanOrEqual(2);
      // it leaves the box of the step before and ends on the box of the next
      const [first, last] = [route[0], route[route.length - 1]];
      expect(first.x).toBeGreaterThanOrEqual(at[i - 1].x + STEP_BOX.width - 1);
      expect(last.x).toBeLessThanOrEqual(at[i].x + 1);
    }
    // wrapped: twelve steps are not one row or one column
    const rows = new Set(at.map((p) => p.y)).size;
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThan(12);
  });

  it('an empty map has nothing to lay out; one step has no arrow', async () => {
    expect(await layoutSubproses(map(0), elk)).toEqual({ placements: {}, routes: {} });
    const one = await layoutSubproses(map(1), elk);
    expect(Object.keys(one.placements)).toEqual(['s0']);
    expect(one.routes).toEqual({});
  });

  it('depends only on the order of the steps: renaming keeps the key, reordering changes it', () => {
    const m = map(3);
    const renamed = { ...m, steps: m.steps.map((s) => ({ ...s, nama: `${s.nama} baru`, output: 'SK' })) };
    expect(layoutKey(renamed)).toBe(layoutKey(m));
    const reordered = { ...m, steps: [m.steps[1], m.steps[0], m.steps[2]] };
    expect(layoutKey(reordered)).not.toBe(layoutKey(m));
  });
});
