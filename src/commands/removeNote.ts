// Remove a catatan reviu with its replies.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { requireNote, shortText } from './noteGuards';

export interface RemoveNoteArgs {
  noteId: string;
}

export const removeNote = defineCommand<RemoveNoteArgs>({
  id: 'note.remove',
  label: ({ noteId }, doc) => `Hapus catatan reviu «${shortText(doc.notes?.[noteId]?.text ?? noteId)}»`,
  recipe: (draft, { noteId }) => {
    requireNote(baseOf(draft), noteId);
    delete draft.notes![noteId];
  },
});
