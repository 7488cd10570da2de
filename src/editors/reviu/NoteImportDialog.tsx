// "Ambil catatan": open a reviewer's copy (a whole document or a notes file), preview what of its notes and replies
// would enter this document, then take them over as one undo step. Nothing else of the copy is read.
import { useState } from 'react';
import { NOTE_STATUS_LABELS, subjectName } from '../../model';
import { useEditor } from '../../editor/context';
import { readReviewerCopy, takeOverNotes, type NoteTakeOver } from '../../editor/reviewNotes';
import { Modal } from '../../ui/kit/Modal';

export function NoteImportDialog() {
  const editor = useEditor();
  const [offer, setOffer] = useState<NoteTakeOver | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async () => {
    const file = await editor.env.pickFile('.json,application/json');
    if (!file) return;
    setBusy(true);
    try {
      const read = await readReviewerCopy(editor, file);
      if ('message' in read) {
        setOffer(null);
        setProblem(read.message);
      } else {
        setOffer(read);
        setProblem(null);
      }
    } finally {
      setBusy(false);
    }
  };
  const doc = editor.currentDoc();
  const plan = offer?.plan;
  const replies = plan ? plan.replies.reduce((n, r) => n + r.replies.length, 0) : 0;
  const orphans = new Set(plan?.orphans ?? []);
  return (
    <Modal title="Ambil catatan reviu" onClose={() => editor.closeDialog()} wide>
      <p>
        Buka salinan dokumen yang dikirim kembali oleh peninjau, atau berkas catatan reviunya. Hanya catatan dan tanggapan yang
        diambil, dicocokkan menurut id; perubahan lain di salinan peninjau tidak masuk ke dokumen ini.
      </p>
      <p>
        <button className="tb-btn" onClick={() => void pick()} disabled={busy} data-testid="note-import-pick">
          {busy ? 'Membaca…' : offer ? 'Pilih berkas lain…' : 'Pilih berkas…'}
        </button>
      </p>
      {problem && (
        <p className="reviu-warning" role="alert" data-testid="note-import-problem">
          {problem} Dokumen ini tidak berubah.
        </p>
      )}
      {offer && plan && (
        <div className="reviu-preview" data-testid="note-import-preview">
          <p>
            Dari {offer.source.from === 'catatan' ? 'berkas catatan reviu' : 'salinan dokumen'} «{offer.fileName}»
            {offer.source.title ? ` (${offer.source.title})` : ''}.
          </p>
          {!plan.sameDocument && (
            <p className="reviu-warning">
              Berkas ini berasal dari dokumen lain (id dokumen berbeda). Catatannya tetap dapat diambil, tetapi pokoknya mungkin tidak ada di
              dokumen ini.
            </p>
          )}
          {plan.empty ? (
            <p data-testid="note-import-empty">Tidak ada catatan atau tanggapan baru: semuanya sudah ada di dokumen ini.</p>
          ) : (
            <>
              <p data-testid="note-import-counts">
                {plan.added.length} catatan baru, {replies} tanggapan baru, {plan.statuses.length} perubahan status.
              </p>
              <ul className="reviu-preview-list">
                {plan.added.map((n) => (
                  <li key={n.id}>
                    <strong>{subjectName(doc, n.subject)}</strong>
                    {orphans.has(n.id) && <em className="reviu-gone"> — pokok catatan sudah tidak ada; catatan tetap disimpan dengan tanda</em>}: {n.text}{' '}
                    <span className="muted">({n.author})</span>
                  </li>
                ))}
                {plan.replies.map((r) => (
                  <li key={`r-${r.noteId}`}>
                    {r.replies.length} tanggapan pada «{doc.notes?.[r.noteId]?.text.slice(0, 60)}»
                  </li>
                ))}
                {plan.statuses.map((s) => (
                  <li key={`s-${s.noteId}`}>
                    Status «{doc.notes?.[s.noteId]?.text.slice(0, 60)}»: {NOTE_STATUS_LABELS[s.from]} → {NOTE_STATUS_LABELS[s.to]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="modal-actions">
        <button className="tb-btn" onClick={() => editor.closeDialog()}>
          Batal
        </button>
        <button
          className="tb-btn primary"
          disabled={!plan || plan.empty}
          onClick={() => {
            if (plan && takeOverNotes(editor, plan)) {
              editor.closeDialog();
              editor.showToast({ kind: 'info', text: `Catatan diambil: ${plan.added.length} catatan, ${replies} tanggapan. Batalkan (Ctrl+Z) mengembalikan semuanya.` });
            }
          }}
          data-testid="note-import-apply"
        >
          Ambil catatan
        </button>
      </div>
    </Modal>
  );
}
