import { describe, expect, it } from 'vitest';
import { isStacked } from '../../../src/layout/geometry';
import { ensurePlacements } from '../../../src/layout/ensurePlacements';
import { createDinasContoh } from '../../../src/samples/dinasContoh';

describe('ensurePlacements', () => {
  it('leaves a fully placed document untouched', () => {
    const doc = createDinasContoh();
    expect(ensurePlacements(doc)).toBe(doc);
  });

  it('lays out a document with no placements at all', () => {
    const doc = createDinasContoh();
    for (const p of Object.values(doc.positions)) p.placement = null;
    const placed = ensurePlacements(doc);
    const free = Object.values(placed.positions).filter((p) => !isStacked(p, placed));
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((p) => p.placement !== null)).toBe(true);
  });

  it('places only the unplaced boxes and moves none the user placed', () => {
    const doc = createDinasContoh();
    doc.positions.jab_1_3.placement = null;
    const placed = ensurePlacements(doc);
    expect(placed.positions.jab_1_3.placement).not.toBeNull();
    for (const [id, p] of Object.entries(doc.positions)) {
      if (id !== 'jab_1_3') expect(placed.positions[id].placement).toEqual(p.placement);
    }
  });
});
