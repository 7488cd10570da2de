import { useState } from 'react';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { closeDialog } from '../editor/editorStore';
import { editor } from '../editor/editorStore';
import { newDocument } from './documentActions';
import { openStoredDocument, persistence, storedList } from '../editor/persistence';
import { VersionHistory } from './VersionHistory';

export function DocumentsDialog() {
  const items = useStore(storedList, (s) => s.items);
  const currentId = useStore(editor, (s) => s.doc?.id);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [history, setHistory] = useState<{ id: string; title: string } | null>(null);
  if (history) {
    return (
      <Modal title={`Riwayat versi — ${history.title || 'Tanpa judul'}`} onClose={closeDialog} wide>
        <div className="dialog-actions">
          <button onClick={() => setHistory(null)} data-testid="history-back">
            ‹ Kembali ke daftar dokumen
          </button>
        </div>
        <p className="muted small">
          Versi lama disimpan di browser ini saat dokumen dibuka dan setiap beberapa menit selama Anda bekerja (paling
          banyak 8 per dokumen). Bila penyimpanan penuh, versi tertua dihapus lebih dulu agar pekerjaan terbaru tetap
          tersimpan. Memulihkan sebuah versi menyimpan versi sekarang ke riwayat ini lebih dulu.
        </p>
        <VersionHistory docId={history.id} title={history.title} onRestored={closeDialog} />
      </Modal>
    );
  }
  return (
    <Modal title="Dokumen di browser ini" onClose={closeDialog} wide>
      <div className="dialog-actions">
        <button className="primary" onClick={newDocument}>
          Dokumen baru
        </button>
      </div>
      <table className="doc-list" data-testid="doc-list">
        <thead>
          <tr>
            <th>Judul</th>
            <th>Instansi</th>
            <th>Jabatan</th>
            <th>Diubah</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} className={d.id === currentId ? 'current' : ''}>
              <td>
                {renaming !== null && renaming.id === d.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      persistence.rename(d.id, renaming.title.trim() || 'Tanpa judul');
                      setRenaming(null);
                    }}
                  >
                    <input autoFocus value={renaming.title} aria-label="Judul baru" onChange={(e) => setRenaming({ id: d.id, title: e.target.value })} />
                    <button type="submit">Simpan</button>
                  </form>
                ) : (
                  <button className="linklike" onClick={() => openStoredDocument(d.id)}>
                    {d.title || 'Tanpa judul'}
                  </button>
                )}
                {d.unreadable && <small className="c-error"> (tidak terbaca)</small>}
                {d.id === currentId && <small> (terbuka)</small>}
              </td>
              <td>{d.instansi}</td>
              <td>{d.positions}</td>
              <td>{new Date(d.updatedAt).toLocaleString('id-ID')}</td>
              <td className="doc-actions">
                <button onClick={() => setRenaming({ id: d.id, title: d.title })}>Ganti nama</button>
                <button onClick={() => setHistory({ id: d.id, title: d.title })} data-testid="doc-history">
                  Riwayat versi
                </button>
                <button onClick={() => persistence.duplicate(d.id)}>Duplikat</button>
                {confirmDelete === d.id ? (
                  <>
                    <button className="danger" onClick={() => { persistence.remove(d.id); setConfirmDelete(null); }}>
                      Ya, hapus
                    </button>
                    <button onClick={() => setConfirmDelete(null)}>Batal</button>
                  </>
                ) : (
                  <button onClick={() => setConfirmDelete(d.id)}>Hapus</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="muted">Belum ada dokumen tersimpan.</p>}
    </Modal>
  );
}
