// Open a settled catatan reviu again: it becomes terbuka, or ditanggapi when it already has a reply from someone
// other than its author. A note that is not selesai records nothing.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { requireNote, shortText } from './noteGuards';

export interface ReopenNoteArgs {
  noteId: string;
  /** ISO date-time */
  at: string;
}

export const reopenNote = defineCommand<ReopenNoteArgs>({
  id: 'note.reopen',
  label: ({ noteId }, doc) => `Buka kembali catatan reviu «${shortText(doc.notes?.[noteId]?.text ?? noteId)}»`,
  recipe: (draft, { noteId, at }) => {
    const note = requireNote(baseOf(draft), noteId);
    if (note.status !== 'selesai') return;
    const answered = note.replies.some((r) => r.author !== note.author);
    draft.notes![noteId].status = answered ? 'ditanggapi' : 'terbuka';
    draft.notes![noteId].statusAt = at;
  },
});
