// Full lint: every active rule over the whole document, with the document's profile and overrides applied.
import { structureIndex, type Workspace } from '../model';
import {
  collector,
  compareFindings,
  isActive,
  makeContext,
  ruleErrorFinding,
  settingsOf,
  type LintOptions,
} from './engine';
import type { Finding, Severity } from './types';

export type { LintOptions } from './engine';

export function lint(doc: Workspace, options: LintOptions = {}): Finding[] {
  const settings = settingsOf(doc, options);
  const ctx = makeContext(doc, structureIndex(doc), settings);
  const findings: Finding[] = [];
  for (const rule of settings.rules) {
    if (!isActive(rule, doc, settings)) continue;
    const own: Finding[] = [];
    try {
      rule.check(ctx, collector(rule, doc, settings, own));
      for (const f of own) findings.push(f);
    } catch (error) {
      findings.push(ruleErrorFinding(rule, error));
    }
  }
  return findings.sort(compareFindings);
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

// The editor imports the incremental linter from here as well.
export { createLinter, type Linter } from './incremental';
