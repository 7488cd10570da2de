// The map canvases keep no copy of their nodes: what they draw besides the document — the picked elements and a
// drag in progress — is the editor's state (editor.peta), and the canvas derives its nodes from both
// (editors/peta/mapFlow.ts). One editor per test, in-memory storage.
import { describe, expect, it } from 'vitest';
import { createEditor } from '../../../src/editor/Editor';
import { memoryStorage } from '../../../src/editor/storage';
import type { Editor } from '../../../src/editor/types';
import { moveNodes } from '../../../src/commands/moveNodes';
import { createKotaContoh, KOTA_CONTOH_MAP_IDS } from '../../../src/samples/kotaContoh';
import { afterSelectChanges, liveDrag, pickedOnMap, shownNodes } from '../../../src/editors/peta/mapFlow';
import type { LintasFungsiMap } from '../../../src/model';

function make(): Editor {
  const ed = createEditor({ storage: memoryStorage({ tabId: 'tab_a' }), env: { window: null } });
  ed.openDocument(createKotaContoh());
  return ed;
}
const sopId = KOTA_CONTOH_MAP_IDS.sop;
const sopOf = (ed: Editor) => ed.currentDoc().maps[sopId] as LintasFungsiMap;

describe('picked elements on a map canvas', () => {
  it('pickInMap keeps several picked elements with one primary; selectInMap of another picks that one alone', () => {
    const ed = make();
    const [a, b, c] = sopOf(ed).nodes;
    ed.openMap(sopId);
    ed.pickInMap([a!.id, b!.id], { kind: 'node', id: a!.id });
    expect([...pickedOnMap(ed.peta.get())]).toEqual([a!.id, b!.id]);
    expect(ed.peta.get().selected).toEqual({ kind: 'node', id: a!.id });
    // the same picking again changes nothing (no re-render)
    const before = ed.peta.get();
    ed.pickInMap([a!.id, b!.id], { kind: 'node', id: a!.id });
    expect(ed.peta.get()).toBe(before);
    // a finding or the keyboard selects another element: only it is shown selected
    ed.selectInMap({ kind: 'node', id: c!.id });
    expect([...pickedOnMap(ed.peta.get())]).toEqual([c!.id]);
    // selecting one of the picked keeps the picking
    ed.selectInMap({ kind: 'node', id: b!.id });
    expect([...pickedOnMap(ed.peta.get())]).toEqual([a!.id, b!.id]);
    ed.selectInMap(null);
    ed.pickInMap([], null);
    expect(pickedOnMap(ed.peta.get()).size).toBe(0);
  });

  it("React Flow's select changes add and remove picked elements (lane flow ids mapped to lane ids)", () => {
    const picked = new Set(['n1']);
    const elementOf = (id: string) => (id.startsWith('lane:') ? id.slice(5) : id);
    expect(afterSelectChanges(picked, [{ type: 'select', id: 'lane:l1', selected: true }], elementOf)).toEqual(['n1', 'l1']);
    expect(afterSelectChanges(picked, [{ type: 'select', id: 'n1', selected: false }])).toEqual([]);
    // no select change: nothing to tell the editor
    expect(afterSelectChanges(picked, [{ type: 'position', id: 'n1' }, { type: 'add' }])).toBeNull();
  });
});

describe('a drag on a map canvas', () => {
  it('dragInMap shows where the dragged symbols stand without touching the document; the drop ends it in one step', () => {
    const ed = make();
    const map = sopOf(ed);
    const node = map.nodes[0]!;
    const doc = ed.currentDoc();
    ed.dragInMap(sopId, { at: new Map([[node.id, { x: 999, y: 111 }]]), refusedId: null, laneId: null, liftedId: null });
    expect(ed.currentDoc()).toBe(doc);
    const drag = liveDrag(ed.peta.get().drag, map);
    expect(drag?.at.get(node.id)).toEqual({ x: 999, y: 111 });
    // the canvas draws the derived node where the drag has it, with what React Flow measured
    const built = [{ id: node.id, position: { x: 0, y: 0 }, data: {} }];
    const shown = shownNodes(built, new Map([[node.id, { width: 10, height: 20 }]]), drag!.at);
    expect(shown[0]).toMatchObject({ position: { x: 999, y: 111 }, measured: { width: 10, height: 20 } });
    // untouched nodes keep their identity (React Flow skips them)
    expect(shownNodes(built, new Map(), null)[0]).toBe(built[0]);
    // the drop: the command changes the map, so the drag no longer belongs to it, and ending it clears it
    expect(ed.run(moveNodes, { mapId: sopId, moves: [{ id: node.id, to: { x: (node.placement?.x ?? 0) + 40, y: node.placement?.y ?? 0 } }] })).toBe(true);
    expect(liveDrag(ed.peta.get().drag, sopOf(ed))).toBeNull();
    ed.dragInMap(sopId, null);
    expect(ed.peta.get().drag).toBeNull();
  });

  it('a drag is dropped when another map or document opens, and refused for a map that does not exist', () => {
    const ed = make();
    const node = sopOf(ed).nodes[0]!;
    ed.dragInMap(sopId, { at: new Map([[node.id, { x: 1, y: 2 }]]), refusedId: node.id, laneId: null, liftedId: null });
    expect(ed.peta.get().drag?.refusedId).toBe(node.id);
    ed.openMap(KOTA_CONTOH_MAP_IDS.relasi);
    expect(ed.peta.get().drag).toBeNull();
    ed.dragInMap('map_none', { at: new Map(), refusedId: null, laneId: null, liftedId: null });
    expect(ed.peta.get().drag).toBeNull();
    ed.dragInMap(sopId, { at: new Map(), refusedId: null, laneId: null, liftedId: null });
    ed.openDocument(createKotaContoh());
    expect(ed.peta.get().drag).toBeNull();
  });
});
