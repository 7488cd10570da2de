// Copy: the selected positions with everything below them, plus the units they sit in (and those units'
// ancestors, so a paste into another document can find or re-create the same unit path). Plain JSON, so it can
// travel through the system clipboard; ClipboardSchema checks it when it comes back, since anything can be there.
import { z } from 'zod';
import { descendantsOf, isReservedId, PositionSchema, structureIndex, UnitSchema, type Position, type Unit, type Workspace } from '../model';
import { CommandError } from './command';
import { requirePosition } from './guards';

export const CLIPBOARD_FORMAT = 'petakerja-clipboard';
export const CLIPBOARD_VERSION = 1;

export const ClipboardSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    /** the document copied from; a paste into the same document may reuse its units by id */
    sourceDocId: z.string(),
    /** roots have superiorId null; every other superiorId names a position of this payload */
    positions: z.array(PositionSchema).min(1),
    units: z.array(UnitSchema),
  })
  .superRefine((payload, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    // an id such as "constructor" would find Object.prototype's member in the target document's records
    for (const item of [...payload.positions, ...payload.units]) {
      if (isReservedId(item.id)) problem(`id «${item.id}» adalah nama khusus JavaScript dan tidak dapat dipakai`);
    }
    const positionIds = new Set<string>();
    for (const p of payload.positions) {
      if (positionIds.has(p.id)) problem(`id jabatan «${p.id}» muncul dua kali`);
      positionIds.add(p.id);
    }
    const units = new Map<string, Unit>();
    for (const u of payload.units) {
      if (units.has(u.id)) problem(`id unit «${u.id}» muncul dua kali`);
      units.set(u.id, u);
    }
    for (const p of payload.positions) {
      if (!units.has(p.unitId)) problem(`unit jabatan «${p.nama}» tidak ada dalam salinan`);
      if (p.superiorId !== null && !positionIds.has(p.superiorId)) {
        problem(`atasan jabatan «${p.nama}» tidak ada dalam salinan`);
      }
    }
    for (const u of payload.units) {
      if (u.parentId !== null && !units.has(u.parentId)) problem(`unit induk «${u.nama}» tidak ada dalam salinan`);
    }
    const byId = new Map(payload.positions.map((p) => [p.id, p]));
    if (hasCycle(payload.positions, (p) => (p.superiorId !== null ? byId.get(p.superiorId) : undefined))) {
      problem('garis atasan dalam salinan membentuk lingkaran');
    }
    if (hasCycle(payload.units, (u) => (u.parentId !== null ? units.get(u.parentId) : undefined))) {
      problem('unit induk dalam salinan membentuk lingkaran');
    }
  });

export type ClipboardPayload = z.infer<typeof ClipboardSchema>;

function hasCycle<T extends { id: string }>(items: T[], parentOf: (item: T) => T | undefined): boolean {
  const done = new Set<string>();
  for (const start of items) {
    const path = new Set<string>();
    let cursor: T | undefined = start;
    while (cursor && !done.has(cursor.id)) {
      if (path.has(cursor.id)) return true;
      path.add(cursor.id);
      cursor = parentOf(cursor);
    }
    for (const id of path) done.add(id);
  }
  return false;
}

/**
 * The clipboard content for the selected positions. A selected position below another selected one is copied
 * once, inside its ancestor's subtree. Throws CommandError for an empty selection or an unknown id.
 */
export function copySubtrees(doc: Workspace, ids: string[]): ClipboardPayload {
  if (ids.length === 0) throw new CommandError('Tidak ada jabatan yang dipilih untuk disalin.');
  for (const id of ids) requirePosition(doc, id);
  const index = structureIndex(doc);
  const selected = new Set(ids);
  const copied = new Map<string, Position>();
  for (const id of ids) {
    if (copied.has(id) || hasSelectedAncestor(doc, id, selected)) continue;
    const root = doc.positions[id];
    copied.set(id, { ...root, superiorId: null });
    for (const d of descendantsOf(index, id)) copied.set(d.id, d);
  }
  const units = new Map<string, Unit>();
  for (const p of copied.values()) {
    let unit: Unit | undefined = doc.units[p.unitId];
    while (unit && !units.has(unit.id)) {
      units.set(unit.id, unit);
      unit = unit.parentId !== null ? doc.units[unit.parentId] : undefined;
    }
  }
  // JSON round trip: the payload shares nothing with the (frozen) document and is exactly what the clipboard holds.
  return JSON.parse(
    JSON.stringify({
      format: CLIPBOARD_FORMAT,
      version: CLIPBOARD_VERSION,
      sourceDocId: doc.id,
      positions: [...copied.values()],
      units: [...units.values()],
    }),
  ) as ClipboardPayload;
}

function hasSelectedAncestor(doc: Workspace, id: string, selected: Set<string>): boolean {
  let cursor = doc.positions[id]?.superiorId ?? null;
  const seen = new Set<string>([id]);
  while (cursor !== null && !seen.has(cursor)) {
    if (selected.has(cursor)) return true;
    seen.add(cursor);
    cursor = doc.positions[cursor]?.superiorId ?? null;
  }
  return false;
}

/** Text from the system clipboard → a payload, or null when it is not a PetaKerja copy (or was tampered with). */
export function parseClipboardText(text: string): ClipboardPayload | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ClipboardSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
