// Mark a catatan reviu selesai (the point is settled). A note already selesai records nothing.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { requireNote, shortText } from './noteGuards';

export interface ResolveNoteArgs {
  noteId: string;
  /** ISO date-time */
  at: string;
}

export const resolveNote = defineCommand<ResolveNoteArgs>({
  id: 'note.resolve',
  label: ({ noteId }, doc) => `Selesaikan catatan reviu «${shortText(doc.notes?.[noteId]?.text ?? noteId)}»`,
  recipe: (draft, { noteId, at }) => {
    const note = requireNote(baseOf(draft), noteId);
    if (note.status === 'selesai') return;
    draft.notes![noteId].status = 'selesai';
    draft.notes![noteId].statusAt = at;
  },
});
