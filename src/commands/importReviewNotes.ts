// Bring notes back from a reviewer's copy (DOMAIN.md §9): only the copy's notes and replies enter the author's
// document, matched by ids; a note whose subject is gone in the author's document is kept and marked (orphan); a
// status changed later on one side wins. Nothing else of the reviewer's copy is read. planNoteImport() is the
// preview; importReviewNotes applies the plan as one undo step.
import { notesOf, subjectExists, type NoteReply, type NoteStatus, type ReviewNote, type Workspace } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';

export interface NoteImportPlan {
  /** notes the author's document does not have yet */
  added: ReviewNote[];
  /** replies to notes both have, by note id */
  replies: { noteId: string; replies: NoteReply[] }[];
  /** status changed later in the reviewer's copy */
  statuses: { noteId: string; from: NoteStatus; to: NoteStatus; at: string | null }[];
  /** note ids (added or already there) whose subject is not in the author's document */
  orphans: string[];
  /** whether the copy comes from this document (same document id) */
  sameDocument: boolean;
  /** nothing to take over */
  empty: boolean;
}

export function planNoteImport(doc: Workspace, reviewerCopy: Pick<Workspace, 'id' | 'notes'>): NoteImportPlan {
  const mine = notesOf(doc);
  const plan: NoteImportPlan = { added: [], replies: [], statuses: [], orphans: [], sameDocument: doc.id === reviewerCopy.id, empty: true };
  for (const theirs of Object.values(notesOf(reviewerCopy)).sort((a, b) => (a.at < b.at ? -1 : 1))) {
    const own = mine[theirs.id];
    if (!own) {
      plan.added.push(theirs);
      if (!subjectExists(doc, theirs.subject)) plan.orphans.push(theirs.id);
      continue;
    }
    const known = new Set(own.replies.map((r) => r.id));
    const fresh = theirs.replies.filter((r) => !known.has(r.id));
    if (fresh.length) plan.replies.push({ noteId: own.id, replies: fresh });
    if (theirs.status !== own.status && (theirs.statusAt ?? '') > (own.statusAt ?? '')) {
      plan.statuses.push({ noteId: own.id, from: own.status, to: theirs.status, at: theirs.statusAt });
    }
  }
  plan.empty = plan.added.length === 0 && plan.replies.length === 0 && plan.statuses.length === 0;
  return plan;
}

export interface ImportReviewNotesArgs {
  plan: NoteImportPlan;
}

export const importReviewNotes = defineCommand<ImportReviewNotesArgs>({
  id: 'note.import',
  label: ({ plan }) => {
    const replies = plan.replies.reduce((n, r) => n + r.replies.length, 0);
    return `Ambil catatan reviu (${plan.added.length} catatan, ${replies} tanggapan)`;
  },
  recipe: (draft, { plan }) => {
    const doc = baseOf(draft);
    if (plan.empty) return;
    if (!draft.notes) draft.notes = {};
    const notes = draft.notes;
    for (const n of plan.added) if (!doc.notes?.[n.id]) notes[n.id] = structuredClone(n);
    for (const { noteId, replies } of plan.replies) {
      const target = notes[noteId];
      if (!target) continue;
      const known = new Set(target.replies.map((r) => r.id));
      for (const r of replies) if (!known.has(r.id)) target.replies.push(structuredClone(r));
      target.replies.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    }
    for (const s of plan.statuses) {
      const target = notes[s.noteId];
      if (!target) continue;
      target.status = s.to;
      target.statusAt = s.at;
    }
  },
});
