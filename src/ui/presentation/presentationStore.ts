// Presentation mode state and its transitions: start (full screen, chrome hidden, editing off), step, stop (the
// editor back exactly as it was). The sequence comes from the document; with none, the current view alone.
import { newId, type PresentationStep } from '../../model';
import { presentationSteps } from '../../model/presentation';
import { createStore } from '../../editor/createStore';
import { editor } from '../../editor/editorStore';
import { captureView, markSettled, restoreView, showStep, visibleRegion, ZOOM_MS, type SavedView } from './viewControl';
import { resolveStep, stepFromView, stepIndexAfter } from './steps';

export interface PresentationState {
  /** the panel where the sequence is built */
  panelOpen: boolean;
  active: boolean;
  /** what is being presented: the document's steps as they were at the start, or the current view alone */
  steps: PresentationStep[];
  index: number;
  showFindings: boolean;
  /** laser-pointer spotlight; a click rings the element under it */
  highlighter: boolean;
  /** the screen blanked (clickers' "blank" button) */
  blank: boolean;
  /** the current step is still opening or zooming */
  busy: boolean;
}

export const presentation = createStore<PresentationState>({
  panelOpen: false,
  active: false,
  steps: [],
  index: 0,
  showFindings: true,
  highlighter: false,
  blank: false,
  busy: false,
});

/** Classes of the app root: the chrome is hidden while presenting, and the findings' marks when the presenter hides them. */
export function presentationClass(s: PresentationState): string {
  if (!s.active) return '';
  return s.showFindings ? 'presenting' : 'presenting no-findings';
}

let saved: SavedView | null = null;
let shownSeq = 0;

/** Show the current step; a later call supersedes an earlier one still zooming. */
export function showCurrentStep(duration = ZOOM_MS): Promise<void> {
  const { active, steps, index } = presentation.get();
  const doc = editor.get().doc;
  const step = steps[index];
  if (!active || !doc || !step) return Promise.resolve();
  const seq = ++shownSeq;
  const current = () => seq === shownSeq && presentation.get().active;
  presentation.set({ busy: true });
  return showStep(resolveStep(doc, step), current, duration).finally(() => {
    if (current()) presentation.set({ busy: false });
  });
}

/** The sequence to present: the document's, or one step made from what is on screen now. */
function sequence(): PresentationStep[] {
  const s = editor.get();
  const doc = s.doc!;
  const steps = presentationSteps(doc);
  if (steps.length) return [...steps];
  const region = visibleRegion();
  const step = stepFromView(doc, { ...s, selection: [] }, region, newId('step'));
  // captioned with the document's title: the one view is the whole talk
  return [typeof step === 'string' ? { id: newId('step'), title: doc.title, kind: 'struktur', rootId: null, region } : { ...step, title: doc.title }];
}

export function startPresentation(from = 0): void {
  if (presentation.get().active || !editor.get().doc) return;
  const steps = sequence();
  saved = captureView();
  markSettled();
  // nothing keeps the keyboard: a focused field would take the presenter's keys
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  // Full screen needs the user's click or key that started this; refused or unavailable, the window is used.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  // a message left from editing would cover the caption; a dialog would stay above the presentation
  editor.set({ toast: null, dialog: null });
  presentation.set({ active: true, steps, index: Math.min(Math.max(from, 0), steps.length - 1), highlighter: false, blank: false, showFindings: true });
  void showCurrentStep();
}

export function moveStep(move: 'next' | 'previous' | 'first' | 'last'): void {
  const { active, index, steps } = presentation.get();
  if (!active) return;
  const next = stepIndexAfter(index, steps.length, move);
  if (next === index) return;
  presentation.set({ index: next, blank: false });
  void showCurrentStep();
}

export function exitPresentation(): void {
  if (!presentation.get().active) return;
  presentation.set({ active: false, highlighter: false, blank: false, busy: false });
  shownSeq++;
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  const before = saved;
  saved = null;
  if (before) void restoreView(before);
}

export function togglePresentationPanel(open = !presentation.get().panelOpen): void {
  presentation.set({ panelOpen: open });
}
