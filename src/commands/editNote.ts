// Change the text of a catatan reviu. Only its writer may: a reviewer's words are not rewritten by someone else
// (they answer with a reply). The same text records nothing.
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { requireAuthor, requireNote, requireText, shortText } from './noteGuards';

export interface EditNoteArgs {
  noteId: string;
  /** who asks for the change: must be the note's author */
  author: string;
  text: string;
}

export const editNote = defineCommand<EditNoteArgs>({
  id: 'note.edit',
  label: ({ text }) => `Ubah catatan reviu «${shortText(text.trim())}»`,
  recipe: (draft, { noteId, author, text }) => {
    const note = requireNote(baseOf(draft), noteId);
    if (requireAuthor(author) !== note.author) {
      throw new CommandError(`Catatan ini ditulis oleh ${note.author}; hanya penulisnya yang dapat mengubah isinya. Tulis tanggapan bila perlu.`);
    }
    const next = requireText(text, 'Catatan');
    if (next !== note.text) draft.notes![noteId].text = next;
  },
});
