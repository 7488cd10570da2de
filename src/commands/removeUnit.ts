// Remove a unit: its positions and sub-units move up to its parent. A top-level unit has nowhere to hand them,
// so it can be removed only when empty. Teams and maps owned by it pass to the parent as well, and so does its
// place in the maps: the processes it is pengampu of, the SIPOC parties, lanes and relasi boxes that name it. Without
// a parent those references stay, and the map rules report them.
import { structureIndex, type PartyRef, type ProcessMap } from '../model';
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
      if (parentId !== null) handMapReferences(draft.maps[map.id], id, parentId);
    }
    delete draft.units[id];
  },
});

/** Every place a map names unit `from` now names `to`. Mutates the draft map only where it names `from`. */
function handMapReferences(map: ProcessMap, from: string, to: string): void {
  const party = (p: PartyRef) => (p.kind === 'unit' && p.id === from ? { kind: 'unit' as const, id: to } : p);
  if (map.kind === 'level') {
    for (const proc of map.processes) {
      if (proc.pengampuUnitId === from) proc.pengampuUnitId = to;
      if (proc.sipoc.supplier.some((p) => p.kind === 'unit' && p.id === from)) proc.sipoc.supplier = proc.sipoc.supplier.map(party);
      if (proc.sipoc.customer.some((p) => p.kind === 'unit' && p.id === from)) proc.sipoc.customer = proc.sipoc.customer.map(party);
    }
  } else if (map.kind === 'lintas-fungsi') {
    for (const lane of map.lanes) if (lane.binding?.kind === 'unit' && lane.binding.id === from) lane.binding = { kind: 'unit', id: to };
  } else if (map.kind === 'relasi') {
    for (const box of map.boxes) if (box.ref.kind === 'unit' && box.ref.id === from) box.ref = { kind: 'unit', id: to };
  }
}
