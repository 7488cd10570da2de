import ELK from 'elkjs/lib/elk.bundled.js';
import { generateWorkspace } from './bench/generate';
import { LF_NODE_SIZE, type LintasFungsiMap } from './src/model';
import { laneIndexes } from './src/layout/lintasFungsi';
const elk = new ELK();
const doc = generateWorkspace({ positions: 200, seed: 20240601, placements: false, lintasFungsi: { activities: 300 } });
const map = Object.values(doc.maps)[0] as LintasFungsiMap;
const laneOf = laneIndexes(map);
async function run(name: string, extra: Record<string, string>) {
  const children = map.nodes.map((n) => ({ id: n.id, ...LF_NODE_SIZE[n.type], layoutOptions: { 'elk.partitioning.partition': String(laneOf.get(n.id)) } }));
  const edges = map.arrows.map((a) => ({ id: a.id, sources: [a.source], targets: [a.target] }));
  const opts = { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.partitioning.activate': 'true', 'elk.separateConnectedComponents': 'false', 'elk.randomSeed': '1', 'elk.edgeRouting': 'POLYLINE', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF', ...extra };
  const times = [];
  let r;
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); r = await elk.layout({ id: 'g', layoutOptions: opts, children, edges }); times.push(performance.now() - t0); }
  let w = 0, h = 0; for (const c of r!.children ?? []) { w = Math.max(w, (c.x ?? 0) + (c.width ?? 0)); h = Math.max(h, (c.y ?? 0) + (c.height ?? 0)); }
  console.log(name.padEnd(40), times.map((t) => t.toFixed(0)).join(' '), 'ms', Math.round(w), 'x', Math.round(h));
}
await run('warm', { 'elk.layered.thoroughness': '1' });
await run('th1', { 'elk.layered.thoroughness': '1' });
await run('th1+gsoff', { 'elk.layered.thoroughness': '1', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' });
await run('th1+gsoff+longest', { 'elk.layered.thoroughness': '1', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.layering.strategy': 'LONGEST_PATH' });
await run('th1+gsoff+longest+nosplines', { 'elk.layered.thoroughness': '1', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.layering.strategy': 'LONGEST_PATH', 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED' });
await run('th1+gsoff+simple', { 'elk.layered.thoroughness': '1', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.nodePlacement.strategy': 'SIMPLE' });
