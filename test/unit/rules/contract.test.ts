// The scope contract the incremental linter relies on (src/rules/types.ts): for position and chain rules, `check`
// reports exactly what `checkPosition` over every position reports, and checkPosition(p) only reports findings about
// p (subjects[0]); likewise for unit rules and checkUnit.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { POSITION_KINDS, PROFILE_IDS, structureIndex, type Workspace } from '../../../src/model';
import { compareFindings, KED_RULES, RULES, type Finding, type ReportedFinding } from '../../../src/rules';
import { makeContext, settingsOf } from '../../../src/rules/engine';
import { generate, prng } from './helpers/generate';

/** A generated structure, scrambled: superiors, kinds and units changed, positions deleted, a cycle, a crowd. */
function messy(seed: number): Workspace {
  const doc = generate(400, seed);
  const ids = Object.keys(doc.positions);
  const unitIds = Object.keys(doc.units);
  const rnd = prng(seed * 7);
  const any = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  return produce(doc, (d) => {
    for (const id of ids) {
      const r = rnd();
      if (r < 0.06) d.positions[id].superiorId = any(ids);
      else if (r < 0.09) d.positions[id].kind = any(POSITION_KINDS);
      else if (r < 0.11) d.positions[id].unitId = any(unitIds);
      else if (r < 0.13) delete d.positions[id];
    }
    const left = Object.keys(d.positions);
    const [a, b] = [any(left), any(left)];
    d.positions[a].superiorId = b;
    d.positions[b].superiorId = a;
    const crowded = any(left);
    for (let i = 0; i < 30; i++) {
      const p = d.positions[any(left)];
      if (p.id !== crowded) p.superiorId = crowded;
    }
  });
}

const asFinding = (f: ReportedFinding): Finding => ({ ruleId: '', citation: '', severity: f.severity ?? 'error', ...f });

describe('rule scope contract', () => {
  for (const seed of [1, 2, 3]) {
    it(`holds on a scrambled document (seed ${seed}) under every profile`, () => {
      const doc = messy(seed);
      for (const profileId of PROFILE_IDS) {
        const ctx = () => makeContext(doc, structureIndex(doc), settingsOf(doc, { profileId }));
        for (const rule of RULES) {
          const whole: Finding[] = [];
          rule.check(ctx(), (f) => whole.push(asFinding(f)));
          if (rule.scope === 'document' || rule.scope === 'team-set') continue;
          const pieces: Finding[] = [];
          const c = ctx();
          if (rule.scope === 'unit') {
            for (const u of Object.values(doc.units)) {
              rule.checkUnit(c, u, (f) => {
                expect(f.subjects[0], rule.id).toBe(u.id);
                pieces.push(asFinding(f));
              });
            }
          } else if (rule.scope === 'team') {
            // team rules have their own contract test (test/unit/rules/tim/engine.test.ts)
            for (const t of Object.values(doc.teams)) rule.checkTeam(c, t, (f) => pieces.push(asFinding(f)));
          } else if (rule.scope === 'map') {
            // map rules have their own contract test (test/unit/rules/peta/contract.test.ts)
            for (const m of Object.values(doc.maps)) rule.checkMap(c, m, (f) => pieces.push(asFinding(f)));
          } else {
            for (const p of Object.values(doc.positions)) {
              rule.checkPosition(c, p, (f) => {
                expect(f.subjects[0], rule.id).toBe(p.id);
                pieces.push(asFinding(f));
              });
            }
          }
          expect(pieces.sort(compareFindings), `${rule.id} ${profileId}`).toEqual(whole.sort(compareFindings));
        }
      }
    });
  }

  it('sees every KED rule fire on the scrambled documents (they have no teams; TIM rules are tested in tim/)', () => {
    const fired = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const doc = messy(seed);
      const ctx = makeContext(doc, structureIndex(doc), settingsOf(doc, { profileId: 'banjar-39-2024' }));
      for (const rule of KED_RULES) rule.check(ctx, () => fired.add(rule.id));
    }
    expect([...fired].sort()).toEqual(KED_RULES.map((r) => r.id).sort());
  });
});
