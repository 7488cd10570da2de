// The units of a document as select options ("Dinas X > Bidang Y"), sorted; shared by every unit picker and
// computed once per units object.
import { unitPath, type Workspace } from '../model';

export interface UnitOption {
  id: string;
  label: string;
}

const cache = new WeakMap<object, UnitOption[]>();

export function unitOptions(doc: Pick<Workspace, 'units'>): UnitOption[] {
  const hit = cache.get(doc.units);
  if (hit) return hit;
  const options = Object.values(doc.units)
    .map((u) => ({ id: u.id, label: unitPath(doc, u.id) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  cache.set(doc.units, options);
  return options;
}
