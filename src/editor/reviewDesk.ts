// The reviewer's desk of one editor (issue 17): whether the Reviu panel is open and which subject it is narrowed
// to, the reviewer's own name (a browser preference, set once), and the comparison drawn over the structure canvas.
// No JSX: the panel, the badges, the dialogs and the overlay read this store through the editor.
import type { DocumentComparison } from '../commands/compareDocuments';
import type { StorageLike } from '../io/storage/documentStore';
import { readPreferences, writePreferences } from '../io/storage/preferences';
import { stackItemPoint, isStacked } from '../layout/geometry';
import { overlayStatus, structureIndex, type OverlayStatus, type Point, type Position, type Workspace } from '../model';
import { createStore, type Store } from './createStore';

/** A jabatan of the old structure that is gone, drawn where it stood. */
export interface Ghost {
  position: Position;
  at: Point;
  /** drawn as a stack item (a JF/Pelaksana under its official) rather than a full box */
  stacked: boolean;
}

export interface CompareOverlay {
  /** what the open document is compared with, e.g. "versi 5 Desember 2026 10.12" or "berkas «lama.json»" */
  lamaTitle: string;
  /** the open document as it was when compared: the legend says so when it has changed since */
  baru: Workspace;
  comparison: DocumentComparison;
  status: ReadonlyMap<string, OverlayStatus>;
  ghosts: readonly Ghost[];
}

export interface ReviewDeskState {
  panelOpen: boolean;
  /** the panel shows only the notes on this element (a badge was clicked); null = all notes */
  subjectId: string | null;
  reviewerName: string;
  overlay: CompareOverlay | null;
}

export interface ReviewDesk extends Store<ReviewDeskState> {
  openPanel(subjectId?: string | null): void;
  closePanel(): void;
  /** Remember the reviewer's name in this browser; false when the browser refused to store it (it is kept for the session). */
  setReviewerName(name: string): boolean;
  showComparison(lamaTitle: string, lama: Workspace, baru: Workspace, comparison: DocumentComparison): void;
  clearComparison(): void;
}

/** Where each removed jabatan stood in the old structure (its box, or its place in its official's stack). */
export function ghostsOf(lama: Workspace, comparison: DocumentComparison): Ghost[] {
  const index = structureIndex(lama);
  const out: Ghost[] = [];
  for (const p of comparison.structure.positions.removed) {
    if (isStacked(p, lama)) {
      const owner = lama.positions[p.superiorId!];
      if (!owner?.placement) continue;
      const stack = (index.subordinates.get(owner.id) ?? []).filter((s) => isStacked(s, lama));
      out.push({ position: p, at: stackItemPoint(owner.placement, Math.max(0, stack.findIndex((s) => s.id === p.id))), stacked: true });
    } else if (p.placement) {
      out.push({ position: p, at: p.placement, stacked: false });
    }
  }
  return out;
}

export function createReviewDesk(prefs: Pick<StorageLike, 'getItem' | 'setItem'> | null): ReviewDesk {
  const store = createStore<ReviewDeskState>({ panelOpen: false, subjectId: null, reviewerName: readPreferences(prefs).reviewerName, overlay: null });
  return {
    ...store,
    openPanel(subjectId = null) {
      store.set({ panelOpen: true, subjectId });
    },
    closePanel() {
      store.set({ panelOpen: false, subjectId: null });
    },
    setReviewerName(name) {
      const reviewerName = name.trim().slice(0, 120);
      store.set({ reviewerName });
      return writePreferences(prefs, { reviewerName });
    },
    showComparison(lamaTitle, lama, baru, comparison) {
      store.set({ overlay: { lamaTitle, baru, comparison, status: overlayStatus(comparison.structure), ghosts: ghostsOf(lama, comparison) } });
    },
    clearComparison() {
      if (store.get().overlay) store.set({ overlay: null });
    },
  };
}
