// Every action of the reviewer's desk through the editor object (src/editor/review*.ts), as the Reviu panel and its
// dialogs call it: write, edit, answer, settle and delete a note, take a reviewer's notes in, compare, apply a
// penyetaraan — each execute → undo → redo on the editor's own history, and what a refusal leaves untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deletePositions, selectForPenyetaraan, updateDocumentInfo, updatePosition } from '../../../src/commands';
import { createEditor, realClock } from '../../../src/editor/Editor';
import { compareWithOpen } from '../../../src/editor/reviewCompare';
import { changeNoteStatus, deleteNote, editNoteText, readReviewerCopy, replyToNote, takeOverNotes, writeNote } from '../../../src/editor/reviewNotes';
import { applyPenyetaraan, penyetaraanPreview } from '../../../src/editor/reviewPenyetaraan';
import { memoryStorage } from '../../../src/editor/storage';
import type { Editor } from '../../../src/editor/types';
import { serializeReviewNotes } from '../../../src/io/file/reviewNotesFile';
import { serializeDocument } from '../../../src/io/file/documentFile';
import { lineOf, type NoteSubject, type Workspace } from '../../../src/model';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import { goToSubject, subjectChoices } from '../../../src/editors/reviu/subjects';

const NOW = Date.parse('2026-12-07T08:00:00.000Z');

function make(): Editor {
  const ed = createEditor({
    storage: memoryStorage({ tabId: 'tab_review' }),
    clock: { ...realClock, now: () => NOW },
    env: { window: null, download: () => undefined, pickFile: async () => null, clipboard: null },
  });
  ed.openDocument(createKotaContoh());
  return ed;
}

function byKode(doc: Workspace, kode: string) {
  const p = Object.values(doc.positions).find((x) => x.kode === kode);
  if (!p) throw new Error(`no jabatan ${kode}`);
  return p;
}

const onBox = (doc: Workspace, kode: string): NoteSubject => ({ kind: 'element', id: byKode(doc, kode).id, mapId: null, label: byKode(doc, kode).nama });

/** undo gives `before` back, redo gives `after` back, on the editor's own history */
function expectUndoRedo(ed: Editor, before: Workspace, after: Workspace) {
  ed.undo();
  expect(ed.get().doc).toEqual(before);
  ed.redo();
  expect(ed.get().doc).toEqual(after);
}

let ed: Editor;
beforeEach(() => {
  vi.useFakeTimers();
  ed = make();
  ed.review.setReviewerName('Rina (Bagian Organisasi)');
});
afterEach(() => vi.useRealTimers());

describe('notes through the editor', () => {
  it('writes a note with the reviewer name and the clock time; undo and redo', () => {
    const before = ed.currentDoc();
    const id = writeNote(ed, onBox(before, '6.2'), '  Seksi ini diusulkan disetarakan. ')!;
    const after = ed.currentDoc();
    expect(after.notes![id]).toMatchObject({ author: 'Rina (Bagian Organisasi)', at: '2026-12-07T08:00:00.000Z', text: 'Seksi ini diusulkan disetarakan.', status: 'terbuka' });
    expect(ed.get().history.past).toHaveLength(1);
    expectUndoRedo(ed, before, after);
  });

  it('without a reviewer name nothing is written and the panel asks for the name', () => {
    ed.review.setReviewerName('');
    const before = ed.currentDoc();
    expect(writeNote(ed, onBox(before, '6.2'), 'x')).toBeNull();
    expect(ed.currentDoc()).toBe(before);
    expect(ed.get().toast).toMatchObject({ kind: 'error', text: expect.stringContaining('Isi nama Anda') });
  });

  it('a note on a line and on a unit (the subjects the panel offers for a jabatan); undo and redo', () => {
    const doc = ed.currentDoc();
    const kasi = byKode(doc, '6.2');
    const line = lineOf(doc, kasi.id)!;
    const a = writeNote(ed, { kind: 'element', id: line, mapId: null, label: '' }, 'Garis ini seharusnya ke Sekretaris Camat?')!;
    const mid = ed.currentDoc();
    const b = writeNote(ed, { kind: 'element', id: kasi.unitId, mapId: null, label: '' }, 'Unit ini diusulkan digabung.')!;
    const after = ed.currentDoc();
    expect(after.notes![a].subject).toMatchObject({ id: line });
    expect(after.notes![b].subject).toMatchObject({ id: kasi.unitId });
    expectUndoRedo(ed, mid, after);
  });

  it('a selected jabatan offers itself, the line up to its superior and its unit; going to a line selects its box', () => {
    const doc = ed.currentDoc();
    const kasi = byKode(doc, '6.2');
    ed.select([kasi.id]);
    const choices = subjectChoices(ed, []);
    expect(choices.map((c) => c.label)).toEqual([
      `«${kasi.nama} (Pengawas)»`,
      `Garis «komando ${kasi.nama} → ${doc.positions[kasi.superiorId!].nama}»`,
      `Unit «${doc.units[kasi.unitId].nama}»`,
    ]);
    ed.select([]);
    expect(goToSubject(ed, choices[1].subject)).toBe(true);
    expect(ed.get().selection).toEqual([kasi.id]);
  });

  it("edits one's own note; another writer's note is refused with a message and stays", () => {
    const id = writeNote(ed, onBox(ed.currentDoc(), '6.2'), 'Awal')!;
    const before = ed.currentDoc();
    expect(editNoteText(ed, id, 'Diperbaiki: Seksi ini diusulkan disetarakan.')).toBe(true);
    const after = ed.currentDoc();
    expect(after.notes![id].text).toBe('Diperbaiki: Seksi ini diusulkan disetarakan.');
    expectUndoRedo(ed, before, after);
    ed.review.setReviewerName('Dinas Kominfo');
    const now = ed.currentDoc();
    expect(editNoteText(ed, id, 'Bukan milik saya')).toBe(false);
    expect(ed.currentDoc()).toBe(now);
    expect(ed.get().toast?.text).toContain('hanya penulisnya yang dapat mengubah isinya');
  });

  it('a reply by the author of the document marks the note ditanggapi; undo and redo', () => {
    const id = writeNote(ed, onBox(ed.currentDoc(), '6.2'), 'Mohon dijelaskan.')!;
    ed.review.setReviewerName('Penyusun — Kecamatan Kota Baru');
    const before = ed.currentDoc();
    expect(replyToNote(ed, id, 'Sudah kami ubah.')).toBe(true);
    const after = ed.currentDoc();
    expect(after.notes![id]).toMatchObject({ status: 'ditanggapi', replies: [{ author: 'Penyusun — Kecamatan Kota Baru', text: 'Sudah kami ubah.' }] });
    expectUndoRedo(ed, before, after);
  });

  it('resolves a note (status selesai) and opens it again; each one undo step', () => {
    const id = writeNote(ed, onBox(ed.currentDoc(), '6.2'), 'Mohon dijelaskan.')!;
    const before = ed.currentDoc();
    expect(changeNoteStatus(ed, id, 'selesai')).toBe(true);
    const resolved = ed.currentDoc();
    expect(resolved.notes![id].status).toBe('selesai');
    expectUndoRedo(ed, before, resolved);
    expect(changeNoteStatus(ed, id, 'terbuka')).toBe(true);
    expect(ed.currentDoc().notes![id].status).toBe('terbuka');
    expectUndoRedo(ed, resolved, ed.currentDoc());
  });

  it('deletes a note with its replies; undo brings both back', () => {
    const id = writeNote(ed, onBox(ed.currentDoc(), '6.2'), 'Mohon dijelaskan.')!;
    replyToNote(ed, id, 'Tanggapan');
    const before = ed.currentDoc();
    expect(deleteNote(ed, id)).toBe(true);
    const after = ed.currentDoc();
    expect(after.notes![id]).toBeUndefined();
    expectUndoRedo(ed, before, after);
    // a note that is not there: a message, nothing recorded
    const now = ed.currentDoc();
    expect(deleteNote(ed, 'catatan_hilang')).toBe(false);
    expect(ed.currentDoc()).toBe(now);
    expect(ed.get().toast).toMatchObject({ kind: 'error', text: expect.stringContaining('tidak ditemukan') });
  });
});

describe("taking a reviewer's notes in through the editor", () => {
  it("reads the reviewer's notes file, takes only the notes (one kept on a deleted box, marked), one undo step", async () => {
    // the reviewer's copy: two notes; one on the Kepala Seksi the author deletes meanwhile
    const reviewer = make();
    reviewer.review.setReviewerName('Inspektorat — Dewi');
    const rdoc = reviewer.currentDoc();
    writeNote(reviewer, onBox(rdoc, '6.2'), 'Seksi ini diusulkan disetarakan.');
    const gone = writeNote(reviewer, onBox(rdoc, '6.4'), 'Uraian tugas belum ada.')!;
    const file = new File([serializeReviewNotes(reviewer.currentDoc(), '2026-12-07T09:00:00.000Z')], 'catatan.json');

    const removed = byKode(ed.currentDoc(), '6.4').id;
    expect(ed.run(deletePositions, { ids: [removed], dependants: 'reattach' })).toBe(true);
    const before = ed.currentDoc();
    const offer = await readReviewerCopy(ed, file);
    if ('message' in offer) throw new Error(offer.message);
    expect(offer.plan.added).toHaveLength(2);
    expect(offer.plan.orphans).toEqual([gone]);
    expect(ed.currentDoc()).toBe(before);
    expect(takeOverNotes(ed, offer.plan)).toBe(true);
    const after = ed.currentDoc();
    expect(Object.keys(after.notes!)).toHaveLength(2);
    // nothing but the notes changed
    expect({ ...after, notes: undefined }).toEqual({ ...before, notes: undefined });
    expectUndoRedo(ed, before, after);
  });

  it('a whole reviewer copy is read for its notes only; a file that is not a document says so and changes nothing', async () => {
    const reviewer = make();
    reviewer.review.setReviewerName('Inspektorat — Dewi');
    writeNote(reviewer, onBox(reviewer.currentDoc(), '6.2'), 'Catatan');
    reviewer.run(updateDocumentInfo, { title: 'Diubah peninjau' });
    const copy = new File([serializeDocument(reviewer.currentDoc())], 'salinan.petakerja.json');
    const before = ed.currentDoc();
    const offer = await readReviewerCopy(ed, copy);
    if ('message' in offer) throw new Error(offer.message);
    takeOverNotes(ed, offer.plan);
    expect(ed.currentDoc().title).toBe(before.title);
    expect(Object.keys(ed.currentDoc().notes!)).toHaveLength(1);
    const bad = await readReviewerCopy(ed, new File(['{"bukan": "dokumen"'], 'rusak.json'));
    expect(bad).toMatchObject({ message: expect.any(String) });
    expect((bad as { message: string }).message.length).toBeGreaterThan(10);
  });
});

describe('compare and penyetaraan through the editor', () => {
  it('comparing touches neither the document nor the history; the overlay is shown and cleared', () => {
    const lama = ed.currentDoc();
    const kasi = byKode(lama, '6.3');
    expect(ed.run(updatePosition, { id: kasi.id, changes: { nama: 'Kepala Seksi Perekonomian' } })).toBe(true);
    const baru = ed.currentDoc();
    const past = ed.get().history.past.length;
    const cmp = compareWithOpen(ed, lama);
    ed.review.showComparison('versi lama', lama, baru, cmp);
    expect(ed.currentDoc()).toBe(baru);
    expect(ed.get().history.past).toHaveLength(past);
    expect(ed.review.get().overlay?.status.get(kasi.id)).toBe('changed');
    expect(cmp.rows.some((r) => r.jabatanBaru.includes('Kepala Seksi Perekonomian'))).toBe(true);
    ed.review.clearComparison();
    expect(ed.review.get().overlay).toBeNull();
  });

  it('previews a penyetaraan without changing the document, applies it as one step, undo gives the exact document back', () => {
    const before = ed.currentDoc();
    const kecamatan = byKode(before, '6').unitId;
    const ids = selectForPenyetaraan(before, { kind: 'pengawas', namaAwalan: 'Kepala Seksi', unitId: kecamatan }).slice(0, 3);
    expect(ids).toHaveLength(3);
    const preview = penyetaraanPreview(ed, { positionIds: ids, keepUnitIds: [] });
    if (preview === null || typeof preview === 'string') throw new Error(String(preview));
    expect(ed.currentDoc()).toBe(before);
    expect(applyPenyetaraan(ed, preview)).toBe(true);
    const after = ed.currentDoc();
    expect(after).toBe(preview.after);
    expect(ed.get().history.past).toHaveLength(1);
    for (const id of ids) expect(after.positions[id]).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-muda' });
    ed.undo();
    expect(ed.get().doc).toEqual(before);
    // (the merged units come back at the end of the units record: the same content, another key order)
    expect(JSON.stringify(ed.get().doc!.positions)).toBe(JSON.stringify(before.positions));
    ed.redo();
    expect(ed.get().doc).toEqual(after);
  });

  it('a stale preview is refused with a message; an empty choice has no preview; a refused plan says why', () => {
    const before = ed.currentDoc();
    const kecamatan = byKode(before, '6').unitId;
    const ids = selectForPenyetaraan(before, { kind: 'pengawas', namaAwalan: 'Kepala Seksi', unitId: kecamatan });
    const preview = penyetaraanPreview(ed, { positionIds: ids, keepUnitIds: [] });
    if (preview === null || typeof preview === 'string') throw new Error(String(preview));
    writeNote(ed, onBox(before, '6.2'), 'Sesudah pratinjau');
    const now = ed.currentDoc();
    expect(applyPenyetaraan(ed, preview)).toBe(false);
    expect(ed.currentDoc()).toBe(now);
    expect(ed.get().toast?.text).toContain('Dokumen berubah sejak pratinjau');
    expect(penyetaraanPreview(ed, { positionIds: [], keepUnitIds: [] })).toBeNull();
    const jpt = byKode(before, '6').id;
    expect(penyetaraanPreview(ed, { positionIds: [jpt], keepUnitIds: [] })).toEqual(expect.any(String));
  });
});
