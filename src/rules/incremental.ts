// Incremental lint for the editor: after an edit, re-check only what the edit can have changed.
//
// immer keeps every untouched position object identical, so the changed positions are those whose object
// differs from the previous run's. The linter keeps its own live copy of the index (subordinates and positions
// per unit), patched per changed position, and caches findings per position (position and chain rules) and per
// unit (unit rules). A change to position c can alter the findings of:
//   position rules — c; its old and new superior (KED-09 counts); their other subordinates (KED-05: whether a
//     Pengawas sits beside a Pelaksana); c's own subordinates (their superior changed);
//   chain rules (KED-04 cycles, KED-07 depth) — c and everything below it;
//   unit rules (KED-08) — the units of all the positions above;
//   team rules (TIM) — teams that changed (immer identity, as for positions), and teams that name a changed
//     position (member, Pimpinan Unit Organisasi, Pejabat Penilai Kinerja, Penanggungjawab) or own the unit of one
//     (the head of the owner unit), found through a live reverse index of team references;
//   team-set rules (TIM-07) — re-run whole when any team is affected as above, left alone otherwise.
// Document rules re-run whole — those that read the positions only (JAB-04) just when a changed position can
// affect them (their affectedBy), so a team edit or a move leaves them alone. Any change to the units, the profile or the overrides — or a first run — rebuilds
// everything. The sorted result is patched, not re-sorted: unchanged findings keep their order and the few new
// ones are merged in. The result always equals lint(doc, options) (tested on random edit sequences).
// The process-map rules (PETA, LF, REL) have their own incremental linter (peta/mapLinter.ts); its findings are
// merged into the result.
import { structureIndex, teamPositionRefs, type Position, type Team, type Unit, type Workspace } from '../model';
import {
  collector,
  compareFindings,
  isActive,
  makeContext,
  ruleErrorFinding,
  settingsOf,
  type LintOptions,
  type Settings,
} from './engine';
import type { Finding, Report, Rule, RuleContext, RuleIndex } from './types';
import { createMapLinter, isMapRule } from './peta/mapLinter';

export interface Linter {
  lint(doc: Workspace): Finding[];
}

interface LiveIndex extends RuleIndex {
  subordinates: Map<string, Position[]>;
  positionsByUnit: Map<string, Position[]>;
}

type RuleCache =
  | { kind: 'error'; finding: Finding }
  | { kind: 'keyed'; byKey: Map<string, Finding[]> }
  | { kind: 'whole'; findings: Finding[] };

/** Which teams name a position, and which teams a unit owns; dangling ids are kept (a deleted position may return). */
interface TeamRefs {
  byPosition: Map<string, Set<string>>;
  byOwnerUnit: Map<string, Set<string>>;
}

interface State {
  positions: Workspace['positions'];
  positionCount: number;
  teams: Workspace['teams'];
  teamCount: number;
  refs: TeamRefs;
  units: Workspace['units'];
  overrides: Workspace['severityOverrides'];
  settings: Settings;
  live: LiveIndex;
  caches: Map<Rule, RuleCache>;
  result: Finding[];
}

export function createLinter(options: LintOptions = {}): Linter {
  let state: State | null = null;
  const maps = createMapLinter();
  return {
    lint(doc) {
      const all = settingsOf(doc, options);
      const settings: Settings = { ...all, rules: all.rules.filter((r) => !isMapRule(r)) };
      if (
        state === null ||
        state.units !== doc.units ||
        state.overrides !== doc.severityOverrides ||
        state.settings.profileId !== settings.profileId
      ) {
        state = rebuild(doc, settings);
      } else if (state.positions !== doc.positions || state.teams !== doc.teams) {
        update(state, doc);
      }
      const mapFindings = maps.lint(doc, all, state.live);
      return mapFindings.length ? merge(state.result, mapFindings) : state.result.slice();
    },
  };
}

function add(map: Map<string, Position[]>, key: string, p: Position): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function remove(map: Map<string, Position[]>, key: string, p: Position): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(p);
  if (i < 0) return;
  list[i] = list[list.length - 1];
  list.pop();
  if (list.length === 0) map.delete(key);
}

function addRef(map: Map<string, Set<string>>, key: string, teamId: string): void {
  const set = map.get(key);
  if (set) set.add(teamId);
  else map.set(key, new Set([teamId]));
}

function removeRef(map: Map<string, Set<string>>, key: string, teamId: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(teamId);
  if (set.size === 0) map.delete(key);
}

function indexTeam(refs: TeamRefs, team: Team, add: boolean): void {
  const op = add ? addRef : removeRef;
  for (const id of teamPositionRefs(team)) op(refs.byPosition, id, team.id);
  if (team.ownerUnitId !== null) op(refs.byOwnerUnit, team.ownerUnitId, team.id);
}

function teamRefsOf(doc: Workspace): TeamRefs {
  const refs: TeamRefs = { byPosition: new Map(), byOwnerUnit: new Map() };
  for (const team of Object.values(doc.teams)) indexTeam(refs, team, true);
  return refs;
}

/** Keys whose value changed (immer identity), added and deleted ones included; `count` is the new key count. */
function diffRecord<T>(prev: Record<string, T>, cur: Record<string, T>, prevCount: number): { changed: string[]; count: number } {
  const changed: string[] = [];
  let count = 0;
  let added = 0;
  for (const id in cur) {
    count++;
    const before = prev[id];
    if (cur[id] !== before) {
      changed.push(id);
      if (before === undefined) added++;
    }
  }
  // A second pass for deletions only when the key count says some key disappeared.
  if (count - added !== prevCount) {
    for (const id in prev) if (cur[id] === undefined) changed.push(id);
  }
  return { changed, count };
}

function copyIndex(doc: Workspace): LiveIndex {
  const base = structureIndex(doc);
  const subordinates = new Map<string, Position[]>();
  for (const [k, v] of base.subordinates) subordinates.set(k, v.slice());
  // The index lists a position whose superior is missing as a root; the live copy keeps it under that id, as
  // update() does, so that re-adding the superior (undo of a delete) finds its subordinates.
  for (const p of base.roots) if (p.superiorId !== null) add(subordinates, p.superiorId, p);
  const positionsByUnit = new Map<string, Position[]>();
  for (const [k, v] of base.positionsByUnit) positionsByUnit.set(k, v.slice());
  return { subordinates, positionsByUnit, perangkatDaerahOf: base.perangkatDaerahOf, enclosingPerangkatDaerahOf: base.enclosingPerangkatDaerahOf };
}

function rebuild(doc: Workspace, settings: Settings): State {
  const live = copyIndex(doc);
  const caches = new Map<Rule, RuleCache>();
  const ctx = makeContext(doc, live, settings);
  for (const rule of settings.rules) {
    if (isActive(rule, doc, settings)) caches.set(rule, runWhole(rule, doc, settings, ctx));
  }
  const result: Finding[] = [];
  for (const cache of caches.values()) forEachFinding(cache, (f) => result.push(f));
  result.sort(compareFindings);
  return {
    positions: doc.positions,
    positionCount: ctx.positions().length,
    teams: doc.teams,
    teamCount: ctx.teams().length,
    refs: teamRefsOf(doc),
    units: doc.units,
    overrides: doc.severityOverrides,
    settings,
    live,
    caches,
    result,
  };
}

/**
 * Run one rule over the whole document with its own `check` (KED-04 and KED-07 have O(n) whole-document
 * algorithms), keeping the findings keyed by subjects[0] when the scope says that is the element they belong to.
 * Team rules are keyed by the team they were checked for (their subjects[0] may be a member's position).
 */
function runWhole(rule: Rule, doc: Workspace, settings: Settings, ctx: RuleContext): RuleCache {
  if (rule.scope === 'team') {
    const byKey = new Map<string, Finding[]>();
    try {
      for (const team of ctx.teams()) {
        const out: Finding[] = [];
        rule.checkTeam(ctx, team, collector(rule, doc, settings, out));
        if (out.length) byKey.set(team.id, out);
      }
    } catch (error) {
      return { kind: 'error', finding: ruleErrorFinding(rule, error) };
    }
    return { kind: 'keyed', byKey };
  }
  const findings: Finding[] = [];
  try {
    rule.check(ctx, collector(rule, doc, settings, findings));
  } catch (error) {
    return { kind: 'error', finding: ruleErrorFinding(rule, error) };
  }
  if (rule.scope === 'document' || rule.scope === 'team-set') return { kind: 'whole', findings };
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.subjects[0];
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return { kind: 'keyed', byKey };
}

function forEachFinding(cache: RuleCache, visit: (f: Finding) => void): void {
  if (cache.kind === 'error') visit(cache.finding);
  else if (cache.kind === 'whole') cache.findings.forEach(visit);
  else for (const list of cache.byKey.values()) list.forEach(visit);
}

function update(state: State, doc: Workspace): void {
  const prev = state.positions;
  const cur = doc.positions;
  const prevTeams = state.teams;
  const curTeams = doc.teams;
  const { live, refs } = state;

  const positionDiff = prev !== cur ? diffRecord(prev, cur, state.positionCount) : { changed: [], count: state.positionCount };
  const teamDiff = prevTeams !== curTeams ? diffRecord(prevTeams, curTeams, state.teamCount) : { changed: [], count: state.teamCount };
  const changed = positionDiff.changed;
  state.positions = cur;
  state.positionCount = positionDiff.count;
  state.teams = curTeams;
  state.teamCount = teamDiff.count;
  if (changed.length === 0 && teamDiff.changed.length === 0) return;

  // Patch the live index. Its arrays are unordered; rules do not depend on their order.
  for (const id of changed) {
    const before = prev[id];
    const after = cur[id];
    if (before) {
      if (before.superiorId !== null) remove(live.subordinates, before.superiorId, before);
      remove(live.positionsByUnit, before.unitId, before);
    }
    if (after) {
      if (after.superiorId !== null) add(live.subordinates, after.superiorId, after);
      add(live.positionsByUnit, after.unitId, after);
    }
  }

  // Teams to re-check: changed ones, then those naming a changed position or owning its (old or new) unit. The
  // reverse index holds the new teams' references; a team whose references changed is itself a changed team.
  const teams = new Set<string>(teamDiff.changed);
  for (const id of teamDiff.changed) {
    const before = prevTeams[id];
    const after = curTeams[id];
    if (before) indexTeam(refs, before, false);
    if (after) indexTeam(refs, after, true);
  }
  for (const id of changed) {
    refs.byPosition.get(id)?.forEach((t) => teams.add(t));
    for (const version of [prev[id], cur[id]]) {
      if (version) refs.byOwnerUnit.get(version.unitId)?.forEach((t) => teams.add(t));
    }
  }

  // What to re-check, per scope.
  const near = new Set<string>();
  const units = new Set<string>();
  const addAll = (list: Position[] | undefined): void => {
    if (list) for (const s of list) near.add(s.id);
  };
  for (const id of changed) {
    near.add(id);
    for (const version of [prev[id], cur[id]]) {
      if (!version) continue;
      units.add(version.unitId);
      if (version.superiorId !== null) {
        near.add(version.superiorId);
        addAll(live.subordinates.get(version.superiorId));
      }
    }
    addAll(live.subordinates.get(id));
  }
  for (const id of near) {
    const p = cur[id];
    if (p) units.add(p.unitId);
  }
  let below: Set<string> | null = null;
  const subtree = (): Set<string> => {
    if (below) return below;
    below = new Set(changed);
    const stack = [...changed];
    while (stack.length) {
      for (const s of live.subordinates.get(stack.pop()!) ?? []) {
        if (!below.has(s.id)) {
          below.add(s.id);
          stack.push(s.id);
        }
      }
    }
    return below;
  };

  const removed = new Set<Finding>();
  const fresh: Finding[] = [];
  let resort = false;
  const ctx = makeContext(doc, live, state.settings);
  for (const [rule, cache] of state.caches) {
    if (cache.kind !== 'keyed') {
      // Document rules, team-set rules when a team is affected, and rules that failed last time: run whole again
      // and swap their findings.
      if (cache.kind === 'whole' && rule.scope === 'team-set' && teams.size === 0) continue;
      // a document rule that reads the positions only, and no change of one can affect it (JAB-04 on a team edit)
      if (cache.kind === 'whole' && rule.scope === 'document' && rule.affectedBy) {
        const affects = rule.affectedBy;
        if (!changed.some((id) => affects(prev[id], cur[id]))) continue;
      }
      forEachFinding(cache, (f) => removed.add(f));
      const next = runWhole(rule, doc, state.settings, ctx);
      state.caches.set(rule, next);
      forEachFinding(next, (f) => fresh.push(f));
      continue;
    }
    try {
      const recheck = <T extends Position | Unit | Team>(
        id: string,
        element: T | undefined,
        run: (element: T, report: Report) => void,
      ): void => {
        const old = cache.byKey.get(id);
        if (old) for (const f of old) removed.add(f);
        cache.byKey.delete(id);
        if (!element) return;
        const out: Finding[] = [];
        run(element, collector(rule, doc, state.settings, out));
        if (out.length) {
          cache.byKey.set(id, out);
          for (const f of out) fresh.push(f);
        }
      };
      if (rule.scope === 'position') {
        for (const id of near) recheck(id, cur[id], (p, report) => rule.checkPosition(ctx, p, report));
      } else if (rule.scope === 'chain') {
        for (const id of subtree()) recheck(id, cur[id], (p, report) => rule.checkPosition(ctx, p, report));
      } else if (rule.scope === 'unit') {
        for (const id of units) recheck(id, doc.units[id], (u, report) => rule.checkUnit(ctx, u, report));
      } else if (rule.scope === 'team') {
        for (const id of teams) recheck(id, curTeams[id], (t, report) => rule.checkTeam(ctx, t, report));
      }
    } catch (error) {
      state.caches.set(rule, { kind: 'error', finding: ruleErrorFinding(rule, error) });
      resort = true;
    }
  }

  if (resort) {
    const all: Finding[] = [];
    for (const c of state.caches.values()) forEachFinding(c, (f) => all.push(f));
    state.result = all.sort(compareFindings);
  } else {
    state.result = merge(
      removed.size ? state.result.filter((f) => !removed.has(f)) : state.result,
      fresh.sort(compareFindings),
    );
  }
}

/** Merge two sorted lists. */
function merge(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareFindings(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
