// Moving the selection through the structure with the arrow keys: up to the superior, down to the first
// subordinate, left/right among siblings. F2 edits the name.
import { structureIndex } from '../model';
import type { Editor } from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

export function navigateSelection(editor: Editor, direction: Direction): void {
  const { doc, selection } = editor.get();
  if (!doc) return;
  const current = selection.length === 1 ? doc.positions[selection[0]] : undefined;
  const index = structureIndex(doc);
  if (!current) {
    const first = index.roots[0];
    if (first) editor.focusOn(first.id);
    return;
  }
  let next: string | undefined;
  if (direction === 'up') next = current.superiorId ?? undefined;
  else if (direction === 'down') next = index.subordinates.get(current.id)?.[0]?.id;
  else {
    const siblings = current.superiorId ? (index.subordinates.get(current.superiorId) ?? []) : index.roots;
    const i = siblings.findIndex((p) => p.id === current.id);
    next = siblings[i + (direction === 'left' ? -1 : 1)]?.id;
  }
  if (!next || !doc.positions[next]) return;
  editor.revealAncestors(next);
  editor.focusOn(next);
}

/** F2: the name field of the properties panel takes the keyboard (it focuses itself when asked). */
export function editSelectedName(editor: Editor): void {
  editor.focusField('position-name');
}
