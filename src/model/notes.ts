// Catatan reviu: reading helpers (pure). Where a note's subject is, what it is called, whether it still exists.
import { laneName, relasiBoxName } from './maps';
import type { NoteSubject, ReviewNote, Workspace } from './schema';
import { POSITION_KIND_LABELS } from './vocabulary';

export function notesOf(doc: Pick<Workspace, 'notes'>): Record<string, ReviewNote> {
  return doc.notes ?? {};
}

/** Notes in reading order: oldest first, then by id. */
export function noteList(doc: Pick<Workspace, 'notes'>): ReviewNote[] {
  return Object.values(notesOf(doc)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

export type ElementType =
  | 'unit'
  | 'jabatan'
  | 'garis'
  | 'tim'
  | 'peta'
  | 'proses'
  | 'langkah'
  | 'lajur'
  | 'simbol'
  | 'panah'
  | 'kotak'
  | 'panah-relasi';

export const ELEMENT_TYPE_LABELS: Record<ElementType, string> = {
  unit: 'Unit',
  jabatan: 'Jabatan',
  garis: 'Garis',
  tim: 'Tim Kerja',
  peta: 'Peta',
  proses: 'Proses',
  langkah: 'Langkah',
  lajur: 'Lajur',
  simbol: 'Kegiatan',
  panah: 'Panah alur',
  kotak: 'Kotak relasi',
  'panah-relasi': 'Panah relasi',
};

export interface LocatedElement {
  type: ElementType;
  id: string;
  /** the map it is on (a map itself: its own id); null for structure and teams */
  mapId: string | null;
  name: string;
}

/**
 * A line of the structure has no record of its own: it is a jabatan's superiorId. Its element id names both ends,
 * so a note on it stays on that line — once the jabatan answers to another official, the noted line is gone.
 */
const LINE_PREFIX = 'garis:';

export function lineId(subordinateId: string, superiorId: string): string {
  return `${LINE_PREFIX}${subordinateId}>${superiorId}`;
}

/** The line from a jabatan up to its superior, when it has one. */
export function lineOf(doc: Pick<Workspace, 'positions'>, subordinateId: string): string | null {
  const sup = doc.positions[subordinateId]?.superiorId;
  return sup ? lineId(subordinateId, sup) : null;
}

function locateLine(doc: Workspace, id: string): LocatedElement | null {
  const [subId, supId] = id.slice(LINE_PREFIX.length).split('>');
  const sub = doc.positions[subId];
  const sup = supId ? doc.positions[supId] : undefined;
  if (!sub || !sup || sub.superiorId !== sup.id) return null;
  const kind = sub.kind === 'fungsional' || sub.kind === 'pelaksana' ? 'kedudukan' : 'komando';
  return { type: 'garis', id, mapId: null, name: `${kind} ${sub.nama} → ${sup.nama}` };
}

/** The jabatan at the lower end of a line's element id (the box a note on the line is shown near). */
export function lineSubordinate(id: string): string | null {
  return id.startsWith(LINE_PREFIX) ? id.slice(LINE_PREFIX.length).split('>')[0] : null;
}

/** Find any element of the document by id (within `mapId` first when given). */
export function locateElement(doc: Workspace, id: string, mapId: string | null = null): LocatedElement | null {
  if (id.startsWith(LINE_PREFIX)) return locateLine(doc, id);
  const u = doc.units[id];
  if (u) return { type: 'unit', id, mapId: null, name: u.nama };
  const p = doc.positions[id];
  if (p) return { type: 'jabatan', id, mapId: null, name: `${p.nama} (${POSITION_KIND_LABELS[p.kind]})` };
  const t = doc.teams[id];
  if (t) return { type: 'tim', id, mapId: null, name: t.nama };
  const m = doc.maps[id];
  if (m) return { type: 'peta', id, mapId: id, name: m.title };
  const maps = mapId && doc.maps[mapId] ? [doc.maps[mapId], ...Object.values(doc.maps).filter((x) => x.id !== mapId)] : Object.values(doc.maps);
  for (const map of maps) {
    if (map.kind === 'level') {
      const pr = map.processes.find((x) => x.id === id);
      if (pr) return { type: 'proses', id, mapId: map.id, name: `${pr.kode} ${pr.nama}`.trim() };
    } else if (map.kind === 'subproses') {
      const st = map.steps.find((x) => x.id === id);
      if (st) return { type: 'langkah', id, mapId: map.id, name: st.nama };
    } else if (map.kind === 'lintas-fungsi') {
      const lane = map.lanes.find((x) => x.id === id);
      if (lane) return { type: 'lajur', id, mapId: map.id, name: laneName(doc, lane) };
      const symbol = (n: (typeof map.nodes)[number] | undefined) =>
        !n ? '?' : n.label || (n.type === 'terminator' ? (n.peran === 'mulai' ? 'Mulai' : 'Selesai') : n.id);
      const n = map.nodes.find((x) => x.id === id);
      if (n) return { type: 'simbol', id, mapId: map.id, name: symbol(n) };
      const a = map.arrows.find((x) => x.id === id);
      if (a) {
        // an arrow is known by its ends (and its label, e.g. "Ya" out of a decision)
        const ends = `${symbol(map.nodes.find((x) => x.id === a.source))} → ${symbol(map.nodes.find((x) => x.id === a.target))}`;
        return { type: 'panah', id, mapId: map.id, name: a.label ? `${a.label}: ${ends}` : ends };
      }
    } else if (map.kind === 'relasi') {
      const b = map.boxes.find((x) => x.id === id);
      if (b) return { type: 'kotak', id, mapId: map.id, name: relasiBoxName(doc, b) };
      const a = map.arrows.find((x) => x.id === id);
      if (a) return { type: 'panah-relasi', id, mapId: map.id, name: a.label || 'panah relasi' };
    }
  }
  return null;
}

/** Whether a note's subject still exists: the element, or every element a finding named. */
export function subjectExists(doc: Workspace, subject: NoteSubject): boolean {
  if (subject.kind === 'element') return locateElement(doc, subject.id, subject.mapId) !== null;
  return subject.subjects.length > 0 && subject.subjects.every((id) => locateElement(doc, id) !== null);
}

/** The subject's name as it is now, else as it was when the note was written. */
export function subjectName(doc: Workspace, subject: NoteSubject): string {
  if (subject.kind === 'element') {
    const found = locateElement(doc, subject.id, subject.mapId);
    return found ? `${ELEMENT_TYPE_LABELS[found.type]} «${found.name}»` : subject.label || subject.id;
  }
  return subject.label || `Temuan ${subject.ruleId}`;
}

/** The ids a note is shown on: its element, or the first subject of its finding (the one at fault). */
export function noteAnchors(subject: NoteSubject): string[] {
  return subject.kind === 'element' ? [subject.id] : subject.subjects.slice(0, 1);
}

const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();
const countsCache = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * Open notes (not selesai) per element id, for the badges on the canvases. Memoised on the notes object (immer
 * replaces it only when a note changes), so every box can ask through a selector without recounting.
 */
export function openNoteCounts(doc: Pick<Workspace, 'notes'> | null): ReadonlyMap<string, number> {
  const notes = doc?.notes;
  if (!notes) return EMPTY_COUNTS;
  const hit = countsCache.get(notes);
  if (hit) return hit;
  const out = new Map<string, number>();
  for (const n of Object.values(notes)) {
    if (n.status === 'selesai') continue;
    for (const id of noteAnchors(n.subject)) out.set(id, (out.get(id) ?? 0) + 1);
  }
  countsCache.set(notes, out);
  return out;
}

/** How many notes are not selesai (the toolbar's Reviu button shows it). */
export function openNoteTotal(doc: Pick<Workspace, 'notes'> | null): number {
  let n = 0;
  for (const note of Object.values(doc?.notes ?? {})) if (note.status !== 'selesai') n++;
  return n;
}

/** "7 Desember 2026" from an ISO date-time. */
export function noteDate(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
