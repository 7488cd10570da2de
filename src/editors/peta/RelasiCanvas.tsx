// The peta relasi canvas: units of the structure, outside parties and processes as boxes, and straight labelled
// arrows between their borders saying what passes (dokumen, data, layanan). Units come from the structure list on
// the left (drag, or "+"); outside parties and processes from the toolbar (RelasiToolbar.tsx); the selection is
// edited in the bar above the canvas (RelasiPropertiesBar.tsx). Every edit goes through a command:
// a drag is one moveNodes; a new arrow (addArrow) and its first label (relabelArrow) are one undo step.
// From the keyboard: a box or arrow takes focus (Tab); the arrow keys move a box (Shift: a larger step, one
// moveNodes each), H or its actions menu (Shift+F10, the ContextMenu key) opens «Hubungkan ke…»; what a key did is
// read out (aria-live).
import { EDGE_DOM_ID, FLOW_LABELS_ID, NODE_DOM_ID } from '../flowLabels';
import {
  Background,
  BaseEdge,
  ConnectionLineType,
  ConnectionMode,
  Controls,
  EdgeLabelRenderer,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useInternalNode,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type EdgeProps,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeProps,
  type NodeTypes,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import { afterSelectChanges, liveDrag, pickedOnMap, shownNodes, useMeasured } from './mapFlow';
import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { addArrow, moveNodes, relabelArrow, removeArrows, removeNodes } from '../../commands';
import { RELASI_JENIS, type LaneBinding, type RelasiArrow, type RelasiJenis, type RelasiMap, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { clipboardEdit } from '../../editor/mapEdit';
import { addRelasiBox } from './relasiBoxes';
import {
  arrowGeometry,
  boxView,
  centredAt,
  dragMoves,
  JENIS_LABELS,
  parallelOffsets,
  RELASI_BOX,
  relasiPlacements,
  type BoxView,
  type Rect,
} from '../../layout/relasiView';
import { LANE_MIME } from './StructureList';
import { RelasiProperties } from './RelasiPropertiesBar';
import { RelasiToolbar } from './RelasiToolbar';
import { useEditor } from '../../editor/context';
import type { Editor, PetaSelection } from '../../editor/types';
import { NoteBadge } from '../reviu/NoteBadge';
import { ActionMenu, isMenuKey, menuPointOf, type MenuItem } from '../../ui/kit/ActionMenu';
import { ConnectToDialog } from './ConnectToDialog';
import { KEY_STEP, KEY_STEP_LARGE } from '../../layout/lfKeyboard';
import { PresenceLayer } from '../presence/PresenceLayer';

type BoxData = { view: BoxView; severity: string | null; notes: string[] };
type BoxFlowNode = Node<BoxData, 'box'>;
type ArrowData = { arrow: RelasiArrow; offset: number; severity: string | null };
type ArrowFlowEdge = Edge<ArrowData, 'relasi'>;

// one array for the life of the page: a new one each render makes React Flow re-subscribe its key listeners, and
// a Ctrl+Z that re-renders the canvas mid-keystroke then left Delete dead
const DELETE_KEYS = ['Delete', 'Backspace'];
const JENIS_STYLE: Record<RelasiJenis | 'none', { color: string; dash?: string }> = {
  dokumen: { color: '#34495e' },
  data: { color: '#2874a6', dash: '8 5' },
  layanan: { color: '#1e8449', dash: '2 5' },
  none: { color: '#7f8c8d' },
};
const SEVERITY_COLOR: Record<string, string> = { error: '#c0392b', warning: '#d68910' };
const SELECTED_COLOR = '#2f80ed';

/**
 * Which arrow's label is being typed in on the canvas, with the text so far. Kept here rather than in the input,
 * so the text survives the edge being drawn again.
 */
interface LabelEditingState {
  /** `created`: the arrow was just drawn, so its first label joins the drawing in one undo step */
  editing: { id: string; draft: string; created?: boolean } | null;
  start: (id: string) => void;
  setDraft: (draft: string) => void;
  /** keep the text (Enter, leaving the field) or leave the label as it was (Escape) */
  finish: (keep: boolean) => void;
}
const LabelEditing = createContext<LabelEditingState>({ editing: null, start: () => {}, setDraft: () => {}, finish: () => {} });

const SIDES = [
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
  { id: 'l', position: Position.Left },
] as const;

const RelasiBoxNode = memo(function RelasiBoxNode({ id, data, selected }: NodeProps<BoxFlowNode>) {
  const { view, severity, notes } = data;
  const cls = ['rel-box', `rel-${view.kind}`, selected ? 'selected' : '', severity ? `sev-${severity}` : '', view.missing ? 'rel-missing' : ''].join(' ');
  return (
    <div className={cls} data-testid={`rel-box-${view.kind}`} title={`${view.subtitle}: ${view.kode ? `${view.kode} ` : ''}${view.title}`}>
      {/* loose connection mode: every handle both starts and ends an arrow; the arrow is drawn border to border */}
      {SIDES.map((s) => (
        <Handle key={s.id} type="source" id={s.id} position={s.position} />
      ))}
      <div className="rel-box-kind">{view.subtitle}</div>
      <NoteBadge id={id} />
      <div className="rel-box-title">
        {view.kode && <span className="rel-kode">{view.kode}</span>} {view.title}
      </div>
      {notes.length > 0 && (
        <span className="rel-note" title={notes.join('\n')} aria-label={notes.join(' ')} data-testid="rel-box-note">
          i
        </span>
      )}
    </div>
  );
});

function rectOf(node: ReturnType<typeof useInternalNode>): Rect | null {
  if (!node) return null;
  const p = node.internals.positionAbsolute;
  return { x: p.x, y: p.y, width: node.measured.width ?? RELASI_BOX.width, height: node.measured.height ?? RELASI_BOX.height };
}

function RelasiEdge({ id, source, target, data, selected, markerEnd, style }: EdgeProps<ArrowFlowEdge>) {
  const editor = useEditor();
  const from = rectOf(useInternalNode(source));
  const to = rectOf(useInternalNode(target));
  const editing = useContext(LabelEditing);
  if (!from || !to || !data) return null;
  const g = arrowGeometry(from, to, data.offset);
  const a = data.arrow;
  const draft = editing.editing?.id === id ? editing.editing.draft : null;
  const cls = ['rel-label', 'nodrag', 'nopan', selected ? 'selected' : '', data.severity ? `sev-${data.severity}` : '', a.label ? '' : 'empty'].join(' ');
  return (
    <>
      <BaseEdge id={id} path={g.path} markerEnd={markerEnd} style={style} interactionWidth={16} />
      <EdgeLabelRenderer>
        <div
          className={cls}
          style={{ transform: `translate(${g.label.x}px, ${g.label.y}px) ${labelLean(g.labelSide)}` }}
          data-testid="rel-arrow-label"
          onClick={() => editor.selectInMap({ kind: 'arrow', id })}
          onDoubleClick={() => editing.start(id)}
          title="Klik dua kali untuk mengubah label"
        >
          {a.jenis && <span className={`rel-jenis rel-jenis-${a.jenis}`}>{JENIS_LABELS[a.jenis]}</span>}
          {draft !== null ? (
            <LabelInput value={draft} onChange={editing.setDraft} onDone={editing.finish} />
          ) : (
            <span className="rel-label-text">{a.label || 'tanpa label'}</span>
          )}
          <NoteBadge id={id} />
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/** CSS that centres a label on its point, or sets it just off the line on the side `side` points to. */
function labelLean(side: { x: number; y: number }): string {
  const pct = (v: number) => `calc(${-50 + v * 50}% + ${v * 3}px)`;
  return `translate(${pct(side.x)}, ${pct(side.y)})`;
}

/** Enter or leaving the field keeps the text; Escape leaves the label as it was. */
function LabelInput({ value, onChange, onDone }: { value: string; onChange: (v: string) => void; onDone: (keep: boolean) => void }) {
  return (
    <input
      className="rel-label-input"
      autoFocus
      value={value}
      size={Math.max(12, value.length + 1)}
      placeholder="Apa yang mengalir? mis. Dokumen RKA"
      aria-label="Label panah"
      data-testid="rel-label-input"
      onChange={(e) => onChange(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(true);
        if (e.key === 'Escape') onDone(false);
      }}
      onBlur={() => onDone(true)}
    />
  );
}

const nodeTypes: NodeTypes = { box: RelasiBoxNode };
const edgeTypes: EdgeTypes = { relasi: RelasiEdge };

/** How a box is named to the user: its kind and its name. */
export function boxName(doc: Workspace, box: RelasiMap['boxes'][number]): string {
  const v = boxView(doc, box);
  return `${v.kind === 'unit' ? 'Unit' : v.kind === 'luar' ? 'Pihak luar' : 'Proses'} «${v.kode ? `${v.kode} ` : ''}${v.title}»`;
}

const ARROW_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/** React Flow's select changes, into the editor's picked elements (the one selected before stays the primary). */
function pick(editor: Editor, map: RelasiMap, changes: readonly { type: string; id?: string; selected?: boolean }[]): void {
  const peta = editor.peta.get();
  const next = afterSelectChanges(pickedOnMap(peta), changes);
  if (!next) return;
  const before = peta.selected;
  const first = next[0];
  const primary: PetaSelection =
    before && next.includes(before.id)
      ? before
      : first === undefined
        ? null
        : { kind: map.arrows.some((a) => a.id === first) ? 'arrow' : 'box', id: first };
  editor.pickInMap(next, primary);
}

function buildNodes(doc: Workspace, map: RelasiMap, picked: ReadonlySet<string>, worst: ReadonlyMap<string, string>, notes: ReadonlyMap<string, string[]>): BoxFlowNode[] {
  const at = relasiPlacements(map);
  return map.boxes.map((b) => ({
    id: b.id,
    ariaLabel: `${boxName(doc, b)}. Panah memindah, H menghubungkan, Shift+F10 membuka menu`,
    domAttributes: NODE_DOM_ID,
    type: 'box',
    position: at.get(b.id)!,
    width: RELASI_BOX.width,
    height: RELASI_BOX.height,
    selected: picked.has(b.id),
    data: { view: boxView(doc, b), severity: worst.get(b.id) ?? null, notes: b.ref.kind === 'unit' ? (notes.get(b.ref.id) ?? []) : [] },
  }));
}

function buildEdges(doc: Workspace, map: RelasiMap, picked: ReadonlySet<string>, worst: ReadonlyMap<string, string>): ArrowFlowEdge[] {
  const offsets = parallelOffsets(map.arrows);
  const name = (id: string) => {
    const b = map.boxes.find((x) => x.id === id);
    return b ? boxName(doc, b) : 'kotak';
  };
  return map.arrows.map((a) => {
    const severity = worst.get(a.id) ?? null;
    const look = JENIS_STYLE[a.jenis ?? 'none'];
    const selected = picked.has(a.id);
    const color = selected ? SELECTED_COLOR : severity && SEVERITY_COLOR[severity] ? SEVERITY_COLOR[severity] : look.color;
    return {
      id: a.id,
      source: a.source,
      target: a.target,
      type: 'relasi',
      selected,
      ariaLabel: `Panah ${a.label ? `«${a.label}» ` : ''}dari ${name(a.source)} ke ${name(a.target)}. Shift+F10 membuka menu`,
      domAttributes: EDGE_DOM_ID,
      markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
      style: { stroke: color, strokeWidth: selected ? 2.5 : 1.75, strokeDasharray: look.dash, strokeLinecap: 'round' },
      data: { arrow: a, offset: offsets.get(a.id) ?? 0, severity },
    };
  });
}

/** REL-02 notes per unit: outputs of processes for that unit not yet drawn as relasi arrows. */
function rel02Notes(findings: readonly { ruleId: string; subjects: string[]; message: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    const unitId = f.ruleId === 'REL-02' ? f.subjects[2] : undefined;
    if (unitId) out.set(unitId, [...(out.get(unitId) ?? []), f.message]);
  }
  return out;
}

function RelasiFlow({ doc, map }: { doc: Workspace; map: RelasiMap }) {
  const editor = useEditor();
  // the nodes are derived from the document and the editor's state, never kept here (mapFlow.ts)
  const selected = useStore(editor.peta, (s) => s.selected);
  const picked = useStore(editor.peta, (s) => s.picked);
  const drag = liveDrag(useStore(editor.peta, (s) => s.drag), map);
  const worst = useStore(editor.findings, (s) => s.worstBySubject) as ReadonlyMap<string, string>;
  const findings = useStore(editor.findings, (s) => s.findings);
  const notes = useMemo(() => rel02Notes(findings), [findings]);
  const shownPicked = useMemo(() => pickedOnMap({ selected, picked }), [selected, picked]);
  const built = useMemo(() => buildNodes(doc, map, shownPicked, worst, notes), [doc, map, shownPicked, worst, notes]);
  const edges = useMemo(() => buildEdges(doc, map, shownPicked, worst), [doc, map, shownPicked, worst]);
  const { sizes, keepSizes } = useMeasured();
  const nodes = useMemo(() => shownNodes(built, sizes, drag?.at ?? null), [built, sizes, drag]);
  const [editing, setEditing] = useState<LabelEditingState['editing']>(null);
  // what finish() reads: the latest state even from a handler created a render earlier, and at most once
  const latest = useRef({ editing, map });
  useEffect(() => {
    latest.current.map = map;
  }, [map]);
  const [dropping, setDropping] = useState(false);
  // what the last keyboard move or connection did (aria-live), «Hubungkan ke…» and the actions menu
  const [announce, setAnnounce] = useState('');
  const [connectFrom, setConnectFrom] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ id: string; edge: boolean; at: { x: number; y: number } } | null>(null);
  // fit only a map opened with boxes: fitting when the first box is dropped would move it away from the drop point
  const [fitOnOpen] = useState(map.boxes.length > 0);
  const flow = useReactFlow();
  const store = useStoreApi();
  // boxes added without a drop point go near the middle of what the user sees
  useEffect(
    () =>
      editor.canvases.register(map.id, {
        centre: () => {
          const { width, height, transform } = store.getState();
          const [tx, ty, zoom] = transform;
          return width > 0 && height > 0 ? { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom } : null;
        },
        element: () => store.getState().domNode ?? null,
      }),
    [editor, map.id, store],
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
      // React Flow only reports where a drag has the boxes: the editor's drag state shows it
      const moved = changes.flatMap((c) => (c.type === 'position' && c.position ? [[c.id, c.position] as const] : []));
      if (moved.length === 0) return;
      const at = new Map(liveDrag(editor.peta.get().drag, map)?.at ?? []);
      for (const [id, p] of moved) at.set(id, p);
      editor.dragInMap(map.id, { at, refusedId: null, laneId: null, liftedId: null });
    },
    [editor, map, keepSizes],
  );
  const onEdgesChange = useCallback((changes: EdgeChange[]) => pick(editor, map, changes), [editor, map]);

  // the move goes to the document and the drag ends in the same update: no box jumps back for a frame
  const onNodeDragStop: OnNodeDrag = useCallback(
    (_e, _node, dragged) => {
      try {
        const moves = dragMoves(map, dragged.map((n) => ({ id: n.id, to: n.position })));
        editor.run(moveNodes, { mapId: map.id, moves });
      } finally {
        editor.dragInMap(map.id, null);
      }
    },
    [editor, map],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => c.source !== c.target && map.boxes.some((b) => b.id === c.source) && map.boxes.some((b) => b.id === c.target),
    [map],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const arrow: RelasiArrow = { id: newId('ra'), source: c.source, target: c.target, label: '', jenis: null };
      if (!editor.run(addArrow, { mapId: map.id, arrow }, { mergeKey: `rel-new-arrow-${arrow.id}` })) return;
      editor.selectInMap({ kind: 'arrow', id: arrow.id });
      latest.current.editing = { id: arrow.id, draft: '', created: true };
      setEditing(latest.current.editing);
    },
    [map.id],
  );

  const labelEditing = useMemo<LabelEditingState>(
    () => ({
      editing,
      start: (id) => {
        editor.selectInMap({ kind: 'arrow', id });
        latest.current.editing = { id, draft: latest.current.map.arrows.find((a) => a.id === id)?.label ?? '' };
        setEditing(latest.current.editing);
      },
      setDraft: (draft) => {
        const cur = latest.current.editing;
        if (!cur) return;
        latest.current.editing = { ...cur, draft };
        setEditing(latest.current.editing);
      },
      finish: (keep) => {
        const cur = latest.current.editing;
        if (!cur) return;
        latest.current.editing = null;
        setEditing(null);
        const m = latest.current.map;
        const label = cur.draft.trim();
        if (keep && m.arrows.find((a) => a.id === cur.id && a.label !== label)) {
          // however long the label took to type: another change in between has another key and ends the merge
          const join = cur.created ? { mergeKey: `rel-new-arrow-${cur.id}`, mergeWindowMs: Infinity } : {};
          editor.run(relabelArrow, { mapId: m.id, arrowId: cur.id, label }, join);
        }
      },
    }),
    [editing],
  );

  const onDelete = useCallback(
    ({ nodes: ns, edges: es }: { nodes: Node[]; edges: Edge[] }) => {
      const boxIds = ns.map((n) => n.id);
      const gone = new Set(boxIds);
      // removing a box takes its arrows with it (removeNodes): only arrows between remaining boxes are left
      const arrowIds = es.map((e) => e.id).filter((id) => {
        const a = map.arrows.find((x) => x.id === id);
        return a && !gone.has(a.source) && !gone.has(a.target);
      });
      if (boxIds.length) editor.run(removeNodes, { mapId: map.id, ids: boxIds });
      if (arrowIds.length) editor.run(removeArrows, { mapId: map.id, ids: arrowIds });
      editor.selectInMap(null);
    },
    [map],
  );

  const nameOf = (id: string) => {
    const b = map.boxes.find((x) => x.id === id);
    return b ? boxName(doc, b) : 'kotak';
  };
  /** The box the keyboard acts on: the focused one, else the selected one. */
  const keyTarget = (e: React.KeyboardEvent): string | null => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
    if (id && map.boxes.some((b) => b.id === id)) return id;
    const sel = editor.peta.get().selected;
    return sel?.kind === 'box' ? sel.id : null;
  };
  // React Flow's own arrow keys move the box on screen only: moves go through moveNodes here, one undo step each
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (el.closest('input, textarea, select, dialog, [role="menu"]')) return;
    if (isMenuKey(e)) {
      const item = el.closest<HTMLElement>('.react-flow__node, .react-flow__edge');
      const id = item?.dataset.id;
      if (!item || !id) return;
      e.preventDefault();
      e.stopPropagation();
      setMenu({ id, edge: item.classList.contains('react-flow__edge'), at: menuPointOf(item) });
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (ARROW_KEYS.includes(e.key)) {
      const id = keyTarget(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      const from = relasiPlacements(map).get(id);
      if (!from) return;
      const step = e.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
      const dx = e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0;
      const dy = e.key === 'ArrowUp' ? -step : e.key === 'ArrowDown' ? step : 0;
      const to = { x: Math.round(from.x + dx), y: Math.round(from.y + dy) };
      if (editor.run(moveNodes, { mapId: map.id, moves: dragMoves(map, [{ id, to }]) })) setAnnounce(`${nameOf(id)} di x ${to.x}, y ${to.y}.`);
      return;
    }
    if (e.key === 'h' || e.key === 'H') {
      const id = keyTarget(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      setConnectFrom(id);
    }
  };
  const connect = (source: string, target: string) => {
    setConnectFrom(null);
    const names = `${nameOf(source)} → ${nameOf(target)}`;
    if (!isValidConnection({ source, target, sourceHandle: null, targetHandle: null })) {
      editor.showToast({ kind: 'error', text: `Panah ${names} tidak dapat dibuat.` });
      return;
    }
    const arrow: RelasiArrow = { id: newId('ra'), source, target, label: '', jenis: null };
    if (editor.run(addArrow, { mapId: map.id, arrow })) {
      editor.selectInMap({ kind: 'arrow', id: arrow.id });
      setAnnounce(`Panah ${names} dibuat. Isi labelnya di bilah properti panah.`);
    }
  };
  const focusCanvas = () => requestAnimationFrame(() => store.getState().domNode?.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]')?.focus());
  const menuItems = (id: string, edge: boolean): MenuItem[] => {
    if (edge) {
      const a = map.arrows.find((x) => x.id === id);
      if (!a) return [];
      return [
        { label: 'Ubah label', onSelect: () => labelEditing.start(id), testId: 'rel-menu-label' },
        {
          label: 'Hapus panah',
          danger: true,
          testId: 'rel-menu-delete',
          onSelect: () => {
            if (editor.run(removeArrows, { mapId: map.id, ids: [id] })) {
              editor.selectInMap(null);
              setAnnounce('Panah dihapus.');
              focusCanvas();
            }
          },
        },
      ];
    }
    if (!map.boxes.some((b) => b.id === id)) return [];
    return [
      { label: 'Hubungkan ke…', onSelect: () => setConnectFrom(id), testId: 'rel-menu-connect' },
      {
        label: 'Hapus kotak',
        danger: true,
        testId: 'rel-menu-delete',
        onSelect: () => {
          const name = nameOf(id);
          if (editor.run(removeNodes, { mapId: map.id, ids: [id] })) {
            editor.selectInMap(null);
            setAnnounce(`${name} dihapus.`);
            focusCanvas();
          }
        },
      },
    ];
  };

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(LANE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (e: DragEvent) => {
    setDropping(false);
    const raw = e.dataTransfer.getData(LANE_MIME);
    if (!raw) return;
    e.preventDefault();
    e.stopPropagation();
    const { binding } = JSON.parse(raw) as { binding: LaneBinding };
    const at = centredAt(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    if (binding.kind === 'unit') addRelasiBox(editor, map.id, { kind: 'unit', id: binding.id }, at);
    else if (binding.kind === 'luar') addRelasiBox(editor, map.id, { kind: 'luar', nama: binding.nama }, at);
    else editor.showToast({ kind: 'error', text: 'Peta relasi menghubungkan unit, pihak luar dan proses — seret unitnya, bukan jabatan atau tim.' });
  };

  return (
    <>
      <RelasiProperties doc={doc} map={map} />
      <div
        className={dropping ? 'rel-canvas rel-dropping' : 'rel-canvas'}
        data-testid="rel-canvas"
        onKeyDownCapture={onKeyDownCapture}
        onDragOver={onDragOver}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
        onMouseMove={(e) => {
          pointer.current = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        }}
        onMouseLeave={() => {
          pointer.current = null;
        }}
      >
        <div className="sr-only" role="status" aria-live="polite" data-testid="rel-announce">
          {announce}
        </div>
        {connectFrom && map.boxes.some((b) => b.id === connectFrom) && (
          <ConnectToDialog
            sourceName={nameOf(connectFrom)}
            targets={map.boxes.filter((b) => b.id !== connectFrom).map((b) => ({ id: b.id, name: boxName(doc, b) }))}
            noun="kotak"
            onClose={() => setConnectFrom(null)}
            onConnect={(target) => connect(connectFrom, target)}
          />
        )}
        {menu && (
          <ActionMenu label={menu.edge ? 'Menu panah' : 'Menu kotak'} at={menu.at} items={menuItems(menu.id, menu.edge)} onClose={() => setMenu(null)} testId="rel-menu" />
        )}
        {map.boxes.length === 0 && (
          <div className="rel-empty">
            Seret unit dari daftar struktur di kiri ke sini, atau tambahkan pihak luar dan proses dari bilah alat. Tarik dari titik di tepi
            kotak ke kotak lain untuk membuat panah.
          </div>
        )}
        <LabelEditing.Provider value={labelEditing}>
          <ReactFlow
            ariaLabelConfig={FLOW_LABELS_ID}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            isValidConnection={isValidConnection}
            connectionMode={ConnectionMode.Loose}
            connectionLineType={ConnectionLineType.Straight}
            connectionRadius={40}
            onDelete={onDelete}
            onEdgeDoubleClick={(_e, edge) => labelEditing.start(edge.id)}
            onPaneClick={() => editor.selectInMap(null)}
            onNodeContextMenu={(e, n) => {
              e.preventDefault();
              setMenu({ id: n.id, edge: false, at: { x: e.clientX, y: e.clientY } });
            }}
            onEdgeContextMenu={(e, ed) => {
              e.preventDefault();
              setMenu({ id: ed.id, edge: true, at: { x: e.clientX, y: e.clientY } });
            }}
            deleteKeyCode={DELETE_KEYS}
            zoomOnDoubleClick={false}
            fitView={fitOnOpen}
            fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} />
            <Controls showInteractive={false} />
            <PresenceLayer canvas={map.id} />
          </ReactFlow>
        </LabelEditing.Provider>
        <Legend />
      </div>
    </>
  );
}

function Legend() {
  return (
    <div className="rel-legend" aria-label="Keterangan" data-testid="rel-legend">
      {RELASI_JENIS.map((j) => (
        <span key={j}>
          <svg width="28" height="8" aria-hidden>
            <line x1="1" y1="4" x2="27" y2="4" stroke={JENIS_STYLE[j].color} strokeWidth="2" strokeDasharray={JENIS_STYLE[j].dash} strokeLinecap="round" />
          </svg>
          {JENIS_LABELS[j]}
        </span>
      ))}
      <span><i className="rel-swatch rel-swatch-unit" aria-hidden /> Unit</span>
      <span><i className="rel-swatch rel-swatch-luar" aria-hidden /> Pihak luar</span>
      <span><i className="rel-swatch rel-swatch-process" aria-hidden /> Proses</span>
    </div>
  );
}

/** The toolbar and canvas of a peta relasi, in their own React Flow store (the struktur canvas keeps its own). */
export function RelasiCanvas({ doc, map }: { doc: Workspace; map: RelasiMap }) {
  return (
    <ReactFlowProvider>
      <div className="rel-view">
        <RelasiToolbar doc={doc} map={map} />
        <RelasiFlow doc={doc} map={map} />
      </div>
    </ReactFlowProvider>
  );
}
