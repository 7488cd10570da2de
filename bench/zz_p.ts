import { generateWorkspace } from './generate';
import { lint, KED_RULES, TIM_RULES, RULES } from '../src/rules';
const base = generateWorkspace({ positions: 5000, seed: 20240601, placements: false, teams: 200 });
const bjr = { ...base, profileId: 'banjar-39-2024' as const };
const noTeams = { ...bjr, teams: {} };
const cases: [string, () => unknown][] = [
  ['all bjr', () => lint(bjr)], ['all bjr no teams', () => lint(noTeams)], ['ked bjr', () => lint(bjr, { rules: KED_RULES })],
  ['tim bjr', () => lint(bjr, { rules: TIM_RULES })], ['all nasional', () => lint(base)], ['other', () => lint(bjr, { rules: RULES.filter((r) => !/^(KED|TIM)/.test(r.id)) })],
];
const res = new Map<string, number[]>();
for (let round = 0; round < 15; round++) for (const [n, f] of cases) { const a = performance.now(); const r = f() as unknown[]; const t = performance.now() - a; (res.get(n) ?? res.set(n, []).get(n)!).push(t); if (round === 0) console.log(n, r.length); }
for (const [n, ts] of res) { ts.sort((a, b) => a - b); console.log(n, ts[3].toFixed(2), ts[7].toFixed(2)); }
