// React reaches the editor through this context (as tldraw's useEditor): one editor per mount, no global.
import { createContext, createElement, useContext, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useStore } from './createStore';
import type { Editor, EditorState, FieldId } from './types';

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children?: ReactNode }) {
  return createElement(EditorContext.Provider, { value: editor }, children);
}

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor() outside <EditorProvider>');
  return editor;
}

/** A slice of the editor's state; the component re-renders only when the slice changes. */
export function useEditorState<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditor(), selector);
}

/**
 * A field that takes the keyboard when another part of the screen asks for it (editor.focusField): F2 for the name
 * field, Ctrl+F for the search. A request made before the field was shown is not replayed when it mounts.
 */
export function useFieldFocus(field: FieldId, ref: RefObject<HTMLInputElement | null>): void {
  const request = useEditorState((s) => s.fieldFocus);
  const handled = useRef(request?.seq ?? 0);
  useEffect(() => {
    if (!request || request.field !== field || request.seq === handled.current) return;
    handled.current = request.seq;
    ref.current?.focus();
    ref.current?.select();
  }, [request, field, ref]);
}
