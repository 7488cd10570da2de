// Add a lane (pelaksana) to a lintas fungsi map. A binding to a position remembers what the position is now
// (boundAs), for LF-06.
import { LaneSchema, snapshotBinding, type Lane } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, refuseTakenId, requireMapOf } from './mapGuards';
import { checkBindingTarget } from './updateLane';

export interface AddLaneArgs {
  mapId: string;
  lane: Lane;
  /** default: after the last lane */
  index?: number;
}

export const addLane = defineCommand<AddLaneArgs>({
  id: 'lane.add',
  label: ({ lane }) => `Tambah lajur «${lane.label}»`,
  recipe: (draft, { mapId, lane, index }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi');
    const l = parseOrRefuse(LaneSchema, lane, `Lajur «${lane.label}»`);
    refuseTakenId(map.lanes, l.id, 'lajur');
    checkBindingTarget(doc, l.binding);
    l.binding = snapshotBinding(doc, l.binding);
    const at = index ?? map.lanes.length;
    if (at < 0 || at > map.lanes.length) throw new CommandError(`Urutan lajur ${at} di luar jangkauan.`);
    draftMap(draft, mapId, 'lintas-fungsi').lanes.splice(at, 0, l);
  },
});
