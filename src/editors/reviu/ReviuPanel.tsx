// The Reviu panel (issue 17 item 1): the reviewer's name, a new note on the selected element or one of its
// findings, the notes filtered by status, author and view, each leading to its subject, with replies and status;
// and the desk's other work: Lembar Reviu, sending and taking over notes, compare, penyetaraan.
import { useMemo, useState } from 'react';
import { NOTE_STATUS_LABELS, NOTE_STATUSES, noteDate, noteList, subjectExists, subjectName, type NoteStatus, type ReviewNote } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { changeNoteStatus, deleteNote, downloadLembarReviu, downloadNotesFile, editNoteText, replyToNote, writeNote } from '../../editor/reviewNotes';
import { goToSubject, subjectChoices, viewOfNote } from './subjects';
import type { View } from '../../editor/types';

const VIEW_LABELS: Record<View, string> = { struktur: 'Struktur', tim: 'Tim Kerja', peta: 'Peta proses' };

export function ReviuPanel() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const reviewerName = useStore(editor.review, (s) => s.reviewerName);
  const subjectId = useStore(editor.review, (s) => s.subjectId);
  const [status, setStatus] = useState<NoteStatus | ''>('');
  const [author, setAuthor] = useState('');
  const [view, setView] = useState<View | ''>('');
  const notes = useMemo(() => (doc ? noteList(doc) : []), [doc]);
  const authors = useMemo(() => [...new Set(notes.map((n) => n.author))].sort((a, b) => a.localeCompare(b, 'id')), [notes]);
  if (!doc) return null;
  const shown = notes.filter(
    (n) =>
      (!status || n.status === status) &&
      (!author || n.author === author) &&
      (!view || viewOfNote(doc, n) === view) &&
      (!subjectId || (n.subject.kind === 'element' ? n.subject.id === subjectId : n.subject.subjects[0] === subjectId)),
  );
  const open = notes.filter((n) => n.status !== 'selesai').length;
  return (
    <section className="panel reviu-panel" aria-label="Reviu" data-testid="reviu-panel">
      <div className="reviu-head">
        <h2>Reviu</h2>
        <span className="muted">
          {notes.length} catatan, {open} belum selesai
        </span>
        <button className="modal-close" onClick={() => editor.review.closePanel()} aria-label="Tutup panel Reviu" title="Tutup panel Reviu">
          ×
        </button>
      </div>
      <ReviewerName name={reviewerName} />
      {reviewerName && <NewNote />}
      <div className="reviu-filters" role="group" aria-label="Saring catatan">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as NoteStatus | '')} data-testid="reviu-filter-status">
            <option value="">Semua</option>
            <NoteStatusOptions />
          </select>
        </label>
        <label>
          Penulis
          <select value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="reviu-filter-author">
            <option value="">Semua</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tampilan
          <select value={view} onChange={(e) => setView(e.target.value as View | '')} data-testid="reviu-filter-view">
            <option value="">Semua</option>
            {(Object.keys(VIEW_LABELS) as View[]).map((v) => (
              <option key={v} value={v}>
                {VIEW_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {subjectId && (
        <p className="reviu-narrowed">
          Hanya catatan pada satu elemen.{' '}
          <button className="linklike" onClick={() => editor.review.openPanel(null)}>
            Tampilkan semua
          </button>
        </p>
      )}
      {shown.length === 0 ? (
        <p className="muted">{notes.length === 0 ? 'Belum ada catatan reviu pada dokumen ini.' : 'Tidak ada catatan yang cocok dengan saringan.'}</p>
      ) : (
        <ol className="reviu-list">
          {shown.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ol>
      )}
      <div className="reviu-actions" role="group" aria-label="Berkas reviu">
        <button className="tb-btn" onClick={() => void downloadLembarReviu(editor, 'pdf')} disabled={notes.length === 0} data-testid="lembar-reviu-pdf">
          Lembar Reviu (PDF)
        </button>
        <button className="tb-btn" onClick={() => void downloadLembarReviu(editor, 'xlsx')} disabled={notes.length === 0} data-testid="lembar-reviu-xlsx">
          Lembar Reviu (XLSX)
        </button>
        <button className="tb-btn" onClick={() => downloadNotesFile(editor)} disabled={notes.length === 0} title="Unduh catatan dan tanggapan saja, untuk dikirim ke penyusun" data-testid="kirim-catatan">
          Kirim catatan…
        </button>
        <button className="tb-btn" onClick={() => editor.openDialog({ type: 'noteImport' })} title="Ambil catatan dari salinan peninjau atau berkas catatan reviu" data-testid="ambil-catatan">
          Ambil catatan…
        </button>
        <button className="tb-btn" onClick={() => editor.openDialog({ type: 'compare' })} data-testid="bandingkan">
          Bandingkan…
        </button>
        <button className="tb-btn" onClick={() => editor.openDialog({ type: 'penyetaraan' })} data-testid="penyetaraan">
          Penyetaraan…
        </button>
      </div>
    </section>
  );
}

/** The statuses a catatan can have, as the options of a select (the filter and each note's own status). */
function NoteStatusOptions() {
  return (
    <>
      {NOTE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {NOTE_STATUS_LABELS[s]}
        </option>
      ))}
    </>
  );
}

function ReviewerName({ name }: { name: string }) {
  const editor = useEditor();
  const [editing, setEditing] = useState(!name);
  const [value, setValue] = useState(name);
  if (!editing && name) {
    return (
      <p className="reviu-name">
        Menulis sebagai <strong>{name}</strong>{' '}
        <button className="linklike" onClick={() => setEditing(true)}>
          Ubah nama
        </button>
      </p>
    );
  }
  const save = () => {
    if (!value.trim()) return;
    if (!editor.review.setReviewerName(value)) editor.showToast({ kind: 'info', text: 'Nama dipakai untuk sesi ini saja: peramban tidak mengizinkan menyimpannya.' });
    setEditing(false);
  };
  return (
    <form
      className="reviu-name"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        Nama Anda (ditulis pada setiap catatan)
        <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={120} placeholder="mis. Rina — Bagian Organisasi" data-testid="reviewer-name" />
      </label>
      <button className="tb-btn" type="submit" disabled={!value.trim()}>
        Simpan nama
      </button>
    </form>
  );
}

function NewNote() {
  const editor = useEditor();
  // what the selection offers changes with the selection, the map selection and the findings
  const where = useStore(editor, (s) => `${s.view}|${s.activeMapId}|${s.activeTeamId}|${s.selection[0] ?? ''}`);
  const doc = useStore(editor, (s) => s.doc);
  const petaSel = useStore(editor.peta, (s) => s.selected);
  const findings = useStore(editor.findings, (s) => s.findings);
  // subjectChoices reads the editor itself; these are what its answer depends on
  const choices = useMemo(() => subjectChoices(editor, findings), [editor, findings, where, doc, petaSel]);
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  if (choices.length === 0) return <p className="muted reviu-hint">Pilih kotak, langkah, lajur, panah, Tim Kerja atau peta untuk menulis catatan padanya.</p>;
  const chosen = choices.find((c) => c.key === key) ?? choices[0];
  return (
    <form
      className="reviu-new"
      onSubmit={(e) => {
        e.preventDefault();
        if (writeNote(editor, chosen.subject, text)) setText('');
      }}
    >
      <label>
        Catatan pada
        <select value={chosen.key} onChange={(e) => setKey(e.target.value)} data-testid="note-subject">
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} aria-label="Isi catatan" placeholder="Tulis catatan reviu…" data-testid="note-text" />
      <button className="tb-btn" type="submit" disabled={!text.trim()} data-testid="note-add">
        Tambah catatan
      </button>
    </form>
  );
}

function NoteItem({ note }: { note: ReviewNote }) {
  const editor = useEditor();
  const doc = editor.currentDoc();
  const [reply, setReply] = useState('');
  const [replying, setReplying] = useState(false);
  // the note's own writer may change its text; anyone may delete it (one undo step, like every change)
  const mine = useStore(editor.review, (s) => s.reviewerName === note.author);
  const [draft, setDraft] = useState<string | null>(null);
  const gone = !subjectExists(doc, note.subject);
  return (
    <li className={`reviu-note note-${note.status}`} data-testid="note" data-status={note.status}>
      <div className="reviu-subject">
        {gone ? (
          <span className="reviu-gone" title="Elemen yang dicatat sudah tidak ada dalam dokumen ini">
            {subjectName(doc, note.subject)} <em>(pokok catatan sudah tidak ada)</em>
          </span>
        ) : (
          <button className="linklike" onClick={() => goToSubject(editor, note.subject)} title="Tuju elemen yang dicatat" data-testid="note-subject-link">
            {subjectName(doc, note.subject)}
          </button>
        )}
      </div>
      {draft === null ? (
        <p className="reviu-text">{note.text}</p>
      ) : (
        <form
          className="reviu-reply"
          onSubmit={(e) => {
            e.preventDefault();
            if (editNoteText(editor, note.id, draft)) setDraft(null);
          }}
        >
          <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} aria-label="Ubah isi catatan" autoFocus data-testid="note-edit-text" />
          <button className="tb-btn" type="submit" disabled={!draft.trim()} data-testid="note-edit-save">
            Simpan perubahan
          </button>
          <button className="tb-btn" type="button" onClick={() => setDraft(null)}>
            Batal
          </button>
        </form>
      )}
      <div className="reviu-meta">
        <span>
          {note.author} · {noteDate(note.at)}
        </span>
        <label>
          <span className="sr-only">Status catatan</span>
          <select value={note.status} onChange={(e) => changeNoteStatus(editor, note.id, e.target.value as NoteStatus)} data-testid="note-status">
            <NoteStatusOptions />
          </select>
        </label>
      </div>
      {note.replies.length > 0 && (
        <ul className="reviu-replies">
          {note.replies.map((r) => (
            <li key={r.id}>
              <span className="reviu-reply-meta">
                {r.author} · {noteDate(r.at)}
              </span>
              <p>{r.text}</p>
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <form
          className="reviu-reply"
          onSubmit={(e) => {
            e.preventDefault();
            if (replyToNote(editor, note.id, reply)) {
              setReply('');
              setReplying(false);
            }
          }}
        >
          <textarea value={reply} onChange={(e) => setReply(e.target.value)} rows={2} aria-label="Isi tanggapan" autoFocus data-testid="reply-text" />
          <button className="tb-btn" type="submit" disabled={!reply.trim()} data-testid="reply-send">
            Kirim tanggapan
          </button>
          <button className="tb-btn" type="button" onClick={() => setReplying(false)}>
            Batal
          </button>
        </form>
      ) : (
        <div className="reviu-note-actions">
          <button className="linklike" onClick={() => setReplying(true)} data-testid="note-reply">
            Tanggapi
          </button>
          {mine && draft === null && (
            <button className="linklike" onClick={() => setDraft(note.text)} data-testid="note-edit">
              Ubah
            </button>
          )}
          <button className="linklike" onClick={() => deleteNote(editor, note.id)} title="Hapus catatan ini beserta tanggapannya (dapat dibatalkan dengan Ctrl+Z)" data-testid="note-delete">
            Hapus
          </button>
        </div>
      )}
    </li>
  );
}
