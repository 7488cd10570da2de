// Pure helpers for process maps (peta proses bisnis): process codes as text, the tree of derivative maps, what a
// map refers to in the structure, lane geometry and display names. Shared by rules, commands, SOP export, layout
// and (later) the canvases. No React, no DOM.
import {
  PROCESS_CATEGORIES,
  ProcessMapSchema,
  SopIdentitasSchema,
  type SopIdentitas,
  type Lane,
  type LaneBinding,
  type MapKind,
  type LevelMap,
  type LfNode,
  type LfNodeType,
  type LintasFungsiMap,
  type MapParent,
  type MapProcess,
  type PartyRef,
  type Point,
  type ProcessMap,
  type RelasiBox,
  type Workspace,
} from './schema';
import { refsInMap, refsOfAny } from './refs';

type Maps = Pick<Workspace, 'maps'>;

// ── Process codes ───────────────────────────────────────────────────────────────────────────────────────────
// A code is text made of segments joined by "." ("01.03.02"). It is never turned into a number: "1.10" and
// "1.1" are different codes, and "01" keeps its zero.

const DIGITS = /^\d+$/;

export function codeSegments(code: string): string[] {
  return code === '' ? [] : code.split('.');
}

/**
 * Natural order of codes: segment by segment, numeric segments by value ("1.9" < "1.10"); equal values written
 * differently ("1" and "01") and other text by plain string order, so the order is total and stable.
 */
export function compareCodes(a: string, b: string): number {
  const sa = codeSegments(a);
  const sb = codeSegments(b);
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === y) continue;
    if (DIGITS.test(x) && DIGITS.test(y)) {
      // by value without coercing: strip leading zeros, then a longer run of digits is larger
      const vx = x.replace(/^0+(?=\d)/, '');
      const vy = y.replace(/^0+(?=\d)/, '');
      if (vx.length !== vy.length) return vx.length - vy.length;
      if (vx !== vy) return vx < vy ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** Whether `code` is one level below `parentCode` ("01.03" → "01.03.01"); with an empty parent, a one-segment code. */
export function isChildCode(parentCode: string, code: string): boolean {
  const prefix = parentCode === '' ? '' : `${parentCode}.`;
  if (!code.startsWith(prefix)) return false;
  const rest = code.slice(prefix.length);
  return rest.length > 0 && !rest.includes('.');
}

/** Whether `code` lies anywhere below `ancestorCode` (a derivative code at any depth). */
export function extendsCode(ancestorCode: string, code: string): boolean {
  return ancestorCode === '' ? code !== '' : code.startsWith(`${ancestorCode}.`) && code.length > ancestorCode.length + 1;
}

function lastNumber(parentCode: string, code: string): { value: number; width: number } | null {
  if (!isChildCode(parentCode, code)) return null;
  const last = code.slice(parentCode === '' ? 0 : parentCode.length + 1);
  return DIGITS.test(last) ? { value: Number(last), width: last.length } : null;
}

/** Width of the numbering the siblings already use (at least 1), or 2 when none is numbered. */
function numberWidth(parentCode: string, siblings: readonly string[]): number {
  let width = 0;
  for (const s of siblings) {
    const n = lastNumber(parentCode, s);
    if (n) width = Math.max(width, n.width);
  }
  return width === 0 ? 2 : width;
}

function childCode(parentCode: string, value: number, width: number): string {
  const seg = String(value).padStart(width, '0');
  return parentCode === '' ? seg : `${parentCode}.${seg}`;
}

/**
 * The next free code below `parentCode`, numbered after the highest numbered sibling in the siblings' own width:
 * nextChildCode('01.03', ['01.03.01', '01.03.02', '01.03.03']) → '01.03.04'; nextChildCode('', []) → '01'.
 * Siblings that are not child codes of `parentCode` are ignored.
 */
export function nextChildCode(parentCode: string, siblings: readonly string[]): string {
  let max = 0;
  for (const s of siblings) {
    const n = lastNumber(parentCode, s);
    if (n && n.value > max) max = n.value;
  }
  const width = Math.max(numberWidth(parentCode, siblings), String(max + 1).length);
  const used = new Set(siblings);
  let value = max + 1;
  while (used.has(childCode(parentCode, value, width))) value++;
  return childCode(parentCode, value, width);
}

/** `code` with `oldPrefix` (a whole leading code) replaced by `newPrefix`; null when `code` does not start with it. */
export function replaceCodePrefix(code: string, oldPrefix: string, newPrefix: string): string | null {
  if (code === oldPrefix) return newPrefix;
  if (oldPrefix === '' || !code.startsWith(`${oldPrefix}.`)) return null;
  return newPrefix + code.slice(oldPrefix.length);
}

// ── Level maps ──────────────────────────────────────────────────────────────────────────────────────────────

const CATEGORY_ORDER = new Map<string | null, number>(PROCESS_CATEGORIES.map((c, i) => [c, i]));

/** Processes in reading order: the Manajemen band, then Inti, then Pendukung (array order inside a band), then the uncategorised. */
export function readingOrder(map: LevelMap): MapProcess[] {
  const rank = (p: MapProcess) => CATEGORY_ORDER.get(p.kategori) ?? PROCESS_CATEGORIES.length;
  return map.processes
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);
}

export interface FoundProcess {
  map: LevelMap;
  process: MapProcess;
}

/** The process a parent reference names, when its map exists, is a level map and holds it. */
export function findProcess(doc: Maps, ref: MapParent): FoundProcess | undefined {
  const map = doc.maps[ref.mapId];
  if (!map || map.kind !== 'level') return undefined;
  const process = map.processes.find((p) => p.id === ref.processId);
  return process ? { map, process } : undefined;
}

/** The code every process of `map` extends: its parent process's code, or '' for a top map. */
export function codeBaseOf(doc: Maps, map: ProcessMap): string {
  return map.parent ? (findProcess(doc, map.parent)?.process.kode ?? '') : '';
}

/**
 * Codes for a level map numbered in reading order below its code base, in the width its processes already use:
 * process id → new code. Only processes whose code would change are listed.
 */
export function renumberedCodes(doc: Maps, map: LevelMap): Map<string, string> {
  const base = codeBaseOf(doc, map);
  const ordered = readingOrder(map);
  const width = Math.max(
    numberWidth(
      base,
      ordered.map((p) => p.kode),
    ),
    String(ordered.length).length,
  );
  const out = new Map<string, string>();
  ordered.forEach((p, i) => {
    const code = childCode(base, i + 1, width);
    if (code !== p.kode) out.set(p.id, code);
  });
  return out;
}

/** Maps hanging directly from `mapId` (from any of its processes, or from `processId` only). */
export function derivativeMaps(doc: Maps, mapId: string, processId?: string): ProcessMap[] {
  const out: ProcessMap[] = [];
  for (const m of Object.values(doc.maps)) {
    if (m.parent && m.parent.mapId === mapId && (processId === undefined || m.parent.processId === processId) && m.id !== mapId) {
      out.push(m);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function childrenIndex(doc: Maps): Map<string, ProcessMap[]> {
  const index = new Map<string, ProcessMap[]>();
  for (const m of Object.values(doc.maps)) {
    if (!m.parent) continue;
    const list = index.get(m.parent.mapId);
    if (list) list.push(m);
    else index.set(m.parent.mapId, [m]);
  }
  return index;
}

function subtreeOf(doc: Maps, roots: ProcessMap[], seen: Set<string>): string[] {
  const index = childrenIndex(doc);
  const out: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const m = stack.pop()!;
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m.id);
    const kids = index.get(m.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/**
 * Every map a delete of `mapId` takes with it: the map first, then its derivative maps at any depth (safe on a
 * damaged tree with cycles). The UI asks the user with this list before deleteMap.
 */
export function mapsAffectedByDelete(doc: Maps, mapId: string): string[] {
  const map = doc.maps[mapId];
  return map ? subtreeOf(doc, [map], new Set()) : [];
}

/** The derivative maps (any depth) of one process, which go with it when it is removed. */
export function mapsAffectedByProcessDelete(doc: Maps, mapId: string, processId: string): string[] {
  return subtreeOf(doc, derivativeMaps(doc, mapId, processId), new Set([mapId]));
}

// ── New maps ────────────────────────────────────────────────────────────────────────────────────────────────

export interface NewMapSpec {
  id: string;
  kind: MapKind;
  title: string;
  /** default: the parent process's pengampu unit, else none */
  ownerUnitId?: string | null;
  /** a derivative map hangs from this process */
  parent?: MapParent | null;
  /** for a top level map (default 1); a derivative level map is always one below its parent map */
  level?: number;
}

/**
 * A new empty map, ready for the createMap command. A derivative level map gets the level one below its parent
 * map; its processes will be numbered below the parent process's code (nextChildCode(codeBaseOf(...), …)).
 */
export function newMap(doc: Maps, spec: NewMapSpec): ProcessMap {
  const parent = spec.parent ?? null;
  const found = parent ? findProcess(doc, parent) : undefined;
  const level = found ? found.map.level + 1 : (spec.level ?? 1);
  const ownerUnitId = spec.ownerUnitId !== undefined ? spec.ownerUnitId : (found?.process.pengampuUnitId ?? null);
  return ProcessMapSchema.parse({ id: spec.id, kind: spec.kind, title: spec.title, ownerUnitId, parent, level });
}

/** An SOP identity block with nothing filled in yet. */
export function emptySopIdentitas(): SopIdentitas {
  return SopIdentitasSchema.parse({});
}

/** A lane binding with `boundAs` taken from the structure now (for a position), so LF-06 can see later change. */
export function snapshotBinding(doc: Pick<Workspace, 'positions'>, binding: LaneBinding | null): LaneBinding | null {
  if (binding?.kind !== 'position') return binding;
  const p = doc.positions[binding.id];
  return { kind: 'position', id: binding.id, boundAs: p ? { nama: p.nama, positionKind: p.kind, unitId: p.unitId } : binding.boundAs };
}

/** Whether a position the lane is bound to is no longer what it was when bound (name, kind or unit). */
export function laneBindingChanged(doc: Pick<Workspace, 'positions'>, binding: LaneBinding | null): boolean {
  if (binding?.kind !== 'position' || binding.boundAs === null) return false;
  const p = doc.positions[binding.id];
  if (!p) return false;
  const was = binding.boundAs;
  return p.nama !== was.nama || p.kind !== was.positionKind || p.unitId !== was.unitId;
}

// ── What a map refers to ────────────────────────────────────────────────────────────────────────────────────

export interface MapReferences {
  positions: string[];
  teams: string[];
}

/**
 * Positions and teams a map names (lane bindings, pejabat pengampu of subproses steps). Units are not listed:
 * any unit change makes the linter start over. The incremental linter re-checks a map when one of these changes.
 */
export function mapReferences(map: ProcessMap): MapReferences {
  const positions: string[] = [];
  const teams: string[] = [];
  for (const { target, site } of refsInMap(map)) {
    if ((site.kind === 'lane' && site.as === 'position') || site.kind === 'step-pengampu') positions.push(target);
    else if (site.kind === 'lane' && site.as === 'team') teams.push(target);
  }
  return { positions, teams };
}

export interface MapBinding {
  mapId: string;
  title: string;
  kind: ProcessMap['kind'];
  /** lanes bound to one of the positions */
  laneIds: string[];
  /** subproses steps whose pejabat pengampu is one of the positions */
  stepIds: string[];
}

/**
 * The maps that name any of `positionIds` (lanes bound to them, subproses steps they are pengampu of), so the UI
 * can warn before a position is deleted or changed and name the maps affected. Sorted by map title.
 */
export function mapsBoundTo(doc: Maps, positionIds: Iterable<string>): MapBinding[] {
  const byMap = new Map<string, MapBinding>();
  for (const { site } of refsOfAny({ teams: {}, maps: doc.maps }, positionIds)) {
    const isLane = site.kind === 'lane' && site.as === 'position';
    if (!isLane && site.kind !== 'step-pengampu') continue;
    const map = doc.maps[site.mapId];
    let entry = byMap.get(map.id);
    if (!entry) byMap.set(map.id, (entry = { mapId: map.id, title: map.title, kind: map.kind, laneIds: [], stepIds: [] }));
    if (site.kind === 'lane') entry.laneIds.push(site.laneId);
    else if (site.kind === 'step-pengampu') entry.stepIds.push(site.stepId);
  }
  return [...byMap.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.mapId < b.mapId ? -1 : 1));
}

// ── Lintas fungsi geometry ──────────────────────────────────────────────────────────────────────────────────
// Lanes lie side by side from 0 along the cross axis (x for columns, y for rows), each `lane.size` wide; the flow
// runs along the other axis from 0, with the lane headers before it. Node placements are top-left corners.

export const LF_NODE_SIZE: Readonly<Record<LfNodeType, { width: number; height: number }>> = {
  terminator: { width: 150, height: 48 },
  activity: { width: 190, height: 72 },
  decision: { width: 130, height: 96 },
  connector: { width: 44, height: 44 },
};

/** depth of the lane header band before the flow area */
export const LANE_HEADER = 56;

export interface LaneSpan {
  lane: Lane;
  /** along the cross axis */
  start: number;
  end: number;
}

export function laneSpans(map: Pick<LintasFungsiMap, 'lanes'>): LaneSpan[] {
  const out: LaneSpan[] = [];
  let at = 0;
  for (const lane of map.lanes) {
    out.push({ lane, start: at, end: at + lane.size });
    at += lane.size;
  }
  return out;
}

/** The lane under a point (drag feedback, re-binding a moved activity); null outside every lane. */
export function laneAt(map: Pick<LintasFungsiMap, 'lanes' | 'orientation'>, point: Point): Lane | null {
  const v = map.orientation === 'rows' ? point.y : point.x;
  let at = 0;
  for (const lane of map.lanes) {
    if (v >= at && v < at + lane.size) return lane;
    at += lane.size;
  }
  return null;
}

export function nodeCenter(node: Pick<LfNode, 'type' | 'placement'>, at: Point | null = node.placement): Point | null {
  if (!at) return null;
  const size = LF_NODE_SIZE[node.type];
  return { x: at.x + size.width / 2, y: at.y + size.height / 2 };
}

// ── Names ───────────────────────────────────────────────────────────────────────────────────────────────────

type Named = Pick<Workspace, 'positions' | 'units' | 'teams'>;

/** What a lane is called: the bound element's current name, else the lane's own label. */
export function laneName(doc: Named, lane: Lane): string {
  const b = lane.binding;
  let name: string | undefined;
  if (b?.kind === 'position') name = doc.positions[b.id]?.nama;
  else if (b?.kind === 'unit') name = doc.units[b.id]?.nama;
  else if (b?.kind === 'team') name = doc.teams[b.id]?.nama;
  else if (b?.kind === 'luar') name = b.nama.trim() || undefined;
  return name || lane.label || '(pelaksana belum ditentukan)';
}

export function partyName(doc: Pick<Workspace, 'units'>, party: PartyRef): string {
  return party.kind === 'unit' ? (doc.units[party.id]?.nama ?? `(unit ${party.id} tidak ada)`) : party.nama;
}

export function relasiBoxName(doc: Pick<Workspace, 'units' | 'maps'>, box: RelasiBox): string {
  const r = box.ref;
  if (r.kind === 'unit') return doc.units[r.id]?.nama ?? `(unit ${r.id} tidak ada)`;
  if (r.kind === 'luar') return r.nama || '(pihak luar tanpa nama)';
  const found = findProcess(doc, { mapId: r.mapId, processId: r.processId });
  return found ? `${found.process.kode} ${found.process.nama}`.trim() : '(proses tidak ada)';
}
