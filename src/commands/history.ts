// Undo/redo as patch lists. Selection is not part of the document, so selecting never touches history.
import { applyPatches, type Patch } from 'immer';
import type { Workspace } from '../model';
import type { Executed } from './command';

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** consecutive entries with the same key (typing into one field) merge into one undo step */
  mergeKey?: string;
  at: number;
}

const MERGE_WINDOW_MS = 1500;
const MAX_ENTRIES = 500;

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export function emptyHistory(): History {
  return { past: [], future: [] };
}

/** `windowMs`: how long after the last change a change with the same merge key still joins it. */
export function record(history: History, executed: Executed, mergeKey?: string, now = Date.now(), windowMs = MERGE_WINDOW_MS): History {
  if (executed.patches.length === 0) return history;
  const last = history.past[history.past.length - 1];
  if (mergeKey && last && last.mergeKey === mergeKey && now - last.at < windowMs) {
    const merged: HistoryEntry = {
      label: last.label,
      patches: [...last.patches, ...executed.patches],
      inversePatches: [...executed.inversePatches, ...last.inversePatches],
      mergeKey,
      at: now,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = {
    label: executed.label,
    patches: executed.patches,
    inversePatches: executed.inversePatches,
    mergeKey,
    at: now,
  };
  const past = [...history.past, entry];
  if (past.length > MAX_ENTRIES) past.shift();
  return { past, future: [] };
}

export function undo(history: History, doc: Workspace): { history: History; doc: Workspace; label: string } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    doc: applyPatches(doc, entry.inversePatches),
    history: { past: history.past.slice(0, -1), future: [{ ...entry, mergeKey: undefined }, ...history.future] },
    label: entry.label,
  };
}

export function redo(history: History, doc: Workspace): { history: History; doc: Workspace; label: string } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    doc: applyPatches(doc, entry.patches),
    history: { past: [...history.past, { ...entry, mergeKey: undefined }], future: history.future.slice(1) },
    label: entry.label,
  };
}
