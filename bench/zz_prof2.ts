import { generateWorkspace } from './generate';
import { lint } from '../src/rules';
import { tim07, tim08, tim05 } from '../src/rules/tim';
const doc = { ...generateWorkspace({ positions: 5000, seed: 20240601, placements: false, teams: 200 }), profileId: 'banjar-39-2024' as const };
for (const r of [tim07, tim08, tim05]) {
  for (let i = 0; i < 50; i++) lint(doc, { rules: [r] });
  const a = performance.now();
  for (let i = 0; i < 200; i++) lint(doc, { rules: [r] });
  console.log(r.id, ((performance.now() - a) / 200).toFixed(3));
}
