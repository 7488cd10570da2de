// Change fields of one position (the properties panel). Only fields that really change are written, so typing
// the same value twice records nothing. A new superior gets the same hard checks as movePosition (KED-04,
// KED-10); a new unit in another Perangkat Daerah is allowed and left to the linter, like any unit edit.
import { PositionSchema, type Position } from '../model';
import { CommandError, defineCommand } from './command';
import {
  baseOf,
  checkSuperior,
  normalizeKindFields,
  parseOrRefuse,
  positionName,
  requirePosition,
  requireUnit,
} from './guards';

export type PositionChanges = Partial<Omit<Position, 'id'>>;

export interface UpdatePositionArgs {
  id: string;
  changes: PositionChanges;
}

const FIELD_LABELS: Record<keyof PositionChanges, string> = {
  nama: 'Ubah nama jabatan',
  kode: 'Ubah kode jabatan',
  kind: 'Ubah jenis jabatan',
  jenjang: 'Ubah jenjang jabatan',
  unitId: 'Ubah unit jabatan',
  superiorId: 'Ubah atasan jabatan',
  memimpinUnitMandiri: 'Ubah status pemimpin unit kerja mandiri',
  substansi: 'Ubah substansi jabatan',
  kelasJabatan: 'Ubah kelas jabatan',
  kebutuhan: 'Ubah kebutuhan (K) jabatan',
  pemangku: 'Ubah daftar pemangku jabatan',
  bezetting: 'Ubah bezetting (B) jabatan',
  placement: 'Geser jabatan',
};

/** The position after the changes, with the kind-dependent fields kept consistent; refuses contradictions. */
export function applyPositionChanges(current: Position, changes: PositionChanges): Position {
  const next: Position = { ...current, ...changes, id: current.id };
  if (next.kind !== 'fungsional') {
    // Asking for both a non-JF kind and JF-only fields is a contradiction, not something to guess about.
    if (changes.jenjang != null) {
      throw new CommandError('Jenjang hanya berlaku untuk Pejabat Fungsional.');
    }
    if (changes.memimpinUnitMandiri === true) {
      throw new CommandError('Hanya Pejabat Fungsional yang dapat ditunjuk memimpin unit kerja mandiri.');
    }
  }
  return normalizeKindFields(next);
}

function changedKeys(current: Position, next: Position): (keyof PositionChanges)[] {
  return (Object.keys(FIELD_LABELS) as (keyof PositionChanges)[]).filter(
    (k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]),
  );
}

export const updatePosition = defineCommand<UpdatePositionArgs>({
  id: 'position.update',
  label: ({ id, changes }, doc) => {
    const current = doc.positions[id];
    const keys = current
      ? changedKeys(current, { ...current, ...changes })
      : (Object.keys(changes) as (keyof PositionChanges)[]);
    const name = positionName(doc, id);
    if (keys.length === 1 && keys[0] === 'nama') return `Ubah nama jabatan «${name}» menjadi «${changes.nama}»`;
    if (keys.length === 1) return `${FIELD_LABELS[keys[0]]} «${name}»`;
    return `Ubah jabatan «${name}»`;
  },
  recipe: (draft, { id, changes }) => {
    const doc = baseOf(draft);
    const current = requirePosition(doc, id);
    const merged = applyPositionChanges(current, changes);
    // Parsing validates enums and ranges (kelas jabatan, …) and copies nested objects.
    const next = parseOrRefuse(PositionSchema, merged, `Perubahan jabatan «${current.nama}»`);
    if (next.unitId !== current.unitId) requireUnit(doc, next.unitId);
    if (next.superiorId !== current.superiorId) checkSuperior(doc, next, next.superiorId);
    const keys = changedKeys(current, next);
    if (keys.length === 0) return;
    const target = draft.positions[id];
    for (const key of keys) assign(target, key, next[key]);
  },
});

function assign<K extends keyof PositionChanges>(target: PositionChanges, key: K, value: Position[K]): void {
  target[key] = value;
}
