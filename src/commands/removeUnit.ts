// Remove a unit: its positions and sub-units move up to its parent. A top-level unit has nowhere to hand them,
// so it can be removed only when empty. Teams and maps owned by it pass to the parent as well.
import { structureIndex } from '../model';
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
    for (const team of Object.values(doc.teams)) {
      if (team.ownerUnitId === id) draft.teams[team.id].ownerUnitId = parentId;
    }
    for (const map of Object.values(doc.maps)) {
      if (map.ownerUnitId === id) draft.maps[map.id].ownerUnitId = parentId;
    }
    delete draft.units[id];
  },
});
