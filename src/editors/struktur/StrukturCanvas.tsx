import { FLOW_LABELS_ID } from '../flowLabels';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, useStore as useFlowStore, type EdgeTypes, type Node, type NodeTypes } from '@xyflow/react';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../../editor/context';
import { useStore } from '../../editor/createStore';
import { boundsOf } from '../../layout/placeNewBox';
import { createFlowBuilder, type Rect } from './buildFlow';
import { useCanvasFocus, useDragReattach, usePaletteDrop } from './canvasHooks';
import { detailAt, FIT_VIEW_OPTIONS, fitZoomFor } from './detail';
import { LineEdge } from './LineEdge';
import { BoxNode, StackItemNode } from './PositionNode';
import { TeamLines } from './TeamLines';
import { CompareLegend, GhostNode, ghostNodes } from '../reviu/CompareOverlay';
import './struktur.css';
import { PresenceLayer } from '../presence/PresenceLayer';


const nodeTypes: NodeTypes = { box: BoxNode, stackItem: StackItemNode, ghost: GhostNode };

const edgeTypes: EdgeTypes = { line: LineEdge };

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
  const { drag, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop } = useDragReattach(editor, { rf, flow, container }, doc, shown);
  const { onDragOver, onDrop } = usePaletteDrop(editor, { rf, flow });
  useCanvasFocus(editor, { rf, flow, container }, doc.id, setFitted);
  const teamView = useStore(editor, (s) => s.view === 'tim');

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
        <PresenceLayer canvas="struktur" />
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

