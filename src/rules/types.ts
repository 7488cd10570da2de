// Types of the rule engine (DOMAIN.md §3–§4). Rules are plain data plus a check function; the linter applies the
// profile's severities and the document's overrides, so a rule never decides whether it is on.
import type { ProcessMap, Position, ProfileId, StructureIndex, Team, Unit, Workspace } from '../model';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** error sorts first */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Finding {
  ruleId: string;
  severity: Severity;
  /**
   * element ids (positions, units, teams); the one at fault first — for a placement rule, the subordinate; for a
   * team rule the team, or the member's position when the member is at fault
   */
  subjects: string[];
  /** Bahasa Indonesia; names the positions by nama */
  message: string;
  /** regulation + Pasal/Lampiran of the active profile */
  citation: string;
}

/**
 * What a rule reports. `severity` lets a rule that knows two grades of one problem (KED-08: more than one head is
 * an error, no head a warning) ask for the lower one: the rule's configured severity (profile) is the ceiling, so
 * a finding never comes out more severe than the profile says. A per-document override set by the user applies
 * to every finding of the rule alike, whatever the rule asked for.
 */
export type ReportedFinding = Omit<Finding, 'severity' | 'citation' | 'ruleId'> & { severity?: Severity };
export type Report = (finding: ReportedFinding) => void;

export interface Thresholds {
  /** KED-09: most JF/Pelaksana directly under one official */
  maxRentangKendali: number;
}

/** The lookups rules use. `structureIndex(doc)` satisfies it; the incremental linter keeps its own live copy. */
export type RuleIndex = Pick<StructureIndex, 'subordinates' | 'positionsByUnit' | 'perangkatDaerahOf' | 'enclosingPerangkatDaerahOf'>;

export interface RuleContext {
  doc: Workspace;
  index: RuleIndex;
  profileId: ProfileId;
  thresholds: Thresholds;
  /**
   * Every position / unit, built once per run. Iterate these rather than Object.values(doc.positions): on a
   * 5,000-key record Object.values alone costs ~1 ms. Their order is not document order.
   */
  positions(): readonly Position[];
  units(): readonly Unit[];
  /** every team, built once per run; not in document order */
  teams(): readonly Team[];
  /**
   * Derived data shared by the rules of one lint run, built at most once per run (per key). Rules must not
   * rely on the order of the index's arrays: the incremental linter's live index keeps another order.
   */
  memo<T>(key: string, build: () => T): T;
}

export interface RuleDocs {
  /** the regulation text the rule encodes, quoted */
  clause: string;
  legalExample: string;
  illegalExample: string;
}

interface RuleBase {
  /** stable id, e.g. "KED-05" */
  id: string;
  /** Indonesian */
  title: string;
  description: string;
  defaultSeverity: Record<ProfileId, SeverityOrOff>;
  /** regulation + Pasal/Lampiran for each profile; every string names the profile's own regulation */
  citation: Record<ProfileId, string>;
  docs: RuleDocs;
  /** the whole document */
  check(ctx: RuleContext, report: Report): void;
  /**
   * The rule's answer for one hypothetical line "subordinate under superior", asked while dragging (canAttach).
   * Only rules that judge a subordinate/superior pair have it.
   */
  placement?(ctx: RuleContext, subordinate: Position, superior: Position, report: Report): void;
}

/**
 * A rule whose findings are each about one position — `checkPosition(p)` reports only findings whose subjects[0]
 * is p — and depend only on that position, its superior, the units, and the direct subordinates of the position and of its superior. `check` is exactly
 * `checkPosition` over every position; the incremental linter re-runs `checkPosition` only near a change.
 */
export interface PositionRule extends RuleBase {
  scope: 'position';
  checkPosition(ctx: RuleContext, position: Position, report: Report): void;
}

/**
 * A rule whose findings are each about one position — `checkPosition(p)` reports only findings whose subjects[0]
 * is p — and depend only on that position, its chain of superiors and the units (KED-04 cycles, KED-07 depth). `check` may use a faster whole-document algorithm but must
 * report exactly what `checkPosition` over every position reports; the incremental linter re-runs
 * `checkPosition` for changed positions and everything below them.
 */
export interface ChainRule extends RuleBase {
  scope: 'chain';
  checkPosition(ctx: RuleContext, position: Position, report: Report): void;
}

/**
 * A rule whose findings are each about one unit — `checkUnit(u)` reports only findings whose subjects[0] is u —
 * and depend only on the positions of that unit and
 * their superiors.
 */
export interface UnitRule extends RuleBase {
  scope: 'unit';
  checkUnit(ctx: RuleContext, unit: Unit, report: Report): void;
}

/**
 * A rule whose findings are each about one team — `checkTeam(t)` reports only findings about t (subjects[0] is the
 * team, or a member's position when the member is at fault) — and depend only on that team, the positions it
 * names (members, Pimpinan Unit Organisasi, Pejabat Penilai Kinerja, Penanggungjawab), the positions of its owner
 * unit (its head) and the units. The incremental linter re-runs `checkTeam` for teams that changed and for teams
 * that name a changed position or own the unit of one.
 */
export interface TeamRule extends RuleBase {
  scope: 'team';
  checkTeam(ctx: RuleContext, team: Team, report: Report): void;
}

/**
 * A rule over all teams together (TIM-07 counts a person's assignments across teams): its findings depend only on
 * the teams, the positions they name and the units. The incremental linter re-runs it whole when a team changed or
 * a changed position is named by a team or lies in a team's owner unit, and leaves it alone otherwise.
 */
export interface TeamSetRule extends RuleBase {
  scope: 'team-set';
}

/**
 * A rule about process maps (PETA, LF, REL). `checkMap(m)` reports only findings that belong to map m — their
 * subjects are [element at fault (process, node, lane, arrow, box, step) or the map, …, m.id], so the map id is
 * always among them — and they depend only on m, the units, and the positions and teams m names (model/maps.ts
 * `mapReferences`); a `crossMap` rule's findings may depend on the other maps as well (parent maps, relasi maps).
 * The incremental linter re-runs `checkMap` for maps that changed or name a changed position or team, and a
 * crossMap rule for every map when any map changed.
 */
export interface MapRule extends RuleBase {
  scope: 'map';
  crossMap: boolean;
  checkMap(ctx: RuleContext, map: ProcessMap, report: Report): void;
}

/** A rule that needs the whole document; the incremental linter re-runs it whole on a change it can be affected by. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  /**
   * For a rule that reads the positions only: whether this change of one position (added: `before` undefined,
   * deleted: `after` undefined) can change its findings. The incremental linter then re-runs it only when some
   * changed position answers true, and never for a change of the teams. Absent: every change re-runs it.
   */
  affectedBy?: (before: Position | undefined, after: Position | undefined) => boolean;
}

export type Rule = PositionRule | ChainRule | UnitRule | TeamRule | TeamSetRule | DocumentRule | MapRule;

type Definition<R extends Rule> = Omit<R, 'check'>;

export function definePositionRule(def: Definition<PositionRule>): PositionRule {
  return {
    ...def,
    check(ctx, report) {
      for (const p of ctx.positions()) def.checkPosition(ctx, p, report);
    },
  };
}

export function defineUnitRule(def: Definition<UnitRule>): UnitRule {
  return {
    ...def,
    check(ctx, report) {
      for (const u of ctx.units()) def.checkUnit(ctx, u, report);
    },
  };
}

export function defineTeamRule(def: Definition<TeamRule>): TeamRule {
  return {
    ...def,
    check(ctx, report) {
      for (const t of ctx.teams()) def.checkTeam(ctx, t, report);
    },
  };
}

export function defineTeamSetRule(def: TeamSetRule): TeamSetRule {
  return def;
}

export function defineMapRule(def: Definition<MapRule>): MapRule {
  return {
    ...def,
    check(ctx, report) {
      for (const m of Object.values(ctx.doc.maps)) def.checkMap(ctx, m, report);
    },
  };
}

export function defineChainRule(def: ChainRule): ChainRule {
  return def;
}

export function defineDocumentRule(def: DocumentRule): DocumentRule {
  return def;
}
