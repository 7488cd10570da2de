// Drives the editor's own views for presentation mode: opens a step's view and zooms its canvas smoothly, and puts
// the editor back exactly as it was (view, team, map, selection, collapsed subtrees, zoom) when the presenter stops.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { ViewRegion } from '../../model';
import { mapFlow } from '../../editor/mapActions';
import { petaState, type PetaSelection } from '../../editor/petaState';
import { editor, type View } from '../../editor/editorStore';
import { revealAncestors } from '../../editor/editorStore';
import { viewport } from '../../editor/viewport';
import type { ResolvedStep } from './steps';

export const ZOOM_MS = 600;
/** A subtree of one box must not fill the screen; the caption at the bottom must not cover the boxes. */
const FIT = { padding: { top: '48px', bottom: '96px', x: '64px' }, maxZoom: 1.5 } as const;

export interface SavedView {
  view: View;
  activeTeamId: string | null;
  activeMapId: string | null;
  selection: string[];
  collapsed: ReadonlySet<string>;
  petaSelected: PetaSelection;
  strukturViewport: Viewport | null;
  mapViewport: Viewport | null;
}

export function captureView(): SavedView {
  const s = editor.get();
  const map = s.view === 'peta' && s.activeMapId ? mapFlow(s.activeMapId) : null;
  const struktur = s.view === 'peta' ? null : viewport();
  return {
    view: s.view,
    activeTeamId: s.activeTeamId,
    activeMapId: s.activeMapId,
    selection: s.selection,
    collapsed: s.collapsed,
    petaSelected: petaState.get().selected,
    strukturViewport: struktur?.getViewport() ?? null,
    mapViewport: map?.getViewport() ?? null,
  };
}

/** The canvas area now on screen, in canvas coordinates; null when the view has no canvas. */
export function visibleRegion(): ViewRegion | null {
  const s = editor.get();
  const rf = s.view === 'peta' ? (s.activeMapId ? mapFlow(s.activeMapId) : null) : viewport();
  const el = document.querySelector(s.view === 'peta' ? '.peta-body .react-flow' : '[data-testid="struktur-canvas"]');
  if (!rf || !el) return null;
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  const a = rf.screenToFlowPosition({ x: r.left, y: r.top }, { snapToGrid: false });
  const b = rf.screenToFlowPosition({ x: r.right, y: r.bottom }, { snapToGrid: false });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** Canvas instances that finished their own first fit: zooming them needs no waiting. */
const settled = new WeakSet<ReactFlowInstance>();

export function markSettled(): void {
  const s = editor.get();
  for (const rf of [viewport(), s.activeMapId ? mapFlow(s.activeMapId) : null]) if (rf) settled.add(rf);
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
async function afterOwnFit(rf: ReactFlowInstance): Promise<void> {
  if (settled.has(rf)) return;
  await within(rf.fitView({ duration: 0 }), 800);
  settled.add(rf);
}

async function zoomTo(rf: ReactFlowInstance, target: ResolvedStep['target'], duration: number): Promise<void> {
  if (target.kind === 'nodes') {
    const nodes = target.ids.filter((id) => rf.getNode(id)).map((id) => ({ id }));
    // no afterOwnFit needed: this fitView joins a new canvas's pending first fit, and the last call's options win
    await within(rf.fitView(nodes.length ? { ...FIT, nodes, duration } : { ...FIT, duration }), duration + 800);
    settled.add(rf);
    return;
  }
  await afterOwnFit(rf);
  if (target.kind === 'region') await rf.fitBounds(target.region, { padding: 0, duration });
  else if (target.kind === 'all') await within(rf.fitView({ ...FIT, maxZoom: 1, duration }), duration + 800);
}

/** Open the step's view and zoom to it. `current()` turns false when a newer step has started. */
export async function showStep(step: ResolvedStep, current: () => boolean, duration = ZOOM_MS): Promise<void> {
  const s = editor.get();
  if (s.view !== step.view || s.activeTeamId !== step.activeTeamId || s.activeMapId !== step.activeMapId || s.selection.length) {
    editor.set({ view: step.view, activeTeamId: step.activeTeamId, activeMapId: step.activeMapId, selection: [] });
  }
  if (petaState.get().selected) petaState.set({ selected: null });
  // boxes of the step inside a collapsed subtree are shown
  if (step.target.kind === 'nodes') {
    for (const id of step.view === 'tim' ? step.target.ids : step.target.ids.slice(0, 1)) revealAncestors(id);
  }
  await settle();
  if (!current() || step.target.kind === 'none') return;
  const rf = await waitFor(() => (step.view === 'peta' ? mapFlow(step.activeMapId!) : viewport()));
  if (!rf || !current()) return;
  await zoomTo(rf, step.target, duration);
}

/** Put the editor back as it was before the presentation. */
export async function restoreView(saved: SavedView): Promise<void> {
  editor.set({
    view: saved.view,
    activeTeamId: saved.activeTeamId,
    activeMapId: saved.activeMapId,
    selection: saved.selection,
    collapsed: saved.collapsed,
  });
  petaState.set({ selected: saved.petaSelected });
  const transform = saved.view === 'peta' ? saved.mapViewport : saved.strukturViewport;
  if (!transform) return;
  await settle();
  const rf = await waitFor(() => (saved.view === 'peta' ? (saved.activeMapId ? mapFlow(saved.activeMapId) : null) : viewport()));
  if (!rf) return;
  await afterOwnFit(rf);
  await rf.setViewport(transform, { duration: 0 });
}
