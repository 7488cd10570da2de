import { generateWorkspace } from './generate';
import { createLinter, KED_RULES, TIM_RULES, RULES } from '../src/rules';
import { execute } from '../src/commands/command';
import { addTeamMember } from '../src/commands/addTeamMember';
const doc = { ...generateWorkspace({ positions: 5000, seed: 20240601, placements: false, teams: 200 }), profileId: 'banjar-39-2024' as const };
const team = Object.values(doc.teams)[0];
const member = Object.values(doc.positions).find((p) => p.kind === 'pelaksana' && !team.members.some((m) => m.positionId === p.id))!;
const next = execute(doc, addTeamMember, { teamId: team.id, member: { id: 'bench_m', role: 'anggota', positionId: member.id } }).doc;
const sets: [string, typeof RULES][] = [['all', RULES], ['ked+tim', [...KED_RULES, ...TIM_RULES]], ['tim', TIM_RULES], ['tim-no07', TIM_RULES.filter((r) => r.id !== 'TIM-07')], ['ked', KED_RULES]];
const res = new Map<string, number[]>();
for (let round = 0; round < 15; round++) for (const [n, rules] of sets) {
  const l = createLinter({ rules }); l.lint(doc);
  const a = performance.now(); l.lint(next); const t = performance.now() - a;
  (res.get(n) ?? res.set(n, []).get(n)!).push(t);
}
for (const [n, ts] of res) { ts.sort((a, b) => a - b); console.log(n, ts[3].toFixed(2), ts[7].toFixed(2)); }
