// Checks shared by the catatan reviu commands.
import { notesOf, type ReviewNote, type Workspace } from '../model';
import { CommandError } from './command';

export function requireNote(doc: Workspace, id: string): ReviewNote {
  const n = notesOf(doc)[id];
  if (!n) throw new CommandError(`Catatan reviu dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return n;
}

export function requireText(text: string, what: string): string {
  const t = text.trim();
  if (!t) throw new CommandError(`${what} masih kosong; tulis isinya lebih dahulu.`);
  if (t.length > 5000) throw new CommandError(`${what} terlalu panjang (${t.length} karakter; paling banyak 5.000).`);
  return t;
}

export function requireAuthor(author: string): string {
  const a = author.trim();
  if (!a) throw new CommandError('Nama penulis catatan belum diisi; isi nama Anda sekali di panel Reviu.');
  return a;
}

export function shortText(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
