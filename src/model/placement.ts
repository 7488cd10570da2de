// Comparing positions when only where they are drawn may differ. Pure.
import type { Position } from './schema';

/**
 * Equal but for the placement. A position moved by a drag or by "Rapikan" is drawn the same (React Flow moves its
 * node) and is judged the same by every rule (none reads placements).
 */
export function sameExceptPlacement(a: Position, b: Position): boolean {
  if (a === b) return true;
  let keys = 0;
  for (const key in a) {
    keys++;
    if (key !== 'placement' && a[key as keyof Position] !== b[key as keyof Position]) return false;
  }
  for (const _ in b) keys--;
  return keys === 0;
}
