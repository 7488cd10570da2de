// How applyTemplate binds template lanes to the open structure. Heuristics, in order:
// 1. The Perangkat Daerah: the one the caller names (perangkatDaerahId), else — for a template written for some
//    kinds of Perangkat Daerah — the first Perangkat Daerah of one of those kinds (by name, then id) that has a
//    head. All position lanes of one map bind inside that one Perangkat Daerah, never across two.
// 2. A `head` lane: the official who heads the Perangkat Daerah itself — a position of the Perangkat Daerah's own
//    unit that leads it (structural, or a JF leading a unit kerja mandiri) with no superior inside the Perangkat
//    Daerah — of one of the lane's kinds.
// 3. Another position lane: positions of the Perangkat Daerah of one of the lane's kinds whose name contains one
//    of `nameIncludes` (any case); the first by kode (as text, natural order), then name, then id, skipping
//    positions another lane of the map already took. No name match → the lane stays unbound (no guessing by kind
//    alone: "Wakil Direktur" must not become any Administrator).
// 4. head-of-owner: the head of the map's owner unit (ownerUnitId), found the same way as in 2.
// 5. luar: bound to the outside party named by the lane's label. peran: left unbound.
import {
  compareCodes,
  leadsUnit,
  snapshotBinding,
  structureIndex,
  type LaneBinding,
  type Position,
  type TipePd,
  type Unit,
  type Workspace,
} from '../model';
import type { LaneMatch } from './types';

export interface LaneMatchResult {
  binding: LaneBinding | null;
  /** Bahasa Indonesia: why the lane is bound this way */
  alasan: string;
}

type Structure = Pick<Workspace, 'positions' | 'units'>;

function byKode(a: Position, b: Position): number {
  return compareCodes(a.kode, b.kode) || (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The official heading `unit`: leads it, sits in it, and answers to nobody inside the same subtree. */
export function headOfUnit(doc: Structure, unitId: string, kinds?: readonly Position['kind'][]): Position | undefined {
  const index = structureIndex(doc);
  const members = (index.positionsByUnit.get(unitId) ?? []).filter((p) => leadsUnit(p) && (!kinds || kinds.includes(p.kind)));
  const heads = members.filter((p) => {
    const sup = p.superiorId !== null ? doc.positions[p.superiorId] : undefined;
    return !sup || sup.unitId !== unitId || !leadsUnit(sup);
  });
  return heads.sort(byKode)[0];
}

/** The Perangkat Daerah the template's lanes bind in, or undefined when none fits. */
export function choosePerangkatDaerah(doc: Structure, tipePd: readonly TipePd[], perangkatDaerahId?: string): Unit | undefined {
  const index = structureIndex(doc);
  if (perangkatDaerahId !== undefined) return index.perangkatDaerahOf.get(perangkatDaerahId);
  if (tipePd.length === 0) return undefined;
  const pds = Object.values(doc.units)
    .filter((u) => index.perangkatDaerahOf.get(u.id) === u && u.tipePd !== null && tipePd.includes(u.tipePd))
    .sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : a.id < b.id ? -1 : 1));
  return pds.find((pd) => headOfUnit(doc, pd.id)) ?? pds[0];
}

export interface MatchContext {
  doc: Structure;
  pd: Unit | undefined;
  ownerUnitId: string | null;
  /** positions already bound to another lane of the map */
  taken: Set<string>;
}

function bindTo(doc: Structure, p: Position, alasan: string): LaneMatchResult {
  return { binding: snapshotBinding(doc, { kind: 'position', id: p.id, boundAs: null }), alasan };
}

export function matchLane(ctx: MatchContext, label: string, match: LaneMatch): LaneMatchResult {
  const { doc, pd } = ctx;
  switch (match.kind) {
    case 'luar':
      return { binding: { kind: 'luar', nama: label }, alasan: 'Pihak di luar Pemerintah Daerah, diikat dengan namanya.' };
    case 'peran':
      return { binding: null, alasan: 'Peran yang tidak diwakili satu jabatan; ikat lajur ini pada jabatan, unit atau Tim Kerja yang tepat.' };
    case 'head-of-owner': {
      if (ctx.ownerUnitId === null) return { binding: null, alasan: 'Unit pemilik peta belum dipilih; pimpinannya tidak dapat dicari.' };
      const head = headOfUnit(doc, ctx.ownerUnitId);
      if (!head) return { binding: null, alasan: `Unit «${doc.units[ctx.ownerUnitId]?.nama ?? ctx.ownerUnitId}» tidak memiliki pimpinan.` };
      ctx.taken.add(head.id);
      return bindTo(doc, head, `Pimpinan unit pemilik peta «${doc.units[ctx.ownerUnitId]?.nama ?? ''}».`);
    }
    case 'position': {
      if (!pd) return { binding: null, alasan: 'Struktur tidak memiliki Perangkat Daerah yang sesuai dengan templat ini.' };
      if (match.head) {
        const head = headOfUnit(doc, pd.id, match.positionKinds);
        if (!head || ctx.taken.has(head.id)) return { binding: null, alasan: `Pimpinan «${pd.nama}» dengan jenis jabatan yang sesuai tidak ditemukan.` };
        ctx.taken.add(head.id);
        return bindTo(doc, head, `Pimpinan Perangkat Daerah «${pd.nama}».`);
      }
      const index = structureIndex(doc);
      const words = (match.nameIncludes ?? []).map((w) => w.toLowerCase());
      const found = Object.values(doc.positions)
        .filter(
          (p) =>
            match.positionKinds.includes(p.kind) &&
            !ctx.taken.has(p.id) &&
            index.perangkatDaerahOf.get(p.unitId)?.id === pd.id &&
            (words.length === 0 || words.some((w) => p.nama.toLowerCase().includes(w))),
        )
        .sort(byKode)[0];
      if (!found) {
        return { binding: null, alasan: `Tidak ada jabatan di «${pd.nama}» yang namanya memuat ${(match.nameIncludes ?? []).map((w) => `«${w}»`).join(' atau ')}.` };
      }
      ctx.taken.add(found.id);
      return bindTo(doc, found, `Jabatan pertama (menurut kode) di «${pd.nama}» yang cocok dengan nama lajur.`);
    }
  }
}
