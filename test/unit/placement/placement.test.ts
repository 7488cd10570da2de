// Placement that never overlaps (#16 item 1): add, paste, Duplikat and re-attach leave no box on top of another,
// each as one undo step (execute → undo → redo gives the same documents back).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { addAndPlace } from '../../../src/commands/addAndPlace';
import { copySubtrees } from '../../../src/commands/clipboard';
import type { Executed } from '../../../src/commands/command';
import { duplicateAndPlace } from '../../../src/commands/duplicateAndPlace';
import { pasteAndPlace } from '../../../src/commands/pasteAndPlace';
import { reattach } from '../../../src/commands/reattach';
import { applyPatches } from 'immer';
import { ensurePlacements } from '../../../src/layout/ensurePlacements';
import { blockRects } from '../../../src/layout/placeNewBox';
import { makeRoom, overlaps } from '../../../src/layout/placeClear';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import { structureIndex, type Position, type PositionKind, type Workspace } from '../../../src/model';

/** every pair of placed blocks that cover each other */
function overlapPairs(doc: Workspace): Set<string> {
  const rects = [...blockRects(doc)].sort((a, b) => a[1].x - b[1].x);
  const out = new Set<string>();
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length && rects[j][1].x < rects[i][1].x + rects[i][1].width; j++) {
      if (overlaps(rects[i][1], rects[j][1])) out.add([rects[i][0], rects[j][0]].sort().join(' × '));
    }
  }
  return out;
}

/** no pair overlaps after the change that did not overlap before it */
function expectNoNewOverlap(before: Workspace, after: Workspace): void {
  const old = overlapPairs(before);
  expect([...overlapPairs(after)].filter((p) => !old.has(p))).toEqual([]);
}

function expectOneUndoStep(before: Workspace, done: Executed): void {
  const undone = applyPatches(done.doc, done.inversePatches);
  expect(undone).toEqual(before);
  expect(applyPatches(undone, done.patches)).toEqual(done.doc);
}

const byKode = (doc: Workspace, kode: string): Position => Object.values(doc.positions).find((p) => p.kode === kode)!;

function newPosition(doc: Workspace, id: string, kind: PositionKind, superiorId: string | null): Position {
  const base = superiorId ? doc.positions[superiorId] : Object.values(doc.positions)[0];
  return {
    ...base,
    id,
    kode: '',
    nama: `Baru ${id}`,
    kind,
    jenjang: kind === 'fungsional' ? 'ahli-pertama' : null,
    superiorId,
    memimpinUnitMandiri: false,
    placement: null,
    pemangku: [],
    kelasJabatan: null,
    kebutuhan: 1,
    bezetting: null,
  };
}

describe('the samples start without overlaps', () => {
  it('Dinas Contoh and Kota Contoh', () => {
    expect(overlapPairs(createDinasContoh())).toEqual(new Set());
    expect(overlapPairs(createKotaContoh())).toEqual(new Set());
  });
});

describe('addAndPlace', () => {
  it('a JF added under a Kepala Bidang joins the stack; what the grown stack covers moves down', () => {
    let doc = createDinasContoh();
    const kabid = byKode(doc, '1.2');
    for (let i = 0; i < 12; i++) {
      const before = doc;
      const done = addAndPlace(doc, { position: newPosition(doc, `jf_${i}`, 'fungsional', kabid.id) });
      expectOneUndoStep(before, done);
      doc = done.doc;
      expect(doc.positions[`jf_${i}`].placement).toBeNull();
      expectNoNewOverlap(before, doc);
    }
  });

  it('a free box added under an official gets a spot below it that covers nothing', () => {
    let doc = createKotaContoh();
    const officials = Object.values(doc.positions).filter((p) => p.kind === 'administrator' || p.kind === 'jpt-pratama');
    for (const [i, sup] of officials.slice(0, 8).entries()) {
      const before = doc;
      const done = addAndPlace(doc, { position: newPosition(doc, `kasi_${i}`, 'pengawas', sup.id) });
      expectOneUndoStep(before, done);
      doc = done.doc;
      const placed = doc.positions[`kasi_${i}`].placement!;
      expect(placed.y).toBeGreaterThan(doc.positions[sup.id].placement!.y);
      expectNoNewOverlap(before, doc);
    }
  });

  it('keeps a placement the caller gave (a drop on empty canvas)', () => {
    const doc = createDinasContoh();
    const p = { ...newPosition(doc, 'lepas', 'administrator', null), placement: { x: -5000, y: -5000 } };
    const done = addAndPlace(doc, { position: p });
    expect(done.doc.positions.lepas.placement).toEqual({ x: -5000, y: -5000 });
  });
});

describe('pasteAndPlace', () => {
  it('a subtree pasted under the same official twice lands clear of the original and of the first copy', () => {
    let doc = createDinasContoh();
    const kabid = byKode(doc, '1.3');
    const payload = copySubtrees(doc, [kabid.id]);
    for (let i = 0; i < 2; i++) {
      const before = doc;
      const { executed, rootIds, count } = pasteAndPlace(doc, { payload, superiorId: kabid.superiorId });
      expect(count).toBe(payload.positions.length);
      expect(rootIds).toHaveLength(1);
      expectOneUndoStep(before, executed);
      doc = executed.doc;
      expectNoNewOverlap(before, doc);
    }
  });

  it('pasted with nothing selected, the copy goes beside its original, not a few pixels off', () => {
    const doc = createDinasContoh();
    const kabid = byKode(doc, '1.3');
    const payload = copySubtrees(doc, [kabid.id]);
    const { executed, rootIds } = pasteAndPlace(doc, { payload, superiorId: null });
    expectNoNewOverlap(doc, executed.doc);
    const copy = executed.doc.positions[rootIds[0]].placement!;
    expect(copy.x - kabid.placement!.x).toBeGreaterThan(200);
  });

  it('at the pointer when that spot is clear', () => {
    const doc = createDinasContoh();
    const payload = copySubtrees(doc, [byKode(doc, '1.3').id]);
    const { executed, rootIds } = pasteAndPlace(doc, { payload, superiorId: null, pointer: { x: -9000, y: -9000 } });
    expect(executed.doc.positions[rootIds[0]].placement).toEqual({ x: -9000, y: -9000 });
  });
});

describe('duplicateAndPlace', () => {
  it('the copy stands beside the original and covers nothing', () => {
    let doc = createKotaContoh();
    const targets = Object.values(doc.positions).filter((p) => p.kind === 'administrator').slice(0, 3);
    for (const t of targets) {
      const before = doc;
      const { executed, copyId } = duplicateAndPlace(doc, { rootId: t.id });
      expectOneUndoStep(before, executed);
      doc = executed.doc;
      expect(doc.positions[copyId].superiorId).toBe(t.superiorId);
      expect(doc.positions[copyId].placement!.y).toBe(t.placement!.y);
      expectNoNewOverlap(before, doc);
    }
  });

  it('a stacked JF copy joins the same stack', () => {
    const doc = createDinasContoh();
    const jf = byKode(doc, '1.2.1');
    const { executed, copyId } = duplicateAndPlace(doc, { rootId: jf.id });
    expect(executed.doc.positions[copyId].placement).toBeNull();
    expectNoNewOverlap(doc, executed.doc);
  });
});

describe('reattach', () => {
  it('a Kepala Seksi dragged to another Kepala Bidang moves with its subtree under it, one undo step', () => {
    const doc = createKotaContoh();
    const pengawas = Object.values(doc.positions).filter((p) => p.kind === 'pengawas' && p.placement);
    const kabids = Object.values(doc.positions).filter((p) => p.kind === 'administrator');
    const kasi = pengawas[0];
    const pd = structureIndex(doc).enclosingPerangkatDaerahOf;
    const target = kabids.find((k) => k.id !== kasi.superiorId && pd.get(k.unitId) === pd.get(kasi.unitId))!;
    const done = reattach(doc, { ids: [kasi.id], superiorId: target.id });
    expectOneUndoStep(doc, done);
    const moved = done.doc.positions[kasi.id];
    expect(moved.superiorId).toBe(target.id);
    expect(moved.placement!.y).toBeGreaterThan(target.placement!.y);
    expectNoNewOverlap(doc, done.doc);
  });

  it('with "leave boxes where I drop them" the box keeps its drop point and nothing else moves', () => {
    const doc = createDinasContoh();
    const kasubbag = byKode(doc, '1.1.1');
    const kabid = byKode(doc, '1.3');
    const done = reattach(doc, { ids: [kasubbag.id], superiorId: kabid.id, leaveWhereDropped: true, dropped: [{ id: kasubbag.id, placement: { x: 12, y: 34 } }] });
    expect(done.doc.positions[kasubbag.id].placement).toEqual({ x: 12, y: 34 });
    for (const p of Object.values(doc.positions)) if (p.id !== kasubbag.id) expect(done.doc.positions[p.id]).toBe(p);
  });

  it('random re-attachments on a generated structure never leave a new overlap', () => {
    const base = generateWorkspace({ positions: 300, seed: 16 });
    // laid out the quick way, as an opened file is
    const start = ensurePlacements(base);
    const free = Object.values(start.positions).filter((p) => p.kind === 'pengawas' || p.kind === 'administrator');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: free.length - 1 }), fc.integer({ min: 0, max: free.length - 1 }), (a, b) => {
        const sub = free[a];
        const sup = free[b];
        let done: Executed;
        try {
          done = reattach(start, { ids: [sub.id], superiorId: sup.id });
        } catch {
          return; // a refused move (cycle, across Perangkat Daerah) changes nothing
        }
        expectNoNewOverlap(start, done.doc);
      }),
      { numRuns: 40 },
    );
  });
});

describe('makeRoom', () => {
  it('moves the box a block covers down below it (and its subtree with it)', () => {
    const doc = createDinasContoh();
    const kabid = byKode(doc, '1.2');
    const other = byKode(doc, '1.3');
    const squeezed: Workspace = { ...doc, positions: { ...doc.positions, [other.id]: { ...other, placement: { ...kabid.placement! } } } };
    const moves = makeRoom(squeezed, [kabid.id]);
    expect(moves.get(other.id)!.y).toBeGreaterThan(kabid.placement!.y);
  });

  it('leaves alone what nothing covers', () => {
    const doc = createDinasContoh();
    expect(makeRoom(doc, [byKode(doc, '1.2').id]).size).toBe(0);
  });
});

