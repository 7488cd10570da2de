// The map-rule contract the incremental linter relies on (src/rules/types.ts MapRule): `check` reports exactly
// what `checkMap` over every map reports; every finding names its map; a map's findings depend only on the map,
// the units and the positions/teams it names (mapReferences) — and, for crossMap rules only, on other maps.
import { describe, expect, it } from 'vitest';
import { mapReferences, PROFILE_IDS, structureIndex, type Workspace } from '../../../../src/model';
import { compareFindings, MAP_RULES, type Finding, type ReportedFinding } from '../../../../src/rules';
import { makeContext, settingsOf } from '../../../../src/rules/engine';
import { withMaps } from './generateMaps';

const asFinding = (f: ReportedFinding): Finding => ({ ruleId: '', citation: '', severity: f.severity ?? 'error', ...f });

function findingsOf(doc: Workspace, rule: (typeof MAP_RULES)[number], mapId: string, profileId: (typeof PROFILE_IDS)[number]): Finding[] {
  const ctx = makeContext(doc, structureIndex(doc), settingsOf(doc, { profileId }));
  const out: Finding[] = [];
  rule.checkMap(ctx, doc.maps[mapId], (f) => out.push(asFinding(f)));
  return out.sort(compareFindings);
}

describe('map rule contract', () => {
  for (const seed of [1, 2, 3]) {
    it(`holds on a generated document with maps (seed ${seed}) under every profile`, () => {
      const doc = withMaps(120, seed);
      // some damage: a deleted named position and unit, a dangling parent
      const lf = doc.maps.lf;
      if (lf.kind === 'lintas-fungsi' && lf.lanes[0].binding?.kind === 'position') delete doc.positions[lf.lanes[0].binding.id];
      doc.maps.m2.parent = { mapId: 'm1', processId: 'p_hilang' };
      for (const profileId of PROFILE_IDS) {
        const ctx = makeContext(doc, structureIndex(doc), settingsOf(doc, { profileId }));
        for (const rule of MAP_RULES) {
          const whole: Finding[] = [];
          rule.check(ctx, (f) => whole.push(asFinding(f)));
          const pieces: Finding[] = [];
          for (const m of Object.values(doc.maps)) {
            rule.checkMap(ctx, m, (f) => {
              expect(f.subjects, rule.id).toContain(m.id);
              pieces.push(asFinding(f));
            });
            // only the named positions and teams, (for own-map rules) only this map
            const refs = mapReferences(m);
            const narrow: Workspace = {
              ...doc,
              positions: Object.fromEntries(refs.positions.filter((id) => doc.positions[id]).map((id) => [id, doc.positions[id]])),
              teams: Object.fromEntries(refs.teams.filter((id) => doc.teams[id]).map((id) => [id, doc.teams[id]])),
              maps: rule.crossMap ? doc.maps : { [m.id]: m },
            };
            expect(findingsOf(narrow, rule, m.id, profileId), `${rule.id} ${m.id} ${profileId}`).toEqual(findingsOf(doc, rule, m.id, profileId));
          }
          expect(pieces.sort(compareFindings), `${rule.id} ${profileId}`).toEqual(whole.sort(compareFindings));
        }
      }
    });
  }
});
