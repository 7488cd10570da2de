// Change fields of one unit. A parent that would put the unit inside itself is refused; other changes (even
// ones that move positions into another Perangkat Daerah) are allowed and left to the linter.
import { UnitSchema, type Unit } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse, requireUnit, unitName } from './guards';

export type UnitChanges = Partial<Omit<Unit, 'id'>>;

export interface UpdateUnitArgs {
  id: string;
  changes: UnitChanges;
}

const FIELD_LABELS: Record<keyof UnitChanges, string> = {
  nama: 'Ubah nama unit',
  parentId: 'Pindahkan unit',
  isPerangkatDaerah: 'Ubah status Perangkat Daerah unit',
  tipePd: 'Ubah tipe Perangkat Daerah unit',
  pengecualian: 'Ubah pengecualian unit',
};

function changedKeys(current: Unit, next: Unit): (keyof UnitChanges)[] {
  return (Object.keys(FIELD_LABELS) as (keyof UnitChanges)[]).filter((k) => current[k] !== next[k]);
}

export const updateUnit = defineCommand<UpdateUnitArgs>({
  id: 'unit.update',
  label: ({ id, changes }, doc) => {
    const current = doc.units[id];
    const keys = current ? changedKeys(current, { ...current, ...changes }) : [];
    const name = unitName(doc, id);
    if (keys.length === 1 && keys[0] === 'nama') return `Ubah nama unit «${name}» menjadi «${changes.nama}»`;
    if (keys.length === 1) return `${FIELD_LABELS[keys[0]]} «${name}»`;
    return `Ubah unit «${name}»`;
  },
  recipe: (draft, { id, changes }) => {
    const doc = baseOf(draft);
    const current = requireUnit(doc, id);
    const next = parseOrRefuse(UnitSchema, { ...current, ...changes, id }, `Perubahan unit «${current.nama}»`);
    if (next.parentId !== current.parentId && next.parentId !== null) {
      const parent = requireUnit(doc, next.parentId);
      let cursor: Unit | undefined = parent;
      const seen = new Set<string>();
      while (cursor && !seen.has(cursor.id)) {
        if (cursor.id === id) {
          throw new CommandError(
            `Unit «${current.nama}» tidak dapat dipindahkan ke bawah «${parent.nama}», karena «${parent.nama}» ` +
              `berada di dalam «${current.nama}».`,
          );
        }
        seen.add(cursor.id);
        cursor = cursor.parentId !== null ? doc.units[cursor.parentId] : undefined;
      }
    }
    // A document named after its top unit keeps following that unit's name.
    if (current.parentId === null && next.nama !== current.nama && doc.title === current.nama && next.nama.trim()) {
      draft.title = next.nama;
    }
    const target = draft.units[id];
    for (const key of changedKeys(current, next)) assign(target, key, next[key]);
  },
});

function assign<K extends keyof UnitChanges>(target: UnitChanges, key: K, value: Unit[K]): void {
  target[key] = value;
}
