// The structure canvas's behaviour, as hooks the canvas component composes (StrukturCanvas.tsx draws):
// - useDragReattach: dragging boxes — the drop tip while dragging (canAttach), reattach or move on drop, a drop
//   onto a team in the Tim Kerja view, and the dragged boxes held where they were dropped until the document shows
//   the move;
// - usePaletteDrop: a kind dragged from the palette onto a box or empty canvas (addAndPlace);
// - useCanvasFocus: the canvas's handle in the editor's registry, centring on a requested element, the first fit.
// No JSX; everything the document changes goes through editor.run / editor.commit.
import { useStore as useEditorStore } from '../../editor/createStore';
import type { Node, NodeChange, OnNodeDrag, ReactFlowInstance, XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import { execute } from '../../commands/command';
import { moveBoxes } from '../../commands/moveBoxes';
import { reattach } from '../../commands/reattach';
import { STRUKTUR_CANVAS } from '../../editor/canvases';
import { preference } from '../../editor/preferences';
import type { DropVerdict, Editor } from '../../editor/types';
import { BOX_HEIGHT, BOX_WIDTH } from '../../layout/geometry';
import type { PositionKind, Workspace } from '../../model';
import { canAttach } from '../../rules/canAttach';
import { addPositionsToTeam, teamNoteFor, warnTeamsAfterMove } from '../tim/teamActions';
import { teamDropAt } from '../tim/teamDrop';
import { hitTest, type createFlowBuilder } from './buildFlow';
import { FIT_VIEW_OPTIONS } from './detail';
import { buildNewPosition } from './newPosition';

export const PALETTE_MIME = 'application/x-petakerja-kind';

type Flow = ReturnType<ReturnType<typeof createFlowBuilder>>;

function verdictFor(doc: Workspace, subordinateId: string, superiorId: string) {
  const v = canAttach(doc, subordinateId, superiorId);
  return { verdict: v.verdict as DropVerdict, message: v.message, citation: v.citation ?? '', ruleId: v.ruleId, severity: v.severity };
}

/** Where the dragged boxes are, over the document they were dragged in. */
export interface DragState {
  base: Workspace | null;
  at: ReadonlyMap<string, XYPosition>;
}
const NO_DRAG: DragState = { base: null, at: new Map() };

function clientPoint(e: MouseEvent | TouchEvent): XYPosition {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.touches[0] ?? e.changedTouches[0];
  return { x: t.clientX, y: t.clientY };
}

interface CanvasParts {
  rf: ReactFlowInstance;
  flow: Flow;
  container: RefObject<HTMLDivElement | null>;
}

/** Dragging boxes: drop tip, reattach/move on drop, team drop; `drag` holds dropped boxes until the document shows them. */
export function useDragReattach(editor: Editor, { rf, flow, container }: CanvasParts, doc: Workspace, shown: RefObject<Workspace>) {
  const [drag, setDrag] = useState<DragState>(NO_DRAG);
  // After a drop the boxes stay where they were dropped until the canvas shows the document with the move, then
  // the drag state goes: a box never jumps back for a frame.
  useEffect(() => {
    if (drag.base !== null && drag.base !== doc) setDrag(NO_DRAG);
  }, [doc, drag]);
  const dragExclude = useRef<Set<string>>(new Set());
  // Tim Kerja view: a box dragged out of the canvas onto a team entry (or the editor's drop zone) joins the team
  const dragOut = useRef<{ canvas: DOMRect | null; outside: boolean }>({ canvas: null, outside: false });

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

  return { drag, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}

/** The palette: a kind dropped onto a box becomes its subordinate, onto empty canvas a box where it was dropped. */
export function usePaletteDrop(editor: Editor, { rf, flow }: Pick<CanvasParts, 'rf' | 'flow'>) {
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

  return { onDragOver, onDrop };
}

/** The canvas in the editor's registry, centring on a requested element, and the fit when a document opens. */
export function useCanvasFocus(editor: Editor, { rf, flow, container }: CanvasParts, docId: string, onFitted: (id: string) => void): void {
  const focus = useEditorStore(editor, (s) => s.focus);
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
    const id = docId;
    const t = setTimeout(() => void rf.fitView({ ...FIT_VIEW_OPTIONS, duration: 0 }).then(() => onFitted(id)), 0);
    return () => clearTimeout(t);
  }, [docId]);
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
