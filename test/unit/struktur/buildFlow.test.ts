// The projection of the document onto React Flow nodes, in full detail and in the overview (far zoom), where a
// stack is drawn inside its official's node instead of one node per JF/Pelaksana (docs/performance.md).
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { execute } from '../../../src/commands/command';
import { applyLayout } from '../../../src/commands/applyLayout';
import { updatePosition } from '../../../src/commands/updatePosition';
import { createFlowBuilder, type PositionFlowNode } from '../../../src/editors/struktur/buildFlow';
import { sameExceptPlacement } from '../../../src/model/placement';
import { positionText } from '../../../src/io/export/positionText';
import { blockSize, BOX_HEIGHT, BOX_WIDTH, isStacked, stackedSubordinates } from '../../../src/layout/geometry';
import { createDinasContoh } from '../../../src/samples/dinasContoh';

const none = new Set<string>();
const byId = (nodes: PositionFlowNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe('createFlowBuilder', () => {
  const doc = createDinasContoh();
  const stacked = Object.values(doc.positions).filter((p) => isStacked(p, doc));

  it('draws every position as a node in full detail, stacks as children of their official', () => {
    const flow = createFlowBuilder()(doc, none);
    expect(flow.nodes).toHaveLength(Object.keys(doc.positions).length);
    const nodes = byId(flow.nodes);
    for (const p of stacked) {
      expect(nodes.get(p.id)!.type).toBe('stackItem');
      expect(nodes.get(p.id)!.parentId).toBe(p.superiorId);
    }
    expect(flow.edges).toHaveLength(Object.values(doc.positions).filter((p) => p.superiorId).length);
    for (const n of flow.nodes) expect(n.data.stack).toBeNull();
  });

  it('in the overview draws a stack inside its official, keeps its drop targets and only komando lines', () => {
    const full = createFlowBuilder()(doc, none);
    const flow = createFlowBuilder()(doc, none, { overview: true });
    expect(flow.nodes).toHaveLength(Object.keys(doc.positions).length - stacked.length);
    expect(flow.nodes.every((n) => n.type === 'box')).toBe(true);
    const owners = flow.nodes.filter((n) => n.data.stack);
    expect(owners.length).toBeGreaterThan(0);
    for (const n of owners) {
      const expected = stackedSubordinates(doc, n.id);
      expect(n.data.stack!.map((p) => p.id)).toEqual(expected.map((p) => p.id));
      // (a stack item with a long name is taller: the block makes room for it)
      expect({ width: n.width, height: n.height }).toEqual(blockSize(expected.length, { stack: expected.map((p) => positionText(p, true).height) }));
      expect(n.measured).toEqual({ width: n.width, height: n.height });
    }
    for (const n of flow.nodes.filter((x) => !x.data.stack)) expect([n.width, n.height]).toEqual([BOX_WIDTH, BOX_HEIGHT]);
    // the same rectangles for hit tests, stack items included
    expect(flow.rects).toEqual(full.rects);
    const stackedIds = new Set(stacked.map((p) => p.id));
    expect(flow.edges.some((e) => stackedIds.has(e.target))).toBe(false);
    expect(flow.edges).toHaveLength(full.edges.length - stacked.length);
  });

  it('a collapsed official shows no stack in either mode', () => {
    const owner = stacked[0].superiorId!;
    const collapsed = new Set([owner]);
    const flow = createFlowBuilder()(doc, collapsed, { overview: true });
    expect(byId(flow.nodes).get(owner)!.data.stack).toBeNull();
    expect(flow.rects.has(stacked[0].id)).toBe(false);
  });

  it('reuses node objects and stack arrays while their inputs are unchanged', () => {
    const build = createFlowBuilder();
    const first = byId(build(doc, none, { overview: true }).nodes);
    const owner = [...first.values()].find((n) => n.data.stack)!;
    const other = [...first.values()].find((n) => n.id !== owner.id && n.id !== owner.data.position.superiorId)!;
    // rename a JF in the owner's stack: the owner's node changes, its stack array is new, an unrelated box is reused
    const jf = owner.data.stack![0];
    const renamed = execute(doc, updatePosition, { id: jf.id, changes: { nama: 'Nama baru' } }).doc;
    const second = byId(build(renamed, none, { overview: true }).nodes);
    expect(second.get(other.id)).toBe(other);
    expect(second.get(owner.id)).not.toBe(owner);
    expect(second.get(owner.id)!.data.stack![0].nama).toBe('Nama baru');
    // nothing changed: everything reused
    const third = byId(build(renamed, none, { overview: true }).nodes);
    expect(third.get(owner.id)).toBe(second.get(owner.id));
    expect(third.get(owner.id)!.data.stack).toBe(second.get(owner.id)!.data.stack);
  });

  it('a layout moves boxes without changing their stacks', () => {
    const big = generateWorkspace({ positions: 400, seed: 7 });
    const build = createFlowBuilder();
    const before = byId(build(big, none, { overview: true }).nodes);
    const placements: Record<string, { x: number; y: number }> = {};
    for (const n of before.values()) placements[n.id] = { x: n.position.x + 1000, y: n.position.y };
    const moved = execute(big, applyLayout, { placements }).doc;
    const after = byId(build(moved, none, { overview: true }).nodes);
    for (const [id, n] of after) {
      expect(n.position.x).toBe(before.get(id)!.position.x + 1000);
      expect(n.data.stack).toBe(before.get(id)!.data.stack);
      expect(sameExceptPlacement(n.data.position, before.get(id)!.data.position)).toBe(true);
    }
  });
});

describe('sameExceptPlacement', () => {
  const p = Object.values(createDinasContoh().positions)[0];
  it('ignores the placement and nothing else', () => {
    expect(sameExceptPlacement(p, { ...p, placement: { x: 1, y: 2 } })).toBe(true);
    expect(sameExceptPlacement(p, { ...p, nama: `${p.nama} ` })).toBe(false);
    expect(sameExceptPlacement(p, { ...p, pemangku: [...p.pemangku, { id: 'x', nama: 'X' } as never] })).toBe(false);
    const { kode: _kode, ...withoutKode } = p;
    expect(sameExceptPlacement(p, withoutKode as typeof p)).toBe(false);
  });
});
