// Checks and small helpers shared by the process-map commands. As in guards.ts, recipes read from the base
// document and write to the draft only what changes.
import type { Draft } from 'immer';
import {
  type MapKind,
  type MapOfKind,
  type MapProcess,
  type ProcessCategory,
  type ProcessMap,
  type Workspace,
  MAP_KIND_LABELS,
  PROCESS_CATEGORIES,
  mapsAffectedByProcessDelete,
  replaceCodePrefix,
} from '../model';
import { CommandError } from './command';

export function requireMap(doc: Workspace, id: string): ProcessMap {
  const m = doc.maps[id];
  if (!m) throw new CommandError(`Peta dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return m;
}

export function requireMapOf<K extends MapKind>(doc: Workspace, id: string, ...kinds: K[]): MapOfKind<K> {
  const m = requireMap(doc, id);
  if (!(kinds as MapKind[]).includes(m.kind)) {
    throw new CommandError(
      `Peta «${m.title}» adalah ${MAP_KIND_LABELS[m.kind].toLowerCase()}; perintah ini untuk ${kinds.map((k) => MAP_KIND_LABELS[k].toLowerCase()).join(' atau ')}.`,
    );
  }
  return m as MapOfKind<K>;
}

/** The draft of a map already checked with requireMapOf on the base document. */
export function draftMap<K extends MapKind>(draft: Draft<Workspace>, id: string, _kind: K): Draft<MapOfKind<K>> {
  return draft.maps[id] as Draft<MapOfKind<K>>;
}

export function mapTitle(doc: Workspace, id: string): string {
  return doc.maps[id]?.title || id;
}

/** Index of the element with `id` in `list`, or a CommandError naming what is missing. */
export function indexOfId(list: readonly { id: string }[], id: string, what: string): number {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) throw new CommandError(`${what} dengan id «${id}» tidak ditemukan pada peta ini.`);
  return i;
}

export function refuseTakenId(list: readonly { id: string }[], id: string, what: string): void {
  if (list.some((x) => x.id === id)) throw new CommandError(`Id ${what} «${id}» sudah dipakai pada peta ini.`);
}

/** For a list of unique ids (a multi-selection): every one must exist. */
export function requireIds(list: readonly { id: string }[], ids: readonly string[], what: string): Set<string> {
  const present = new Set(list.map((x) => x.id));
  for (const id of ids) if (!present.has(id)) throw new CommandError(`${what} dengan id «${id}» tidak ditemukan pada peta ini.`);
  return new Set(ids);
}

const CATEGORY_RANK = new Map<ProcessCategory | null, number>(PROCESS_CATEGORIES.map((c, i) => [c, i]));
const rank = (k: ProcessCategory | null) => CATEGORY_RANK.get(k) ?? PROCESS_CATEGORIES.length;

/**
 * Where a process of band `kategori` goes in the processes array so that it is the `bandIndex`-th of its band
 * (default: last of the band). Bands keep the Manajemen, Inti, Pendukung order in the array when they can.
 */
export function bandInsertionIndex(processes: readonly MapProcess[], kategori: ProcessCategory | null, bandIndex?: number): number {
  const inBand: number[] = [];
  processes.forEach((p, i) => {
    if (p.kategori === kategori) inBand.push(i);
  });
  if (inBand.length > 0) {
    if (bandIndex !== undefined && bandIndex < inBand.length) return inBand[Math.max(0, bandIndex)];
    return inBand[inBand.length - 1] + 1;
  }
  const later = processes.findIndex((p) => rank(p.kategori) > rank(kategori));
  return later < 0 ? processes.length : later;
}

export const CATEGORY_LABELS: Record<ProcessCategory, string> = {
  manajemen: 'Manajemen',
  inti: 'Inti',
  pendukung: 'Pendukung',
};

/**
 * Carry code changes of processes of `mapId` down their derivative maps (any depth): every derivative process
 * code that extends the old code gets the new one in its place ("01.03.02" → "02.01.02" when 01.03 became 02.01).
 * Reads codes from the base document, so swapped codes never get replaced twice.
 */
export function cascadeCodes(
  doc: Workspace,
  draft: Draft<Workspace>,
  mapId: string,
  changes: readonly { processId: string; from: string; to: string }[],
): void {
  for (const { processId, from, to } of changes) {
    if (from === '' || from === to) continue;
    for (const childId of mapsAffectedByProcessDelete(doc, mapId, processId)) {
      const child = doc.maps[childId];
      if (child.kind !== 'level') continue;
      child.processes.forEach((q, j) => {
        const next = replaceCodePrefix(q.kode, from, to);
        if (next !== null && next !== q.kode) draftMap(draft, childId, 'level').processes[j].kode = next;
      });
    }
  }
}
