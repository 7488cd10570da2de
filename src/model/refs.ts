// The one reference table of the document: every place that names a unit, position, team, map or process by id
// (team members and officers, map owners, lanes, pejabat/unit pengampu, SIPOC parties, relasi boxes). The delete
// and move guards, the map rules and the dialogs that warn before a change all read it, so "what refers to X" is
// written once. Pure.
import type { Draft } from 'immer';
import type { PartyRef, ProcessMap, Workspace } from './schema';

export type TeamField = 'ownerUnitId' | 'pimpinanUnitId' | 'penilaiKinerjaId' | 'penanggungjawabId';

/** One place that names an element. */
export type RefSite =
  | { kind: 'team-member'; teamId: string; memberId: string }
  | { kind: 'team-field'; teamId: string; field: TeamField }
  | { kind: 'map-owner'; mapId: string }
  | { kind: 'map-parent'; mapId: string }
  | { kind: 'lane'; mapId: string; laneId: string; as: 'position' | 'unit' | 'team' }
  | { kind: 'step-pengampu'; mapId: string; stepId: string }
  | { kind: 'process-pengampu'; mapId: string; processId: string }
  | { kind: 'sipoc'; mapId: string; processId: string; side: 'supplier' | 'customer'; index: number }
  | { kind: 'relasi-box'; mapId: string; boxId: string; as: 'unit' | 'process' };

export interface Ref {
  /** the id named */
  target: string;
  site: RefSite;
}

type Doc = Pick<Workspace, 'teams' | 'maps'>;

/** Every reference inside one map. */
export function refsInMap(map: ProcessMap): Ref[] {
  const out: Ref[] = [];
  const mapId = map.id;
  if (map.ownerUnitId !== null) out.push({ target: map.ownerUnitId, site: { kind: 'map-owner', mapId } });
  if (map.parent) out.push({ target: map.parent.processId, site: { kind: 'map-parent', mapId } });
  if (map.kind === 'lintas-fungsi') {
    for (const lane of map.lanes) {
      const b = lane.binding;
      if (b && b.kind !== 'luar') out.push({ target: b.id, site: { kind: 'lane', mapId, laneId: lane.id, as: b.kind } });
    }
  } else if (map.kind === 'subproses') {
    for (const s of map.steps) if (s.pengampuId !== null) out.push({ target: s.pengampuId, site: { kind: 'step-pengampu', mapId, stepId: s.id } });
  } else if (map.kind === 'level') {
    for (const p of map.processes) {
      if (p.pengampuUnitId !== null) out.push({ target: p.pengampuUnitId, site: { kind: 'process-pengampu', mapId, processId: p.id } });
      for (const side of ['supplier', 'customer'] as const) {
        p.sipoc[side].forEach((party: PartyRef, index: number) => {
          if (party.kind === 'unit') out.push({ target: party.id, site: { kind: 'sipoc', mapId, processId: p.id, side, index } });
        });
      }
    }
  } else if (map.kind === 'relasi') {
    for (const box of map.boxes) {
      if (box.ref.kind === 'unit') out.push({ target: box.ref.id, site: { kind: 'relasi-box', mapId, boxId: box.id, as: 'unit' } });
      else if (box.ref.kind === 'process') out.push({ target: box.ref.processId, site: { kind: 'relasi-box', mapId, boxId: box.id, as: 'process' } });
    }
  }
  return out;
}

/** Every reference of the document. */
export function allRefs(doc: Doc): Ref[] {
  const out: Ref[] = [];
  for (const team of Object.values(doc.teams)) {
    for (const m of team.members) if (m.positionId !== null) out.push({ target: m.positionId, site: { kind: 'team-member', teamId: team.id, memberId: m.id } });
    for (const field of ['ownerUnitId', 'pimpinanUnitId', 'penilaiKinerjaId', 'penanggungjawabId'] as const) {
      const v = team[field];
      if (v !== null) out.push({ target: v, site: { kind: 'team-field', teamId: team.id, field } });
    }
  }
  for (const map of Object.values(doc.maps)) out.push(...refsInMap(map));
  return out;
}

/** The places that name `id` (a unit, position, team or process). */
export function refsOf(doc: Doc, id: string): RefSite[] {
  return allRefs(doc)
    .filter((r) => r.target === id)
    .map((r) => r.site);
}

/** The places that name any of `ids`, each with the id it names. */
export function refsOfAny(doc: Doc, ids: Iterable<string>): Ref[] {
  const set = new Set(ids);
  return set.size === 0 ? [] : allRefs(doc).filter((r) => set.has(r.target));
}

/**
 * Make `site` name `to` instead (inside an immer draft). Used where an element's references pass to another one
 * (removeUnit hands a unit's places to its parent, mergeJabatan a merged jabatan's to the kept one). A lane bound to
 * a position forgets what it was bound as, unless `keepBoundAs` (the new position stands for the same jabatan).
 */
export function retargetRef(draft: Draft<Doc>, site: RefSite, to: string, opts: { keepBoundAs?: boolean } = {}): void {
  if (site.kind === 'team-member') {
    const m = draft.teams[site.teamId]?.members.find((x) => x.id === site.memberId);
    if (m) m.positionId = to;
    return;
  }
  if (site.kind === 'team-field') {
    const team = draft.teams[site.teamId];
    if (team) team[site.field] = to;
    return;
  }
  const map = draft.maps[site.mapId];
  if (!map) return;
  if (site.kind === 'map-owner') map.ownerUnitId = to;
  else if (site.kind === 'map-parent') {
    if (map.parent) map.parent.processId = to;
  } else if (site.kind === 'lane' && map.kind === 'lintas-fungsi') {
    const lane = map.lanes.find((l) => l.id === site.laneId);
    // spread: a binding keeps the fields this version does not know (schema policy)
    if (lane?.binding && lane.binding.kind !== 'luar') {
      lane.binding =
        lane.binding.kind === 'position' && !opts.keepBoundAs ? { ...lane.binding, id: to, boundAs: null } : { ...lane.binding, id: to };
    }
  } else if (site.kind === 'step-pengampu' && map.kind === 'subproses') {
    const step = map.steps.find((s) => s.id === site.stepId);
    if (step) step.pengampuId = to;
  } else if (site.kind === 'process-pengampu' && map.kind === 'level') {
    const p = map.processes.find((x) => x.id === site.processId);
    if (p) p.pengampuUnitId = to;
  } else if (site.kind === 'sipoc' && map.kind === 'level') {
    const p = map.processes.find((x) => x.id === site.processId);
    const party = p?.sipoc[site.side][site.index];
    if (p && party?.kind === 'unit') p.sipoc[site.side][site.index] = { ...party, id: to };
  } else if (site.kind === 'relasi-box' && map.kind === 'relasi') {
    const box = map.boxes.find((b) => b.id === site.boxId);
    if (box && box.ref.kind === 'unit') box.ref = { ...box.ref, id: to };
    else if (box && box.ref.kind === 'process') box.ref = { ...box.ref, processId: to };
  }
}
