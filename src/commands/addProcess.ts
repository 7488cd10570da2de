// Add a process to a level map. A process without a code gets the next code below the map's code base (the
// parent process's code for a derivative map): codes are text, numbered by model/maps.ts nextChildCode.
import { codeBaseOf, MapProcessSchema, nextChildCode, type MapProcess } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { bandInsertionIndex, draftMap, refuseTakenId, requireMapOf } from './mapGuards';

export interface AddProcessArgs {
  mapId: string;
  process: MapProcess;
  /** position within its band (default: last of the band) */
  bandIndex?: number;
}

export const addProcess = defineCommand<AddProcessArgs>({
  id: 'process.add',
  label: ({ process }) => `Tambah proses «${process.nama}»`,
  recipe: (draft, { mapId, process, bandIndex }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const p = parseOrRefuse(MapProcessSchema, process, `Proses «${process.nama}»`);
    refuseTakenId(map.processes, p.id, 'proses');
    if (p.pengampuUnitId !== null && !doc.units[p.pengampuUnitId]) {
      throw new CommandError(`Unit pengampu dengan id «${p.pengampuUnitId}» tidak ditemukan dalam dokumen.`);
    }
    if (p.kode === '') {
      p.kode = nextChildCode(
        codeBaseOf(doc, map),
        map.processes.map((x) => x.kode),
      );
    }
    draftMap(draft, mapId, 'level').processes.splice(bandInsertionIndex(map.processes, p.kategori, bandIndex), 0, p);
  },
});
