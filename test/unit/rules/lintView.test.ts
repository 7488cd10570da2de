// The lint view: a position whose only change is its placement keeps its previous object, so "Rapikan" or a drag
// costs the incremental linter nothing — and the findings stay exactly those of lint(doc).
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { applyLayout } from '../../../src/commands/applyLayout';
import { execute } from '../../../src/commands/command';
import { deletePositions } from '../../../src/commands/deletePositions';
import { updatePosition } from '../../../src/commands/updatePosition';
import { createLinter, lint } from '../../../src/rules';
import { createLintView } from '../../../src/rules/lintView';

const doc = generateWorkspace({ positions: 600, seed: 11 });
const moveAll = (d: typeof doc) => {
  const placements: Record<string, { x: number; y: number }> = {};
  for (const p of Object.values(d.positions)) if (p.placement) placements[p.id] = { x: p.placement.x + 50, y: p.placement.y + 10 };
  return execute(d, applyLayout, { placements }).doc;
};

describe('createLintView', () => {
  it('passes the first document through', () => {
    expect(createLintView()(doc)).toBe(doc);
  });

  it('answers the previous positions map when nothing but placements changed', () => {
    const view = createLintView();
    const first = view(doc);
    const moved = moveAll(doc);
    expect(moved.positions).not.toBe(doc.positions);
    const seen = view(moved);
    expect(seen.positions).toBe(first.positions);
    expect(seen.units).toBe(moved.units);
    // and again after a second layout
    expect(view(moveAll(moved)).positions).toBe(first.positions);
  });

  it('lets a real change through and keeps the moved positions old', () => {
    const view = createLintView();
    view(doc);
    const moved = moveAll(doc);
    const target = Object.values(moved.positions).find((p) => p.placement)!;
    const renamed = execute(moved, updatePosition, { id: target.id, changes: { nama: 'Diubah' } }).doc;
    const seen = view(renamed);
    expect(seen.positions).not.toBe(doc.positions);
    expect(seen.positions[target.id]).toBe(renamed.positions[target.id]);
    const other = Object.values(moved.positions).find((p) => p.placement && p.id !== target.id)!;
    expect(seen.positions[other.id]).toBe(doc.positions[other.id]);
  });

  it('sees a deletion', () => {
    const view = createLintView();
    view(doc);
    const leaf = Object.values(doc.positions).find((p) => p.superiorId && !Object.values(doc.positions).some((q) => q.superiorId === p.id))!;
    const deleted = execute(doc, deletePositions, { ids: [leaf.id], dependants: 'reattach' }).doc;
    expect(Object.keys(view(deleted).positions)).toHaveLength(Object.keys(deleted.positions).length);
  });

  it('finds exactly what lint(doc) finds along a sequence of layouts and edits', () => {
    const view = createLintView();
    const linter = createLinter();
    let d = doc;
    const steps = [
      moveAll,
      (x: typeof doc) => {
        const jf = Object.values(x.positions).find((p) => p.kind === 'fungsional')!;
        return execute(x, updatePosition, { id: jf.id, changes: { jenjang: 'ahli-utama' } }).doc;
      },
      moveAll,
    ];
    for (const step of steps) {
      d = step(d);
      expect(linter.lint(view(d))).toEqual(lint(d));
    }
  });
});
