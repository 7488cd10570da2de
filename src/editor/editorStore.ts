// The editor's state: the document (the truth), its undo history, and view state that is not part of the
// document (selection, collapsed subtrees, dialogs, messages). Every document change goes through run().
import { freeze } from 'immer';
import { CommandError, execute, type Command, type Executed } from '../commands/command';
import { emptyHistory, record, redo as redoHistory, undo as undoHistory, type History } from '../commands/history';
import type { Workspace } from '../model';
import { createStore } from './createStore';

export type Toast = {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  /** a library's own message (e.g. the JSON parser's), folded away behind "Rincian teknis" */
  technical?: string;
  /** one button in the message, e.g. "Unduh dokumen" where the message says something is not saved */
  action?: { label: string; run: () => void };
};

export type Dialog =
  | { type: 'delete'; ids: string[] }
  | { type: 'documents' }
  | { type: 'import'; file?: File }
  | { type: 'rule'; ruleId: string }
  | { type: 'export' }
  | { type: 'deleteTeam'; teamId: string }
  | { type: 'teamDocument'; teamId: string; document: 'susunan' | 'instrument' }
  | { type: 'templates' }
  | { type: 'mergeJabatan' }
  | { type: 'deleteProcess'; mapId: string; processId: string }
  | { type: 'deleteLane'; mapId: string; laneId: string }
  | null;

/** Which part of the workspace the main area shows. */
export type View = 'struktur' | 'tim' | 'peta';

export interface EditorState {
  doc: Workspace | null;
  view: View;
  /** the team shown in the Tim Kerja view (members highlighted on the structure) */
  activeTeamId: string | null;
  /** the process map shown in the Peta view */
  activeMapId: string | null;
  history: History;
  selection: string[];
  collapsed: ReadonlySet<string>;
  toast: Toast | null;
  dialog: Dialog;
  /** bumped to ask the canvas to centre on an element */
  focus: { id: string; seq: number } | null;
  /** true while the user drags boxes: autosave waits */
  dragging: boolean;
}

export const editor = createStore<EditorState>({
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
  dragging: false,
});

export function currentDoc(): Workspace {
  const doc = editor.get().doc;
  if (!doc) throw new Error('no document open');
  return doc;
}

/** Apply an already executed command (or compound) and record it as one undo step. */
export function commit(executed: Executed, mergeKey?: string, mergeWindowMs?: number): void {
  const { history } = editor.get();
  if (executed.patches.length === 0) return;
  editor.set({ doc: executed.doc, history: record(history, executed, mergeKey, Date.now(), mergeWindowMs) });
}

/**
 * Run a command on the open document. A refusal becomes a message, never an exception. Changes with the same
 * `mergeKey` within `mergeWindowMs` (default 1.5 s: typing) are one undo step.
 */
export function run<A>(command: Command<A>, args: A, opts: { mergeKey?: string; mergeWindowMs?: number } = {}): boolean {
  const doc = editor.get().doc;
  if (!doc) return false;
  try {
    commit(execute(doc, command, args), opts.mergeKey, opts.mergeWindowMs);
    return true;
  } catch (e) {
    if (e instanceof CommandError) {
      showToast({ kind: 'error', text: e.message });
      return false;
    }
    throw e;
  }
}

export function undo(): void {
  const { history, doc } = editor.get();
  if (!doc) return;
  const result = undoHistory(history, doc);
  if (!result) return;
  editor.set({ doc: result.doc, history: result.history, selection: keepExisting(result.doc) });
  showToast({ kind: 'info', text: `Dibatalkan: ${result.label}` });
}

export function redo(): void {
  const { history, doc } = editor.get();
  if (!doc) return;
  const result = redoHistory(history, doc);
  if (!result) return;
  editor.set({ doc: result.doc, history: result.history, selection: keepExisting(result.doc) });
  showToast({ kind: 'info', text: `Diulang: ${result.label}` });
}

function keepExisting(doc: Workspace): string[] {
  return editor.get().selection.filter((id) => doc.positions[id]);
}

/** Show another document: a fresh history, nothing selected. */
export function openDocument(doc: Workspace | null): void {
  editor.set({
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
}

export function showView(view: View): void {
  editor.set({ view });
}

export function select(ids: string[]): void {
  const current = editor.get().selection;
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  editor.set({ selection: ids });
}

export function focusOn(id: string): void {
  const seq = (editor.get().focus?.seq ?? 0) + 1;
  editor.set({ selection: [id], focus: { id, seq } });
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
export function showToast(toast: Toast): void {
  clearTimeout(toastTimer);
  editor.set({ toast });
  // a message with a button stays until it is used or closed
  if (toast.kind === 'info' && !toast.action) toastTimer = setTimeout(() => editor.set({ toast: null }), 3500);
}

export function toggleCollapsed(id: string): void {
  const next = new Set(editor.get().collapsed);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  editor.set({ collapsed: next });
}

export function openDialog(dialog: Dialog): void {
  editor.set({ dialog });
}

export function closeDialog(): void {
  editor.set({ dialog: null });
}

/** Open the collapsed superiors of `id` so its box is shown. */
export function revealAncestors(id: string): void {
  const { doc, collapsed } = editor.get();
  if (!doc) return;
  const next = new Set(collapsed);
  let cursor = doc.positions[id]?.superiorId ?? null;
  const seen = new Set<string>();
  while (cursor && !seen.has(cursor)) {
    seen.add(cursor);
    next.delete(cursor);
    cursor = doc.positions[cursor]?.superiorId ?? null;
  }
  if (next.size !== collapsed.size) editor.set({ collapsed: next });
}
