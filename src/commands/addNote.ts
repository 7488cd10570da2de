// Write a catatan reviu on an element or a finding. The caller gives the id, author and time (commands are pure).
import { NoteSubjectSchema, type NoteSubject } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { requireAuthor, requireText, shortText } from './noteGuards';

export interface AddNoteArgs {
  id: string;
  subject: NoteSubject;
  author: string;
  /** ISO date-time */
  at: string;
  text: string;
}

export const addNote = defineCommand<AddNoteArgs>({
  id: 'note.add',
  label: ({ text }) => `Tambah catatan reviu «${shortText(text.trim())}»`,
  recipe: (draft, args) => {
    const doc = baseOf(draft);
    if (doc.notes?.[args.id]) throw new CommandError(`ID catatan «${args.id}» sudah dipakai.`);
    const subject = parseOrRefuse(NoteSubjectSchema, args.subject, 'Pokok catatan');
    const note = {
      id: args.id,
      subject,
      author: requireAuthor(args.author),
      at: args.at,
      text: requireText(args.text, 'Catatan'),
      status: 'terbuka' as const,
      statusAt: args.at,
      replies: [],
    };
    if (!draft.notes) draft.notes = {};
    draft.notes[args.id] = note;
  },
});
