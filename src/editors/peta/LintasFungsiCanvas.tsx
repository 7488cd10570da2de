// The lintas fungsi canvas: lanes are background columns (or rows) bound to the structure, SOP AP symbols stand in
// them, arrows join handles. Moving a symbol into another lane re-binds it (moveNodes); an activity or decision
// outside every lane is shown as not allowed while dragging and refused at drop. Dragging a lane by its header
// along the cross axis reorders the lanes (reorderLanes): while dragging, the other lanes make room and every
// lane's symbols travel with it.
import { EDGE_DOM_ID, FLOW_LABELS_ID, NODE_DOM_ID } from '../flowLabels';
import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeTypes,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { addArrow, addNode, moveNodes, removeArrows, removeLane, removeNodes, reorderLanes, updateLane } from '../../commands';
import { LF_NODE_SIZE, laneAt, laneName, laneSpans, type LfNodeType, type LintasFungsiMap, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { LaneNode, LfArrowEdge, SymbolNode, type LaneFlowNode, type SymbolFlowNode } from './LfNodes';
import { addBoundLane, LANE_MIME } from './StructureList';
import { exitLabel, needsLane, newSymbol, nextPlacement, placementOf } from '../../layout/lfPlacement';
import { rapikanLintasFungsi } from './lfLayout';
import { keyboardMove, type ArrowKey } from '../../layout/lfKeyboard';
import { ConnectToDialog, symbolName } from './ConnectToDialog';
import { afterSelectChanges, liveDrag, pickedOnMap, shownNodes, useMeasured } from './mapFlow';
import { ActionMenu, isMenuKey, menuPointOf, type MenuItem } from '../../ui/kit/ActionMenu';
import { clipboardEdit } from '../../editor/mapEdit';
import './petaProps.css';
import { useEditor } from '../../editor/context';
import type { Editor, PetaSelection } from '../../editor/types';
import { PresenceLayer } from '../presence/PresenceLayer';

// one array for the life of the page: a new one each render makes React Flow re-subscribe its key listeners, and
// a Ctrl+Z that re-renders the canvas mid-keystroke then left Delete dead
const DELETE_KEYS = ['Delete', 'Backspace'];
export const SYMBOL_MIME = 'application/x-petakerja-symbol';
const nodeTypes: NodeTypes = { symbol: SymbolNode, lane: LaneNode };
const edgeTypes: EdgeTypes = { flow: LfArrowEdge };
const LANE_PREFIX = 'lane:';
export const OUTSIDE_LANE_MESSAGE = 'Kegiatan dan keputusan harus berada di dalam lajur pelaksana — lepaskan di dalam salah satu lajur.';

type FlowNode = SymbolFlowNode | LaneFlowNode;

/** The element a flow node stands for: a lane's node id is 'lane:' + the lane's id. */
const elementOf = (flowId: string): string => (flowId.startsWith(LANE_PREFIX) ? flowId.slice(LANE_PREFIX.length) : flowId);

/** What the properties show of the picked elements: the one selected before while it is still picked, else the first. */
function primaryOf(map: LintasFungsiMap, picked: readonly string[], before: PetaSelection): PetaSelection {
  if (before && picked.includes(before.id)) return before;
  const id = picked[0];
  if (id === undefined) return null;
  if (map.lanes.some((l) => l.id === id)) return { kind: 'lane', id };
  if (map.arrows.some((a) => a.id === id)) return { kind: 'arrow', id };
  return { kind: 'node', id };
}

/** React Flow's select changes, into the editor's picked elements. */
function pick(editor: Editor, map: LintasFungsiMap, changes: readonly { type: string; id?: string; selected?: boolean }[]): void {
  const peta = editor.peta.get();
  const next = afterSelectChanges(pickedOnMap(peta), changes, elementOf);
  if (next) editor.pickInMap(next, primaryOf(map, next, peta.selected));
}

function buildNodes(doc: Workspace, map: LintasFungsiMap, picked: ReadonlySet<string>, worst: Map<string, string>): FlowNode[] {
  const rows = map.orientation === 'rows';
  let extent = 640;
  for (const n of map.nodes) {
    const p = placementOf(map, n);
    const s = LF_NODE_SIZE[n.type];
    extent = Math.max(extent, (rows ? p.x + s.width : p.y + s.height) + 120);
  }
  const lanes: LaneFlowNode[] = laneSpans(map).map((s, index) => ({
    id: LANE_PREFIX + s.lane.id,
    type: 'lane',
    position: rows ? { x: 0, y: s.start } : { x: s.start, y: 0 },
    width: rows ? extent : s.lane.size,
    height: rows ? s.lane.size : extent,
    style: { width: rows ? extent : s.lane.size, height: rows ? s.lane.size : extent },
    // dragged by its header only, to reorder (onNodeDrag); the body is where symbols are dropped
    draggable: map.lanes.length > 1,
    dragHandle: '.lf-lane-head',
    connectable: false,
    selected: picked.has(s.lane.id),
    zIndex: 0,
    ariaLabel: `Lajur ${laneName(doc, s.lane)}. Shift+F10 membuka menu lajur`,
    domAttributes: NODE_DOM_ID,
    data: { name: laneName(doc, s.lane), bound: s.lane.binding !== null, rows, index, severity: worst.get(s.lane.id) ?? null },
  }));
  const symbols: SymbolFlowNode[] = map.nodes.map((n) => ({
    id: n.id,
    type: 'symbol',
    position: placementOf(map, n),
    width: LF_NODE_SIZE[n.type].width,
    height: LF_NODE_SIZE[n.type].height,
    selected: picked.has(n.id),
    zIndex: 2,
    ariaLabel: `${symbolName(n)}, lajur ${laneOfName(doc, map, n.laneId)}. Panah memindah, Shift+panah ke lajur sebelah, H menghubungkan, Shift+F10 membuka menu`,
    domAttributes: NODE_DOM_ID,
    data: { node: n, bad: false, severity: worst.get(n.id) ?? null },
  }));
  return [...lanes, ...symbols];
}

function laneOfName(doc: Workspace, map: LintasFungsiMap, laneId: string | null): string {
  const lane = map.lanes.find((l) => l.id === laneId);
  return lane ? laneName(doc, lane) : 'tidak ada';
}

function nameOfSymbol(map: LintasFungsiMap, id: string): string {
  const n = map.nodes.find((x) => x.id === id);
  return n ? symbolName(n) : 'simbol';
}

const ARROWS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

function buildEdges(map: LintasFungsiMap, picked: ReadonlySet<string>): Edge[] {
  return map.arrows.map((a) => ({
    id: a.id,
    source: a.source,
    target: a.target,
    label: a.label || undefined,
    type: 'flow',
    selected: picked.has(a.id),
    ariaLabel: `Panah ${a.label ? `«${a.label}» ` : ''}dari ${nameOfSymbol(map, a.source)} ke ${nameOfSymbol(map, a.target)}`,
    domAttributes: EDGE_DOM_ID,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    zIndex: 1,
  }));
}

const FIT_OPTIONS = { padding: 0.1, maxZoom: 1, duration: 300 };

/**
 * Where a lane dragged to `cross` (its start along the cross axis) would go: the index among the lanes, and
 * the start of every lane in that order (the dragged one at its index, for the symbols it carries).
 */
function laneDropPlan(map: LintasFungsiMap, laneId: string, cross: number): { toIndex: number; starts: Map<string, number> } {
  const spans = laneSpans(map);
  const dragged = spans.find((s) => s.lane.id === laneId);
  const others = spans.filter((s) => s.lane.id !== laneId);
  const centre = cross + (dragged?.lane.size ?? 0) / 2;
  const toIndex = others.filter((s) => (s.start + s.end) / 2 < centre).length;
  const order = others.map((s) => s.lane);
  if (dragged) order.splice(toIndex, 0, dragged.lane);
  return { toIndex, starts: new Map(laneSpans({ lanes: order }).map((s) => [s.lane.id, s.start])) };
}

/**
 * Where every lane and symbol stands while lane `laneId` is dragged with its header at `at`: the dragged lane
 * (and its symbols) where the pointer has it, the other lanes (and theirs) making room. Keyed by element id.
 */
function laneDragPreview(map: LintasFungsiMap, built: readonly FlowNode[], laneId: string, at: XYPosition): Map<string, XYPosition> {
  const rows = map.orientation === 'rows';
  const cross = rows ? at.y : at.x;
  const { starts } = laneDropPlan(map, laneId, cross);
  const before = new Map(laneSpans(map).map((s) => [s.lane.id, s.start]));
  const laneOf = new Map(map.nodes.map((n) => [n.id, n.laneId]));
  const draggedShift = cross - (before.get(laneId) ?? 0);
  const out = new Map<string, XYPosition>();
  for (const n of built) {
    const id = elementOf(n.id);
    const lane = n.type === 'lane' ? id : laneOf.get(id);
    if (!lane) continue;
    const shift = lane === laneId ? draggedShift : (starts.get(lane) ?? 0) - (before.get(lane) ?? 0);
    if (shift !== 0) out.set(id, rows ? { x: n.position.x, y: n.position.y + shift } : { x: n.position.x + shift, y: n.position.y });
  }
  return out;
}

export function LintasFungsiCanvas({ doc, map }: { doc: Workspace; map: LintasFungsiMap }) {
  const editor = useEditor();
  // the nodes are derived from the document and the editor's state, never kept here (mapFlow.ts)
  const selected = useStore(editor.peta, (s) => s.selected);
  const picked = useStore(editor.peta, (s) => s.picked);
  const drag = liveDrag(useStore(editor.peta, (s) => s.drag), map);
  const worst = useStore(editor.findings, (s) => s.worstBySubject);
  const shownPicked = useMemo(() => pickedOnMap({ selected, picked }), [selected, picked]);
  const built = useMemo(() => buildNodes(doc, map, shownPicked, worst as Map<string, string>), [doc, map, shownPicked, worst]);
  const edges = useMemo(() => buildEdges(map, shownPicked), [map, shownPicked]);
  const { sizes, keepSizes } = useMeasured();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  // what the last keyboard move or connection did, read out by screen readers (aria-live)
  const [announce, setAnnounce] = useState('');
  const [connectFrom, setConnectFrom] = useState<string | null>(null);
  // the actions menu of a lane or a symbol (right click, Shift+F10, the ContextMenu key)
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);

  // a new map grows its lanes after it opens: fit again when another map opens or the lane count changes, so no
  // lane is left outside the view
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView(FIT_OPTIONS), 60);
    return () => clearTimeout(t);
  }, [flow, map.id, map.lanes.length]);

  /** The symbol the keyboard acts on: the focused one, else the selected one. */
  const keyTarget = (e: React.KeyboardEvent): string | null => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
    if (id && map.nodes.some((n) => n.id === id)) return id;
    const sel = editor.peta.get().selected;
    return sel?.kind === 'node' ? sel.id : null;
  };
  // React Flow's own arrow keys move the node on screen only (nothing reaches the document): moves go through
  // moveNodes here, one undo step each, and are announced
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, textarea, select, dialog, [role="menu"]')) return;
    if (isMenuKey(e)) {
      const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const id = el?.dataset.id;
      if (!el || !id) return;
      e.preventDefault();
      e.stopPropagation();
      setMenu({ id, at: menuPointOf(el) });
      return;
    }
    if (ARROWS.includes(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const id = keyTarget(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      const to = keyboardMove(map, id, e.key as ArrowKey, e.shiftKey);
      const node = map.nodes.find((n) => n.id === id)!;
      if (!to) {
        setAnnounce(`${symbolName(node)} sudah di lajur paling ${e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? 'awal' : 'akhir'}.`);
        return;
      }
      if (editor.run(moveNodes, { mapId: map.id, moves: [{ id, to }] })) {
        const after = (editor.get().doc?.maps[map.id] as LintasFungsiMap | undefined)?.nodes.find((n) => n.id === id);
        setAnnounce(`${symbolName(node)} di lajur ${laneOfName(doc, map, after?.laneId ?? null)}, x ${to.x}, y ${to.y}.`);
      }
      return;
    }
    if ((e.key === 'h' || e.key === 'H') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const id = keyTarget(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      setConnectFrom(id);
    }
  };
  // the lane being dragged by its header; lanes move only then, and only along the cross axis
  const laneDrag = useRef<string | null>(null);
  const rows = map.orientation === 'rows';
  useEffect(
    () =>
      editor.canvases.register(map.id, {
        rapikan: async () => {
          if (await rapikanLintasFungsi(editor, map.id, 'elk')) setTimeout(() => void flow.fitView(FIT_OPTIONS), 50);
        },
        fit: () => void flow.fitView(FIT_OPTIONS),
        flow,
        element: () => flowStore.getState().domNode ?? null,
      }),
    [editor, map.id, flow, flowStore],
  );

  // the flow point under the mouse while it is over the canvas: Tempel puts the copy there
  const pointer = useRef<XYPosition | null>(null);
  useEffect(
    () =>
      editor.canvases.register(map.id, { edit: clipboardEdit(editor, 
          map.id,
          // what the editor holds picked (the map's own elements are kept by copyMapElements), not the flow's nodes
          () => [...pickedOnMap(editor.peta.get())],
          () => pointer.current,
        ) }),
    [editor, map.id],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      keepSizes(changes);
      pick(editor, map, changes);
      // React Flow only reports where a drag has the nodes: the editor's drag state shows it (lanes move only when
      // dragged by the header, and only along the cross axis)
      let moved: Map<string, XYPosition> | null = null;
      for (const c of changes) {
        if (c.type !== 'position' || !c.position) continue;
        if (c.id.startsWith(LANE_PREFIX) && c.id !== laneDrag.current) continue;
        (moved ??= new Map()).set(elementOf(c.id), c.position);
      }
      if (!moved) return;
      const cur = liveDrag(editor.peta.get().drag, map);
      const laneId = laneDrag.current && elementOf(laneDrag.current);
      const laneAtNow = laneId ? moved.get(laneId) : undefined;
      if (laneId && laneAtNow) {
        const at = laneDragPreview(map, built, laneId, rows ? { x: 0, y: laneAtNow.y } : { x: laneAtNow.x, y: 0 });
        editor.dragInMap(map.id, { at, refusedId: null, laneId: null, liftedId: laneId });
        return;
      }
      const at = new Map(cur?.at ?? []);
      for (const [id, p] of moved) at.set(id, p);
      editor.dragInMap(map.id, { at, refusedId: cur?.refusedId ?? null, laneId: cur?.laneId ?? null, liftedId: null });
    },
    [editor, map, rows, built, keepSizes],
  );
  const onEdgesChange = useCallback((changes: EdgeChange[]) => pick(editor, map, changes), [editor, map]);

  const verdictAt = useCallback(
    (node: Node, pos: XYPosition): { laneId: string | null; bad: boolean } => {
      const n = map.nodes.find((x) => x.id === node.id);
      if (!n) return { laneId: null, bad: false };
      const s = LF_NODE_SIZE[n.type];
      const lane = laneAt(map, { x: pos.x + s.width / 2, y: pos.y + s.height / 2 });
      return { laneId: lane?.id ?? null, bad: !lane && needsLane(n.type) };
    },
    [map],
  );

  const onNodeDragStart: OnNodeDrag = useCallback((_e, node) => {
    laneDrag.current = node.type === 'lane' ? node.id : null;
  }, []);

  const onNodeDrag: OnNodeDrag = useCallback(
    (_e, node) => {
      if (node.type !== 'symbol') return;
      const cur = liveDrag(editor.peta.get().drag, map);
      const v = verdictAt(node, node.position);
      const refusedId = v.bad ? node.id : null;
      if (cur && (cur.refusedId !== refusedId || cur.laneId !== v.laneId)) editor.dragInMap(map.id, { ...cur, refusedId, laneId: v.laneId });
    },
    [editor, map, verdictAt],
  );

  const dropDragged = useCallback(
    (dragged: Node[]) => {
      // a lane moves only when the drag began on its header (a lane merely selected with symbols stays put)
      const lane = dragged.find((n) => n.id === laneDrag.current);
      laneDrag.current = null;
      if (lane) {
        const laneId = lane.id.slice(LANE_PREFIX.length);
        const { toIndex } = laneDropPlan(map, laneId, rows ? lane.position.y : lane.position.x);
        const from = map.lanes.findIndex((l) => l.id === laneId);
        if (toIndex !== from) editor.run(reorderLanes, { mapId: map.id, laneId, toIndex });
        return;
      }
      const symbols = dragged.filter((n) => n.type === 'symbol');
      if (symbols.length === 0) return;
      if (symbols.some((n) => verdictAt(n, n.position).bad)) {
        editor.showToast({ kind: 'error', text: `Tidak dapat dipindahkan. ${OUTSIDE_LANE_MESSAGE}` });
        return;
      }
      const moves = symbols.map((n) => ({ id: n.id, to: { x: Math.round(n.position.x), y: Math.round(n.position.y) } }));
      editor.run(moveNodes, { mapId: map.id, moves });
    },
    [editor, map, rows, verdictAt],
  );

  // the drop goes to the document (or is refused) and the drag ends in the same update: nothing jumps back for a frame
  const onNodeDragStop: OnNodeDrag = useCallback(
    (_e, _node, dragged) => {
      try {
        dropDragged(dragged);
      } finally {
        editor.dragInMap(map.id, null);
      }
    },
    [editor, map.id, dropDragged],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      if (!c.source || !c.target || c.source === c.target) return false;
      const src = map.nodes.find((n) => n.id === c.source);
      const dst = map.nodes.find((n) => n.id === c.target);
      if (!src || !dst) return false;
      if (src.type === 'terminator' && src.peran === 'selesai') return false;
      if (dst.type === 'terminator' && dst.peran === 'mulai') return false;
      return !map.arrows.some((a) => a.source === c.source && a.target === c.target);
    },
    [map],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      editor.run(addArrow, { mapId: map.id, arrow: { id: newId('ar'), source: c.source, target: c.target, label: exitLabel(map, c.source) } });
    },
    [map],
  );

  // a lane that still holds symbols is not deleted at once: a dialog asks where its symbols go
  const onBeforeDelete = useCallback(
    async ({ nodes: ns, edges: es }: { nodes: Node[]; edges: Edge[] }) => {
      const held = ns.find((n) => n.type === 'lane' && map.nodes.some((x) => x.laneId === n.id.slice(LANE_PREFIX.length)));
      if (!held) return true;
      editor.openDialog({ type: 'deleteLane', mapId: map.id, laneId: held.id.slice(LANE_PREFIX.length) });
      return { nodes: ns.filter((n) => n.type !== 'lane'), edges: es };
    },
    [map],
  );

  const onDelete = useCallback(
    ({ nodes: ns, edges: es }: { nodes: Node[]; edges: Edge[] }) => {
      const symbolIds = ns.filter((n) => n.type === 'symbol').map((n) => n.id);
      const laneIds = ns.filter((n) => n.type === 'lane').map((n) => n.id.slice(LANE_PREFIX.length));
      const gone = new Set(symbolIds);
      const arrowIds = es.map((e) => e.id).filter((id) => {
        const a = map.arrows.find((x) => x.id === id);
        return a && !gone.has(a.source) && !gone.has(a.target);
      });
      if (symbolIds.length) editor.run(removeNodes, { mapId: map.id, ids: symbolIds });
      if (arrowIds.length) editor.run(removeArrows, { mapId: map.id, ids: arrowIds });
      for (const laneId of laneIds) editor.run(removeLane, { mapId: map.id, laneId });
      editor.selectInMap(null);
    },
    [map],
  );

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(LANE_MIME) || e.dataTransfer.types.includes(SYMBOL_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (e: DragEvent) => {
    const lane = e.dataTransfer.getData(LANE_MIME);
    const symbol = e.dataTransfer.getData(SYMBOL_MIME);
    if (!lane && !symbol) return;
    e.preventDefault();
    e.stopPropagation();
    if (lane) {
      const parsed = JSON.parse(lane) as { binding: Parameters<typeof addBoundLane>[2]; label: string };
      // dropped on a lane that is not bound yet (a template's role lane): bind that lane instead of adding one
      const onto = laneAt(map, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (onto && onto.binding === null) {
        if (editor.run(updateLane, { mapId: map.id, laneId: onto.id, changes: { binding: parsed.binding } })) editor.selectInMap({ kind: 'lane', id: onto.id });
        return;
      }
      addBoundLane(editor, map.id, parsed.binding, parsed.label);
      return;
    }
    const [typeText, peran] = symbol.split(':');
    if (!(typeText in LF_NODE_SIZE)) return;
    const type = typeText as LfNodeType;
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const target = laneAt(map, at);
    if (!target && needsLane(type)) {
      editor.showToast({ kind: 'error', text: `Tidak dapat diletakkan. ${OUTSIDE_LANE_MESSAGE}` });
      return;
    }
    const size = LF_NODE_SIZE[type];
    const made = newSymbol(type, { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2) }, target?.id ?? null);
    const node = made.type === 'terminator' && peran === 'selesai' ? { ...made, peran: 'selesai' as const } : made;
    if (editor.run(addNode, { mapId: map.id, node })) editor.selectInMap({ kind: 'node', id: node.id });
  };

  const connectSource = connectFrom ? map.nodes.find((n) => n.id === connectFrom) : undefined;
  /** What the actions menu of lane or symbol `flowId` offers. */
  const menuItems = (flowId: string): MenuItem[] => {
    if (flowId.startsWith(LANE_PREFIX)) {
      const laneId = flowId.slice(LANE_PREFIX.length);
      const index = map.lanes.findIndex((l) => l.id === laneId);
      const lane = map.lanes[index];
      if (!lane) return [];
      const name = laneName(doc, lane);
      const move = (to: number) => {
        if (!editor.run(reorderLanes, { mapId: map.id, laneId, toIndex: to })) return;
        setAnnounce(`Lajur ${name} kini urutan ${to + 1} dari ${map.lanes.length}.`);
        // the lane is drawn anew in its place: the keyboard stays on it
        requestAnimationFrame(() => flowStore.getState().domNode?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(flowId)}"]`)?.focus());
      };
      const addActivity = () => {
        const node = newSymbol('activity', nextPlacement(map, 'activity', laneId), laneId);
        if (editor.run(addNode, { mapId: map.id, node })) {
          editor.selectInMap({ kind: 'node', id: node.id });
          setAnnounce(`Kegiatan baru di lajur ${name}.`);
        }
      };
      return [
        { label: rows ? 'Geser lajur ke atas' : 'Geser lajur ke kiri', onSelect: () => move(index - 1), disabled: index === 0, testId: 'lane-menu-prev' },
        { label: rows ? 'Geser lajur ke bawah' : 'Geser lajur ke kanan', onSelect: () => move(index + 1), disabled: index === map.lanes.length - 1, testId: 'lane-menu-next' },
        { label: 'Tambah kegiatan di lajur ini', onSelect: addActivity, testId: 'lane-menu-add' },
        { label: 'Ubah lajur di panel properti', onSelect: () => editor.selectInMap({ kind: 'lane', id: laneId }), testId: 'lane-menu-props' },
        { label: 'Hapus lajur…', danger: true, onSelect: () => deleteLane(laneId), testId: 'lane-menu-delete' },
      ];
    }
    const node = map.nodes.find((n) => n.id === flowId);
    if (!node) return [];
    return [
      { label: 'Hubungkan ke…', onSelect: () => setConnectFrom(node.id), testId: 'symbol-menu-connect' },
      { label: 'Ubah di panel properti', onSelect: () => editor.selectInMap({ kind: 'node', id: node.id }), testId: 'symbol-menu-props' },
      {
        label: 'Hapus simbol',
        danger: true,
        testId: 'symbol-menu-delete',
        onSelect: () => {
          if (editor.run(removeNodes, { mapId: map.id, ids: [node.id] })) {
            editor.selectInMap(null);
            setAnnounce(`${symbolName(node)} dihapus.`);
            focusCanvas();
          }
        },
      },
    ];
  };
  /** A lane is deleted at once when it is empty; with symbols in it, the dialog asks where they go. */
  const deleteLane = (laneId: string) => {
    if (map.nodes.some((n) => n.laneId === laneId)) {
      editor.openDialog({ type: 'deleteLane', mapId: map.id, laneId });
      return;
    }
    if (editor.run(removeLane, { mapId: map.id, laneId })) {
      editor.selectInMap(null);
      setAnnounce('Lajur dihapus.');
      focusCanvas();
    }
  };
  /** After the focused element is gone: the first element of the canvas, so the keyboard is not left on nothing. */
  const focusCanvas = () =>
    requestAnimationFrame(() => flowStore.getState().domNode?.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]')?.focus());

  const badId = drag?.refusedId ?? null;
  const nodes = useMemo(
    () =>
      shownNodes(built, sizes, drag?.at ?? null, elementOf).map((n): FlowNode => {
        if (!drag) return n;
        if (n.type === 'symbol' && n.id === drag.refusedId) return { ...n, data: { ...n.data, bad: true } };
        if (n.type !== 'lane') return n;
        const id = elementOf(n.id);
        if (id === drag.liftedId) return { ...n, zIndex: 1 };
        return id === drag.laneId ? { ...n, className: 'lf-lane-target' } : n;
      }),
    [built, sizes, drag],
  );

  return (
    <div
      className="lf-canvas"
      data-testid="lf-canvas"
      onKeyDownCapture={onKeyDownCapture}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onMouseMove={(e) => {
        pointer.current = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      }}
      onMouseLeave={() => {
        pointer.current = null;
      }}
    >
      <div className="sr-only" role="status" aria-live="polite" data-testid="lf-announce">
        {announce}
      </div>
      {connectSource && connectFrom && (
        <ConnectToDialog
          sourceName={symbolName(connectSource)}
          targets={map.nodes.filter((n) => n.id !== connectFrom).map((n) => ({ id: n.id, name: `${symbolName(n)} (${laneOfName(doc, map, n.laneId)})` }))}
          noun="simbol"
          onClose={() => setConnectFrom(null)}
          onConnect={(target) => {
            const source = connectFrom;
            setConnectFrom(null);
            const ok = isValidConnection({ source, target, sourceHandle: null, targetHandle: null });
            const names = `${symbolName(map.nodes.find((n) => n.id === source)!)} → ${symbolName(map.nodes.find((n) => n.id === target)!)}`;
            if (!ok) {
              editor.showToast({ kind: 'error', text: `Panah ${names} tidak dapat dibuat: sudah ada, atau dari Selesai / ke Mulai.` });
              return;
            }
            if (editor.run(addArrow, { mapId: map.id, arrow: { id: newId('ar'), source, target, label: exitLabel(map, source) } })) setAnnounce(`Panah ${names} dibuat.`);
          }}
        />
      )}
      {menu && (
        <ActionMenu
          label={menu.id.startsWith(LANE_PREFIX) ? 'Menu lajur' : 'Menu simbol'}
          at={menu.at}
          items={menuItems(menu.id)}
          onClose={() => setMenu(null)}
          testId={menu.id.startsWith(LANE_PREFIX) ? 'lane-menu' : 'symbol-menu'}
        />
      )}
      {map.lanes.length === 0 && (
        <div className="lf-empty">Seret jabatan dari daftar struktur di kiri ke sini untuk membuat lajur pelaksana pertama.</div>
      )}
      {badId && (
        <div className="lf-drop-message" role="alert" data-testid="lf-drop-message">
          {OUTSIDE_LANE_MESSAGE}
        </div>
      )}
      <ReactFlow
        ariaLabelConfig={FLOW_LABELS_ID}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onBeforeDelete={onBeforeDelete}
        onDelete={onDelete}
        onPaneClick={() => editor.selectInMap(null)}
        onNodeContextMenu={(e, n) => {
          e.preventDefault();
          setMenu({ id: n.id, at: { x: e.clientX, y: e.clientY } });
        }}
        deleteKeyCode={DELETE_KEYS}
        connectionRadius={40}
        // a selected lane must stay behind the symbols standing in it
        elevateNodesOnSelect={false}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <PresenceLayer canvas={map.id} />
      </ReactFlow>
    </div>
  );
}
