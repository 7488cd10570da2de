// Reply to a catatan reviu. A reply by someone other than the note's author to an open note marks it ditanggapi.
import { defineCommand } from './command';
import { baseOf } from './guards';
import { CommandError } from './command';
import { requireAuthor, requireNote, requireText, shortText } from './noteGuards';

export interface ReplyNoteArgs {
  noteId: string;
  id: string;
  author: string;
  at: string;
  text: string;
}

export const replyNote = defineCommand<ReplyNoteArgs>({
  id: 'note.reply',
  label: ({ text }) => `Tanggapi catatan reviu «${shortText(text.trim())}»`,
  recipe: (draft, args) => {
    const note = requireNote(baseOf(draft), args.noteId);
    if (note.replies.some((r) => r.id === args.id)) throw new CommandError(`ID tanggapan «${args.id}» sudah dipakai.`);
    const author = requireAuthor(args.author);
    const target = draft.notes![args.noteId];
    target.replies.push({ id: args.id, author, at: args.at, text: requireText(args.text, 'Tanggapan') });
    if (note.status === 'terbuka' && author !== note.author) {
      target.status = 'ditanggapi';
      target.statusAt = args.at;
    }
  },
});
