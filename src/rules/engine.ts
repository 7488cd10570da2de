// Pieces shared by the full linter, the incremental linter and canAttach: the run context, turning reports into
// findings, rule-error containment and the finding order.
import type { Position, ProfileId, Team, Unit, Workspace } from '../model';
import { DEFAULT_THRESHOLDS, findingSeverity } from './profiles';
import { RULES } from './registry';
import { SEVERITY_ORDER, type Finding, type Report, type Rule, type RuleContext, type RuleIndex, type Thresholds } from './types';

export interface LintOptions {
  /** defaults to the document's profile (the CLI's --profile sets it) */
  profileId?: ProfileId;
  thresholds?: Partial<Thresholds>;
  /** defaults to every rule (RULES) */
  rules?: readonly Rule[];
}

export interface Settings {
  profileId: ProfileId;
  thresholds: Thresholds;
  rules: readonly Rule[];
}

export function settingsOf(doc: Workspace, options: LintOptions): Settings {
  return {
    profileId: options.profileId ?? doc.profileId,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    rules: options.rules ?? RULES,
  };
}

export function makeContext(doc: Workspace, index: RuleIndex, settings: Settings): RuleContext {
  const memo = new Map<string, unknown>();
  let positions: Position[] | undefined;
  let units: Unit[] | undefined;
  let teams: Team[] | undefined;
  return {
    doc,
    index,
    profileId: settings.profileId,
    thresholds: settings.thresholds,
    positions() {
      if (!positions) {
        // Every position is listed under its unit id, so the index already holds the list (cheaper than Object.values).
        positions = [];
        for (const list of index.positionsByUnit.values()) for (const p of list) positions.push(p);
      }
      return positions;
    },
    units() {
      return (units ??= Object.values(doc.units));
    },
    teams() {
      return (teams ??= Object.values(doc.teams));
    },
    memo<T>(key: string, build: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const value = build();
      memo.set(key, value);
      return value;
    },
  };
}

/** A reporter that turns what `rule` reports into findings of the active profile, appended to `out`. */
export function collector(rule: Rule, doc: Workspace, settings: Settings, out: Finding[]): Report {
  const citation = rule.citation[settings.profileId];
  return (f) => {
    const severity = findingSeverity(rule, settings.profileId, doc.severityOverrides, f.severity);
    if (severity === null) return;
    out.push({ ruleId: rule.id, severity, subjects: f.subjects, message: f.message, citation });
  };
}

export function isActive(rule: Rule, doc: Workspace, settings: Settings): boolean {
  return (doc.severityOverrides[rule.id] ?? rule.defaultSeverity[settings.profileId]) !== 'off';
}

export const RULE_ERROR_ID = 'rule-error';

/** A rule that throws yields this one finding instead of its own, and never an exception. */
export function ruleErrorFinding(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: RULE_ERROR_ID,
    severity: 'error',
    subjects: [],
    message: `Aturan ${rule.id} (${rule.title}) gagal dijalankan: ${reason}. Temuan aturan ini tidak dapat ditampilkan.`,
    citation: '',
  };
}

/** Total order: severity, rule, subjects, message — so equal finding sets always come out in the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (s !== 0) return s;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  const n = Math.min(a.subjects.length, b.subjects.length);
  for (let i = 0; i < n; i++) {
    if (a.subjects[i] !== b.subjects[i]) return a.subjects[i] < b.subjects[i] ? -1 : 1;
  }
  if (a.subjects.length !== b.subjects.length) return a.subjects.length - b.subjects.length;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
