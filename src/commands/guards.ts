// Checks and small helpers shared by the commands. Recipes read from the base document (`baseOf`) and write
// to the draft only what changes: reading through the draft would create a proxy for every record touched,
// which on a 5,000-position document costs more than the change itself.
import { isDraft, original, type Draft } from 'immer';
import { z } from 'zod';
import {
  enclosingPerangkatDaerah,
  lineKindOf,
  PointSchema,
  wouldCreateCycle,
  type Point,
  type Position,
  type Unit,
  type Workspace,
} from '../model';
import { CommandError } from './command';

const indonesianErrors = z.locales.id().localeError;

/** The document as it was before this command started (the draft itself when called outside immer). */
export function baseOf(draft: Draft<Workspace>): Workspace {
  return (isDraft(draft) ? original(draft) : draft) as Workspace;
}

export function requirePosition(doc: Workspace, id: string): Position {
  const p = doc.positions[id];
  if (!p) throw new CommandError(`Jabatan dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return p;
}

export function requireUnit(doc: Workspace, id: string): Unit {
  const u = doc.units[id];
  if (!u) throw new CommandError(`Unit dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return u;
}

/** «nama» of a position for labels; falls back to the id when the position is unknown. */
export function positionName(doc: Workspace, id: string): string {
  return doc.positions[id]?.nama || id;
}

export function unitName(doc: Workspace, id: string): string {
  return doc.units[id]?.nama || id;
}

/**
 * The Perangkat Daerah a unit belongs to for the cross-PD refusals: the enclosing one (model/structure.ts
 * enclosingPerangkatDaerah — a UPT or Kelurahan marked as PD belongs to its Dinas or Kecamatan). Same meaning as
 * `structureIndex(doc).enclosingPerangkatDaerahOf`, but O(depth) and without building the index, which a single
 * move must not pay for on a large document. `lookup` lets paste ask about units it has yet to create.
 */
export function perangkatDaerahOfUnit(lookup: (id: string) => Unit | undefined, unitId: string): Unit | undefined {
  return enclosingPerangkatDaerah(lookup, unitId);
}

/**
 * Refuses a superior that does not exist, the position itself, one that closes a cycle (KED-04) or one in another
 * Perangkat Daerah (KED-10). `subordinate` may be a position not yet in the document (add).
 */
export function checkSuperior(doc: Workspace, subordinate: Position, superiorId: string | null): void {
  if (superiorId === null) return;
  const superior = doc.positions[superiorId];
  if (!superior) throw new CommandError(`Atasan dengan id «${superiorId}» tidak ditemukan dalam dokumen.`);
  if (superiorId === subordinate.id) {
    throw new CommandError(`Jabatan «${subordinate.nama}» tidak dapat menjadi atasan dirinya sendiri (KED-04).`);
  }
  if (wouldCreateCycle(doc, subordinate.id, superiorId)) {
    throw new CommandError(
      `«${subordinate.nama}» tidak dapat ditempatkan di bawah «${superior.nama}», karena «${superior.nama}» ` +
        `berada di bawah «${subordinate.nama}»: garisnya akan membentuk lingkaran (KED-04).`,
    );
  }
  const lookup = (id: string): Unit | undefined => doc.units[id];
  const pdSub = perangkatDaerahOfUnit(lookup, subordinate.unitId);
  const pdSup = perangkatDaerahOfUnit(lookup, superior.unitId);
  if (pdSub && pdSup && pdSub.id !== pdSup.id) throw crossPdError(subordinate, pdSub, superior, pdSup);
}

export function crossPdError(subordinate: Position, pdSub: Unit, superior: Position, pdSup: Unit): CommandError {
  const line = lineKindOf(subordinate) === 'kedudukan' ? 'Garis kedudukan' : 'Garis komando';
  return new CommandError(
    `«${subordinate.nama}» (${pdSub.nama}) tidak dapat ditempatkan di bawah «${superior.nama}» (${pdSup.nama}). ` +
      `${line} tidak boleh melintasi Perangkat Daerah (KED-10); kerja lintas Perangkat Daerah dilakukan melalui Tim Kerja.`,
  );
}

/** A copy of a point, refused when not finite (a NaN from a layout would make the document invalid). */
export function checkedPoint(p: Point): Point {
  if (!PointSchema.safeParse(p).success) {
    throw new CommandError(`Posisi kotak tidak sah (${JSON.stringify(p)}): koordinat harus berupa angka.`);
  }
  return { x: p.x, y: p.y };
}

/** Parse with a zod schema; a failure becomes a CommandError listing the problems in Bahasa Indonesia. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value, { error: indonesianErrors });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new CommandError(`${what} tidak sah: ${problems.slice(0, 5).join('; ')}.`);
  }
  return parsed.data;
}

export function samePoint(a: Point | null, b: Point | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x === b.x && a.y === b.y;
}

/**
 * Codes for copies: a copy keeps its kode unless the target document already uses it, since a peta jabatan
 * needs unique codes (CSV import refuses duplicates).
 */
export function freeKode(used: Set<string>, kode: string): string {
  if (kode === '' || !used.has(kode)) {
    if (kode !== '') used.add(kode);
    return kode;
  }
  return '';
}

/**
 * Jenjang and "memimpin unit kerja mandiri" belong to JF only; a JF without a jenjang gets the entry level
 * Ahli Pertama. Mutates the given (fresh, not yet frozen) position.
 */
export function normalizeKindFields(p: Position): Position {
  if (p.kind === 'fungsional') {
    if (p.jenjang === null) p.jenjang = 'ahli-pertama';
  } else {
    p.jenjang = null;
    p.memimpinUnitMandiri = false;
  }
  return p;
}

/** Id maker for commands that create records; the optional override lets callers and tests choose the ids. */
export type IdMaker = (prefix: 'pos' | 'unit', originalId: string) => string;

/** Wraps an IdMaker so that an id already in use (or handed out twice) is refused instead of overwriting. */
export function uniqueIds(make: IdMaker, taken: (id: string) => boolean): IdMaker {
  const given = new Set<string>();
  return (prefix, originalId) => {
    const id = make(prefix, originalId);
    if (taken(id) || given.has(id)) throw new CommandError(`Id «${id}» sudah dipakai dalam dokumen.`);
    given.add(id);
    return id;
  };
}
