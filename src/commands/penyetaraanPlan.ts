// Penyetaraan jabatan: choosing the posts and planning the conversion (pure). See setarakanJabatan.ts and
// penyetaraan.ts. Vocabulary (DOMAIN.md §2, PermenPANRB 17/2021): Administrator → JF Ahli Madya, Pengawas → JF Ahli
// Muda (eselon V, imported as Pengawas, → Ahli Pertama is not a kind of its own in this model).
import {
  isStructural,
  JENJANG_LABELS,
  leadsUnit,
  structureIndex,
  type Jenjang,
  type Position,
  type PositionKind,
  type Team,
  type Workspace,
} from '../model';
import { CommandError } from './command';

export const PENYETARAAN_JENJANG: Partial<Record<PositionKind, Jenjang>> = {
  administrator: 'ahli-madya',
  pengawas: 'ahli-muda',
};

/** The choice "by rule": e.g. every Pengawas whose name starts with "Kepala Seksi" in the Dinas X subtree. */
export interface PenyetaraanSelection {
  kind: 'administrator' | 'pengawas';
  /** the name starts with this (case-insensitive), e.g. "Kepala Seksi"; '' = any */
  namaAwalan?: string;
  /** only positions in this unit or below; null = the whole document */
  unitId?: string | null;
}

export function selectForPenyetaraan(doc: Workspace, sel: PenyetaraanSelection): string[] {
  const prefix = (sel.namaAwalan ?? '').trim().toLocaleLowerCase('id');
  const within = sel.unitId ?? null;
  const inside = (unitId: string): boolean => {
    if (within === null) return true;
    const seen = new Set<string>();
    for (let u: string | null = unitId; u !== null && !seen.has(u); u = doc.units[u]?.parentId ?? null) {
      if (u === within) return true;
      seen.add(u);
    }
    return false;
  };
  return Object.values(doc.positions)
    .filter((p) => p.kind === sel.kind && p.nama.toLocaleLowerCase('id').startsWith(prefix) && inside(p.unitId))
    .map((p) => p.id);
}

export interface PenyetaraanArgs {
  positionIds: string[];
  /** units led by a converted official that are kept (e.g. marked pengecualian); the others merge into their parent */
  keepUnitIds?: string[];
  /** the new names of the converted jabatan, by id; default "JF Ahli Muda eks Kepala Seksi …" */
  names?: Record<string, string>;
}

export interface Conversion {
  positionId: string;
  namaLama: string;
  namaBaru: string;
  kindLama: PositionKind;
  jenjang: Jenjang;
  atasanLamaId: string | null;
  atasanBaruId: string;
  /** the unit it led (null: it led none of its own) and what happens to it */
  unitId: string | null;
  unitAction: 'merge' | 'keep' | null;
  /** where the merged unit's jabatan and sub-units go */
  mergedIntoUnitId: string | null;
}

type TeamRole = 'pimpinanUnitId' | 'penilaiKinerjaId' | 'penanggungjawabId';

export interface PenyetaraanPlan {
  conversions: Conversion[];
  /** subordinates (not converted themselves) that go to the next structural official up */
  reattached: { positionId: string; from: string; to: string }[];
  teams: { teamId: string; field: TeamRole; from: string; to: string }[];
  lanes: { mapId: string; laneId: string; from: string; to: string }[];
  steps: { mapId: string; stepId: string; from: string; to: string }[];
  /** units merged into their parent, deepest first */
  mergedUnits: string[];
  /** teams and maps owned by a merged unit (they pass to its parent), for the listing */
  ownedByMerged: { kind: 'tim' | 'peta'; id: string; nama: string; unitId: string }[];
}

export function defaultJfName(p: Pick<Position, 'nama'>, jenjang: Jenjang): string {
  return `JF ${JENJANG_LABELS[jenjang]} eks ${p.nama}`;
}

/** Plan the conversion; refuses (CommandError) what cannot be converted, naming it. */
export function planPenyetaraan(doc: Workspace, args: PenyetaraanArgs): PenyetaraanPlan {
  const ids = [...new Set(args.positionIds)];
  if (ids.length === 0) throw new CommandError('Belum ada jabatan yang dipilih untuk disetarakan.');
  const converting = new Set(ids);
  const keep = new Set(args.keepUnitIds ?? []);
  const index = structureIndex(doc);
  for (const id of ids) {
    const p = doc.positions[id];
    if (!p) throw new CommandError(`Jabatan dengan id «${id}» tidak ditemukan dalam dokumen.`);
    if (!PENYETARAAN_JENJANG[p.kind]) {
      throw new CommandError(`«${p.nama}» tidak dapat disetarakan: penyetaraan hanya untuk jabatan Administrator dan Pengawas.`);
    }
  }
  /** The next structural official up that is not being converted. */
  const nextUp = (p: Position): string => {
    const seen = new Set<string>([p.id]);
    let cur = p.superiorId !== null ? doc.positions[p.superiorId] : undefined;
    while (cur && !seen.has(cur.id)) {
      if (!converting.has(cur.id) && leadsUnit(cur) && isStructural(cur.kind)) return cur.id;
      seen.add(cur.id);
      cur = cur.superiorId !== null ? doc.positions[cur.superiorId] : undefined;
    }
    throw new CommandError(`«${p.nama}» tidak dapat disetarakan: tidak ada pejabat struktural di atasnya yang tetap menjadi atasan.`);
  };
  const order = Object.keys(doc.positions).filter((id) => converting.has(id));
  const conversions: Conversion[] = order.map((id) => {
    const p = doc.positions[id];
    const jenjang = PENYETARAAN_JENJANG[p.kind]!;
    const sup = p.superiorId !== null ? doc.positions[p.superiorId] : undefined;
    const unit = doc.units[p.unitId];
    const ledUnit = unit && (!sup || sup.unitId !== p.unitId) ? unit : null;
    const canMerge = ledUnit !== null && ledUnit.parentId !== null && doc.units[ledUnit.parentId] !== undefined;
    const unitAction = ledUnit === null ? null : keep.has(ledUnit.id) || !canMerge ? 'keep' : 'merge';
    const nama = args.names?.[id]?.trim() || defaultJfName(p, jenjang);
    return {
      positionId: id,
      namaLama: p.nama,
      namaBaru: nama,
      kindLama: p.kind,
      jenjang,
      atasanLamaId: p.superiorId,
      atasanBaruId: nextUp(p),
      unitId: ledUnit?.id ?? null,
      unitAction,
      mergedIntoUnitId: unitAction === 'merge' ? ledUnit!.parentId : null,
    };
  });
  const byId = new Map(conversions.map((c) => [c.positionId, c]));
  const reattached: PenyetaraanPlan['reattached'] = [];
  for (const c of conversions) {
    for (const s of index.subordinates.get(c.positionId) ?? []) {
      if (!converting.has(s.id)) reattached.push({ positionId: s.id, from: c.positionId, to: c.atasanBaruId });
    }
  }
  const teams: PenyetaraanPlan['teams'] = [];
  for (const t of Object.values(doc.teams)) {
    for (const field of ['pimpinanUnitId', 'penilaiKinerjaId', 'penanggungjawabId'] as const satisfies readonly (keyof Team)[]) {
      const v = t[field];
      const c = v !== null ? byId.get(v) : undefined;
      if (c) teams.push({ teamId: t.id, field, from: c.positionId, to: c.atasanBaruId });
    }
  }
  const lanes: PenyetaraanPlan['lanes'] = [];
  const steps: PenyetaraanPlan['steps'] = [];
  for (const m of Object.values(doc.maps)) {
    if (m.kind === 'lintas-fungsi') {
      for (const l of m.lanes) {
        const c = l.binding?.kind === 'position' ? byId.get(l.binding.id) : undefined;
        if (c) lanes.push({ mapId: m.id, laneId: l.id, from: c.positionId, to: c.atasanBaruId });
      }
    } else if (m.kind === 'subproses') {
      for (const s of m.steps) {
        const c = s.pengampuId !== null ? byId.get(s.pengampuId) : undefined;
        if (c) steps.push({ mapId: m.id, stepId: s.id, from: c.positionId, to: c.atasanBaruId });
      }
    }
  }
  const depth = (unitId: string): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let u: string | null = unitId; u !== null && !seen.has(u); u = doc.units[u]?.parentId ?? null) {
      seen.add(u);
      d++;
    }
    return d;
  };
  const mergedUnits = [...new Set(conversions.filter((c) => c.unitAction === 'merge').map((c) => c.unitId!))].sort((a, b) => depth(b) - depth(a));
  const merged = new Set(mergedUnits);
  const ownedByMerged: PenyetaraanPlan['ownedByMerged'] = [
    ...Object.values(doc.teams).filter((t) => t.ownerUnitId !== null && merged.has(t.ownerUnitId)).map((t) => ({ kind: 'tim' as const, id: t.id, nama: t.nama, unitId: t.ownerUnitId! })),
    ...Object.values(doc.maps).filter((m) => m.ownerUnitId !== null && merged.has(m.ownerUnitId)).map((m) => ({ kind: 'peta' as const, id: m.id, nama: m.title, unitId: m.ownerUnitId! })),
  ];
  return { conversions, reattached, teams, lanes, steps, mergedUnits, ownedByMerged };
}
