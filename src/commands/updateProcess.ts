// Change a process of a level map. A new code is carried down to the derivative maps, so drill-down keeps
// "01.03" → "01.03.01" consistent. The band (kategori) changes only through moveProcess, which renumbers.
import { MapProcessSchema, type MapProcess } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { cascadeCodes, draftMap, indexOfId, requireMapOf } from './mapGuards';

export type ProcessChanges = Partial<Omit<MapProcess, 'id' | 'sipoc' | 'kategori'>> & { sipoc?: Partial<MapProcess['sipoc']> };

export interface UpdateProcessArgs {
  mapId: string;
  processId: string;
  changes: ProcessChanges;
}

export const updateProcess = defineCommand<UpdateProcessArgs>({
  id: 'process.update',
  label: ({ mapId, processId }, doc) => {
    const m = doc.maps[mapId];
    const p = m?.kind === 'level' ? m.processes.find((x) => x.id === processId) : undefined;
    return `Ubah proses «${p?.nama ?? processId}»`;
  },
  recipe: (draft, { mapId, processId, changes }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const i = indexOfId(map.processes, processId, 'Proses');
    const before = map.processes[i];
    if ('kategori' in changes) throw new CommandError('Kelompok proses diubah dengan memindahkan proses (moveProcess), agar kodenya dinomori ulang.');
    const after = parseOrRefuse(
      MapProcessSchema,
      { ...before, ...changes, id: before.id, kategori: before.kategori, sipoc: { ...before.sipoc, ...changes.sipoc } },
      `Proses «${before.nama}»`,
    );
    if (after.pengampuUnitId !== null && after.pengampuUnitId !== before.pengampuUnitId && !doc.units[after.pengampuUnitId]) {
      throw new CommandError(`Unit pengampu dengan id «${after.pengampuUnitId}» tidak ditemukan dalam dokumen.`);
    }
    const dp = draftMap(draft, mapId, 'level').processes[i];
    for (const key of Object.keys(after) as (keyof MapProcess)[]) {
      if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) (dp as Record<keyof MapProcess, unknown>)[key] = after[key];
    }
    cascadeCodes(doc, draft, mapId, [{ processId, from: before.kode, to: after.kode }]);
  },
});
