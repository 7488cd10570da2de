// restore(): any older, partial or slightly damaged document → a valid current Workspace, with notices in
// Bahasa Indonesia for everything it had to repair. Input it cannot make sense of throws RestoreError;
// the caller's open document is never touched because restore() only returns a new one.
import { freeze } from 'immer';
import { z } from 'zod';
import { MIGRATIONS } from './migrations';
import { CURRENT_VERSION, FORMAT_TAG, WorkspaceSchema, type Workspace } from './schema';
import { isKedudukanKind } from './vocabulary';

export class RestoreError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse file text; every failure is a RestoreError with a message for the user. */
export function restoreFromText(text: string): Restored {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new RestoreError(
      `Berkas ini bukan JSON yang sah (${e instanceof Error ? e.message : String(e)}), jadi tidak dapat dibuka sebagai dokumen PetaKerja.`,
    );
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
  for (let v = version; v < CURRENT_VERSION; v++) {
    current = MIGRATIONS[v](current);
  }
  if (version < CURRENT_VERSION) {
    notices.push(`Dokumen versi ${version} diperbarui ke versi ${CURRENT_VERSION}.`);
  }
  current = { ...current, id: typeof current.id === 'string' && current.id ? current.id : `doc_${Date.now().toString(36)}` };

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
  // Record keys must equal the ids inside.
  for (const coll of [doc.units, doc.positions, doc.teams, doc.maps] as Record<string, { id: string }>[]) {
    for (const [key, value] of Object.entries(coll)) {
      if (key !== value.id) {
        delete coll[key];
        if (!coll[value.id]) coll[value.id] = value;
      }
    }
  }

  for (const unit of Object.values(doc.units)) {
    if (unit.parentId !== null && (!doc.units[unit.parentId] || unit.parentId === unit.id)) {
      notices.push(`Unit «${unit.nama}» menunjuk unit induk yang tidak ada; dijadikan unit teratas.`);
      unit.parentId = null;
    }
  }
  // Break cycles in the unit tree.
  for (const unit of Object.values(doc.units)) {
    const seen = new Set<string>([unit.id]);
    let parent = unit.parentId;
    while (parent !== null) {
      if (seen.has(parent)) {
        notices.push(`Unit «${unit.nama}» berada dalam lingkaran unit induk; dijadikan unit teratas.`);
        unit.parentId = null;
        break;
      }
      seen.add(parent);
      parent = doc.units[parent]?.parentId ?? null;
    }
    if (unit.parentId === null && !unit.isPerangkatDaerah && unit.tipePd === null) {
      unit.isPerangkatDaerah = true;
    }
  }

  let orphanUnitId: string | null = null;
  for (const p of Object.values(doc.positions)) {
    if (!doc.units[p.unitId]) {
      if (orphanUnitId === null) {
        orphanUnitId = 'unit_tanpa_unit';
        doc.units[orphanUnitId] = {
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
    if (p.superiorId !== null && (p.superiorId === p.id || !doc.positions[p.superiorId])) {
      notices.push(`Atasan langsung jabatan «${p.nama}» tidak ada; garisnya dilepas.`);
      p.superiorId = null;
    }
    if (p.kind !== 'fungsional' && p.jenjang !== null) p.jenjang = null;
    if (isKedudukanKind(p.kind) === false && p.memimpinUnitMandiri) p.memimpinUnitMandiri = false;
  }
}
