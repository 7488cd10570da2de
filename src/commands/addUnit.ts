// Add one unit (the caller makes the id with newId('unit')).
import { UNTITLED_DOCUMENT, UnitSchema, type Unit } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';

export interface AddUnitArgs {
  unit: Unit;
}

export const addUnit = defineCommand<AddUnitArgs>({
  id: 'unit.add',
  label: ({ unit }) => `Tambah unit «${unit.nama}»`,
  recipe: (draft, { unit }) => {
    const doc = baseOf(draft);
    const u = parseOrRefuse(UnitSchema, unit, `Unit «${unit.nama}»`);
    if (doc.units[u.id]) throw new CommandError(`Id unit «${u.id}» sudah dipakai dalam dokumen.`);
    if (u.parentId !== null && !doc.units[u.parentId]) {
      throw new CommandError(`Unit induk dengan id «${u.parentId}» tidak ditemukan dalam dokumen.`);
    }
    // A document still called "Dokumen baru" is named after its first unit.
    if (Object.keys(doc.units).length === 0 && doc.title === UNTITLED_DOCUMENT && u.nama.trim()) draft.title = u.nama;
    draft.units[u.id] = u;
  },
});
