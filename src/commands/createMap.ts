// Create a process map of any kind (model/maps.ts newMap builds an empty one; applyTemplate a filled lintas
// fungsi map). A derivative hangs from an existing process of a level map; a derivative level map sits exactly
// one level below its parent map, and a process owns at most one (PETA-03 as a hard rule). Lane bindings to
// positions get their `boundAs` snapshot from the structure now.
import { findProcess, ProcessMapSchema, snapshotBinding, type ProcessMap } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';

export interface CreateMapArgs {
  map: ProcessMap;
}

export const createMap = defineCommand<CreateMapArgs>({
  id: 'map.create',
  label: ({ map }) => `Buat peta «${map.title}»`,
  recipe: (draft, { map }) => {
    const doc = baseOf(draft);
    const m = parseOrRefuse(ProcessMapSchema, map, `Peta «${map.title}»`);
    if (doc.maps[m.id]) throw new CommandError(`Id peta «${m.id}» sudah dipakai dalam dokumen.`);
    if (m.ownerUnitId !== null && !doc.units[m.ownerUnitId]) {
      throw new CommandError(`Unit pemilik peta dengan id «${m.ownerUnitId}» tidak ditemukan dalam dokumen.`);
    }
    if (m.parent) {
      const found = findProcess(doc, m.parent);
      if (!found) throw new CommandError(`Proses induk peta «${m.title}» tidak ditemukan pada peta level mana pun.`);
      if (m.kind === 'level') {
        if (m.level !== found.map.level + 1) {
          throw new CommandError(
            `Peta turunan proses «${found.process.nama}» berada pada level ${found.map.level + 1}, bukan ${m.level}.`,
          );
        }
        const twin = Object.values(doc.maps).find(
          (x) => x.kind === 'level' && x.parent?.mapId === m.parent!.mapId && x.parent.processId === m.parent!.processId,
        );
        if (twin) {
          throw new CommandError(`Proses «${found.process.nama}» sudah memiliki peta turunan «${twin.title}».`);
        }
      }
    }
    if (m.kind === 'lintas-fungsi') {
      m.lanes = m.lanes.map((l) => ({ ...l, binding: snapshotBinding(doc, l.binding) }));
    }
    draft.maps[m.id] = m;
  },
});
