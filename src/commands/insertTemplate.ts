// Compound "Sisipkan di sini": a structure template (built by templates/ into a small workspace, the fragment)
// pasted into the open document as ONE undo step — the paste command for its units and positions (fresh ids, the
// fragment's top unit placed under the selected official's unit, or as a new top-level unit), then one createTeam
// per Tim Kerja, remapped to the pasted positions.
import { blockRects, boundsOf, type Rect } from '../layout/placeNewBox';
import { LAYER_GAP, NODE_GAP, TREE_GAP } from '../layout/pieces';
import { leadsUnit, newId, type Point, type Position, type Team, type Workspace } from '../model';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, type ClipboardPayload } from './clipboard';
import { CommandError, execute, executeAll, type Executed } from './command';
import { createTeam } from './createTeam';
import { pasteSubtrees } from './pasteSubtrees';

export interface InsertTemplateArgs {
  /** the template as a workspace of its own (templates/kedudukan buildTemplateWorkspace) */
  fragment: Workspace;
  title: string;
  /** a position that leads a unit, or null for a new top-level unit */
  superiorId: string | null;
  /** ids for the new records (tests); newId(prefix) by default */
  makeId?: (prefix: 'pos' | 'unit' | 'team' | 'mbr') => string;
}


/** `nama`, or `nama (2)`, `nama (3)` … — a name no unit of the document has, so the paste never merges into one. */
function freeUnitName(doc: Workspace, nama: string): string {
  const taken = new Set(Object.values(doc.units).map((u) => u.nama));
  if (!taken.has(nama)) return nama;
  for (let i = 2; ; i++) if (!taken.has(`${nama} (${i})`)) return `${nama} (${i})`;
}

/**
 * The kode for the pasted head: the next number under the superior ("1.3" after "1.1", "1.2"), or the next
 * top-level number without one; null when the superior has no kode to continue.
 */
function nextKode(doc: Workspace, superior: Position | undefined): string | null {
  if (superior && superior.kode === '') return null;
  const prefix = superior ? `${superior.kode}.` : '';
  let last = 0;
  for (const p of Object.values(doc.positions)) {
    if (!p.kode.startsWith(prefix)) continue;
    const rest = p.kode.slice(prefix.length);
    if (/^\d+$/.test(rest)) last = Math.max(last, Number(rest));
  }
  return `${prefix}${last + 1}`;
}

/**
 * Where the copy's top-left goes: below the superior's block, else right of everything; then right past any
 * block in the way, so nothing already drawn is covered and nothing moves.
 */
function freeSpot(doc: Workspace, size: { width: number; height: number }, superiorId: string | null): Point {
  const rects = blockRects(doc);
  const sup = superiorId !== null ? rects.get(superiorId) : undefined;
  let start: Point;
  if (sup) start = { x: sup.x, y: sup.y + sup.height + LAYER_GAP };
  else if (rects.size > 0) {
    const b = boundsOf(doc);
    start = { x: b.x + b.width + TREE_GAP, y: b.y };
  } else start = { x: 0, y: 0 };
  const top = start.y - NODE_GAP;
  const bottom = start.y + size.height + NODE_GAP;
  const band: Rect[] = [...rects.values()].filter((r) => r.y < bottom && r.y + r.height > top).sort((a, b) => a.x - b.x);
  let x = start.x;
  for (const r of band) {
    if (r.x >= x + size.width + NODE_GAP) break;
    if (r.x + r.width > x - NODE_GAP) x = r.x + r.width + NODE_GAP;
  }
  return { x, y: start.y };
}

/**
 * The fragment pasted into `doc` under `superiorId` (a position that leads a unit), or as a new top-level unit
 * when null. Throws CommandError when refused.
 */
export function insertTemplate(doc: Workspace, { fragment, title, superiorId, makeId: ids0 }: InsertTemplateArgs): Executed {
  const makeId = ids0 ?? ((prefix: 'pos' | 'unit' | 'team' | 'mbr') => newId(prefix));
  const superior = superiorId !== null ? doc.positions[superiorId] : undefined;
  if (superiorId !== null && !superior) throw new CommandError('Jabatan yang dipilih tidak ada lagi dalam dokumen.');
  if (superior && !leadsUnit(superior)) {
    throw new CommandError(
      `Pola tidak dapat disisipkan di bawah «${superior.nama}»: pilih pejabat struktural (atau Pejabat Fungsional ` +
        'yang memimpin unit kerja mandiri), atau kosongkan pilihan untuk menyisipkannya sebagai unit baru.',
    );
  }
  const units = Object.values(fragment.units).map((u) =>
    u.parentId !== null
      ? { ...u }
      : {
          ...u,
          nama: freeUnitName(doc, u.nama),
          // Under an official the pattern's top unit becomes one of the official's sub-units, not a Perangkat
          // Daerah of its own (a kedudukan line may not cross Perangkat Daerah, KED-10).
          ...(superior ? { isPerangkatDaerah: false, tipePd: null } : {}),
        },
  );
  const rootKode = nextKode(doc, superior);
  const positions = Object.values(fragment.positions).map((p) => ({
    ...p,
    // the template is numbered from "1"; in the document it continues the numbering under its new superior
    kode: rootKode !== null ? rootKode + p.kode.slice(1) : p.kode,
  }));
  const payload: ClipboardPayload = JSON.parse(
    JSON.stringify({
      format: CLIPBOARD_FORMAT,
      version: CLIPBOARD_VERSION,
      sourceDocId: fragment.id,
      positions,
      units,
    }),
  );
  const ids = new Map<string, string>();
  const idFor = (prefix: 'pos' | 'unit', originalId: string) => {
    const id = makeId(prefix);
    ids.set(originalId, id);
    return id;
  };
  const at = freeSpot(doc, boundsOf(fragment), superiorId);
  const where = superior ? ` di bawah «${superior.nama}»` : '';
  const label = `Sisipkan templat «${title}»${where}`;

  const remapTeam = (team: Team, after: Workspace): Team => {
    const pos = (id: string | null) => (id !== null ? (ids.get(id) ?? null) : null);
    // The owner unit is found through a pasted position of it: the paste may reuse or re-create units.
    const member = Object.values(fragment.positions).find((p) => p.unitId === team.ownerUnitId);
    const owner = member ? after.positions[ids.get(member.id)!]?.unitId ?? null : null;
    return {
      ...team,
      id: makeId('team'),
      ownerUnitId: owner,
      pimpinanUnitId: pos(team.pimpinanUnitId),
      penilaiKinerjaId: pos(team.penilaiKinerjaId),
      penanggungjawabId: pos(team.penanggungjawabId),
      members: team.members.map((m) => ({ ...m, id: makeId('mbr'), positionId: pos(m.positionId) })),
    };
  };

  return executeAll(doc, label, [
    (d) => execute(d, pasteSubtrees, { payload, superiorId, at, idFor }),
    ...Object.values(fragment.teams).map((team) => (d: Workspace) => execute(d, createTeam, { team: remapTeam(team, d) })),
  ]);
}
