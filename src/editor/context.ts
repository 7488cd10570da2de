// React reaches the editor through this context (as tldraw's useEditor): one editor per mount, no global.
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from './createStore';
import type { Editor, EditorState } from './types';

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
