// Hit test for dragging a box out of the structure canvas onto a team entry (or the drop zone of the team editor).
import { TEAM_DROP_ATTR } from '../../editor/teamHighlight';

/** The team whose entry (or drop zone) is at a screen point, if any. */
export function teamDropAt(point: { x: number; y: number }): string | null {
  const el = document.elementFromPoint(point.x, point.y);
  return el?.closest(`[${TEAM_DROP_ATTR}]`)?.getAttribute(TEAM_DROP_ATTR) ?? null;
}
