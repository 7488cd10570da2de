import { structureScene } from './src/io/export/structureScene';
import { textWidth } from './src/io/text/measure';
import { createKotaContoh } from './src/samples/kotaContoh';
import { ensurePlacements } from './src/layout/ensurePlacements';
const doc = createKotaContoh();
const scene = structureScene(doc);
let n = 0;
for (const b of scene.items) if (b.type === 'shape' && b.id) for (const t of b.texts) {
  const right = t.x + textWidth(t.text, t.size, t.bold);
  if (right > b.x + b.width - 8) { n++; if (n < 8) console.log(JSON.stringify(t.text), t.size, t.bold, t.italic, (right - b.x).toFixed(1), b.width); }
}
console.log('over', n);
