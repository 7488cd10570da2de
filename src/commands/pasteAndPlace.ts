// Paste a copied subtree where it covers nothing: at the pointer when one is given, else under the superior it is
// pasted to, else beside where the copy would land (next to its original) — slid right past whatever is there.
// Boxes a grown stack would cover move down. One undo step.
import type { Point, Workspace } from '../model';
import { clearSpotFor, freeSubtree, makeRoom, shiftGroup, belowSuperior } from '../layout/placeClear';
import { blockRectOf, boundsOfRects } from '../layout/placeNewBox';
import { execute, executeAll, type Executed } from './command';
import { moveBoxes } from './moveBoxes';
import { pasteSubtrees, planPaste, type PasteSubtreesArgs } from './pasteSubtrees';
import type { IdMaker } from './guards';
import { newId } from '../model';

export interface PasteAndPlaceArgs extends Omit<PasteSubtreesArgs, 'at'> {
  /** the pointer, in canvas coordinates: the copy's top-left goes there (or the nearest clear spot right of it) */
  pointer?: Point;
}

export interface PasteAndPlaceResult {
  executed: Executed;
  /** new ids of the pasted roots, to select them */
  rootIds: string[];
  /** how many positions were pasted */
  count: number;
}

export function pasteAndPlace(doc: Workspace, args: PasteAndPlaceArgs): PasteAndPlaceResult {
  // one id per original, so the plan and the command agree on them
  const given = new Map<string, string>();
  const base = args.idFor ?? ((prefix: 'pos' | 'unit') => newId(prefix));
  const idFor: IdMaker = (prefix, originalId) => {
    const key = `${prefix}:${originalId}`;
    if (!given.has(key)) given.set(key, base(prefix, originalId));
    return given.get(key)!;
  };
  const plan = planPaste(doc, { ...args, idFor });
  const executed = executeAll(doc, pasteSubtrees.label({ ...args }, doc), [
    (d) => execute(d, pasteSubtrees, { ...args, idFor }),
    (d) => {
      const group = freeSubtree(d, plan.rootIds);
      if (!group.length) return execute(d, moveBoxes, { moves: [] });
      const landed = boundsOfRects(group.flatMap((id) => blockRectOf(d, id) ?? []));
      const start = args.pointer ?? belowSuperior(d, args.superiorId) ?? { x: landed.x, y: landed.y };
      const to = clearSpotFor(d, group, start);
      return execute(d, moveBoxes, { moves: [...shiftGroup(d, group, to)].map(([id, placement]) => ({ id, placement })) });
    },
    (d) => {
      const changed = [...freeSubtree(d, plan.rootIds), ...(args.superiorId ? [args.superiorId] : [])];
      return execute(d, moveBoxes, { moves: [...makeRoom(d, changed)].map(([id, placement]) => ({ id, placement })) });
    },
  ]);
  return { executed, rootIds: plan.rootIds, count: plan.positions.length };
}
