// The one editor object. createEditor({ storage, clock, env }) returns everything the screens read and change:
// the document (the truth) and its undo history, the session state that is not part of the document (view,
// selection, focus, collapsed subtrees, dialog, message, active team and map), the findings, the persistence
// service, the actions and the registry of canvas handles. Nothing of it lives in module variables: one editor
// per mount (main.tsx makes it), reached by React through EditorProvider / useEditor() (context.ts), by actions
// and helpers as their argument. types.ts describes every part.
import { freeze } from 'immer';
import { CommandError, executeAny } from '../commands/command';
import { emptyHistory, record, redo as redoHistory, undo as undoHistory } from '../commands/history';
import { downloadText, pickFile } from '../io/file/browserFile';
import type { Workspace } from '../model';
import type { Finding, Severity } from '../rules/types';
import { createActionRegistry } from './actions';
import { createCanvasRegistry } from './canvases';
import { createReviewDesk } from './reviewDesk';
import { createImportMappings } from './importMappings';
import { createCollab } from './collab';
import { createStore } from './createStore';
import { mapFindingSelection } from './mapFindings';
import { createPersistence } from './persistence';
import { highlightRoles, teamLines } from './teamViewModel';
import type { Clock, DropTargetState, Editor, EditorEnv, EditorOptions, EditorState, FindingsView, PetaState, PresentationState, TeamHighlight, Toast } from './types';

/** How long an info message stays (one with a button stays until it is used or closed). */
export const TOAST_MS = 3500;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

function browserEnv(): EditorEnv {
  const win = typeof window !== 'undefined' ? window : null;
  return {
    window: win,
    download: downloadText,
    pickFile,
    clipboard: typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : null,
  };
}

export function initialEditorState(): EditorState {
  return {
    doc: null,
    view: 'struktur',
    activeTeamId: null,
    activeMapId: null,
    history: emptyHistory(),
    selection: [],
    collapsed: new Set(),
    toast: null,
    dialog: null,
    focus: null,
    fieldFocus: null,
    dragging: false,
  };
}

const NO_DROP: DropTargetState = { targetId: null, verdict: 'ok', message: '', citation: '' };

export function createEditor(options: EditorOptions): Editor {
  const clock = options.clock ?? realClock;
  const env: EditorEnv = { ...browserEnv(), ...options.env };
  const state = createStore<EditorState>(initialEditorState());
  let toastTimer: unknown;

  const keepExisting = (doc: Workspace): string[] => state.get().selection.filter((id) => doc.positions[id]);

  const editor = {
    get: state.get,
    set: state.set,
    subscribe: state.subscribe,
    clock,
    env,
    findings: createStore<FindingsView>({ findings: [], worstBySubject: new Map(), counts: { error: 0, warning: 0, info: 0 } }),
    peta: createStore<PetaState>({ selected: null, picked: [], clipboard: null, drag: null, subprosesView: 'tabel' }),
    dropTarget: createStore<DropTargetState>(NO_DROP),
    teamHighlight: createStore<TeamHighlight>({ teamId: null, roles: new Map(), lines: [] }),
    teamDrop: createStore<{ teamId: string | null }>({ teamId: null }),
    // the reviewer's name is a browser preference, kept where the rescue copy is (localStorage; none in tests)
    review: createReviewDesk(options.storage.legacy),
    importMappings: createImportMappings(options.storage.legacy),
    presentation: createStore<PresentationState>({
      panelOpen: false,
      active: false,
      steps: [],
      index: 0,
      showFindings: true,
      highlighter: false,
      blank: false,
      busy: false,
    }),
    presentationRun: { saved: null, seq: 0, domView: { x: 0, y: 0, zoom: 1 }, settled: new WeakSet() },
    clipboard: null,

    currentDoc() {
      const doc = state.get().doc;
      if (!doc) throw new Error('no document open');
      return doc;
    },
    commit(executed, mergeKey, mergeWindowMs) {
      if (executed.patches.length === 0) return;
      const { history, doc: prev } = state.get();
      const session = editor.collab.session();
      if (session && prev) {
        // in a room the step becomes one Yjs transaction; undo is the room's (own steps only), not the immer history
        state.set({ doc: executed.doc });
        session.commitLocal(prev, executed.doc, executed.label, mergeKey);
        return;
      }
      state.set({ doc: executed.doc, history: record(history, executed, mergeKey, clock.now(), mergeWindowMs) });
    },
    run(command, args, opts = {}) {
      const doc = state.get().doc;
      if (!doc) return false;
      const executed = editor.attempt(() => executeAny(doc, command, args));
      if (!executed) return false;
      editor.commit(executed, opts.mergeKey, opts.mergeWindowMs);
      return true;
    },
    attempt(f) {
      try {
        return f();
      } catch (e) {
        if (e instanceof CommandError) {
          editor.showToast({ kind: 'error', text: e.message });
          return null;
        }
        throw e;
      }
    },
    undo() {
      const { history, doc } = state.get();
      if (!doc) return;
      const session = editor.collab.session();
      if (session) {
        const label = session.undo();
        if (label !== null) editor.showToast({ kind: 'info', text: `Dibatalkan: ${label}` });
        return;
      }
      const result = undoHistory(history, doc);
      if (!result) return;
      state.set({ doc: result.doc, history: result.history, selection: keepExisting(result.doc) });
      editor.showToast({ kind: 'info', text: `Dibatalkan: ${result.label}` });
    },
    redo() {
      const { history, doc } = state.get();
      if (!doc) return;
      const session = editor.collab.session();
      if (session) {
        const label = session.redo();
        if (label !== null) editor.showToast({ kind: 'info', text: `Diulang: ${label}` });
        return;
      }
      const result = redoHistory(history, doc);
      if (!result) return;
      state.set({ doc: result.doc, history: result.history, selection: keepExisting(result.doc) });
      editor.showToast({ kind: 'info', text: `Diulang: ${result.label}` });
    },
    openDocument(doc) {
      // another document is not the room's: leave the room first (the room keeps its state on the server)
      if (editor.collab.session()) void editor.collab.leave();
      state.set({
        doc: doc && freeze(doc, true),
        history: emptyHistory(),
        selection: [],
        collapsed: new Set(),
        dialog: null,
        focus: null,
        view: 'struktur',
        activeTeamId: null,
        activeMapId: null,
      });
      editor.peta.set({ selected: null, drag: null });
    },
    showView(view) {
      state.set({ view });
    },
    select(ids) {
      const current = state.get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      state.set({ selection: ids });
    },
    focusOn(id) {
      const seq = (state.get().focus?.seq ?? 0) + 1;
      state.set({ selection: [id], focus: { id, seq } });
    },
    focusField(field) {
      const seq = (state.get().fieldFocus?.seq ?? 0) + 1;
      state.set({ fieldFocus: { field, seq } });
    },
    showToast(toast: Toast) {
      if (toastTimer !== undefined) clock.clearTimeout(toastTimer);
      toastTimer = undefined;
      state.set({ toast });
      if (toast.kind === 'info' && !toast.action) {
        toastTimer = clock.setTimeout(() => {
          toastTimer = undefined;
          if (state.get().toast === toast) state.set({ toast: null });
        }, TOAST_MS);
      }
    },
    sayOnce(text) {
      if (state.get().toast?.text === text) return;
      editor.showToast({ kind: 'info', text });
    },
    toggleCollapsed(id) {
      const next = new Set(state.get().collapsed);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      state.set({ collapsed: next });
    },
    revealAncestors(id) {
      const { doc, collapsed } = state.get();
      if (!doc) return;
      const next = new Set(collapsed);
      let cursor = doc.positions[id]?.superiorId ?? null;
      const seen = new Set<string>();
      while (cursor && !seen.has(cursor)) {
        seen.add(cursor);
        next.delete(cursor);
        cursor = doc.positions[cursor]?.superiorId ?? null;
      }
      if (next.size !== collapsed.size) state.set({ collapsed: next });
    },
    openDialog(dialog) {
      state.set({ dialog });
    },
    closeDialog() {
      state.set({ dialog: null });
    },
    selectInMap(selected) {
      const cur = editor.peta.get().selected;
      if (cur?.kind === selected?.kind && cur?.id === selected?.id) return;
      editor.peta.set({ selected });
    },
    pickInMap(ids, primary) {
      const cur = editor.peta.get();
      const same = cur.picked.length === ids.length && cur.picked.every((id, i) => id === ids[i]);
      if (same && cur.selected?.kind === primary?.kind && cur.selected?.id === primary?.id) return;
      editor.peta.set({ picked: [...ids], selected: primary });
    },
    dragInMap(mapId, drag) {
      if (!drag) {
        if (editor.peta.get().drag) editor.peta.set({ drag: null });
        return;
      }
      const base = state.get().doc?.maps[mapId];
      if (base) editor.peta.set({ drag: { mapId, base, ...drag } });
    },
    openMap(mapId, selected = null) {
      state.set({ view: 'peta', activeMapId: mapId });
      editor.peta.set({ selected, drag: null });
    },
    openMapFinding(subjects) {
      const found = mapFindingSelection(state.get().doc, subjects);
      if (!found) return false;
      editor.openMap(found.mapId, found.selected);
      return true;
    },
    publishFindings(findings: Finding[]) {
      // the incremental linter answers the same array when nothing changed: no panel or box needs to hear of it
      if (findings === editor.findings.get().findings) return;
      const worstBySubject = new Map<string, Severity>();
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of findings) {
        counts[f.severity]++;
        for (const id of f.subjects.slice(0, 1)) {
          const prev = worstBySubject.get(id);
          if (!prev || RANK[f.severity] > RANK[prev]) worstBySubject.set(id, f.severity);
        }
      }
      editor.findings.set({ findings, worstBySubject, counts });
    },
    clearDropTarget() {
      if (editor.dropTarget.get().targetId !== null) editor.dropTarget.set(NO_DROP);
    },
    setTeamDrop(teamId) {
      if (editor.teamDrop.get().teamId !== teamId) editor.teamDrop.set({ teamId });
    },
    dispose() {
      if (toastTimer !== undefined) clock.clearTimeout(toastTimer);
      unsubscribeTeams();
      unsubscribeOverlay();
      void editor.collab.leave();
      editor.persistence.dispose();
    },
  } as Omit<Editor, 'canvases' | 'persistence' | 'actions' | 'collab'> as Editor;

  Object.assign(editor, {
    collab: createCollab(editor, options.collab),
    canvases: createCanvasRegistry(() => state.get()),
    persistence: createPersistence(editor, options.storage),
    actions: createActionRegistry(editor),
  });

  // A comparison belongs to the document it was made on: another document opened closes it.
  const unsubscribeOverlay = state.subscribe(() => {
    const overlay = editor.review.get().overlay;
    if (overlay && state.get().doc?.id !== overlay.baru.id) editor.review.clearComparison();
  });

  // The active team's highlight follows the document and the view: each box reads only its own role from it.
  let shownTeam: unknown = undefined;
  const syncTeam = () => {
    const s = state.get();
    const team = s.view === 'tim' && s.activeTeamId !== null ? s.doc?.teams[s.activeTeamId] : undefined;
    if (team === shownTeam) return;
    shownTeam = team;
    editor.teamHighlight.set({ teamId: team?.id ?? null, roles: highlightRoles(team), lines: teamLines(team) });
  };
  const unsubscribeTeams = state.subscribe(syncTeam);

  return editor;
}
