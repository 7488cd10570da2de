// The lint view of a document: what the incremental linter is given after each change. Pure (no React, no canvas).
import { sameExceptPlacement } from '../model/placement';
import type { Position, Workspace } from '../model';

/**
 * The document as the rules see it. A position whose only change is its placement keeps its previous object, so
 * a dragged box or "Rapikan" (every free box moved: 80 ms of lint for 5,000 positions in the browser) is no change
 * to the incremental linter. No rule reads placements.
 */
export function createLintView(): (doc: Workspace) => Workspace {
  let seen: Workspace['positions'] | null = null;
  return (doc) => {
    const prev = seen;
    if (prev === null || prev === doc.positions) {
      seen = doc.positions;
      return doc;
    }
    const positions: Record<string, Position> = {};
    let reused = 0;
    let changed = Object.keys(prev).length !== Object.keys(doc.positions).length;
    for (const id in doc.positions) {
      const p = doc.positions[id];
      const old = prev[id];
      if (old !== undefined && old !== p && sameExceptPlacement(old, p)) {
        positions[id] = old;
        reused++;
      } else {
        positions[id] = p;
        if (old !== p) changed = true;
      }
    }
    // nothing but placements: the very map the linter saw last time, which it recognises as "no change"
    seen = reused === 0 ? doc.positions : changed ? positions : prev;
    return seen === doc.positions ? doc : { ...doc, positions: seen };
  };
}
