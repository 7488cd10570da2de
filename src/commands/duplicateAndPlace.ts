// Duplikat: copy a position with everything below it and put the copy right beside the original, clear of every
// other box (a stacked JF/Pelaksana copy joins the same stack, and what the grown stack would cover moves down).
// One undo step.
import { newId, type Workspace } from '../model';
import { clearSpotFor, freeSubtree, makeRoom, shiftGroup } from '../layout/placeClear';
import { blockRectOf, boundsOfRects } from '../layout/placeNewBox';
import { execute, executeAll, type Executed } from './command';
import { duplicateSubtree } from './duplicateSubtree';
import { moveBoxes } from './moveBoxes';
import type { IdMaker } from './guards';

export interface DuplicateAndPlaceArgs {
  rootId: string;
  idFor?: IdMaker;
}

export function duplicateAndPlace(doc: Workspace, { rootId, idFor: make }: DuplicateAndPlaceArgs): { executed: Executed; copyId: string } {
  const given = new Map<string, string>();
  const base = make ?? ((prefix: 'pos' | 'unit') => newId(prefix));
  const idFor: IdMaker = (prefix, originalId) => {
    if (!given.has(originalId)) given.set(originalId, base(prefix, originalId));
    return given.get(originalId)!;
  };
  const copyId = idFor('pos', rootId);
  const superiorId = doc.positions[rootId]?.superiorId ?? null;
  const executed = executeAll(doc, duplicateSubtree.label({ rootId }, doc), [
    (d) => execute(d, duplicateSubtree, { rootId, offset: { x: 0, y: 0 }, idFor }),
    (d) => {
      const group = freeSubtree(d, [copyId]);
      if (!group.length) return execute(d, moveBoxes, { moves: [] });
      // start on the original: the copy slides right past it and whatever stands beside it
      const at = boundsOfRects(group.flatMap((id) => blockRectOf(d, id) ?? []));
      const to = clearSpotFor(d, group, { x: at.x, y: at.y });
      return execute(d, moveBoxes, { moves: [...shiftGroup(d, group, to)].map(([id, placement]) => ({ id, placement })) });
    },
    (d) => {
      const changed = [...freeSubtree(d, [copyId]), ...(superiorId ? [superiorId] : [])];
      return execute(d, moveBoxes, { moves: [...makeRoom(d, changed)].map(([id, placement]) => ({ id, placement })) });
    },
  ]);
  return { executed, copyId };
}
