// Soft lint after every change, debounced so typing and dragging never wait for it. The incremental linter
// reuses results for unchanged positions; a result is published only for the document it was computed from.
import { useEffect, useMemo } from 'react';
import { createLinter } from '../rules';
import type { Finding, Severity } from '../rules/types';
import { useStore } from './createStore';
import { editor } from './editorStore';
import { findingsView } from './findingsView';

const LINT_DEBOUNCE_MS = 120;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function publishFindings(findings: Finding[]): void {
  const worstBySubject = new Map<string, Severity>();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    for (const id of f.subjects.slice(0, 1)) {
      const prev = worstBySubject.get(id);
      if (!prev || RANK[f.severity] > RANK[prev]) worstBySubject.set(id, f.severity);
    }
  }
  findingsView.set({ findings, worstBySubject, counts });
}

export function useLint(): void {
  const doc = useStore(editor, (s) => s.doc);
  const linter = useMemo(createLinter, []);
  const profileId = doc?.profileId;
  useEffect(() => {
    if (!doc) return;
    // a profile switch re-evaluates at once; other changes wait for a pause
    const t = setTimeout(() => {
      if (editor.get().doc === doc) publishFindings(linter.lint(doc));
    }, 0);
    return () => clearTimeout(t);
  }, [profileId]);
  useEffect(() => {
    if (!doc) return;
    const t = setTimeout(() => {
      if (editor.get().doc === doc) publishFindings(linter.lint(doc));
    }, LINT_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [doc, linter]);
}
