// Change a lane: its label, its binding (re-binding a position takes a fresh boundAs snapshot), its size, or its
// place among the lanes (symbols keep their lanes on the canvas, see reorderLanes). A binding must name something
// that exists: binding to a deleted element is what LF-05 reports, never what a command creates.
import { LaneSchema, snapshotBinding, type Lane, type LaneBinding, type Workspace } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';
import { keepSymbolsInLanes } from './reorderLanes';

export function checkBindingTarget(doc: Workspace, binding: LaneBinding | null): void {
  if (binding === null || binding.kind === 'luar') return;
  const exists =
    binding.kind === 'position' ? !!doc.positions[binding.id] : binding.kind === 'unit' ? !!doc.units[binding.id] : !!doc.teams[binding.id];
  const what = { position: 'Jabatan', unit: 'Unit', team: 'Tim Kerja' }[binding.kind];
  if (!exists) throw new CommandError(`${what} dengan id «${binding.id}» tidak ditemukan dalam dokumen.`);
}

export interface LaneChanges {
  label?: string;
  binding?: LaneBinding | null;
  size?: number;
  /** new place among the lanes, 0 first */
  index?: number;
}

export interface UpdateLaneArgs {
  mapId: string;
  laneId: string;
  changes: LaneChanges;
}

export const updateLane = defineCommand<UpdateLaneArgs>({
  id: 'lane.update',
  label: ({ mapId, laneId }, doc) => {
    const m = doc.maps[mapId];
    const l = m?.kind === 'lintas-fungsi' ? m.lanes.find((x) => x.id === laneId) : undefined;
    return `Ubah lajur «${l?.label || laneId}»`;
  },
  recipe: (draft, { mapId, laneId, changes }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi');
    const i = indexOfId(map.lanes, laneId, 'Lajur');
    const before = map.lanes[i];
    const { index, ...fields } = changes;
    const after = parseOrRefuse(LaneSchema, { ...before, ...fields, id: before.id }, `Lajur «${before.label}»`);
    if (changes.binding !== undefined) {
      checkBindingTarget(doc, after.binding);
      after.binding = snapshotBinding(doc, after.binding);
    }
    const dm = draftMap(draft, mapId, 'lintas-fungsi');
    const dl = dm.lanes[i];
    for (const key of Object.keys(after) as (keyof Lane)[]) {
      if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) (dl as Record<keyof Lane, unknown>)[key] = after[key];
    }
    const moved = index !== undefined && index !== i;
    if (moved && (index < 0 || index >= map.lanes.length)) throw new CommandError(`Urutan lajur ${index} di luar jangkauan.`);
    // a resized or moved lane shifts the lanes after it: their symbols go with them
    const next = map.lanes.map((l, j) => (j === i ? after : l));
    if (moved) next.splice(index, 0, ...next.splice(i, 1));
    if (moved || after.size !== before.size) keepSymbolsInLanes(map, next, dm);
    if (moved) {
      const [lane] = dm.lanes.splice(i, 1);
      dm.lanes.splice(index, 0, lane);
    }
  },
});
