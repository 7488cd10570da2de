// The reviewer's file: only the catatan reviu of a document (with replies), to send back to the author without the
// whole structure. Reading gives the notes of either this file or a whole document (a reviewer's copy); both are
// taken over by commands/importReviewNotes.ts, matched by ids. No DOM here.
import { z } from 'zod';
import { RestoreError, restoreFromText, ReviewNoteSchema, isReservedId, type ReviewNote, type Workspace } from '../../model';
import { fileNameFor, fileTooLargeMessage } from './documentFile';

export const REVIEW_NOTES_FORMAT = 'petakerja-catatan-reviu';
export const REVIEW_NOTES_SUFFIX = '.catatan-reviu.json';

const ReviewNotesFileSchema = z.object({
  format: z.literal(REVIEW_NOTES_FORMAT),
  version: z.literal(1),
  documentId: z.string(),
  title: z.string().default(''),
  exportedAt: z.string().default(''),
  notes: z.record(z.string(), ReviewNoteSchema),
});

export interface ReviewSource {
  /** the document id the notes were written on (the copy's or the file's) */
  id: string;
  title: string;
  notes: Record<string, ReviewNote>;
  /** 'catatan': a reviewer's notes file; 'dokumen': a whole document */
  from: 'catatan' | 'dokumen';
}

export type ReadReviewSourceResult = { ok: true; source: ReviewSource } | { ok: false; message: string };

export function serializeReviewNotes(doc: Workspace, exportedAt: string): string {
  return JSON.stringify({ format: REVIEW_NOTES_FORMAT, version: 1, documentId: doc.id, title: doc.title, exportedAt, notes: doc.notes ?? {} }, null, 1) + '\n';
}

export function reviewNotesFileName(doc: Pick<Workspace, 'title'>): string {
  return fileNameFor(doc).replace(/\.petakerja\.json$/, REVIEW_NOTES_SUFFIX);
}

const label = (fileName: string | undefined) => (fileName ? `Berkas «${fileName}»` : 'Berkas ini');

/** Reads a reviewer's notes file or a whole document for its notes. Never throws. */
export function readReviewSource(text: string, fileName?: string): ReadReviewSourceResult {
  const tooLarge = fileTooLargeMessage(text.length, fileName);
  if (tooLarge) return { ok: false, message: tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, message: `${label(fileName)} tidak dapat dibaca: isinya bukan JSON (berkas dokumen PetaKerja atau berkas catatan reviu).` };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === REVIEW_NOTES_FORMAT) {
    const parsed = ReviewNotesFileSchema.safeParse(raw);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      return { ok: false, message: `${label(fileName)} bukan berkas catatan reviu yang utuh${where ? ` (bagian «${where}» tidak sesuai)` : ''}; tidak ada yang diambil.` };
    }
    for (const [key, n] of Object.entries(parsed.data.notes)) {
      if (key !== n.id || isReservedId(key)) return { ok: false, message: `${label(fileName)} memuat catatan dengan id «${key}» yang tidak sesuai; tidak ada yang diambil.` };
    }
    const { documentId, title, notes } = parsed.data;
    return { ok: true, source: { id: documentId, title, notes, from: 'catatan' } };
  }
  try {
    const { doc } = restoreFromText(text);
    return { ok: true, source: { id: doc.id, title: doc.title, notes: doc.notes ?? {}, from: 'dokumen' } };
  } catch (e) {
    const reason = e instanceof RestoreError || e instanceof Error ? e.message : String(e);
    return { ok: false, message: `${label(fileName)} tidak dapat dibaca: ${reason}` };
  }
}
