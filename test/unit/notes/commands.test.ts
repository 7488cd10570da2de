// Catatan reviu commands (DOMAIN.md §9): add, reply, resolve, reopen, status, delete — each execute → undo → redo,
// with its refusals; and the notes on elements of every kind (unit, jabatan, line, team, map, process, lane, step,
// relasi arrow) and on a finding.
import { describe, expect, it } from 'vitest';
import {
  addNote,
  editNote,
  execute,
  updatePosition,
  removeNote,
  reopenNote,
  replyNote,
  resolveNote,
  setNoteStatus,
} from '../../../src/commands';
import { lineId, lineOf, lineSubordinate, locateElement, noteList, openNoteCounts, subjectExists, subjectName, type Workspace } from '../../../src/model';
import { createKotaContoh, KOTA_CONTOH_MAP_IDS } from '../../../src/samples/kotaContoh';
import { makeFixture, refusal, roundTrip } from '../commands/fixture';

const AT = '2026-12-07T07:00:00.000Z';
const LATER = '2026-12-08T09:30:00.000Z';

function withNote(doc: Workspace = makeFixture()): Workspace {
  return execute(doc, addNote, {
    id: 'n1',
    subject: { kind: 'element', id: 'p_kasi_infra', mapId: null, label: 'Kepala Seksi Infrastruktur' },
    author: 'Inspektorat — Dewi',
    at: AT,
    text: 'Seksi ini diusulkan disetarakan.',
  }).doc;
}

describe('note.add', () => {
  it('writes an open note on a jabatan; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, addNote, {
      id: 'n1',
      subject: { kind: 'element', id: 'p_kasi_infra', mapId: null, label: 'Kepala Seksi Infrastruktur' },
      author: '  Inspektorat — Dewi ',
      at: AT,
      text: ' Seksi ini diusulkan disetarakan. ',
    });
    expect(done.doc.notes!.n1).toEqual({
      id: 'n1',
      subject: { kind: 'element', id: 'p_kasi_infra', mapId: null, label: 'Kepala Seksi Infrastruktur' },
      author: 'Inspektorat — Dewi',
      at: AT,
      text: 'Seksi ini diusulkan disetarakan.',
      status: 'terbuka',
      statusAt: AT,
      replies: [],
    });
    expect(done.label).toBe('Tambah catatan reviu «Seksi ini diusulkan disetarakan.»');
    expect(doc.notes).toBeUndefined();
  });

  it('writes a note on a finding with its message and citation', () => {
    const done = roundTrip(makeFixture(), addNote, {
      id: 'n2',
      subject: { kind: 'finding', ruleId: 'KED-05', subjects: ['p_pengadministrasi', 'p_kasubbag'], label: 'KED-05', message: 'Pelaksana …', citation: 'Perwali Serang 23/2023 Pasal 6' },
      author: 'Bagian Organisasi',
      at: AT,
      text: 'Mohon dijelaskan.',
    });
    expect(done.doc.notes!.n2.subject).toMatchObject({ kind: 'finding', ruleId: 'KED-05', citation: 'Perwali Serang 23/2023 Pasal 6' });
  });

  it('refuses a used id, an empty text, no author, a bad subject', () => {
    const doc = withNote();
    const base = { id: 'n9', subject: { kind: 'element' as const, id: 'u_dinas', mapId: null, label: '' }, author: 'A', at: AT, text: 'x' };
    expect(refusal(() => execute(doc, addNote, { ...base, id: 'n1' }))).toBe('ID catatan «n1» sudah dipakai.');
    expect(refusal(() => execute(doc, addNote, { ...base, text: '   ' }))).toMatch(/Catatan masih kosong/);
    expect(refusal(() => execute(doc, addNote, { ...base, author: ' ' }))).toMatch(/Nama penulis catatan belum diisi/);
    expect(refusal(() => execute(doc, addNote, { ...base, text: 'x'.repeat(5001) }))).toMatch(/terlalu panjang/);
    expect(refusal(() => execute(doc, addNote, { ...base, subject: { kind: 'apa' } as never }))).toMatch(/Pokok catatan/);
  });
});

describe('note.reply', () => {
  it('adds a reply; a reply by another person marks an open note ditanggapi; undo and redo', () => {
    const doc = withNote();
    const done = roundTrip(doc, replyNote, { noteId: 'n1', id: 'r1', author: 'Dinas Kominfo', at: LATER, text: 'Sudah kami ubah.' });
    expect(done.doc.notes!.n1.replies).toEqual([{ id: 'r1', author: 'Dinas Kominfo', at: LATER, text: 'Sudah kami ubah.' }]);
    expect(done.doc.notes!.n1.status).toBe('ditanggapi');
    expect(done.doc.notes!.n1.statusAt).toBe(LATER);
    expect(done.label).toBe('Tanggapi catatan reviu «Sudah kami ubah.»');
  });

  it("the author's own follow-up keeps the note terbuka", () => {
    const done = roundTrip(withNote(), replyNote, { noteId: 'n1', id: 'r1', author: 'Inspektorat — Dewi', at: LATER, text: 'Tambahan.' });
    expect(done.doc.notes!.n1.status).toBe('terbuka');
  });

  it('refuses a missing note, a used reply id and an empty reply', () => {
    const doc = execute(withNote(), replyNote, { noteId: 'n1', id: 'r1', author: 'B', at: LATER, text: 'ok' }).doc;
    expect(refusal(() => execute(doc, replyNote, { noteId: 'nx', id: 'r2', author: 'B', at: LATER, text: 'ok' }))).toMatch(/«nx» tidak ditemukan/);
    expect(refusal(() => execute(doc, replyNote, { noteId: 'n1', id: 'r1', author: 'B', at: LATER, text: 'ok' }))).toBe('ID tanggapan «r1» sudah dipakai.');
    expect(refusal(() => execute(doc, replyNote, { noteId: 'n1', id: 'r2', author: 'B', at: LATER, text: '' }))).toMatch(/Tanggapan masih kosong/);
  });
});

describe('note.resolve / note.reopen / note.status', () => {
  it('resolves, then reopens (ditanggapi when someone answered); undo and redo each', () => {
    const answered = execute(withNote(), replyNote, { noteId: 'n1', id: 'r1', author: 'B', at: AT, text: 'ok' }).doc;
    const resolved = roundTrip(answered, resolveNote, { noteId: 'n1', at: LATER });
    expect(resolved.doc.notes!.n1).toMatchObject({ status: 'selesai', statusAt: LATER });
    expect(resolved.label).toBe('Selesaikan catatan reviu «Seksi ini diusulkan disetarakan.»');
    const reopened = roundTrip(resolved.doc, reopenNote, { noteId: 'n1', at: LATER });
    expect(reopened.doc.notes!.n1.status).toBe('ditanggapi');
    expect(reopened.label).toBe('Buka kembali catatan reviu «Seksi ini diusulkan disetarakan.»');
    const unanswered = execute(withNote(), resolveNote, { noteId: 'n1', at: LATER }).doc;
    expect(execute(unanswered, reopenNote, { noteId: 'n1', at: LATER }).doc.notes!.n1.status).toBe('terbuka');
  });

  it('asking for the status a note has records nothing; an unknown status is refused', () => {
    const doc = withNote();
    expect(execute(doc, reopenNote, { noteId: 'n1', at: LATER }).patches).toEqual([]);
    expect(execute(doc, setNoteStatus, { noteId: 'n1', status: 'terbuka', at: LATER }).patches).toEqual([]);
    const set = roundTrip(doc, setNoteStatus, { noteId: 'n1', status: 'ditanggapi', at: LATER });
    expect(set.doc.notes!.n1.status).toBe('ditanggapi');
    expect(refusal(() => execute(doc, setNoteStatus, { noteId: 'n1', status: 'batal' as never, at: LATER }))).toMatch(/Status catatan tidak dikenal/);
    expect(refusal(() => execute(doc, resolveNote, { noteId: 'nx', at: LATER }))).toMatch(/tidak ditemukan/);
  });
});

describe('note.edit', () => {
  it("changes its writer's text; undo and redo", () => {
    const done = roundTrip(withNote(), editNote, { noteId: 'n1', author: 'Inspektorat — Dewi', text: ' Seksi ini diusulkan disetarakan tahun 2027. ' });
    expect(done.doc.notes!.n1.text).toBe('Seksi ini diusulkan disetarakan tahun 2027.');
    expect(done.doc.notes!.n1.status).toBe('terbuka');
    expect(done.label).toBe('Ubah catatan reviu «Seksi ini diusulkan disetarakan tahun 2…»');
  });

  it("refuses another writer, an empty text and a missing note; the same text records nothing", () => {
    const doc = withNote();
    expect(refusal(() => execute(doc, editNote, { noteId: 'n1', author: 'Dinas Kominfo', text: 'x' }))).toBe(
      'Catatan ini ditulis oleh Inspektorat — Dewi; hanya penulisnya yang dapat mengubah isinya. Tulis tanggapan bila perlu.',
    );
    expect(refusal(() => execute(doc, editNote, { noteId: 'n1', author: 'Inspektorat — Dewi', text: ' ' }))).toMatch(/Catatan masih kosong/);
    expect(refusal(() => execute(doc, editNote, { noteId: 'nx', author: 'Inspektorat — Dewi', text: 'x' }))).toMatch(/«nx» tidak ditemukan/);
    expect(execute(doc, editNote, { noteId: 'n1', author: 'Inspektorat — Dewi', text: 'Seksi ini diusulkan disetarakan.' }).patches).toEqual([]);
  });
});

describe('note.remove', () => {
  it('deletes a note with its replies; undo and redo', () => {
    const doc = execute(withNote(), replyNote, { noteId: 'n1', id: 'r1', author: 'B', at: AT, text: 'ok' }).doc;
    const done = roundTrip(doc, removeNote, { noteId: 'n1' });
    expect(done.doc.notes).toEqual({});
    expect(done.label).toBe('Hapus catatan reviu «Seksi ini diusulkan disetarakan.»');
    expect(refusal(() => execute(done.doc, removeNote, { noteId: 'n1' }))).toMatch(/tidak ditemukan/);
  });
});

describe('note subjects', () => {
  it('locates every kind of element of the Kota Contoh and names it', () => {
    const doc = createKotaContoh();
    const level = doc.maps[KOTA_CONTOH_MAP_IDS.level1];
    const sop = doc.maps[KOTA_CONTOH_MAP_IDS.sop];
    const sub = doc.maps[KOTA_CONTOH_MAP_IDS.subproses];
    const rel = doc.maps[KOTA_CONTOH_MAP_IDS.relasi];
    if (level.kind !== 'level' || sop.kind !== 'lintas-fungsi' || sub.kind !== 'subproses' || rel.kind !== 'relasi') throw new Error('sample changed');
    const unitId = Object.keys(doc.units)[0];
    const pos = Object.values(doc.positions).find((p) => p.superiorId !== null)!;
    const cases: [string, string | null, string][] = [
      [unitId, null, 'unit'],
      [pos.id, null, 'jabatan'],
      [Object.keys(doc.teams)[0], null, 'tim'],
      [level.id, null, 'peta'],
      [level.processes[0].id, level.id, 'proses'],
      [sop.lanes[0].id, sop.id, 'lajur'],
      [sop.nodes.find((n) => n.type === 'activity')!.id, sop.id, 'simbol'],
      [sop.arrows[0].id, sop.id, 'panah'],
      [sub.steps[0].id, sub.id, 'langkah'],
      [rel.boxes[0].id, rel.id, 'kotak'],
      [rel.arrows[0].id, rel.id, 'panah-relasi'],
    ];
    for (const [id, mapId, type] of cases) {
      const found = locateElement(doc, id, mapId);
      expect(found?.type, id).toBe(type);
      expect(found!.name.length, id).toBeGreaterThan(0);
      expect(subjectExists(doc, { kind: 'element', id, mapId, label: '' })).toBe(true);
    }
    expect(subjectName(doc, { kind: 'element', id: pos.id, mapId: null, label: '' })).toMatch(/^Jabatan «/);
    // a flow arrow is named by its ends
    expect(locateElement(doc, sop.arrows[0].id, sop.id)!.name).toMatch(/^(.+: )?Mulai → .+/);
  });

  it('a line of the structure is an element of its own: both ends in its id, gone once the jabatan answers to another', () => {
    const doc = makeFixture();
    const line = lineOf(doc, 'p_teknisi')!;
    expect(line).toBe(lineId('p_teknisi', 'p_kasi_infra'));
    expect(lineSubordinate(line)).toBe('p_teknisi');
    expect(lineSubordinate('p_teknisi')).toBeNull();
    expect(locateElement(doc, line)).toEqual({ type: 'garis', id: line, mapId: null, name: 'kedudukan Teknisi Jaringan → Kepala Seksi Infrastruktur' });
    expect(locateElement(doc, lineOf(doc, 'p_kasi_infra')!)?.name).toBe('komando Kepala Seksi Infrastruktur → Kepala Bidang Aplikasi Informatika');
    expect(subjectName(doc, { kind: 'element', id: line, mapId: null, label: '' })).toBe('Garis «kedudukan Teknisi Jaringan → Kepala Seksi Infrastruktur»');
    // the top official has no line; a line to a jabatan that is not the superior does not exist
    expect(lineOf(doc, 'p_kadis')).toBeNull();
    expect(locateElement(doc, lineId('p_teknisi', 'p_kadis'))).toBeNull();
    const moved = execute(doc, updatePosition, { id: 'p_teknisi', changes: { superiorId: 'p_kabid_aptika', unitId: 'u_aptika' } }).doc;
    expect(subjectExists(moved, { kind: 'element', id: line, mapId: null, label: 'garis lama' })).toBe(false);
  });

  it('a gone subject keeps the name it had; counts only notes that are not selesai, on the first subject of a finding', () => {
    let doc = withNote();
    doc = execute(doc, addNote, { id: 'n2', subject: { kind: 'finding', ruleId: 'KED-05', subjects: ['p_teknisi', 'p_kasi_infra'], label: 'KED-05 pada Teknisi', message: '', citation: '' }, author: 'A', at: LATER, text: 'y' }).doc;
    doc = execute(doc, addNote, { id: 'n3', subject: { kind: 'element', id: 'p_teknisi', mapId: null, label: '' }, author: 'A', at: LATER, text: 'z' }).doc;
    doc = execute(doc, resolveNote, { noteId: 'n3', at: LATER }).doc;
    expect(Object.fromEntries(openNoteCounts(doc))).toEqual({ p_kasi_infra: 1, p_teknisi: 1 });
    expect(noteList(doc).map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    const gone = { kind: 'element' as const, id: 'p_hilang', mapId: null, label: 'Kepala Seksi Lama' };
    expect(subjectExists(doc, gone)).toBe(false);
    expect(subjectName(doc, gone)).toBe('Kepala Seksi Lama');
  });
});
