// Soft lint after every change, debounced so typing and dragging never wait for it. The incremental linter
// reuses results for unchanged positions; a result is published only for the document it was computed from.
import { useEffect, useMemo } from 'react';
import { createLintView } from '../rules/lintView';
import { createLinter, type Linter } from '../rules';
import { useStore } from '../editor/createStore';
import { useEditor } from '../editor/context';

const LINT_DEBOUNCE_MS = 120;

function createViewLinter(): Linter {
  const linter = createLinter();
  const view = createLintView();
  return { lint: (doc) => linter.lint(view(doc)) };
}

export function useLint(): void {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const linter = useMemo(createViewLinter, []);
  const profileId = doc?.profileId;
  useEffect(() => {
    if (!doc) return;
    // a profile switch re-evaluates at once; other changes wait for a pause
    const t = setTimeout(() => {
      if (editor.get().doc === doc) editor.publishFindings(linter.lint(doc));
    }, 0);
    return () => clearTimeout(t);
  }, [profileId]);
  useEffect(() => {
    if (!doc) return;
    const t = setTimeout(() => {
      if (editor.get().doc === doc) editor.publishFindings(linter.lint(doc));
    }, LINT_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [doc, linter]);
}
