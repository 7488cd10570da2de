// Incremental lint for the editor: after an edit, re-check only what the edit can have changed.
//
// immer keeps every untouched position object identical, so the changed positions are those whose object
// differs from the previous run's. The linter keeps its own live copy of the index (subordinates and positions
// per unit), patched per changed position, and caches findings per position (position rules) and per unit (unit
// rules). A change to position c can alter the findings of: c; its old and new superior (KED-09 counts); their
// other subordinates (KED-05: whether a Pengawas sits beside a Pelaksana); c's own subordinates (their superior
// changed); and, for unit rules, the units of all of those. Document rules (KED-04 cycles, KED-07 depth) re-run
// whole: both are O(n) over plain lookups. Any change to the units, the profile, the overrides — or a first run
// — rebuilds everything. The result always equals lint(doc, options) (tested on random edit sequences).
import { structureIndex, type Position, type Unit, type Workspace } from '../model';
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

interface State {
  positions: Workspace['positions'];
  units: Workspace['units'];
  overrides: Workspace['severityOverrides'];
  settings: Settings;
  live: LiveIndex;
  caches: Map<Rule, RuleCache>;
  result: Finding[];
}

export function createLinter(options: LintOptions = {}): Linter {
  let state: State | null = null;
  return {
    lint(doc) {
      const settings = settingsOf(doc, options);
      if (
        state === null ||
        state.units !== doc.units ||
        state.overrides !== doc.severityOverrides ||
        state.settings.profileId !== settings.profileId
      ) {
        state = rebuild(doc, settings);
      } else if (state.positions !== doc.positions) {
        update(state, doc);
      }
      return state.result.slice();
    },
  };
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
  return { subordinates, positionsByUnit, perangkatDaerahOf: base.perangkatDaerahOf };
}

function rebuild(doc: Workspace, settings: Settings): State {
  const live = copyIndex(doc);
  const caches = new Map<Rule, RuleCache>();
  const ctx = makeContext(doc, live, settings);
  for (const rule of settings.rules) {
    if (!isActive(rule, doc, settings)) continue;
    caches.set(rule, runWhole(rule, doc, settings, ctx));
  }
  const state: State = {
    positions: doc.positions,
    units: doc.units,
    overrides: doc.severityOverrides,
    settings,
    live,
    caches,
    result: [],
  };
  state.result = assemble(caches);
  return state;
}

/** Run one rule over the whole document, keeping its findings keyed when the rule's scope allows. */
function runWhole(
  rule: Rule,
  doc: Workspace,
  settings: Settings,
  ctx: RuleContext,
): RuleCache {
  try {
    if (rule.scope === 'position') {
      const byKey = new Map<string, Finding[]>();
      for (const p of Object.values(doc.positions)) {
        const out: Finding[] = [];
        rule.checkPosition(ctx, p, collector(rule, doc, settings, out));
        if (out.length) byKey.set(p.id, out);
      }
      return { kind: 'keyed', byKey };
    }
    if (rule.scope === 'unit') {
      const byKey = new Map<string, Finding[]>();
      for (const u of Object.values(doc.units)) {
        const out: Finding[] = [];
        rule.checkUnit(ctx, u, collector(rule, doc, settings, out));
        if (out.length) byKey.set(u.id, out);
      }
      return { kind: 'keyed', byKey };
    }
    const findings: Finding[] = [];
    rule.check(ctx, collector(rule, doc, settings, findings));
    return { kind: 'whole', findings };
  } catch (error) {
    return { kind: 'error', finding: ruleErrorFinding(rule, error) };
  }
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

function add(map: Map<string, Position[]>, key: string, p: Position): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function update(state: State, doc: Workspace): void {
  const prev = state.positions;
  const cur = doc.positions;
  const { live } = state;

  const changed: string[] = [];
  for (const id in cur) if (cur[id] !== prev[id]) changed.push(id);
  for (const id in prev) if (!(id in cur)) changed.push(id);
  state.positions = cur;
  if (changed.length === 0) return;

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

  // Positions whose position-rule findings may have changed, and units whose unit-rule findings may have.
  const dirty = new Set<string>();
  const dirtyUnits = new Set<string>();
  const addAll = (list: Position[] | undefined): void => {
    if (list) for (const s of list) dirty.add(s.id);
  };
  for (const id of changed) {
    dirty.add(id);
    for (const version of [prev[id], cur[id]]) {
      if (!version) continue;
      dirtyUnits.add(version.unitId);
      if (version.superiorId !== null) {
        dirty.add(version.superiorId);
        addAll(live.subordinates.get(version.superiorId));
      }
    }
    addAll(live.subordinates.get(id));
  }
  for (const id of dirty) {
    const p = cur[id];
    if (p) dirtyUnits.add(p.unitId);
  }

  const ctx = makeContext(doc, live, state.settings);
  for (const [rule, cache] of state.caches) {
    if (cache.kind !== 'keyed') {
      state.caches.set(rule, runWhole(rule, doc, state.settings, ctx));
      continue;
    }
    try {
      if (rule.scope === 'position') {
        for (const id of dirty) {
          recheck(cache.byKey, id, cur[id], (p, report) => rule.checkPosition(ctx, p, report), rule, doc, state.settings);
        }
      } else if (rule.scope === 'unit') {
        for (const id of dirtyUnits) {
          recheck(cache.byKey, id, doc.units[id], (u, report) => rule.checkUnit(ctx, u, report), rule, doc, state.settings);
        }
      }
    } catch (error) {
      state.caches.set(rule, { kind: 'error', finding: ruleErrorFinding(rule, error) });
    }
  }
  state.result = assemble(state.caches);
}

function recheck<T extends Position | Unit>(
  byKey: Map<string, Finding[]>,
  id: string,
  element: T | undefined,
  run: (element: T, report: Report) => void,
  rule: Rule,
  doc: Workspace,
  settings: Settings,
): void {
  byKey.delete(id);
  if (!element) return;
  const out: Finding[] = [];
  run(element, collector(rule, doc, settings, out));
  if (out.length) byKey.set(id, out);
}

function assemble(caches: Map<Rule, RuleCache>): Finding[] {
  const all: Finding[] = [];
  for (const cache of caches.values()) {
    if (cache.kind === 'error') all.push(cache.finding);
    else if (cache.kind === 'whole') for (const f of cache.findings) all.push(f);
    else for (const list of cache.byKey.values()) for (const f of list) all.push(f);
  }
  return all.sort(compareFindings);
}
