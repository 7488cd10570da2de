// Incremental lint of the process-map rules (scope 'map'), used by the editor's linter (incremental.ts).
//
// immer keeps every untouched map object identical, so a map changed when its object differs from the last
// run's. Findings are cached per rule and per map. After an edit a map rule re-runs for
//   - maps that changed (added, edited, deleted),
//   - maps that name a position or team whose object changed (lane bindings, pejabat pengampu — the reference
//     index below, so a position move that no map names costs a few identity checks and nothing more),
//   - every map, for a crossMap rule, when any map changed (parent maps, relasi maps).
// Any change to the units, the profile, the overrides or the rule set starts over. The result always equals the
// map findings of lint(doc) (tested on random edit sequences).
import { mapReferences, type ProcessMap, type Workspace } from '../../model';
import { collector, compareFindings, isActive, makeContext, ruleErrorFinding, type Settings } from '../engine';
import type { Finding, MapRule, Rule, RuleContext, RuleIndex } from '../types';

export function isMapRule(rule: Rule): rule is MapRule {
  return rule.scope === 'map';
}

export interface MapLinter {
  /** the findings of the active map rules of `settings.rules`, sorted; `index` is only handed to the rule context */
  lint(doc: Workspace, settings: Settings, index: RuleIndex): Finding[];
}

type Cache = { kind: 'error'; finding: Finding } | { kind: 'maps'; byMap: Map<string, Finding[]> };

interface State {
  maps: Workspace['maps'];
  positions: Workspace['positions'];
  teams: Workspace['teams'];
  units: Workspace['units'];
  overrides: Workspace['severityOverrides'];
  profileId: Settings['profileId'];
  rules: readonly MapRule[];
  caches: Map<MapRule, Cache>;
  /** position id / team id → ids of the maps that name it */
  byPosition: Map<string, Set<string>>;
  byTeam: Map<string, Set<string>>;
  result: Finding[];
}

function sameRules(a: readonly MapRule[], b: readonly MapRule[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

function addRefs(state: Pick<State, 'byPosition' | 'byTeam'>, map: ProcessMap): void {
  const refs = mapReferences(map);
  for (const [ids, index] of [
    [refs.positions, state.byPosition],
    [refs.teams, state.byTeam],
  ] as const) {
    for (const id of ids) {
      const set = index.get(id);
      if (set) set.add(map.id);
      else index.set(id, new Set([map.id]));
    }
  }
}

function removeRefs(state: Pick<State, 'byPosition' | 'byTeam'>, map: ProcessMap): void {
  const refs = mapReferences(map);
  for (const [ids, index] of [
    [refs.positions, state.byPosition],
    [refs.teams, state.byTeam],
  ] as const) {
    for (const id of ids) {
      const set = index.get(id);
      if (!set) continue;
      set.delete(map.id);
      if (set.size === 0) index.delete(id);
    }
  }
}

function runMaps(rule: MapRule, doc: Workspace, settings: Settings, ctx: RuleContext, ids: Iterable<string>, byMap: Map<string, Finding[]>): void {
  for (const id of ids) {
    byMap.delete(id);
    const map = doc.maps[id];
    if (!map) continue;
    const out: Finding[] = [];
    rule.checkMap(ctx, map, collector(rule, doc, settings, out));
    if (out.length) byMap.set(id, out);
  }
}

function runWhole(rule: MapRule, doc: Workspace, settings: Settings, ctx: RuleContext): Cache {
  const byMap = new Map<string, Finding[]>();
  try {
    runMaps(rule, doc, settings, ctx, Object.keys(doc.maps), byMap);
  } catch (error) {
    return { kind: 'error', finding: ruleErrorFinding(rule, error) };
  }
  return { kind: 'maps', byMap };
}

function collect(caches: Map<MapRule, Cache>): Finding[] {
  const out: Finding[] = [];
  for (const c of caches.values()) {
    if (c.kind === 'error') out.push(c.finding);
    else for (const list of c.byMap.values()) for (const f of list) out.push(f);
  }
  return out.sort(compareFindings);
}

function rebuild(doc: Workspace, settings: Settings, index: RuleIndex, rules: readonly MapRule[]): State {
  const ctx = makeContext(doc, index, settings);
  const caches = new Map<MapRule, Cache>();
  for (const rule of rules) caches.set(rule, runWhole(rule, doc, settings, ctx));
  const state: State = {
    maps: doc.maps,
    positions: doc.positions,
    teams: doc.teams,
    units: doc.units,
    overrides: doc.severityOverrides,
    profileId: settings.profileId,
    rules,
    caches,
    byPosition: new Map(),
    byTeam: new Map(),
    result: [],
  };
  for (const map of Object.values(doc.maps)) addRefs(state, map);
  state.result = collect(caches);
  return state;
}

/** Ids of the maps named by a referenced element whose object changed between `before` and `after`. */
function touchedByRefs<T>(refs: Map<string, Set<string>>, before: Record<string, T>, after: Record<string, T>, out: Set<string>): void {
  if (before === after) return;
  for (const [id, maps] of refs) if (before[id] !== after[id]) for (const m of maps) out.add(m);
}

function update(state: State, doc: Workspace, settings: Settings, index: RuleIndex): void {
  const changed = new Set<string>();
  if (state.maps !== doc.maps) {
    for (const id in doc.maps) if (doc.maps[id] !== state.maps[id]) changed.add(id);
    for (const id in state.maps) if (doc.maps[id] === undefined) changed.add(id);
  }
  const touched = new Set<string>(changed);
  touchedByRefs(state.byPosition, state.positions, doc.positions, touched);
  touchedByRefs(state.byTeam, state.teams, doc.teams, touched);
  for (const id of changed) {
    const before = state.maps[id];
    if (before) removeRefs(state, before);
    const after = doc.maps[id];
    if (after) addRefs(state, after);
  }
  state.maps = doc.maps;
  state.positions = doc.positions;
  state.teams = doc.teams;
  if (touched.size === 0) return;

  const ctx = makeContext(doc, index, settings);
  const everyMap = Object.keys(doc.maps).concat([...changed].filter((id) => !doc.maps[id]));
  for (const [rule, cache] of state.caches) {
    if (cache.kind === 'error') {
      state.caches.set(rule, runWhole(rule, doc, settings, ctx));
      continue;
    }
    try {
      runMaps(rule, doc, settings, ctx, rule.crossMap && changed.size > 0 ? everyMap : touched, cache.byMap);
    } catch (error) {
      state.caches.set(rule, { kind: 'error', finding: ruleErrorFinding(rule, error) });
    }
  }
  state.result = collect(state.caches);
}

export function createMapLinter(): MapLinter {
  let state: State | null = null;
  return {
    lint(doc, settings, index) {
      const rules = settings.rules.filter((r): r is MapRule => isMapRule(r) && isActive(r, doc, settings));
      if (
        state === null ||
        state.units !== doc.units ||
        state.overrides !== doc.severityOverrides ||
        state.profileId !== settings.profileId ||
        !sameRules(state.rules, rules)
      ) {
        state = rebuild(doc, settings, index, rules);
      } else {
        update(state, doc, settings, index);
      }
      return state.result;
    },
  };
}
