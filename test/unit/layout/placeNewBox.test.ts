import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { blockSize, BOX_HEIGHT, BOX_WIDTH, STACK_ITEM_HEIGHT } from '../../../src/layout/geometry';
import { boundsOf, blockRects, placeNewBox } from '../../../src/layout/placeNewBox';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import type { Position, PositionKind, Workspace } from '../../../src/model';
import { DocBuilder, rectsOverlap } from './helpers';

function addNew(doc: Workspace, kind: PositionKind, superiorId: string | null, stack: number): { doc: Workspace; id: string } {
  const id = 'pos_baru';
  const positions: Record<string, Position> = { ...doc.positions };
  const base = superiorId ? doc.positions[superiorId] : Object.values(doc.positions)[0];
  positions[id] = { ...base, id, kode: '', nama: 'Baru', kind, jenjang: null, superiorId, placement: null, kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null };
  for (let i = 0; i < stack; i++) {
    positions[`pos_baru_jf${i}`] = { ...positions[id], id: `pos_baru_jf${i}`, kind: 'fungsional', jenjang: 'ahli-pertama', superiorId: id };
  }
  return { doc: { ...doc, positions }, id };
}

function expectFree(doc: Workspace, id: string): void {
  const at = placeNewBox(doc, id);
  const placed: Workspace = { ...doc, positions: { ...doc.positions, [id]: { ...doc.positions[id], placement: at } } };
  const mine = blockRects(placed).get(id)!;
  for (const [other, r] of blockRects(placed, id)) {
    if (rectsOverlap(mine, r)) throw new Error(`${id} overlaps ${other}`);
  }
}

describe('placeNewBox', () => {
  const generated = generateWorkspace({ positions: 500, seed: 5 });
  const officials = Object.values(generated.positions).filter((p) => p.kind !== 'fungsional' && p.kind !== 'pelaksana');

  it('never overlaps a placed block, whatever superior and stack the new box has', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: officials.length - 1 }),
        fc.constantFrom<PositionKind>('administrator', 'pengawas'),
        fc.integer({ min: 0, max: 25 }),
        (i, kind, stack) => {
          const { doc, id } = addNew(generated, kind, i < 0 ? null : officials[i].id, stack);
          expectFree(doc, id);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('puts a new Kepala Bidang of the sample below its superior\'s block without moving anything', () => {
    const sample = createDinasContoh();
    const { doc, id } = addNew(sample, 'administrator', 'jab_1', 4);
    const before = JSON.stringify(doc);
    const at = placeNewBox(doc, id);
    expect(JSON.stringify(doc)).toBe(before);
    const head = sample.positions.jab_1.placement!;
    expect(at.y).toBeGreaterThanOrEqual(head.y + blockSize(5).height);
    expectFree(doc, id);
  });

  it('goes right of everything when the box has no placed superior, and to the origin on an empty canvas', () => {
    const sample = createDinasContoh();
    const { doc, id } = addNew(sample, 'jpt-pratama', null, 0);
    const b = boundsOf(sample);
    expect(placeNewBox(doc, id).x).toBeGreaterThanOrEqual(b.x + b.width);
    const empty = new DocBuilder();
    const lone = empty.add('jpt-pratama', null);
    expect(placeNewBox(empty.doc, lone)).toEqual({ x: 0, y: 0 });
  });

  it('slides past a row of neighbours under the same superior', () => {
    const b = new DocBuilder();
    const head = b.add('jpt-pratama', null);
    const subs = [b.add('administrator', head), b.add('administrator', head), b.add('administrator', head)];
    b.doc.positions[head].placement = { x: 0, y: 0 };
    subs.forEach((s, i) => (b.doc.positions[s].placement = { x: i * 260, y: BOX_HEIGHT + 64 }));
    const fresh = b.add('administrator', head);
    const at = placeNewBox(b.doc, fresh);
    expect(at.y).toBe(BOX_HEIGHT + 64);
    expect(at.x).toBeGreaterThanOrEqual(2 * 260 + BOX_WIDTH);
    expectFree(b.doc, fresh);
  });
});

describe('boundsOf', () => {
  it('covers the placed boxes and their stacks, and is all zero without placements', () => {
    const b = new DocBuilder();
    const head = b.add('jpt-pratama', null);
    const kabid = b.add('administrator', head);
    b.stack(kabid, 4);
    b.add('administrator', head); // unplaced: not counted
    expect(boundsOf(b.doc)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    b.doc.positions[head].placement = { x: -100, y: -50 };
    b.doc.positions[kabid].placement = { x: 300, y: 200 };
    const stack = blockSize(4);
    expect(stack.height).toBe(4 * STACK_ITEM_HEIGHT + 3 * 8);
    expect(boundsOf(b.doc)).toEqual({ x: -100, y: -50, width: 400 + stack.width, height: 250 + stack.height });
  });
});
