// Random sequences of commands (fast-check): whatever is accepted keeps the document sound, whatever is
// refused is a CommandError, and undoing everything gives back the original document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  deletePositions,
  duplicateSubtree,
  emptyHistory,
  execute,
  movePosition,
  pasteSubtrees,
  copySubtrees,
  record,
  removeUnit,
  undo,
  updatePosition,
  type Executed,
  type History,
} from '../../../src/commands';
import { POSITION_KINDS, structureIndex, type Workspace } from '../../../src/model';
import { makeFixture, problemsOf } from './fixture';

type Step =
  | { op: 'move'; a: number; b: number | null }
  | { op: 'delete'; a: number; b: number; subtree: boolean }
  | { op: 'kind'; a: number; kind: number }
  | { op: 'duplicate'; a: number }
  | { op: 'paste'; a: number; b: number | null }
  | { op: 'removeUnit'; a: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('move' as const), a: fc.nat(), b: fc.option(fc.nat(), { nil: null }) }),
  fc.record({ op: fc.constant('delete' as const), a: fc.nat(), b: fc.nat(), subtree: fc.boolean() }),
  fc.record({ op: fc.constant('kind' as const), a: fc.nat(), kind: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('paste' as const), a: fc.nat(), b: fc.option(fc.nat(), { nil: null }) }),
  fc.record({ op: fc.constant('removeUnit' as const), a: fc.nat() }),
);

function pick(ids: string[], n: number): string {
  return ids[n % ids.length];
}

function run(doc: Workspace, step: Step): Executed {
  const ids = Object.keys(doc.positions);
  const units = Object.keys(doc.units);
  if (ids.length === 0) return execute(doc, removeUnit, { id: pick(units, step.a) });
  switch (step.op) {
    case 'move':
      return execute(doc, movePosition, { id: pick(ids, step.a), superiorId: step.b === null ? null : pick(ids, step.b) });
    case 'delete':
      return execute(doc, deletePositions, {
        ids: [pick(ids, step.a), pick(ids, step.b)].filter((v, i, a) => a.indexOf(v) === i),
        dependants: step.subtree ? 'delete-subtree' : 'reattach',
      });
    case 'kind':
      return execute(doc, updatePosition, { id: pick(ids, step.a), changes: { kind: POSITION_KINDS[step.kind % 6] } });
    case 'duplicate':
      return execute(doc, duplicateSubtree, { rootId: pick(ids, step.a) });
    case 'paste':
      return execute(doc, pasteSubtrees, {
        payload: copySubtrees(doc, [pick(ids, step.a)]),
        superiorId: step.b === null ? null : pick(ids, step.b),
      });
    case 'removeUnit':
      return execute(doc, removeUnit, { id: pick(units, step.a) });
  }
}

/** The fixture has no line across Perangkat Daerah that are not nested, and none of these commands may draw one (KED-10). */
function crossPdLines(doc: Workspace): string[] {
  const pd = structureIndex(doc).enclosingPerangkatDaerahOf;
  return Object.values(doc.positions)
    .filter((p) => p.superiorId !== null && pd.get(p.unitId)?.id !== pd.get(doc.positions[p.superiorId].unitId)?.id)
    .map((p) => p.id);
}

describe('random command sequences', () => {
  it('keep the document sound and undo back to the start', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), (steps) => {
        const start = makeFixture();
        let doc = start;
        let history: History = emptyHistory();
        for (const step of steps) {
          let done: Executed;
          try {
            done = run(doc, step);
          } catch (e) {
            if (e instanceof CommandError) continue;
            throw e;
          }
          expect(problemsOf(done.doc)).toEqual([]);
          expect(crossPdLines(done.doc)).toEqual([]);
          history = record(history, done);
          doc = done.doc;
        }
        for (let u = undo(history, doc); u; u = undo(history, doc)) {
          history = u.history;
          doc = u.doc;
        }
        expect(doc).toStrictEqual(start);
      }),
      { numRuns: 150 },
    );
  });
});
