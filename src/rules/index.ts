// Public API of the rule engine. Nothing here imports React or the DOM: the CLI, tests and workers use it as is.
export type {
  Finding,
  Severity,
  SeverityOrOff,
  Rule,
  PositionRule,
  UnitRule,
  TeamRule,
  TeamSetRule,
  DocumentRule,
  MapRule,
  RuleContext,
  RuleIndex,
  RuleDocs,
  Report,
  ReportedFinding,
  Thresholds,
} from './types';
export { SEVERITY_ORDER } from './types';
export { RULES, ruleById } from './registry';
export { KED_RULES } from './ked';
export { JAB_RULES } from './jab';
export { PETA_RULES, MAP_RULES } from './peta';
export { LF_RULES } from './lf';
export { REL_RULES } from './rel';
export {
  TIM_RULES,
  requiredInstrument,
  INSTRUMENT_REQUIREMENTS,
  describeDeclared,
  type RequiredInstrument,
} from './tim';
export { PROFILES, DEFAULT_THRESHOLDS, configuredSeverity, findingSeverity, type Profile } from './profiles';
export { REGULATIONS, type Regulation } from './regulations';
export { catalogEntry, ruleCatalog, ruleAnchor, familyOf, RULE_FAMILIES, SEVERITY_TEXT, type CatalogEntry, type ProfileLine, type RuleFamily } from './catalog';
export { lint, summarize, type LintOptions } from './lint';
export { createLinter, type Linter } from './incremental';
export { canAttach, type AttachAnswer, type AttachVerdict } from './canAttach';
export { RULE_ERROR_ID, compareFindings } from './engine';
