// Change a process of a level map. A new code is carried down to the derivative maps, so drill-down keeps
// "01.03" → "01.03.01" consistent. The band (kategori) changes only through moveProcess, which renumbers. SIPOC
// lists are replaced whole per field (supplier, input, output, customer).
import { MapProcessSchema, partyName, type MapProcess, type Sipoc, type Workspace } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { cascadeCodes, draftMap, indexOfId, requireMapOf } from './mapGuards';

export type ProcessChanges = Partial<Omit<MapProcess, 'id' | 'sipoc' | 'kategori'>> & { sipoc?: Partial<MapProcess['sipoc']> };

const SIDE_LABELS = { supplier: 'pemasok', customer: 'pelanggan' } as const;

/**
 * A supplier or customer added now must name a unit that exists or an outside party with a name, once per list.
 * Parties already listed stay as they are: a unit deleted since is PETA-05's to report, not a reason to refuse
 * an edit of the input list.
 */
function checkNewParties(doc: Workspace, before: Sipoc, after: Sipoc): void {
  for (const side of ['supplier', 'customer'] as const) {
    const count = (list: Sipoc['supplier'], key: string) => list.filter((p) => JSON.stringify(p) === key).length;
    for (const party of after[side]) {
      const key = JSON.stringify(party);
      const was = count(before[side], key);
      if (count(after[side], key) <= was) continue;
      if (was > 0) throw new CommandError(`«${partyName(doc, party)}» sudah tercantum sebagai ${SIDE_LABELS[side]}.`);
      if (party.kind === 'unit' && !doc.units[party.id]) throw new CommandError(`Unit dengan id «${party.id}» tidak ditemukan dalam dokumen.`);
      if (party.kind === 'luar' && party.nama.trim() === '') throw new CommandError(`Nama pihak luar (${SIDE_LABELS[side]}) tidak boleh kosong.`);
    }
  }
}

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
    checkNewParties(doc, before.sipoc, after.sipoc);
    const dp = draftMap(draft, mapId, 'level').processes[i];
    for (const key of Object.keys(after) as (keyof MapProcess)[]) {
      if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) (dp as Record<keyof MapProcess, unknown>)[key] = after[key];
    }
    cascadeCodes(doc, draft, mapId, [{ processId, from: before.kode, to: after.kode }]);
  },
});
