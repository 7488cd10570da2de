// Remove a process from a level map, with its derivative maps at any depth (mapsAffectedByProcessDelete lists
// them so the UI can ask first). The remaining codes are kept: a code is an identifier, not a counter.
import { mapsAffectedByProcessDelete } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RemoveProcessArgs {
  mapId: string;
  processId: string;
}

export const removeProcess = defineCommand<RemoveProcessArgs>({
  id: 'process.remove',
  label: ({ mapId, processId }, doc) => {
    const m = doc.maps[mapId];
    const p = m?.kind === 'level' ? m.processes.find((x) => x.id === processId) : undefined;
    const more = mapsAffectedByProcessDelete(doc, mapId, processId).length;
    return `Hapus proses «${p?.nama ?? processId}»${more > 0 ? ` beserta ${more} peta turunan` : ''}`;
  },
  recipe: (draft, { mapId, processId }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const i = indexOfId(map.processes, processId, 'Proses');
    for (const id of mapsAffectedByProcessDelete(doc, mapId, processId)) delete draft.maps[id];
    draftMap(draft, mapId, 'level').processes.splice(i, 1);
  },
});
