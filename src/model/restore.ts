// restore(): any older, partial or slightly damaged document → a valid current Workspace, with notices in
// Bahasa Indonesia for everything it had to repair. Input it cannot make sense of throws RestoreError;
// the caller's open document is never touched because restore() only returns a new one.
import { freeze } from 'immer';
import { z } from 'zod';
import { MIGRATIONS, RENUMBER_ONLY } from './migrations';
import { CURRENT_VERSION, FORMAT_TAG, PresentationSchema, WorkspaceSchema, type Workspace } from './schema';
import { isKedudukanKind } from './vocabulary';

export class RestoreError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
    /** the parser's own words (English), shown only behind "Rincian teknis" */
    readonly technical?: string,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface Restored {
  doc: Workspace;
  /** what restore() repaired; empty for a clean current document */
  notices: string[];
}

const indonesianErrors = z.locales.id().localeError;
const MAX_PROBLEMS_LISTED = 20;

/** The keyed collections of a document: their record keys must equal the ids inside. */
const COLLECTIONS = ['units', 'positions', 'teams', 'maps', 'notes'] as const;

/**
 * Ids that cannot be keys of a plain object without surprises: `__proto__` is dropped or turned into the prototype
 * by object literals and schema parsing, and a name of Object.prototype (`constructor`, `toString` …) makes
 * `doc.units[id]` find an inherited function where no record exists. Such ids are refused; a reference to one is
 * a reference to nothing and is repaired like any other dangling reference.
 */
export function isReservedId(id: string): boolean {
  return id === '__proto__' || id in Object.prototype;
}

const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Plain words for text that is not JSON at all: what it looks like, never the parser's English. */
function notJsonMessage(text: string): string {
  const head = text.slice(0, 8);
  const kind = head.startsWith('\uFFFDPNG') || head.startsWith('\u0089PNG') || head.includes('PNG')
    ? 'gambar PNG'
    : head.startsWith('%PDF')
      ? 'dokumen PDF'
      : head.startsWith('PK')
        ? 'berkas ZIP atau XLSX'
        : /^\s*</.test(head)
          ? 'halaman HTML atau XML'
          : null;
  return kind
    ? `Berkas ini berisi ${kind}, bukan dokumen PetaKerja (JSON), jadi tidak dapat dibuka.`
    : 'Berkas ini bukan JSON yang sah (isinya rusak atau terpotong), jadi tidak dapat dibuka sebagai dokumen PetaKerja.';
}

/** Parse file text; every failure is a RestoreError with a message for the user. */
export function restoreFromText(text: string): Restored {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new RestoreError(notJsonMessage(text), [], e instanceof Error ? e.message : String(e));
  }
  return restore(raw);
}

export function restore(raw: unknown): Restored {
  if (!isObject(raw)) {
    throw new RestoreError('Berkas ini tidak berisi dokumen PetaKerja (isinya bukan objek JSON).');
  }
  if (raw.format !== FORMAT_TAG) {
    throw new RestoreError(
      'Berkas ini bukan dokumen PetaKerja: penanda "format": "petakerja" tidak ada. Untuk peta jabatan dalam CSV/XLSX, gunakan Impor.',
    );
  }
  const version = raw.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new RestoreError(`Versi dokumen tidak dikenal: ${JSON.stringify(version)}.`);
  }
  if (version > CURRENT_VERSION) {
    throw new RestoreError(
      `Dokumen ini dibuat dengan PetaKerja yang lebih baru (versi ${version}; versi ini membaca sampai ${CURRENT_VERSION}). Perbarui aplikasi untuk membukanya.`,
    );
  }
  const notices: string[] = [];
  let current: Record<string, unknown> = raw;
  let reshaped = false;
  for (let v = version; v < CURRENT_VERSION; v++) {
    current = MIGRATIONS[v](current);
    reshaped ||= !RENUMBER_ONLY.has(v);
  }
  if (reshaped) {
    notices.push(`Dokumen versi ${version} diperbarui ke versi ${CURRENT_VERSION}.`);
  }
  current = { ...current, id: typeof current.id === 'string' && current.id ? current.id : `doc_${Date.now().toString(36)}` };

  const reserved = reservedIdProblems(current);
  if (reserved.length) throw new RestoreError('Isi dokumen tidak sesuai format PetaKerja:', reserved.slice(0, MAX_PROBLEMS_LISTED));

  // The presentation sequence is a convenience for trainers: a broken one is dropped, the structure and maps open.
  if (current.presentation !== undefined && !PresentationSchema.safeParse(current.presentation).success) {
    const { presentation: _dropped, ...rest } = current;
    current = rest;
    notices.push('Urutan presentasi dalam berkas ini rusak dan tidak dipakai; struktur, Tim Kerja dan peta tetap dibuka. Susun ulang urutannya di panel Presentasi.');
  }
  const parsed = WorkspaceSchema.safeParse(current, { error: indonesianErrors });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${describePath(current, i.path)}: ${i.message}`);
    const shown = problems.slice(0, MAX_PROBLEMS_LISTED);
    if (problems.length > shown.length) shown.push(`… dan ${problems.length - shown.length} masalah lain`);
    throw new RestoreError('Isi dokumen tidak sesuai format PetaKerja:', shown);
  }
  const doc = parsed.data;
  repairReferences(doc, notices);
  // Documents are immutable from here on. Freezing now, once, spares the first edit from immer's deep freeze.
  return { doc: freeze(doc, true), notices };
}

/** Record keys and ids that isReservedId() refuses, as problems for the user. */
function reservedIdProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const name of COLLECTIONS) {
    const coll = doc[name];
    if (!isObject(coll)) continue;
    // Object.keys lists an own "__proto__" key that JSON.parse created; a `for…in` or the schema would skip it.
    for (const key of Object.keys(coll)) {
      const value = coll[key];
      const inner = isObject(value) && typeof value.id === 'string' ? value.id : null;
      for (const id of new Set([key, ...(inner === null ? [] : [inner])])) {
        if (isReservedId(id)) {
          problems.push(`${name} › ${id}: ID «${id}» adalah nama khusus JavaScript dan tidak dapat dipakai; ganti ID-nya.`);
        }
      }
    }
  }
  return problems;
}

/** "positions › pos_1 › kind" reads better with the position's name. */
function describePath(root: Record<string, unknown>, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const name = isObject(node) && typeof node.nama === 'string' ? ` «${node.nama}»` : '';
    parts.push(`${String(key)}${name}`);
  }
  return parts.join(' › ') || '(dokumen)';
}

/** Make the cross-references consistent. Mutates the freshly parsed document only. */
function repairReferences(doc: Workspace, notices: string[]): void {
  // Record keys must equal the ids inside. A key whose id is taken by another record loses, with a notice.
  for (const name of COLLECTIONS) {
    const coll = doc[name] as Record<string, { id: string; nama?: string; title?: string }> | undefined;
    if (!coll) continue; // an optional collection (notes) the file does not have
    for (const [key, value] of Object.entries(coll)) {
      if (key === value.id) continue;
      delete coll[key];
      if (!hasOwn(coll, value.id)) coll[value.id] = value;
      else notices.push(`${name} «${key}» memakai ID «${value.id}» yang sudah dipakai; salinan gandanya dibuang.`);
    }
  }
  const units = doc.units;
  const positions = doc.positions;

  for (const unit of Object.values(units)) {
    if (unit.parentId !== null && (!hasOwn(units, unit.parentId) || unit.parentId === unit.id)) {
      notices.push(`Unit «${unit.nama}» menunjuk unit induk yang tidak ada; dijadikan unit teratas.`);
      unit.parentId = null;
    }
  }
  // Break cycles in the unit tree.
  for (const unit of Object.values(units)) {
    const seen = new Set<string>([unit.id]);
    let parent = unit.parentId;
    while (parent !== null) {
      if (seen.has(parent)) {
        notices.push(`Unit «${unit.nama}» berada dalam lingkaran unit induk; dijadikan unit teratas.`);
        unit.parentId = null;
        break;
      }
      seen.add(parent);
      parent = units[parent]?.parentId ?? null;
    }
    if (unit.parentId === null && !unit.isPerangkatDaerah && unit.tipePd === null) {
      unit.isPerangkatDaerah = true;
    }
  }

  let orphanUnitId: string | null = null;
  for (const p of Object.values(positions)) {
    if (!hasOwn(units, p.unitId)) {
      if (orphanUnitId === null) {
        orphanUnitId = 'unit_tanpa_unit';
        for (let i = 2; hasOwn(units, orphanUnitId); i++) orphanUnitId = `unit_tanpa_unit_${i}`;
        units[orphanUnitId] = {
          id: orphanUnitId,
          nama: 'Tanpa unit',
          parentId: null,
          isPerangkatDaerah: true,
          tipePd: null,
          pengecualian: false,
        };
      }
      notices.push(`Jabatan «${p.nama}» menunjuk unit yang tidak ada; dipindahkan ke unit «Tanpa unit».`);
      p.unitId = orphanUnitId;
    }
    if (p.superiorId !== null && (p.superiorId === p.id || !hasOwn(positions, p.superiorId))) {
      notices.push(`Atasan langsung jabatan «${p.nama}» tidak ada; garisnya dilepas.`);
      p.superiorId = null;
    }
    if (p.kind !== 'fungsional' && p.jenjang !== null) p.jenjang = null;
    if (isKedudukanKind(p.kind) === false && p.memimpinUnitMandiri) p.memimpinUnitMandiri = false;
  }
  breakSuperiorCycles(positions, notices);
}

/**
 * A chain of superiors that comes back to itself cannot be drawn or laid out: the line of the position where the
 * walk closes the loop is cut, with a notice. Each position is walked once (O(n)).
 */
function breakSuperiorCycles(positions: Workspace['positions'], notices: string[]): void {
  const done = new Set<string>();
  for (const start of Object.values(positions)) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cursor: string | null = start.id;
    while (cursor !== null && !done.has(cursor)) {
      if (onPath.has(cursor)) {
        // the last position walked points back into the path: cut its line
        const last = positions[path[path.length - 1]];
        notices.push(`Jabatan «${last.nama}» berada dalam lingkaran atasan langsung; garis ke atasannya dilepas.`);
        last.superiorId = null;
        break;
      }
      onPath.add(cursor);
      path.push(cursor);
      cursor = positions[cursor].superiorId;
    }
    for (const id of path) done.add(id);
  }
}
