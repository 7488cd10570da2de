// Moving a lintas fungsi symbol with the arrow keys (issue 20 item 5): a small step along either axis, a large
// one with Shift along the flow, and with Shift across the lanes the symbol jumps to the middle of the
// neighbouring lane (moveNodes then binds it to that lane). Pure, so the canvas and the tests share it.
import { LF_NODE_SIZE, laneSpans, type LintasFungsiMap, type Point } from '../model';
import { placementOf } from './lfPlacement';

export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** Where the symbol goes, or null when it cannot move that way (no lane beyond the first or the last). */
export function keyboardMove(map: LintasFungsiMap, nodeId: string, key: ArrowKey, shift: boolean): Point | null {
  const node = map.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const at = placementOf(map, node);
  const size = LF_NODE_SIZE[node.type];
  const rows = map.orientation === 'rows';
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const sign = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  // lanes are columns: the cross axis is x; lanes are rows: the cross axis is y
  const across = rows ? !horizontal : horizontal;
  if (across && shift) {
    const spans = laneSpans(map);
    const i = spans.findIndex((s) => s.lane.id === node.laneId);
    const centre = (rows ? at.y + size.height / 2 : at.x + size.width / 2);
    const here = i >= 0 ? i : spans.findIndex((s) => centre >= s.start && centre < s.end);
    const next = spans[here + sign];
    if (!next) return null;
    const mid = (next.start + next.end) / 2;
    return rows ? { x: at.x, y: Math.round(mid - size.height / 2) } : { x: Math.round(mid - size.width / 2), y: at.y };
  }
  const step = shift ? KEY_STEP_LARGE : KEY_STEP;
  return horizontal ? { x: at.x + sign * step, y: at.y } : { x: at.x, y: at.y + sign * step };
}
