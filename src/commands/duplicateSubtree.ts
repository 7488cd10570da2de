// Duplicate a position with everything below it: fresh ids, the same units, the copy's root under the same
// superior, boxes shifted so the copy does not hide the original.
import { descendantsOf, newId, structureIndex, type Point, type Position, type Workspace } from '../model';
import { defineCommand } from './command';
import { baseOf, checkedPoint, freeKode, positionName, requirePosition, uniqueIds, type IdMaker } from './guards';

export interface DuplicateSubtreeArgs {
  rootId: string;
  offset?: Point;
  /** ids for the copies; newId('pos') when absent (tests, or a caller that wants to select the copy) */
  idFor?: IdMaker;
}

export const DEFAULT_DUPLICATE_OFFSET: Point = { x: 40, y: 40 };

/** The copies that duplicateSubtree adds, root first. Pure; exported so the UI can select the copy afterwards. */
export function planDuplicate(doc: Workspace, args: DuplicateSubtreeArgs): Position[] {
  const root = requirePosition(doc, args.rootId);
  const offset = checkedPoint(args.offset ?? DEFAULT_DUPLICATE_OFFSET);
  const originals = [root, ...descendantsOf(structureIndex(doc), root.id)];
  const makeId = uniqueIds(args.idFor ?? ((prefix) => newId(prefix)), (id) => id in doc.positions);
  const idMap = new Map(originals.map((p) => [p.id, makeId('pos', p.id)]));
  const usedKode = new Set(Object.values(doc.positions).map((p) => p.kode));
  return originals.map((p) => ({
    ...p,
    id: idMap.get(p.id)!,
    kode: freeKode(usedKode, p.kode),
    superiorId: p.id === root.id ? p.superiorId : (idMap.get(p.superiorId ?? '') ?? p.superiorId),
    pemangku: p.pemangku.map((x, i) => ({ ...x, id: `${idMap.get(p.id)!}-pemangku-${i + 1}` })),
    placement: p.placement ? { x: p.placement.x + offset.x, y: p.placement.y + offset.y } : null,
  }));
}

export const duplicateSubtree = defineCommand<DuplicateSubtreeArgs>({
  id: 'position.duplicate',
  label: ({ rootId }, doc) => `Gandakan «${positionName(doc, rootId)}» beserta bawahannya`,
  recipe: (draft, args) => {
    for (const copy of planDuplicate(baseOf(draft), args)) draft.positions[copy.id] = copy;
  },
});
