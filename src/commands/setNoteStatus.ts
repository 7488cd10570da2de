// Set a catatan reviu's status (terbuka, ditanggapi, selesai). Asking for the status it has records nothing.
import { NOTE_STATUS_LABELS, NOTE_STATUSES, type NoteStatus } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { requireNote, shortText } from './noteGuards';

export interface SetNoteStatusArgs {
  noteId: string;
  status: NoteStatus;
  at: string;
}

export const setNoteStatus = defineCommand<SetNoteStatusArgs>({
  id: 'note.status',
  label: ({ noteId, status }, doc) => `Tandai catatan «${shortText(doc.notes?.[noteId]?.text ?? noteId)}» ${NOTE_STATUS_LABELS[status]?.toLowerCase() ?? status}`,
  recipe: (draft, { noteId, status, at }) => {
    if (!NOTE_STATUSES.includes(status)) throw new CommandError(`Status catatan tidak dikenal: «${status}».`);
    const note = requireNote(baseOf(draft), noteId);
    if (note.status === status) return;
    draft.notes![noteId].status = status;
    draft.notes![noteId].statusAt = at;
  },
});
