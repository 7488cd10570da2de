// Remove a unit: its positions and sub-units move up to its parent. A top-level unit has nowhere to hand them,
// so it can be removed only when empty. Teams and maps owned by it pass to the parent as well, and so does its
// place in the maps: the processes it is pengampu of, the SIPOC parties, lanes and relasi boxes that name it. Without
// a parent those references stay, and the map rules report them.
import { structureIndex } from '../model';
import { refsOf, retargetRef } from '../model/refs';
import { CommandError, defineCommand } from './command';
import { baseOf, requireUnit, unitName } from './guards';

export interface RemoveUnitArgs {
  id: string;
}

export const removeUnit = defineCommand<RemoveUnitArgs>({
  id: 'unit.remove',
  label: ({ id }, doc) => `Hapus unit «${unitName(doc, id)}»`,
  recipe: (draft, { id }) => {
    const doc = baseOf(draft);
    const unit = requireUnit(doc, id);
    const index = structureIndex(doc);
    const positions = index.positionsByUnit.get(id) ?? [];
    const children = index.unitChildren.get(id) ?? [];
    const parentId = unit.parentId !== null && doc.units[unit.parentId] ? unit.parentId : null;
    if (parentId === null && (positions.length > 0 || children.length > 0)) {
      const parts: string[] = [];
      if (positions.length > 0) parts.push(`${positions.length} jabatan`);
      if (children.length > 0) parts.push(`${children.length} sub-unit`);
      throw new CommandError(
        `Unit teratas «${unit.nama}» masih berisi ${parts.join(' dan ')}. Pindahkan atau hapus isinya lebih dahulu.`,
      );
    }
    if (parentId !== null) {
      for (const p of positions) draft.positions[p.id].unitId = parentId;
      for (const c of children) draft.units[c.id].parentId = parentId;
    }
    // every place that names the unit (model/refs.ts): owners pass to the parent (or to nobody), the rest to the
    // parent when there is one
    for (const site of refsOf(doc, id)) {
      if (parentId !== null) retargetRef(draft, site, parentId);
      else if (site.kind === 'team-field' && site.field === 'ownerUnitId') draft.teams[site.teamId].ownerUnitId = null;
      else if (site.kind === 'map-owner') draft.maps[site.mapId].ownerUnitId = null;
    }
    delete draft.units[id];
  },
});
