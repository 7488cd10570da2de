// Presentation mode's transitions: start (full screen, chrome hidden, editing off), step, stop (the editor back
// exactly as it was). Its state is the editor's (editor.presentation; the bookkeeping in editor.presentationRun).
// The sequence comes from the document; with none, the current view alone.
import { newId, type PresentationStep } from '../../model';
import { presentationSteps } from '../../model/presentation';
import type { Editor, PresentationState } from '../../editor/types';
import { captureView, markSettled, restoreView, showStep, visibleRegion, ZOOM_MS } from './viewControl';
import { resolveStep, stepFromView, stepIndexAfter } from './steps';

export type { PresentationState } from '../../editor/types';

/** Classes of the app root: the chrome is hidden while presenting, and the findings' marks when the presenter hides them. */
export function presentationClass(s: PresentationState): string {
  if (!s.active) return '';
  return s.showFindings ? 'presenting' : 'presenting no-findings';
}

/** Show the current step; a later call supersedes an earlier one still zooming. */
export function showCurrentStep(editor: Editor, duration = ZOOM_MS): Promise<void> {
  const { presentation, presentationRun: run } = editor;
  const { active, steps, index } = presentation.get();
  const doc = editor.get().doc;
  const step = steps[index];
  if (!active || !doc || !step) return Promise.resolve();
  const seq = ++run.seq;
  const current = () => seq === run.seq && presentation.get().active;
  presentation.set({ busy: true });
  return showStep(editor, resolveStep(doc, step), current, duration).finally(() => {
    if (current()) presentation.set({ busy: false });
  });
}

/** The sequence to present: the document's, or one step made from what is on screen now. */
function sequence(editor: Editor): PresentationStep[] {
  const s = editor.get();
  const doc = s.doc!;
  const steps = presentationSteps(doc);
  if (steps.length) return [...steps];
  const region = visibleRegion(editor);
  const step = stepFromView(doc, { ...s, selection: [] }, region, newId('step'));
  // captioned with the document's title: the one view is the whole talk
  return [typeof step === 'string' ? { id: newId('step'), title: doc.title, kind: 'struktur', rootId: null, region } : { ...step, title: doc.title }];
}

export function startPresentation(editor: Editor, from = 0): void {
  const { presentation } = editor;
  if (presentation.get().active || !editor.get().doc) return;
  const steps = sequence(editor);
  editor.presentationRun.saved = captureView(editor);
  markSettled(editor);
  // nothing keeps the keyboard: a focused field would take the presenter's keys
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  // Full screen needs the user's click or key that started this; refused or unavailable, the window is used.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  // a message left from editing would cover the caption; a dialog would stay above the presentation
  editor.set({ toast: null, dialog: null });
  presentation.set({ active: true, steps, index: Math.min(Math.max(from, 0), steps.length - 1), highlighter: false, blank: false, showFindings: true });
  void showCurrentStep(editor);
}

export function moveStep(editor: Editor, move: 'next' | 'previous' | 'first' | 'last'): void {
  const { active, index, steps } = editor.presentation.get();
  if (!active) return;
  const next = stepIndexAfter(index, steps.length, move);
  if (next === index) return;
  editor.presentation.set({ index: next, blank: false });
  void showCurrentStep(editor);
}

export function exitPresentation(editor: Editor): void {
  const { presentation, presentationRun: run } = editor;
  if (!presentation.get().active) return;
  presentation.set({ active: false, highlighter: false, blank: false, busy: false });
  run.seq++;
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  const before = run.saved;
  run.saved = null;
  if (before) void restoreView(editor, before);
}

export function togglePresentationPanel(editor: Editor, open = !editor.presentation.get().panelOpen): void {
  editor.presentation.set({ panelOpen: open });
}
