// Moving the selection through the structure with the arrow keys: up to the superior, down to the first
// subordinate, left/right among siblings. F2 edits the name.
import { structureIndex } from '../model';
import { editor, focusOn } from './editorStore';
import { revealAncestors } from './editorStore';

export type Direction = 'up' | 'down' | 'left' | 'right';

export function navigateSelection(direction: Direction): void {
  const { doc, selection } = editor.get();
  if (!doc) return;
  const current = selection.length === 1 ? doc.positions[selection[0]] : undefined;
  const index = structureIndex(doc);
  if (!current) {
    const first = index.roots[0];
    if (first) focusOn(first.id);
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
  revealAncestors(next);
  focusOn(next);
}

export function editSelectedName(): void {
  const input = document.querySelector<HTMLInputElement>('#prop-nama');
  input?.focus();
  input?.select();
}
