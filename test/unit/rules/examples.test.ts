// The catalog's examples (test/fixtures/rules/examples.ts) are real cases of their rule: on the legal document the
// rule reports nothing, on the illegal one it reports at least one finding, at the severity of the example's profile.
// Every rule has a pair, so docs/aturan.md can show one for each.
import { describe, expect, it } from 'vitest';
import { lint, RULES } from '../../../src/rules';
import { RULE_EXAMPLES } from '../../fixtures/rules/examples';

describe('rule examples', () => {
  it('exist for every rule, and for no rule that is gone', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const ex = RULE_EXAMPLES[rule.id];
    if (!ex) continue;
    const on = rule.defaultSeverity[ex.profile];
    it(`${rule.id}: the legal example has no finding, the illegal one has (${ex.profile})`, () => {
      expect(on, 'the example profile must have the rule on').not.toBe('off');
      const legal = lint({ ...ex.legal(), profileId: ex.profile }).filter((f) => f.ruleId === rule.id);
      expect(legal).toEqual([]);
      const illegal = lint({ ...ex.illegal(), profileId: ex.profile }).filter((f) => f.ruleId === rule.id);
      expect(illegal.length).toBeGreaterThan(0);
      // the profile's severity is the ceiling; a rule may ask for a lower grade of one problem (KED-08, TIM-11)
      const rank = { error: 0, warning: 1, info: 2 } as const;
      for (const f of illegal) expect(rank[f.severity]).toBeGreaterThanOrEqual(rank[on as keyof typeof rank]);
      expect(illegal.some((f) => f.severity === on), 'at least one finding at the profile’s severity').toBe(true);
    });
  }
});
