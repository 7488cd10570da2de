// Move a process within its band or to another band (Manajemen / Inti / Pendukung). Codes are numbered in
// reading order (bands top to bottom, array order inside a band), so a move renumbers the map's codes — as text,
// in the width already used — and each new code is carried down to the derivative maps.
import { renumberedCodes, type LevelMap, type ProcessCategory } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import { bandInsertionIndex, CATEGORY_LABELS, cascadeCodes, draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface MoveProcessArgs {
  mapId: string;
  processId: string;
  kategori: ProcessCategory;
  /** position within the target band, 0 first (default: last) */
  bandIndex?: number;
  /** renumber the map's codes in reading order (default true) */
  renumber?: boolean;
}

export const moveProcess = defineCommand<MoveProcessArgs>({
  id: 'process.move',
  label: ({ mapId, processId, kategori }, doc) => {
    const m = doc.maps[mapId];
    const p = m?.kind === 'level' ? m.processes.find((x) => x.id === processId) : undefined;
    return p && p.kategori === kategori
      ? `Pindahkan proses «${p.nama}»`
      : `Pindahkan proses «${p?.nama ?? processId}» ke kelompok ${CATEGORY_LABELS[kategori]}`;
  },
  recipe: (draft, { mapId, processId, kategori, bandIndex, renumber = true }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'level');
    const i = indexOfId(map.processes, processId, 'Proses');
    const rest = map.processes.filter((_, j) => j !== i);
    const moved = { ...map.processes[i], kategori };
    rest.splice(bandInsertionIndex(rest, kategori, bandIndex), 0, moved);
    const codes = renumber ? renumberedCodes(doc, { ...map, processes: rest } as LevelMap) : new Map<string, string>();
    const next = rest.map((p) => (codes.has(p.id) ? { ...p, kode: codes.get(p.id)! } : p));
    const unchanged =
      map.processes[i].kategori === kategori &&
      next.every((p, j) => p.id === map.processes[j].id && p.kode === map.processes[j].kode);
    if (unchanged) return;
    draftMap(draft, mapId, 'level').processes = next;
    cascadeCodes(
      doc,
      draft,
      mapId,
      map.processes.map((p) => ({ processId: p.id, from: p.kode, to: codes.get(p.id) ?? p.kode })),
    );
  },
});
