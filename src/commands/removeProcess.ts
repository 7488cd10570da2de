// Remove a process from a level map, with its derivative maps at any depth (mapsAffectedByProcessDelete lists
// them so the UI can ask first), or — derivatives 'detach' — keeping its derivative maps as drafts of their own
// (no parent; what hangs below them stays with them). The remaining codes are kept: a code is an identifier,
// not a counter.
import { derivativeMaps, mapsAffectedByProcessDelete } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RemoveProcessArgs {
  mapId: string;
  processId: string;
  /** what happens to the maps derived from the process: 'delete' (default) with it, or 'detach' as drafts */
  derivatives?: 'delete' | 'detach';
}

export const removeProcess = defineCommand<RemoveProcessArgs>({
  id: 'process.remove',
  label: ({ mapId, processId, derivatives = 'delete' }, doc) => {
    const m = doc.maps[mapId];
    const p = m?.kind === 'level' ? m.processes.find((x) => x.id === processId) : undefined;
    const name = `Hapus proses «${p?.nama ?? processId}»`;
    if (derivatives === 'detach') {
      const kept = derivativeMaps(doc, mapId, processId).length;
      return kept > 0 ? `${name}, ${kept} peta turunan menjadi draf lepas` : name;
    }
    const more = mapsAffectedByProcessDelete(doc, mapId, processId).length;
    return `${name}${more > 0 ? ` beserta ${more} peta turunan` : ''}`;
  },
  recipe: (draft, { mapId, processId, derivatives = 'delete' }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const i = indexOfId(map.processes, processId, 'Proses');
    if (derivatives === 'detach') {
      for (const m of derivativeMaps(doc, mapId, processId)) draft.maps[m.id].parent = null;
    } else {
      for (const id of mapsAffectedByProcessDelete(doc, mapId, processId)) delete draft.maps[id];
    }
    draftMap(draft, mapId, 'level').processes.splice(i, 1);
  },
});
