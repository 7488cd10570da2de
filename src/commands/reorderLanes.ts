// Move a lane to another place among the lanes of a lintas fungsi map. The symbols standing in each lane move
// with it (along the cross axis, by how far their lane's start moved), so every symbol stays in its lane on the
// canvas as in the data; symbols drawn outside every lane stay where they are.
import type { Draft } from 'immer';
import { laneSpans, type Lane, type LintasFungsiMap } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

/**
 * Shift the placed symbols of `map` so they keep their lanes once the lanes become `nextLanes` (reordered or
 * resized): each symbol moves along the cross axis by how far its lane's start moved.
 */
export function keepSymbolsInLanes(map: LintasFungsiMap, nextLanes: readonly Lane[], draft: Draft<LintasFungsiMap>): void {
  const before = new Map(laneSpans(map).map((s) => [s.lane.id, s.start]));
  const after = new Map(laneSpans({ lanes: [...nextLanes] }).map((s) => [s.lane.id, s.start]));
  const rows = map.orientation === 'rows';
  map.nodes.forEach((n, i) => {
    if (n.laneId === null || n.placement === null) return;
    const from = before.get(n.laneId);
    const to = after.get(n.laneId);
    if (from === undefined || to === undefined || from === to) return;
    const p = draft.nodes[i].placement!;
    if (rows) p.y = n.placement.y + (to - from);
    else p.x = n.placement.x + (to - from);
  });
}

export interface ReorderLanesArgs {
  mapId: string;
  laneId: string;
  /** the lane's new place, 0 first */
  toIndex: number;
}

export const reorderLanes = defineCommand<ReorderLanesArgs>({
  id: 'lane.reorder',
  label: ({ mapId, laneId, toIndex }, doc) => {
    const m = doc.maps[mapId];
    const l = m?.kind === 'lintas-fungsi' ? m.lanes.find((x) => x.id === laneId) : undefined;
    return `Geser lajur «${l?.label || laneId}» ke urutan ${toIndex + 1}`;
  },
  recipe: (draft, { mapId, laneId, toIndex }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi');
    const i = indexOfId(map.lanes, laneId, 'Lajur');
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= map.lanes.length) {
      throw new CommandError(`Urutan lajur ${toIndex + 1} di luar jangkauan (1–${map.lanes.length}).`);
    }
    if (toIndex === i) return;
    const next = map.lanes.filter((_, j) => j !== i);
    next.splice(toIndex, 0, map.lanes[i]);
    const dm = draftMap(draft, mapId, 'lintas-fungsi');
    keepSymbolsInLanes(map, next, dm);
    const [lane] = dm.lanes.splice(i, 1);
    dm.lanes.splice(toIndex, 0, lane);
  },
});
