// Drives the editor's own views for presentation mode: opens a step's view and zooms its canvas smoothly, and puts
// the editor back exactly as it was (view, team, map, selection, collapsed subtrees, zoom) when the presenter stops.
import type { ReactFlowInstance } from '@xyflow/react';
import type { ViewRegion } from '../../model';
import { STRUKTUR_CANVAS } from '../../editor/canvases';
import type { Editor, SavedView } from '../../editor/types';
import type { ResolvedStep } from './steps';

export type { SavedView } from '../../editor/types';

export const ZOOM_MS = 600;
/** A subtree of one box must not fill the screen; the caption at the bottom must not cover the boxes. */
const FIT = { padding: { top: '48px', bottom: '96px', x: '64px' }, maxZoom: 1.5 } as const;

/** The canvas of a view, as the canvas registry has it (every canvas registers itself while it is shown). */
const canvasKey = (view: string, mapId: string | null) => (view === 'peta' ? mapId : STRUKTUR_CANVAS);
const flowOf = (editor: Editor, view: string, mapId: string | null) => {
  const key = canvasKey(view, mapId);
  return key ? editor.canvases.flow(key) : null;
};

export function captureView(editor: Editor): SavedView {
  const s = editor.get();
  const map = s.view === 'peta' ? flowOf(editor, s.view, s.activeMapId) : null;
  const struktur = s.view === 'peta' ? null : flowOf(editor, s.view, null);
  return {
    view: s.view,
    activeTeamId: s.activeTeamId,
    activeMapId: s.activeMapId,
    selection: s.selection,
    collapsed: s.collapsed,
    petaSelected: editor.peta.get().selected,
    strukturViewport: struktur?.getViewport() ?? null,
    mapViewport: map?.getViewport() ?? null,
  };
}

/** The canvas area now on screen, in canvas coordinates; null when the view has no canvas. */
export function visibleRegion(editor: Editor): ViewRegion | null {
  const handle = editor.canvases.current();
  const rf = handle?.flow ?? null;
  const el = handle?.element?.() ?? null;
  if (!rf || !el) return null;
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  const a = rf.screenToFlowPosition({ x: r.left, y: r.top }, { snapToGrid: false });
  const b = rf.screenToFlowPosition({ x: r.right, y: r.bottom }, { snapToGrid: false });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** Canvas instances that finished their own first fit (editor.presentationRun.settled): zooming them needs no waiting. */
export function markSettled(editor: Editor): void {
  const s = editor.get();
  for (const rf of [flowOf(editor, 'struktur', null), flowOf(editor, 'peta', s.activeMapId)]) if (rf) editor.presentationRun.settled.add(rf);
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const within = (p: Promise<unknown>, ms: number) => Promise.race([p, new Promise((resolve) => setTimeout(resolve, ms))]);

/** Let React render the new view, React Flow measure its new size, and a new canvas schedule its first fit. */
async function settle(): Promise<void> {
  await frame();
  await frame();
  await tick();
}

/** The canvas instance once it is mounted and ready (the Peta view loads on first use), or null after `ms`. */
async function waitFor(get: () => ReactFlowInstance | null, ms = 4000): Promise<ReactFlowInstance | null> {
  const until = performance.now() + ms;
  for (;;) {
    const rf = get();
    if (rf?.viewportInitialized) return rf;
    if (performance.now() > until) return null;
    await frame();
  }
}

/**
 * A canvas that has just mounted fits itself once (React Flow's queued fitView). Joining that queued fit and
 * waiting for it keeps it from landing after, and undoing, our own zoom.
 */
async function afterOwnFit(settled: WeakSet<ReactFlowInstance>, rf: ReactFlowInstance): Promise<void> {
  if (settled.has(rf)) return;
  await within(rf.fitView({ duration: 0 }), 800);
  settled.add(rf);
}

async function zoomTo(settled: WeakSet<ReactFlowInstance>, rf: ReactFlowInstance, target: ResolvedStep['target'], duration: number): Promise<void> {
  if (target.kind === 'nodes') {
    const nodes = target.ids.filter((id) => rf.getNode(id)).map((id) => ({ id }));
    // no afterOwnFit needed: this fitView joins a new canvas's pending first fit, and the last call's options win
    await within(rf.fitView(nodes.length ? { ...FIT, nodes, duration } : { ...FIT, duration }), duration + 800);
    settled.add(rf);
    return;
  }
  await afterOwnFit(settled, rf);
  // an animated zoom interrupted by another (a canvas refitting itself) never resolves: never wait past its time
  if (target.kind === 'region') await within(rf.fitBounds(target.region, { padding: 0, duration }), duration + 800);
  else if (target.kind === 'all') await within(rf.fitView({ ...FIT, maxZoom: 1, duration }), duration + 800);
}

/** Below this zoom a box's text is under ~6 px on a projector: a whole-structure step opens at this zoom instead. */
export const READABLE_ZOOM = 0.55;

/**
 * A step that shows the whole struktur (or many of its boxes) fits it first; when that leaves the text unreadable
 * (a Pemda of 189 positions at 1280 × 720), it opens at the first readable zoom on the top of the structure (of
 * the step's boxes), where the heads are,
 * and the presenter pans from there (drag, wheel).
 */
async function readable(editor: Editor, rf: ReactFlowInstance, step: ResolvedStep): Promise<void> {
  if (step.view !== 'struktur') return;
  const vp = rf.getViewport();
  if (vp.zoom >= READABLE_ZOOM) return;
  const { getNodesBounds } = await import('@xyflow/react');
  // a step of many boxes (one Perangkat Daerah of a split step) too: the top of its own boxes
  const ids = step.target.kind === 'nodes' ? new Set(step.target.ids) : null;
  const shown = ids ? rf.getNodes().filter((n) => ids.has(n.id)) : [];
  const b = getNodesBounds(shown.length ? shown : rf.getNodes());
  const el = editor.canvases.handle(STRUKTUR_CANVAS)?.element?.();
  const width = el?.getBoundingClientRect().width ?? window.innerWidth;
  const cx = b.x + b.width / 2;
  await rf.setViewport({ x: width / 2 - cx * READABLE_ZOOM, y: 48 - b.y * READABLE_ZOOM, zoom: READABLE_ZOOM }, { duration: 0 });
}

/** The canvas on screen while presenting (React Flow), or null for the level map and the subproses form. */
export function presentedFlow(editor: Editor): ReactFlowInstance | null {
  return editor.canvases.current()?.flow ?? null;
}

/**
 * The level map and the subproses table pan and zoom by a transform while presenting (they are not canvases):
 * they register only their element, and editor.presentationRun.domView keeps the transform.
 */
function domTarget(editor: Editor): HTMLElement | null {
  const handle = editor.canvases.current();
  return handle && !handle.flow ? (handle.element?.() ?? null) : null;
}
function applyDom(editor: Editor): void {
  const el = domTarget(editor);
  if (!el) return;
  const domView = editor.presentationRun.domView;
  el.style.transformOrigin = '0 0';
  el.style.transform = domView.zoom === 1 && domView.x === 0 && domView.y === 0 ? '' : `translate(${domView.x}px, ${domView.y}px) scale(${domView.zoom})`;
}
export function resetDomView(editor: Editor): void {
  editor.presentationRun.domView = { x: 0, y: 0, zoom: 1 };
  applyDom(editor);
}

/** Pan the presented view by a screen distance. */
export function panBy(editor: Editor, dx: number, dy: number): void {
  const rf = presentedFlow(editor);
  const run = editor.presentationRun;
  if (rf && (editor.get().view !== 'peta' || !domTarget(editor))) {
    const vp = rf.getViewport();
    void rf.setViewport({ x: vp.x + dx, y: vp.y + dy, zoom: vp.zoom });
    return;
  }
  run.domView = { ...run.domView, x: run.domView.x + dx, y: run.domView.y + dy };
  applyDom(editor);
}

/** Zoom the presented view by `factor` about a screen point. */
export function zoomAt(editor: Editor, factor: number, at: { x: number; y: number }): void {
  const rf = presentedFlow(editor);
  const run = editor.presentationRun;
  if (rf && (editor.get().view !== 'peta' || !domTarget(editor))) {
    const vp = rf.getViewport();
    const zoom = Math.min(2, Math.max(0.05, vp.zoom * factor));
    const host = editor.canvases.current()?.element?.()?.getBoundingClientRect();
    const px = at.x - (host?.left ?? 0);
    const py = at.y - (host?.top ?? 0);
    void rf.setViewport({ x: px - ((px - vp.x) * zoom) / vp.zoom, y: py - ((py - vp.y) * zoom) / vp.zoom, zoom });
    return;
  }
  const el = domTarget(editor);
  if (!el) return;
  const r = el.parentElement!.getBoundingClientRect();
  const dv = run.domView;
  const zoom = Math.min(4, Math.max(0.2, dv.zoom * factor));
  const px = at.x - r.left;
  const py = at.y - r.top;
  run.domView = { x: px - ((px - dv.x) * zoom) / dv.zoom, y: py - ((py - dv.y) * zoom) / dv.zoom, zoom };
  applyDom(editor);
}

/** Open the step's view and zoom to it. `current()` turns false when a newer step has started. */
export async function showStep(editor: Editor, step: ResolvedStep, current: () => boolean, duration = ZOOM_MS): Promise<void> {
  const s = editor.get();
  if (s.view !== step.view || s.activeTeamId !== step.activeTeamId || s.activeMapId !== step.activeMapId || s.selection.length) {
    editor.set({ view: step.view, activeTeamId: step.activeTeamId, activeMapId: step.activeMapId, selection: [] });
  }
  if (editor.peta.get().selected) editor.peta.set({ selected: null });
  // boxes of the step inside a collapsed subtree are shown
  if (step.target.kind === 'nodes') {
    for (const id of step.view === 'tim' ? step.target.ids : step.target.ids.slice(0, 1)) editor.revealAncestors(id);
  }
  await settle();
  resetDomView(editor);
  if (!current() || step.target.kind === 'none') return;
  const rf = await waitFor(() => flowOf(editor, step.view, step.activeMapId));
  if (!rf || !current()) return;
  await zoomTo(editor.presentationRun.settled, rf, step.target, duration);
  if (current()) await readable(editor, rf, step);
}

/** Put the editor back as it was before the presentation. */
export async function restoreView(editor: Editor, saved: SavedView): Promise<void> {
  resetDomView(editor);
  editor.set({
    view: saved.view,
    activeTeamId: saved.activeTeamId,
    activeMapId: saved.activeMapId,
    selection: saved.selection,
    collapsed: saved.collapsed,
  });
  editor.peta.set({ selected: saved.petaSelected });
  const transform = saved.view === 'peta' ? saved.mapViewport : saved.strukturViewport;
  if (!transform) return;
  await settle();
  const rf = await waitFor(() => flowOf(editor, saved.view, saved.activeMapId));
  if (!rf) return;
  await afterOwnFit(editor.presentationRun.settled, rf);
  await rf.setViewport(transform, { duration: 0 });
}
