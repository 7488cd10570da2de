// Add one position. The caller makes the id (newId('pos')) so it can select the new box right away.
import { PositionSchema, type Position } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, checkSuperior, normalizeKindFields, parseOrRefuse, requireUnit } from './guards';

export interface AddPositionArgs {
  position: Position;
}

export const addPosition = defineCommand<AddPositionArgs>({
  id: 'position.add',
  label: ({ position }) => `Tambah jabatan «${position.nama}»`,
  recipe: (draft, { position }) => {
    const doc = baseOf(draft);
    // Parsing also copies the caller's object, which immer would otherwise freeze in place.
    const p = parseOrRefuse(PositionSchema, position, `Jabatan «${position.nama}»`);
    if (doc.positions[p.id]) throw new CommandError(`Id jabatan «${p.id}» sudah dipakai dalam dokumen.`);
    requireUnit(doc, p.unitId);
    checkSuperior(doc, p, p.superiorId);
    draft.positions[p.id] = normalizeKindFields(p);
  },
});
