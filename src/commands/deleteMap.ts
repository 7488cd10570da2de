// Delete a map together with its derivative maps at any depth (model/maps.ts mapsAffectedByDelete lists them,
// so the UI can ask first). Relasi boxes that named a deleted process are left for REL-01 to report.
import { mapsAffectedByDelete } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import { mapTitle, requireMap } from './mapGuards';

export interface DeleteMapArgs {
  mapId: string;
}

export const deleteMap = defineCommand<DeleteMapArgs>({
  id: 'map.delete',
  label: ({ mapId }, doc) => {
    const more = mapsAffectedByDelete(doc, mapId).length - 1;
    return `Hapus peta «${mapTitle(doc, mapId)}»${more > 0 ? ` beserta ${more} peta turunan` : ''}`;
  },
  recipe: (draft, { mapId }) => {
    const doc = baseOf(draft);
    requireMap(doc, mapId);
    for (const id of mapsAffectedByDelete(doc, mapId)) delete draft.maps[id];
  },
});
