// Issue 14: a name too long for its box at the smallest size makes the box taller (io/export/positionText);
// "Rapikan", the stacks and the export make room for it, so grown boxes never overlap their neighbours.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { grownHeightOf, positionText } from '../../../src/io/export/positionText';
import { structureScene } from '../../../src/io/export/structureScene';
import type { SceneShape } from '../../../src/io/export/scene';
import { isStacked, STACK_ITEM_HEIGHT } from '../../../src/layout/geometry';
import { layoutStructure } from '../../../src/layout/layoutStructure';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import type { Workspace } from '../../../src/model';
import { overlaps, withPlacements } from './helpers';

const elk = new ELK();
const LONG = 'Penata Kelola Sistem dan Teknologi Informasi pada Bidang Aplikasi Informatika dan Persandian Daerah Ahli Muda';

/** The Dinas Contoh with every stacked JF/Pelaksana and one official given a name that cannot fit its frame. */
function grownDoc(): Workspace {
  const doc = createDinasContoh();
  const positions = { ...doc.positions };
  let official = false;
  for (const p of Object.values(positions)) {
    if (isStacked(p, doc)) positions[p.id] = { ...p, nama: `${LONG} ${LONG} (${p.kode})` };
    else if (!official && p.superiorId && p.kind === 'pengawas') {
      positions[p.id] = { ...p, nama: `${LONG} ${LONG} ${LONG}` };
      official = true;
    }
  }
  return { ...doc, positions };
}

const boxesOf = (doc: Workspace) =>
  structureScene(doc)
    .items.filter((i): i is SceneShape => i.type === 'shape' && !!i.id)
    .map((b) => ({ id: b.id!, x: b.x, y: b.y, width: b.width, height: b.height }));

describe('grown boxes', () => {
  const doc = grownDoc();

  it('the long names really grow their boxes (stack items and one official)', () => {
    const grown = Object.values(doc.positions).filter((p) => grownHeightOf(p, isStacked(p, doc)) !== undefined);
    expect(grown.filter((p) => isStacked(p, doc)).length).toBeGreaterThan(10);
    expect(grown.some((p) => !isStacked(p, doc))).toBe(true);
    for (const p of grown) expect(positionText(p, isStacked(p, doc)).height).toBeGreaterThan(isStacked(p, doc) ? STACK_ITEM_HEIGHT : 76);
  });

  it('Rapikan with the grown heights: no two boxes of the picture overlap, every stack item below the one above it', async () => {
    const placements = await layoutStructure(doc, elk, { heightOf: grownHeightOf });
    const boxes = boxesOf(withPlacements(doc, placements));
    expect(boxes.length).toBe(Object.keys(doc.positions).length);
    expect(overlaps(boxes)).toEqual([]);
  });

  it('laid out with the frame heights instead, the same picture has overlapping boxes (what the heights prevent)', async () => {
    const placements = await layoutStructure(doc, elk);
    expect(overlaps(boxesOf(withPlacements(doc, placements))).length).toBeGreaterThan(0);
  });

  it('a document whose names fit lays out exactly as before (the heights change nothing)', async () => {
    // the Dinas Contoh with its one long JF name (1.1.3, which grows its stack item) made short
    const dinas = createDinasContoh();
    const positions = { ...dinas.positions };
    for (const p of Object.values(positions)) if (grownHeightOf(p, isStacked(p, dinas)) !== undefined) positions[p.id] = { ...p, nama: 'Analis Ahli Muda' };
    const plain = { ...dinas, positions };
    expect(Object.values(plain.positions).filter((p) => grownHeightOf(p, isStacked(p, plain)) !== undefined)).toEqual([]);
    expect(await layoutStructure(plain, elk, { heightOf: grownHeightOf })).toEqual(await layoutStructure(plain, elk));
  });
});
