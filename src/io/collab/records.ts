// How a document lives in a Y.Doc, and the checks every change from elsewhere passes before anyone trusts it.
// Shared by the browser binding and the server (server/), so both refuse the same records with the same zod schemas.
//
// Layout: one root Y.Map per keyed collection (units, positions, teams, maps, notes), each value a whole record as
// plain JSON (replaced whole on change: last writer wins per record); one root Y.Map "meta" for the other top-level
// fields (title, instansi, profile, settings, presentation …), each value a whole field.
import * as Y from 'yjs';
import { z } from 'zod';
import {
  isReservedId,
  PositionSchema,
  ProcessMapSchema,
  ReviewNoteSchema,
  TeamSchema,
  UnitSchema,
  WorkspaceSchema,
  type Workspace,
} from '../../model';

export const COLLECTIONS = ['units', 'positions', 'teams', 'maps', 'notes'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export const META = 'meta';
export const ROOT_NAMES: readonly string[] = [...COLLECTIONS, META];

const RECORD_SCHEMAS: Record<CollectionName, z.ZodType> = {
  units: UnitSchema,
  positions: PositionSchema,
  teams: TeamSchema,
  maps: ProcessMapSchema,
  notes: ReviewNoteSchema,
};

const COLLECTION_LABELS: Record<CollectionName, string> = {
  units: 'Unit',
  positions: 'Jabatan',
  teams: 'Tim Kerja',
  maps: 'Peta proses',
  notes: 'Catatan reviu',
};

const indonesianErrors = z.locales.id().localeError;

export function isCollection(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}

/** The root maps of a Y.Doc in this layout. */
export function rootMap(ydoc: Y.Doc, name: string): Y.Map<unknown> {
  return ydoc.getMap(name);
}

/** A changed key of a root map: `value` undefined = deleted. */
export interface RecordChange {
  root: string;
  key: string;
  value: unknown;
}

function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (value instanceof Y.AbstractType || value instanceof Uint8Array) return false;
      if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
      return Object.values(value as object).every((v) => isPlainJson(v, depth + 1));
    default:
      return false;
  }
}

/**
 * Checks one changed record against the document's schemas. Returns the parsed record (defaults filled) or a problem
 * in Bahasa Indonesia. Deleting a record is always allowed; the references it leaves are repaired by the reader.
 */
export function checkRecord(change: RecordChange): { ok: true; value: unknown } | { ok: false; problem: string } {
  const { root, key, value } = change;
  if (!isCollection(root)) return { ok: false, problem: `bagian «${root}» tidak dikenal dalam dokumen PetaKerja` };
  const label = COLLECTION_LABELS[root];
  if (isReservedId(key)) return { ok: false, problem: `${label} «${key}»: ID ini adalah nama khusus JavaScript` };
  if (value === undefined) return { ok: true, value };
  if (!isPlainJson(value)) return { ok: false, problem: `${label} «${key}»: isinya bukan data JSON biasa` };
  const parsed = RECORD_SCHEMAS[root].safeParse(value, { error: indonesianErrors });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.map(String).join(' › ')}: ` : '';
    return { ok: false, problem: `${label} «${key}»: ${where}${issue.message}` };
  }
  const id = (parsed.data as { id: string }).id;
  if (id !== key) return { ok: false, problem: `${label} «${key}»: ID di dalamnya («${id}») tidak sama dengan kuncinya` };
  return { ok: true, value: parsed.data };
}

/** The non-collection fields of a document checked together (they are small): the parsed fields or a problem. */
export function checkMeta(meta: Record<string, unknown>): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  if (!isPlainJson(meta)) return { ok: false, problem: 'keterangan dokumen: isinya bukan data JSON biasa' };
  for (const name of COLLECTIONS) {
    if (name in meta) return { ok: false, problem: `keterangan dokumen: «${name}» tidak boleh berada di sini` };
  }
  const parsed = WorkspaceSchema.safeParse({ ...meta, units: {}, positions: {}, teams: {}, maps: {} }, { error: indonesianErrors });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `keterangan dokumen › ${issue.path.map(String).join(' › ')}: ${issue.message}` };
  }
  const { units: _u, positions: _p, teams: _t, maps: _m, notes: _n, ...rest } = parsed.data;
  return { ok: true, value: rest };
}

/** Everything a transaction changed in the layout's root maps; a change outside them is reported as foreign. */
export function changesOf(tr: Y.Transaction): { changes: RecordChange[]; foreign: string[] } {
  const changes: RecordChange[] = [];
  const foreign: string[] = [];
  const doc = tr.doc;
  for (const [type, keys] of tr.changed) {
    const name = rootNameOf(doc, type);
    let map: Y.Map<unknown> | null = null;
    if (name !== null && ROOT_NAMES.includes(name)) {
      try {
        map = type instanceof Y.Map ? type : doc.getMap(name); // a root first met in an update is untyped until asked
      } catch {
        map = null; // the name is taken by another kind of type
      }
    }
    if (map === null || keys.has(null)) {
      // a part the layout does not have, a nested type, or list content inside a record map
      foreign.push(name ?? '(bagian bersarang)');
      continue;
    }
    for (const key of keys) {
      if (key === null) continue;
      changes.push({ root: name!, key, value: map.get(key) });
    }
  }
  return { changes, foreign };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rootNameOf(doc: Y.Doc, type: Y.AbstractType<any>): string | null {
  if (type._item !== null) return null;
  for (const [name, t] of doc.share) if (t === type) return name;
  return null;
}

/** Check all changes of one transaction; the first problems found (never a partial acceptance). */
export function checkChanges(ydoc: Y.Doc, changes: RecordChange[], foreign: string[]): string[] {
  const problems: string[] = foreign.map((f) => `bagian «${f}» tidak dikenal dalam dokumen PetaKerja`);
  let metaTouched = false;
  for (const change of changes) {
    if (change.root === META) {
      metaTouched = true;
      continue;
    }
    const checked = checkRecord(change);
    if (!checked.ok) problems.push(checked.problem);
    if (problems.length >= 5) break;
  }
  if (metaTouched && problems.length === 0) {
    const checked = checkMeta(rootMap(ydoc, META).toJSON());
    if (!checked.ok) problems.push(checked.problem);
  }
  return problems;
}

/** Fill an empty Y.Doc with a document (one transaction). */
export function writeDocument(ydoc: Y.Doc, doc: Workspace, origin: unknown = null): void {
  ydoc.transact(() => {
    const meta = rootMap(ydoc, META);
    for (const [field, value] of Object.entries(doc)) {
      if (isCollection(field)) continue;
      if (value !== undefined) meta.set(field, value);
    }
    for (const name of COLLECTIONS) {
      const coll = doc[name] as Record<string, unknown> | undefined;
      if (!coll) continue;
      const target = rootMap(ydoc, name);
      for (const [key, record] of Object.entries(coll)) target.set(key, record);
    }
  }, origin);
}

/** The Y.Doc's content as a raw document (to be checked with restore()). Notes stay absent when there are none. */
export function readRaw(ydoc: Y.Doc): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...rootMap(ydoc, META).toJSON() };
  for (const name of COLLECTIONS) {
    const coll = rootMap(ydoc, name);
    if (name === 'notes' && coll.size === 0) continue;
    raw[name] = coll.toJSON();
  }
  return raw;
}

/** Whether a Y.Doc holds a document yet (a new room is empty until its first member brings one). */
export function hasDocument(ydoc: Y.Doc): boolean {
  return rootMap(ydoc, META).has('format');
}
