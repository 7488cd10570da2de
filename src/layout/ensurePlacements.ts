// A document opened from a file or an import may have free boxes without a placement. They get one before the
// document is shown: all of them laid out at once when nothing is placed yet, otherwise each unplaced box gets a
// free spot — boxes the user placed never move.
import { produce } from 'immer';
import type { Workspace } from '../model';
import { isStacked } from './geometry';
import { placeNewBox } from './placeNewBox';
import { quickLayout } from './quickLayout';

export function ensurePlacements(doc: Workspace): Workspace {
  const free = Object.values(doc.positions).filter((p) => !isStacked(p, doc));
  const unplaced = free.filter((p) => p.placement === null);
  if (unplaced.length === 0) return doc;
  if (unplaced.length === free.length) {
    const placements = quickLayout(doc);
    return produce(doc, (d) => {
      for (const [id, at] of Object.entries(placements)) d.positions[id].placement = at;
    });
  }
  let current = doc;
  for (const p of unplaced) {
    const at = placeNewBox(current, p.id);
    current = produce(current, (d) => {
      d.positions[p.id].placement = at;
    });
  }
  return current;
}
