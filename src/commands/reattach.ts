// Compound: move positions under another superior, and give each moved free box a spot under its new superior (a
// JF/Pelaksana without subordinates joins the superior's stack instead). One undo step, whatever the count.
import { isKedudukanKind, structureIndex, type Workspace } from '../model';
import { placeNewBox } from '../layout/placeNewBox';
import { defineCompound, execute, executeAll } from './command';
import { moveBoxes } from './moveBoxes';
import { movePosition } from './movePosition';

export interface ReattachArgs {
  ids: readonly string[];
  superiorId: string;
}

export const reattach = defineCompound<ReattachArgs>({
  id: 'position.reattach',
  build: (doc, { ids, superiorId }) =>
    executeAll(
      doc,
      ids.length === 1
        ? `Pindahkan «${doc.positions[ids[0]]?.nama ?? ids[0]}» ke bawah «${doc.positions[superiorId]?.nama ?? superiorId}»`
        : `Pindahkan ${ids.length} jabatan ke bawah «${doc.positions[superiorId]?.nama ?? superiorId}»`,
      ids.map((id) => (d: Workspace) => {
        const moved = execute(d, movePosition, { id, superiorId });
        const p = moved.doc.positions[id];
        const stacked = isKedudukanKind(p.kind) && !structureIndex(moved.doc).subordinates.has(id);
        if (stacked) return moved;
        return executeAll(d, '', [() => moved, (d2) => execute(d2, moveBoxes, { moves: [{ id, placement: placeNewBox(d2, id) }] })]);
      }),
    ),
});
