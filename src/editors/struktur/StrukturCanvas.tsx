import { FLOW_LABELS_ID } from '../flowLabels';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  type Node,
  type NodeChange,
  type EdgeTypes,
  type NodeTypes,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { execute } from '../../commands/command';
import { preference } from '../../editor/preferences';
import { moveBoxes } from '../../commands/moveBoxes';
import { BOX_HEIGHT, BOX_WIDTH } from '../../layout/geometry';
import { boundsOf } from '../../layout/placeNewBox';
import { type PositionKind, type Workspace } from '../../model';
import { canAttach } from '../../rules/canAttach';
import { useStore } from '../../editor/createStore';
import { addPositionsToTeam, teamNoteFor, warnTeamsAfterMove } from '../tim/teamActions';
import { teamDropAt } from '../tim/teamDrop';
import { STRUKTUR_CANVAS } from '../../editor/canvases';
import { LineEdge } from './LineEdge';
import { BoxNode, StackItemNode } from './PositionNode';
import { createFlowBuilder, hitTest, type Rect } from './buildFlow';
import { detailAt, FIT_VIEW_OPTIONS, fitZoomFor } from './detail';
import { buildNewPosition } from './newPosition';
import { reattach } from '../../commands/reattach';
import { TeamLines } from './TeamLines';
import { CompareLegend, GhostNode, ghostNodes } from '../reviu/CompareOverlay';
import './struktur.css';
import type { DropVerdict, Editor } from '../../editor/types';
import { useEditor } from '../../editor/context';

export const PALETTE_MIME = 'application/x-petakerja-kind';
export { FIT_VIEW_OPTIONS } from './detail';

const nodeTypes: NodeTypes = { box: BoxNode, stackItem: StackItemNode, ghost: GhostNode };

const edgeTypes: EdgeTypes = { line: LineEdge };

function verdictFor(doc: Workspace, subordinateId: string, superiorId: string) {
  const v = canAttach(doc, subordinateId, superiorId);
  return { verdict: v.verdict as DropVerdict, message: v.message, citation: v.citation ?? '', ruleId: v.ruleId, severity: v.severity };
}

/** Where the dragged boxes are, over the document they were dragged in. */
interface DragState {
  base: Workspace | null;
  at: ReadonlyMap<string, XYPosition>;
}
const NO_DRAG: DragState = { base: null, at: new Map() };

function clientPoint(e: MouseEvent | TouchEvent): XYPosition {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.touches[0] ?? e.changedTouches[0];
  return { x: t.clientX, y: t.clientY };
}

/** The verdict of the drop target, in screen space above everything, so no box can cover it and it stays legible at any zoom. */
function DropTip({ rects, container }: { rects: Map<string, Rect>; container: React.RefObject<HTMLDivElement | null> }) {
  const editor = useEditor();
  const drop = useStore(editor.dropTarget, (s) => s);
  const rf = useReactFlow();
  const r = drop.targetId ? rects.get(drop.targetId) : undefined;
  if (!r || !drop.message || !container.current) return null;
  const origin = container.current.getBoundingClientRect();
  const at = rf.flowToScreenPosition({ x: r.x, y: r.y + r.height });
  return (
    <div
      className={`drop-tip drop-tip-${drop.verdict}${drop.verdict === 'warn' && drop.severity ? ` drop-tip-sev-${drop.severity}` : ''}`}
      style={{ left: at.x - origin.left, top: at.y - origin.top + 8 }}
      role="status"
      data-testid="drop-tip"
    >
      {drop.ruleId && (
        <strong className="drop-rule" data-testid="drop-tip-rule">
          {drop.ruleId}{' '}
        </strong>
      )}
      {drop.message}
      {drop.citation && <span className="drop-cite"> — {drop.citation}</span>}
    </div>
  );
}

// one array for the life of the page: React Flow re-subscribes its key listeners whenever this changes
const MULTI_SELECT_KEYS = ['Meta', 'Control'];

export function StrukturCanvas() {
  const editor = useEditor();
  // The canvas follows the document one step behind the rest of the editor (a separate, interruptible render), so
  // a change of thousands of boxes ("Rapikan") is not one long task together with the command that made it.
  const doc = useDeferredValue(useStore(editor, (s) => s.doc)!);
  const shown = useRef(doc);
  useLayoutEffect(() => {
    shown.current = doc;
  }, [doc]);
  const collapsed = useStore(editor, (s) => s.collapsed);
  const selection = useStore(editor, (s) => s.selection);
  const focus = useStore(editor, (s) => s.focus);
  const rf = useReactFlow();
  const container = useRef<HTMLDivElement>(null);
  // re-renders only when the zoom crosses a threshold, not on every pan or zoom step
  const zoomDetail = useFlowStore((s) => detailAt(s.transform[2]));
  // Until a newly opened document is fitted the zoom is still the previous one (100 % at first): take the detail
  // the fit will need, or a large document is drawn once in full detail (2,000 nodes mounted, then dropped).
  const [fitted, setFitted] = useState<string | null>(null);
  const fitDetail = useMemo(() => {
    const r = container.current?.getBoundingClientRect();
    return detailAt(fitZoomFor(boundsOf(doc), r?.width ?? window.innerWidth, r?.height ?? window.innerHeight));
  }, [doc.id]);
  const detail = fitted === doc.id ? zoomDetail : fitDetail;
  const overview = detail === 'overview';
  const builder = useMemo(createFlowBuilder, []);
  const flow = useMemo(
    () => builder(doc, collapsed, { overview }),
    [builder, doc.positions, doc.units, collapsed, overview],
  );
  const [drag, setDrag] = useState<DragState>(NO_DRAG);
  // After a drop the boxes stay where they were dropped until the canvas shows the document with the move, then
  // the drag state goes: a box never jumps back for a frame.
  useEffect(() => {
    if (drag.base !== null && drag.base !== doc) setDrag(NO_DRAG);
  }, [doc, drag]);
  const dragExclude = useRef<Set<string>>(new Set());
  // Tim Kerja view: a box dragged out of the canvas onto a team entry (or the editor's drop zone) joins the team
  const teamView = useStore(editor, (s) => s.view === 'tim');
  const dragOut = useRef<{ canvas: DOMRect | null; outside: boolean }>({ canvas: null, outside: false });

  const worstBySubject = useStore(editor.findings, (s) => s.worstBySubject);
  // The line of an offending subordinate is outlined like its box.
  const edges = useMemo(
    () =>
      flow.edges.map((e) => {
        const worst = worstBySubject.get(e.target);
        return worst && worst !== 'info' ? { ...e, className: `${e.className} has-${worst}` } : e;
      }),
    [flow, worstBySubject],
  );
  const selectionSet = useMemo(() => new Set(selection), [selection]);
  // a comparison shown over the canvas: the removed jabatan stand as ghosts where they were (drawn first: under)
  const overlay = useStore(editor.review, (s) => s.overlay);
  const ghosts = useMemo(() => ghostNodes(overlay), [overlay]);
  const nodes = useMemo(() => {
    const live: Node[] = flow.nodes.map((n) => {
      const sel = selectionSet.has(n.id);
      const dp = drag.base === doc ? drag.at.get(n.id) : undefined;
      if (!sel && !dp && !n.selected) return n;
      return { ...n, selected: sel, position: dp ?? n.position };
    });
    return ghosts.length ? [...ghosts, ...live] : live;
  }, [flow, selectionSet, drag, doc, ghosts]);

  const onNodesChange = useCallback((changes: NodeChange<Node>[]) => {
    let nextSelection: Set<string> | null = null;
    let moved: Map<string, XYPosition> | null = null;
    for (const c of changes) {
      if (c.type === 'select') {
        nextSelection ??= new Set(editor.get().selection);
        if (c.selected) nextSelection.add(c.id);
        else nextSelection.delete(c.id);
      } else if (c.type === 'position' && c.position) {
        moved ??= new Map();
        moved.set(c.id, c.position);
      }
    }
    if (nextSelection) editor.select([...nextSelection]);
    if (moved) {
      const m = moved;
      setDrag((prev) => {
        const base = shown.current;
        const at = new Map(prev.base === base ? prev.at : []);
        for (const [id, p] of m) at.set(id, p);
        return { base, at };
      });
    }
  }, []);

  const onNodeDragStart: OnNodeDrag = useCallback(
    (_e, _node, dragged) => {
      editor.set({ dragging: true });
      // measured once per drag, not per frame
      dragOut.current = { canvas: editor.get().view === 'tim' ? (container.current?.getBoundingClientRect() ?? null) : null, outside: false };
      // The dragged boxes and the stacks they carry along are no drop targets; the rest of their subtree stays
      // put and is a target like any other (canAttach refuses it as a cycle, with the reason).
      const draggedIds = new Set(dragged.map((n) => n.id));
      const exclude = new Set(draggedIds);
      for (const n of flow.nodes) {
        if (n.parentId && draggedIds.has(n.parentId)) exclude.add(n.id);
        // in the overview a stack travels inside its official's node
        if (draggedIds.has(n.id)) for (const s of n.data.stack ?? []) exclude.add(s.id);
      }
      dragExclude.current = exclude;
    },
    [flow],
  );

  const onNodeDrag: OnNodeDrag = useCallback(
    (e, node) => {
      const r = dragOut.current.canvas;
      if (r) {
        const c = clientPoint(e);
        const outside = c.x < r.left || c.x > r.right || c.y < r.top || c.y > r.bottom;
        dragOut.current.outside = outside;
        editor.setTeamDrop(outside ? teamDropAt(c) : null);
        if (outside) return editor.clearDropTarget();
      }
      const point = rf.screenToFlowPosition(clientPoint(e));
      const target = hitTest(flow.rects, point, dragExclude.current);
      if (target === editor.dropTarget.get().targetId) return;
      if (!target) return editor.clearDropTarget();
      const d = editor.get().doc!;
      const v = verdictFor(d, node.id, target);
      // before the drop: the teams the moved position takes part in
      const note = v.verdict !== 'refuse' && d.positions[node.id]?.superiorId !== target ? teamNoteFor(d, [node.id]) : '';
      editor.dropTarget.set({ targetId: target, ...v, message: (v.message + note).trim() });
    },
    [rf, flow],
  );

  const dropDragged: OnNodeDrag = useCallback(
    (_e, node, dragged) => {
      const d = editor.get().doc!;
      const drop = editor.dropTarget.get();
      editor.clearDropTarget();
      editor.set({ dragging: false });
      const teamId = editor.teamDrop.get().teamId;
      const outside = dragOut.current.outside;
      dragOut.current = { canvas: null, outside: false };
      if (teamId) {
        editor.setTeamDrop(null);
        addPositionsToTeam(editor, teamId, dragged.map((n) => n.id));
        return;
      }
      if (outside) {
        editor.showToast({ kind: 'info', text: 'Lepaskan kotak jabatan di atas sebuah tim di daftar kiri untuk menambahkannya sebagai anggota.' });
        return;
      }
      if (drop.targetId) {
        if (drop.verdict === 'refuse') {
          editor.showToast({ kind: 'error', text: `Tidak dapat dipindahkan: ${drop.message}${drop.citation ? ` (${drop.citation})` : ''}` });
          return;
        }
        const ids = dragged.map((n) => n.id).filter((id) => id !== drop.targetId);
        const moved = ids.length ? ids : [node.id];
        const leaveWhereDropped = preference('leaveWhereDropped');
        const dropped = dragged.filter((n) => n.type === 'box').map((n) => ({ id: n.id, placement: { x: Math.round(n.position.x), y: Math.round(n.position.y) } }));
        if (editor.run(reattach, { ids: moved, superiorId: drop.targetId, leaveWhereDropped, dropped })) {
          warnTeamsAfterMove(editor, d, moved.filter((id) => d.positions[id]?.superiorId !== drop.targetId));
        }
        return;
      }
      const moves = dragged
        .filter((n) => n.type === 'box')
        .map((n) => ({ id: n.id, placement: { x: Math.round(n.position.x), y: Math.round(n.position.y) } }));
      if (moves.length) editor.commit(execute(d, moveBoxes, { moves }));
      else editor.showToast({ kind: 'info', text: 'Lepaskan di atas jabatan lain untuk memindahkan kedudukannya.' });
    },
    [],
  );

  const onNodeDragStop: OnNodeDrag = useCallback((e, node, dragged) => {
    const before = editor.get().doc;
    dropDragged(e, node, dragged);
    // nothing changed (refused, outside, team drop): the boxes go back now
    if (editor.get().doc === before) setDrag(NO_DRAG);
  }, [dropDragged]);

  // Palette: drag a kind from the palette onto a box (becomes its subordinate) or onto empty canvas.
  const paletteTarget = useCallback(
    (e: DragEvent) => {
      const point = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      return { point, target: hitTest(flow.rects, point, new Set()) };
    },
    [rf, flow],
  );

  const onDragOver = useCallback(
    (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      const { target } = paletteTarget(e);
      if (target === editor.dropTarget.get().targetId) return;
      if (!target) return editor.clearDropTarget();
      editor.dropTarget.set({ targetId: target, verdict: 'ok', message: 'Lepaskan untuk menempatkan di bawah jabatan ini', citation: '', ruleId: undefined, severity: undefined });
    },
    [paletteTarget],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME) as PositionKind;
      editor.clearDropTarget();
      if (!kind) return;
      e.preventDefault();
      const { point, target } = paletteTarget(e);
      // under a superior the box gets a free spot below it; on empty canvas it stays where it was dropped
      addFromPalette(editor, kind, target, target ? null : { x: point.x - BOX_WIDTH / 2, y: point.y - BOX_HEIGHT / 2 });
    },
    [paletteTarget],
  );

  // what the toolbar (Lihat semua), presentation mode and export reach of this canvas, through the editor
  useEffect(
    () =>
      editor.canvases.register(STRUKTUR_CANVAS, {
        flow: rf,
        fit: () => void rf.fitView({ ...FIT_VIEW_OPTIONS, duration: 300 }),
        element: () => container.current,
      }),
    [editor, rf],
  );

  // Centre on a requested element (finding click, search), once; if it is new, as soon as the canvas shows it.
  const centred = useRef(0);
  useEffect(() => {
    if (!focus || focus.seq === centred.current) return;
    const r = flow.rects.get(focus.id);
    if (!r) return;
    centred.current = focus.seq;
    void rf.setCenter(r.x + r.width / 2, r.y + r.height / 2, { zoom: Math.max(rf.getZoom(), 0.9), duration: 300 });
  }, [focus, flow]);

  // Fit the view when another document is opened; from then on the zoom decides the detail.
  useEffect(() => {
    const id = doc.id;
    const t = setTimeout(() => void rf.fitView({ ...FIT_VIEW_OPTIONS, duration: 0 }).then(() => setFitted(id)), 0);
    return () => clearTimeout(t);
  }, [doc.id]);

  return (
    <div ref={container} className={`canvas detail-${detail}`} onDragOver={onDragOver} onDrop={onDrop} onDragLeave={() => editor.clearDropTarget()} data-testid="struktur-canvas">
      <ReactFlow
        ariaLabelConfig={FLOW_LABELS_ID}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={() => editor.select([])}
        nodesConnectable={false}
        deleteKeyCode={null}
        // arrow keys walk the structure (ui/selectionNavigation.ts) instead of nudging boxes
        disableKeyboardA11y
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.05}
        maxZoom={2.5}
        // the overview has few nodes (one per official): keep them all mounted, so a pan or "Rapikan" mounts none
        // (each mounted node is measured: ~0.4 ms of layout reads)
        onlyRenderVisibleElements={!overview}
        // in the Tim Kerja view boxes are dragged out to the team list: the canvas must not pan away meanwhile
        autoPanOnNodeDrag={!teamView}
        proOptions={{ hideAttribution: true }}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
      >
        {/* the dot grid keeps at least ~10 px between dots on screen: at 5 % zoom a 24 px grid would put a dot
            every 1.2 px, and rasterising that costs more than the whole structure */}
        {detail !== 'overview' && <Background gap={detail === 'compact' ? 48 : 24} size={1} />}
        <Controls showInteractive={false} />
        {teamView && <TeamLines rects={flow.rects} />}
        <MiniMap pannable zoomable nodeClassName={(n) => `mini-${(n.data as { position: { kind: string } }).position.kind}`} />
      </ReactFlow>
      <DropTip rects={flow.rects} container={container} />
      <CompareLegend />
    </div>
  );
}

export function addFromPalette(editor: Editor, kind: PositionKind, superiorId: string | null, at: XYPosition | null): void {
  const d = editor.get().doc;
  if (!d) return;
  const preferred = editor.get().selection[0];
  const built = editor.attempt(() =>
    buildNewPosition(d, {
      kind,
      superiorId,
      at: at ? { x: Math.round(at.x), y: Math.round(at.y) } : null,
      preferredUnitId: preferred ? (d.positions[preferred]?.unitId ?? null) : null,
    }),
  );
  if (!built) return;
  editor.commit(built.executed);
  editor.select([built.positionId]);
}
