// The peta subproses as a diagram (the «Diagram» side of its «Tabel / Diagram» switch): each step a box with its
// number, name, output and pejabat pengampu, an arrow from each step to the next, laid out by ELK (layout/subproses.ts,
// in ELK's Web Worker; this module and ELK load only when the diagram is first shown). The order of the steps is the
// model, so boxes are not dragged: a step is edited in the bar above the diagram (name, output, pengampu, earlier /
// later, delete), reached by a click, a double click (into its name), or from the keyboard (Tab to a box, Enter).
import {
  Background,
  BaseEdge,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type Edge,
  type EdgeProps,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeProps,
  type NodeTypes,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { removeStep } from '../../commands';
import type { SubprosesMap, SubprosesStep, Workspace } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { layoutKey, STEP_BOX, stepArrowId, type SubprosesLayout } from '../../layout/subproses';
import { EDGE_DOM_ID, FLOW_LABELS_ID, NODE_DOM_ID } from '../flowLabels';
import { NoteBadge } from '../reviu/NoteBadge';
import { StepBar, pengampuName } from './SubprosesStepBar';

type StepData = { step: SubprosesStep; index: number; pengampu: string; severity: string | null };
type StepFlowNode = Node<StepData, 'step'>;
type RouteData = { points: { x: number; y: number }[] };
type RouteFlowEdge = Edge<RouteData, 'route'>;

const DELETE_KEYS = ['Delete', 'Backspace'];
const FIT = { padding: 0.1, maxZoom: 1 } as const;
const INK = '#34495e';

const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<StepFlowNode>) {
  const { step, index, pengampu, severity } = data;
  const none = step.pengampuId === null;
  return (
    <div
      className={['sub-step', selected ? 'selected' : '', severity ? `sev-${severity}` : ''].join(' ')}
      data-testid="sub-step"
      title={`${index + 1}. ${step.nama}\nOutput: ${step.output || '—'}\nPejabat pengampu: ${pengampu}`}
    >
      {/* the arrows are ELK's routes (RouteEdge); React Flow still wants an end on each box */}
      <Handle type="target" position={Position.Left} isConnectable={false} className="sub-handle" />
      <div className="sub-step-name">
        <span className="sub-step-no">{index + 1}.</span> {step.nama || '(langkah tanpa nama)'}
      </div>
      <div className="sub-step-line">Output: {step.output.trim() || '—'}</div>
      <div className={['sub-step-line', 'sub-step-pengampu', none ? 'none' : ''].join(' ')}>{pengampu}</div>
      <NoteBadge id={id} />
      <Handle type="source" position={Position.Right} isConnectable={false} className="sub-handle" />
    </div>
  );
});

function RouteEdge({ id, data, markerEnd, style }: EdgeProps<RouteFlowEdge>) {
  const pts = data?.points ?? [];
  if (pts.length < 2) return null;
  const path = pts.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  return <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />;
}

const nodeTypes: NodeTypes = { step: StepNode };
const edgeTypes: EdgeTypes = { route: RouteEdge };

/** The ELK layout of the map's current order: computed again only when the order changes. */
function useLayout(map: SubprosesMap): { layout: SubprosesLayout | null; busy: boolean } {
  const key = layoutKey(map);
  const [done, setDone] = useState<{ key: string; layout: SubprosesLayout } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [{ getElk }, { layoutSubproses }] = await Promise.all([import('../../layout/elkWorker'), import('../../layout/subproses')]);
      const layout = await layoutSubproses(map, getElk());
      if (live) setDone({ key, layout });
    })();
    return () => {
      live = false;
    };
    // the layout depends on the order only (equal keys, equal layouts): a rename does not lay out again
  }, [key]);
  return { layout: done?.layout ?? null, busy: done?.key !== key };
}

function DiagramFlow({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const editor = useEditor();
  const selected = useStore(editor.peta, (s) => s.selected);
  const worst = useStore(editor.findings, (s) => s.worstBySubject) as ReadonlyMap<string, string>;
  const { layout, busy } = useLayout(map);
  const flow = useReactFlow();
  const store = useStoreApi();
  const [fitted, setFitted] = useState<SubprosesLayout | null>(null);

  useEffect(
    () =>
      editor.canvases.register(map.id, {
        fit: () => void flow.fitView(FIT),
        flow,
        element: () => store.getState().domNode ?? null,
      }),
    [editor, map.id, flow, store],
  );

  const nodes = useMemo<StepFlowNode[]>(() => {
    if (!layout) return [];
    return map.steps.flatMap((s, index) => {
      const at = layout.placements[s.id];
      if (!at) return [];
      const pengampu = pengampuName(doc, s.pengampuId);
      return [
        {
          id: s.id,
          type: 'step',
          position: at,
          width: STEP_BOX.width,
          height: STEP_BOX.height,
          draggable: false,
          connectable: false,
          selected: selected?.kind === 'step' && selected.id === s.id,
          ariaLabel: `Langkah ${index + 1}: ${s.nama || 'tanpa nama'}. Output: ${s.output.trim() || 'belum diisi'}. Pejabat pengampu: ${pengampu}. Enter memilih untuk disunting`,
          domAttributes: NODE_DOM_ID,
          data: { step: s, index, pengampu, severity: worst.get(s.id) ?? null },
        },
      ];
    });
  }, [doc, map, layout, selected, worst]);

  const edges = useMemo<RouteFlowEdge[]>(() => {
    if (!layout) return [];
    return map.steps.slice(1).flatMap((s, i) => {
      const from = map.steps[i];
      const points = layout.routes[stepArrowId(from.id, s.id)];
      if (!points) return [];
      return [
        {
          id: stepArrowId(from.id, s.id),
          source: from.id,
          target: s.id,
          type: 'route',
          selectable: false,
          focusable: false,
          ariaLabel: `Panah dari langkah ${i + 1} ke langkah ${i + 2}`,
          domAttributes: EDGE_DOM_ID,
          markerEnd: { type: MarkerType.ArrowClosed, color: INK, width: 18, height: 18 },
          style: { stroke: INK, strokeWidth: 1.6 },
          data: { points },
        },
      ];
    });
  }, [map, layout]);

  // a new layout (the map opened, a step added, removed or moved) is fitted to view; the diagram is busy until then
  useEffect(() => {
    if (!layout || layout === fitted) return;
    let live = true;
    requestAnimationFrame(() => {
      void flow.fitView({ ...FIT, duration: 0 }).then(() => {
        if (live) setFitted(layout);
      });
    });
    return () => {
      live = false;
    };
  }, [layout, fitted, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      for (const c of changes) {
        if (c.type === 'select' && c.selected) editor.selectInMap({ kind: 'step', id: c.id });
      }
      if (changes.some((c) => c.type === 'select' && !c.selected) && !changes.some((c) => c.type === 'select' && c.selected)) {
        const sel = editor.peta.get().selected;
        if (sel?.kind === 'step') editor.selectInMap(null);
      }
    },
    [editor],
  );

  const onDelete = useCallback(
    ({ nodes: gone }: { nodes: Node[] }) => {
      for (const n of gone) editor.run(removeStep, { mapId: map.id, stepId: n.id });
      editor.selectInMap(null);
    },
    [editor, map.id],
  );

  return (
    <div className="sub-diagram" data-testid="sub-diagram" aria-busy={busy || layout !== fitted}>
      <ReactFlow
        ariaLabelConfig={FLOW_LABELS_ID}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onDelete={onDelete}
        onNodeDoubleClick={(_e, n) => {
          editor.selectInMap({ kind: 'step', id: n.id });
          requestAnimationFrame(() => document.getElementById('sub-bar-nama')?.focus());
        }}
        onPaneClick={() => editor.selectInMap(null)}
        deleteKeyCode={DELETE_KEYS}
        nodesDraggable={false}
        nodesConnectable={false}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

export default function SubprosesDiagram({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  return (
    <div className="sub-diagram-view">
      <StepBar doc={doc} map={map} />
      <ReactFlowProvider key={map.id}>
        <DiagramFlow doc={doc} map={map} />
      </ReactFlowProvider>
    </div>
  );
}
