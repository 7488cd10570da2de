// Bringing notes back (issue 17 item 1): the author opens a reviewer's copy (a whole document, or the reviewer's
// notes file) and takes over only its notes and replies, matched by ids; a note whose subject the author deleted is
// kept and marked; one undo step; importing again adds nothing. Also: notes survive save → open, and version 4 files
// open as version 5.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addNote, deletePositions, execute, importReviewNotes, planNoteImport, replyNote, resolveNote, updateUnit } from '../../../src/commands';
import { readDocumentFile, serializeDocument } from '../../../src/io/file/documentFile';
import { readReviewSource, reviewNotesFileName, serializeReviewNotes } from '../../../src/io/file/reviewNotesFile';
import { CURRENT_VERSION, restore, subjectExists, type Workspace } from '../../../src/model';
import { MIGRATIONS } from '../../../src/model/migrations';
import { createKotaContoh, KOTA_CONTOH_MAP_IDS } from '../../../src/samples/kotaContoh';
import { makeFixture, roundTrip } from '../commands/fixture';

const T0 = '2026-12-01T08:00:00.000Z';
const T1 = '2026-12-02T08:00:00.000Z';
const T2 = '2026-12-03T08:00:00.000Z';

function reopen(doc: Workspace): Workspace {
  const read = readDocumentFile(serializeDocument(doc));
  if (!read.ok) throw new Error(read.message);
  return read.doc;
}

/** The author's document has one note; the reviewer answers it, adds notes on a box and a step, renames a unit. */
function scenario() {
  let author = createKotaContoh();
  const sub = author.maps[KOTA_CONTOH_MAP_IDS.subproses];
  if (sub.kind !== 'subproses') throw new Error('sample changed');
  const kasi = Object.values(author.positions).find((p) => p.kind === 'pengawas')!;
  const jf = Object.values(author.positions).find((p) => p.kind === 'fungsional')!;
  author = execute(author, addNote, { id: 'n_own', subject: { kind: 'element', id: jf.id, mapId: null, label: jf.nama }, author: 'Penyusun', at: T0, text: 'Periksa kelas.' }).doc;

  let reviewer = reopen(author);
  reviewer = execute(reviewer, replyNote, { noteId: 'n_own', id: 'r_rev', author: 'Inspektorat', at: T1, text: 'Kelas 8 sudah benar.' }).doc;
  reviewer = execute(reviewer, addNote, { id: 'n_box', subject: { kind: 'element', id: kasi.id, mapId: null, label: kasi.nama }, author: 'Inspektorat', at: T1, text: 'Usulkan penyetaraan.' }).doc;
  reviewer = execute(reviewer, addNote, { id: 'n_step', subject: { kind: 'element', id: sub.steps[0].id, mapId: sub.id, label: sub.steps[0].nama }, author: 'Inspektorat', at: T1, text: 'Output langkah ini belum jelas.' }).doc;
  const unitId = Object.keys(reviewer.units)[0];
  reviewer = execute(reviewer, updateUnit, { id: unitId, changes: { nama: 'Nama yang diubah reviewer' } }).doc;

  // meanwhile the author deletes the Kepala Seksi the reviewer wrote on
  author = execute(author, deletePositions, { ids: [kasi.id], dependants: 'reattach' }).doc;
  return { author, reviewer, kasi, unitId };
}

describe('bring notes back from a reviewer', () => {
  it('takes over only the notes and replies, keeps the orphan with a marker, one undo step', () => {
    const { author, reviewer, kasi, unitId } = scenario();
    const plan = planNoteImport(author, reviewer);
    expect(plan.sameDocument).toBe(true);
    expect(plan.added.map((n) => n.id)).toEqual(['n_box', 'n_step']);
    expect(plan.replies).toEqual([{ noteId: 'n_own', replies: [expect.objectContaining({ id: 'r_rev' })] }]);
    expect(plan.orphans).toEqual(['n_box']);
    // the reviewer's answer marked the author's open note ditanggapi, later than the author's last change
    expect(plan.statuses).toEqual([{ noteId: 'n_own', from: 'terbuka', to: 'ditanggapi', at: T1 }]);
    const done = roundTrip(author, importReviewNotes, { plan });
    expect(done.label).toBe('Ambil catatan reviu (2 catatan, 1 tanggapan)');
    // nothing else of the reviewer's copy: the unit keeps the author's name, the deleted position stays deleted
    const { notes: _a, ...restAfter } = done.doc;
    const { notes: _b, ...restBefore } = author;
    expect(restAfter).toStrictEqual(restBefore);
    expect(done.doc.units[unitId].nama).toBe(author.units[unitId].nama);
    expect(done.doc.positions[kasi.id]).toBeUndefined();
    expect(Object.keys(done.doc.notes!).sort()).toEqual(['n_box', 'n_own', 'n_step']);
    expect(subjectExists(done.doc, done.doc.notes!.n_box.subject)).toBe(false);
    expect(done.doc.notes!.n_box.subject).toMatchObject({ label: kasi.nama });
    expect(done.doc.notes!.n_own.replies.map((r) => r.id)).toEqual(['r_rev']);
    expect(done.doc.notes!.n_own.status).toBe('ditanggapi');
    // importing the same copy again changes nothing (no duplicates)
    const again = planNoteImport(done.doc, reviewer);
    expect(again.empty).toBe(true);
    expect(execute(done.doc, importReviewNotes, { plan: again }).patches).toEqual([]);
  });

  it('the later status wins on either side', () => {
    const { author, reviewer } = scenario();
    const closedByReviewer = execute(reviewer, resolveNote, { noteId: 'n_own', at: T2 }).doc;
    const plan = planNoteImport(author, closedByReviewer);
    expect(plan.statuses).toEqual([{ noteId: 'n_own', from: 'terbuka', to: 'selesai', at: T2 }]);
    const taken = execute(author, importReviewNotes, { plan }).doc;
    expect(taken.notes!.n_own).toMatchObject({ status: 'selesai', statusAt: T2 });
    // the author reopened it later than the reviewer's copy: the author's status stays
    const authorLater = execute(execute(author, resolveNote, { noteId: 'n_own', at: T2 }).doc, replyNote, { noteId: 'n_own', id: 'r_x', author: 'Penyusun', at: T2, text: 'x' }).doc;
    const older = execute(reviewer, resolveNote, { noteId: 'n_own', at: T1 }).doc;
    expect(planNoteImport(authorLater, older).statuses).toEqual([]);
  });

  it("reads the reviewer's notes file and a whole document alike; refuses a broken file with a clear message", () => {
    const { author, reviewer } = scenario();
    const text = serializeReviewNotes(reviewer, T2);
    expect(reviewNotesFileName(reviewer)).toMatch(/\.catatan-reviu\.json$/);
    const fromFile = readReviewSource(text, 'catatan.json');
    const fromDoc = readReviewSource(serializeDocument(reviewer), 'salinan.petakerja.json');
    if (!fromFile.ok || !fromDoc.ok) throw new Error('not read');
    expect(fromFile.source.from).toBe('catatan');
    expect(fromDoc.source.from).toBe('dokumen');
    expect(planNoteImport(author, fromFile.source)).toEqual(planNoteImport(author, fromDoc.source));
    // the notes file carries no structure at all
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(['documentId', 'exportedAt', 'format', 'notes', 'title', 'version']);
    const broken = readReviewSource(text.replace('"text": "Usulkan penyetaraan."', '"text": 5'), 'rusak.json');
    expect(broken).toEqual({ ok: false, message: expect.stringMatching(/^Berkas «rusak\.json» bukan berkas catatan reviu yang utuh/) });
    expect(readReviewSource('bukan json', 'x.json')).toEqual({ ok: false, message: expect.stringMatching(/bukan JSON/) });
    const foreign = readReviewSource(serializeReviewNotes({ ...reviewer, id: 'doc_lain' }, T2));
    if (!foreign.ok) throw new Error('not read');
    expect(planNoteImport(author, foreign.source).sameDocument).toBe(false);
  });
});

describe('schema version 5', () => {
  it('notes survive save and open, with unknown fields kept', () => {
    const { reviewer } = scenario();
    const withExtra = { ...reviewer, notes: { ...reviewer.notes!, n_box: { ...reviewer.notes!.n_box, prioritas: 'tinggi' } } };
    const back = reopen(withExtra as Workspace);
    expect(back.notes).toStrictEqual(withExtra.notes);
  });

  it('opens the committed v4 fixture as version 5 without a notice and without notes', () => {
    const raw = JSON.parse(readFileSync(new URL('../../fixtures/documents/v4-kota-contoh-peta-jabatan.json', import.meta.url), 'utf8'));
    expect(raw.version).toBe(4);
    const { doc, notices } = restore(raw);
    expect(CURRENT_VERSION).toBe(5);
    expect(doc.version).toBe(5);
    expect(doc.notes).toBeUndefined();
    expect(notices).toEqual([]);
    expect(Object.keys(doc.positions)).toEqual(Object.keys(raw.positions));
    expect(MIGRATIONS[4]({ version: 4, positions: {} })).toEqual({ version: 5, positions: {} });
  });

  it('a note record whose key differs from its id is keyed by its id, as every other collection', () => {
    const doc = makeFixture();
    const raw = JSON.parse(serializeDocument(execute(doc, addNote, { id: 'n1', subject: { kind: 'element', id: 'u_dinas', mapId: null, label: '' }, author: 'A', at: T0, text: 'x' }).doc));
    raw.notes = { salah: raw.notes.n1, n1: { ...raw.notes.n1, text: 'kedua' } };
    const { doc: fixed, notices } = restore(raw);
    expect(Object.keys(fixed.notes!)).toEqual(['n1']);
    expect(fixed.notes!.n1.text).toBe('kedua');
    expect(notices.join(' ')).toMatch(/notes «salah» memakai ID «n1» yang sudah dipakai/);
  });
});
