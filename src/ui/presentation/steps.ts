// What a presentation step shows, worked out from the document alone (pure: no React, no DOM), so it is unit-tested
// in node: the editor view to open, what to zoom to, the caption, and which findings belong to it. Also the step
// made from "what I see now" in the editor.
import { highlightRoles } from '../../editor/teamViewModel';
import type { PresentationStep, ViewRegion, Workspace } from '../../model';
import { missingTarget, stepTitle, subtreeIds } from '../../model/presentation';
import type { Finding } from '../../rules/types';
import type { View } from '../../editor/types';

/** What to zoom to once the step's view is open. */
export type StepTarget =
  | { kind: 'nodes'; ids: string[] }
  | { kind: 'region'; region: ViewRegion }
  | { kind: 'all' }
  /** leave the view as it is (a map that is not a canvas) */
  | { kind: 'none' };

export interface ResolvedStep {
  view: View;
  activeTeamId: string | null;
  activeMapId: string | null;
  target: StepTarget;
  caption: string;
  /** why the step cannot be shown (its position, map or team was deleted); the whole structure is shown instead */
  missing: string | null;
  /** the findings of the step are those naming one of these ids; null: every finding about the structure */
  subjects: ReadonlySet<string> | null;
}

const WHOLE_STRUCTURE = { view: 'struktur', activeTeamId: null, activeMapId: null, target: { kind: 'all' }, subjects: null } as const;

export function resolveStep(doc: Workspace, step: PresentationStep): ResolvedStep {
  const caption = stepTitle(doc, step);
  const missing = missingTarget(doc, step);
  if (missing) return { ...WHOLE_STRUCTURE, caption, missing };
  switch (step.kind) {
    case 'struktur': {
      if (step.rootId !== null) {
        const ids = subtreeIds(doc, step.rootId);
        return { ...WHOLE_STRUCTURE, target: { kind: 'nodes', ids }, caption, missing: null, subjects: new Set(ids) };
      }
      return { ...WHOLE_STRUCTURE, target: step.region ? { kind: 'region', region: step.region } : { kind: 'all' }, caption, missing: null };
    }
    case 'team': {
      const ids = [...highlightRoles(doc.teams[step.teamId]).keys()];
      return {
        view: 'tim',
        activeTeamId: step.teamId,
        activeMapId: null,
        target: ids.length ? { kind: 'nodes', ids } : { kind: 'all' },
        caption,
        missing: null,
        subjects: new Set([step.teamId]),
      };
    }
    case 'map': {
      const canvas = doc.maps[step.mapId].kind === 'lintas-fungsi';
      return {
        view: 'peta',
        activeTeamId: null,
        activeMapId: step.mapId,
        target: !canvas ? { kind: 'none' } : step.region ? { kind: 'region', region: step.region } : { kind: 'all' },
        caption,
        missing: null,
        // map findings name the map as their last subject
        subjects: new Set([step.mapId]),
      };
    }
  }
}

/** The findings a step shows: about its subtree, team or map; for the whole structure, those about positions and units. */
export function findingsForStep(doc: Workspace, findings: readonly Finding[], resolved: ResolvedStep): Finding[] {
  const { subjects } = resolved;
  if (subjects) return findings.filter((f) => f.subjects.some((id) => subjects.has(id)));
  return findings.filter((f) => f.subjects.some((id) => doc.positions[id] || doc.units[id]));
}

/** The part of the editor state a step is made from. */
export interface CurrentView {
  view: View;
  activeTeamId: string | null;
  activeMapId: string | null;
  selection: readonly string[];
}

/**
 * The step for "what I see now": one selected position → its subtree; the Tim Kerja view → the open team; the Peta
 * view → the open map; otherwise the visible part of the canvas (`region`), else all of it. A string is the reason
 * no step can be made.
 */
export function stepFromView(doc: Workspace, current: CurrentView, region: ViewRegion | null, id: string): PresentationStep | string {
  const base = { id, title: '' };
  switch (current.view) {
    case 'peta': {
      const map = current.activeMapId ? doc.maps[current.activeMapId] : undefined;
      if (!map) return 'Buka peta yang akan ditampilkan lebih dulu.';
      return { ...base, kind: 'map', mapId: map.id, region: map.kind === 'lintas-fungsi' ? region : null };
    }
    case 'tim':
      if (current.activeTeamId && doc.teams[current.activeTeamId]) return { ...base, kind: 'team', teamId: current.activeTeamId };
      return 'Pilih Tim Kerja yang akan ditampilkan lebih dulu.';
    case 'struktur': {
      const selected = current.selection.length === 1 ? doc.positions[current.selection[0]] : undefined;
      if (selected) return { ...base, kind: 'struktur', rootId: selected.id, region: null };
      return { ...base, kind: 'struktur', rootId: null, region };
    }
  }
}

/** "3 / 7" */
export function counterText(index: number, count: number): string {
  return `${index + 1} / ${count}`;
}

/** The next step index for a move, kept inside the sequence. */
export function stepIndexAfter(index: number, count: number, move: 'next' | 'previous' | 'first' | 'last'): number {
  const last = Math.max(0, count - 1);
  switch (move) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** The key of the presenter (keyboard or clicker) and what it does; null: not a presentation key. */
export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'highlighter' | 'findings' | 'blank';

export function presenterCommand(key: string, modified: boolean): PresenterCommand | null {
  if (modified) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'h':
    case 'H':
      return 'highlighter';
    case 'f':
    case 'F':
      return 'findings';
    // clickers' "blank screen" button sends "." or "b", as for slide software
    case '.':
    case 'b':
    case 'B':
      return 'blank';
    default:
      return null;
  }
}
