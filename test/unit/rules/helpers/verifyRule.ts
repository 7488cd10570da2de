// verifyRule: the bpmnlint RuleTester shape. Valid documents give no finding of the rule; each invalid document
// gives exactly the expected findings (partial match, any order). Every case also runs through the incremental
// linter (must agree with the full lint) and is checked for citation, message and subjects.
import { describe, expect, it } from 'vitest';
import type { ProfileId, Workspace } from '../../../../src/model';
import { createLinter, lint, RULE_ERROR_ID, type Finding, type Rule } from '../../../../src/rules';

export interface InvalidCase {
  doc: Workspace;
  expect: Partial<Finding>[];
  /** shown in the test name */
  name?: string;
}

export interface RuleSpec {
  profile: ProfileId;
  valid: Workspace[];
  invalid: InvalidCase[];
}

function run(rule: Rule, doc: Workspace, profile: ProfileId): Finding[] {
  const findings = lint(doc, { rules: [rule], profileId: profile });
  expect(findings.filter((f) => f.ruleId === RULE_ERROR_ID), 'the rule threw').toEqual([]);
  expect(createLinter({ rules: [rule], profileId: profile }).lint(doc)).toEqual(findings);
  return findings;
}

export function verifyRule(rule: Rule, spec: RuleSpec): void {
  describe(`${rule.id} — ${spec.profile}`, () => {
    if (spec.valid.length) {
      it(`valid (${spec.valid.length})`, () => {
        spec.valid.forEach((doc, i) => expect(run(rule, doc, spec.profile), `valid #${i + 1}`).toEqual([]));
      });
    }
    spec.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
        const findings = run(rule, c.doc, spec.profile);
        expect(findings).toHaveLength(c.expect.length);
        expect(findings).toEqual(expect.arrayContaining(c.expect.map((e) => expect.objectContaining(e))));
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.citation).toBe(rule.citation[spec.profile]);
          expect(f.subjects.length).toBeGreaterThan(0);
          // a finding about a person names the pemangku too (DOMAIN.md §8.2)
          const persons = new Set(Object.values(c.doc.positions).flatMap((p) => p.pemangku.map((x) => x.id)));
          for (const id of f.subjects) expect(id in c.doc.positions || id in c.doc.units || id in c.doc.teams || persons.has(id), `subject ${id}`).toBe(true);
          expect(f.message.length).toBeGreaterThan(20);
        }
      });
    });
  });
}
