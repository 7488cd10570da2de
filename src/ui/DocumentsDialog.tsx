import { useEffect, useState } from 'react';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { newDocument } from '../editor/documentActions';
import { VersionHistory } from './VersionHistory';
import { useEditor } from '../editor/context';

export function DocumentsDialog() {
  const editor = useEditor();
  const items = useStore(editor.persistence.storedList, (s) => s.items);
  const currentId = useStore(editor, (s) => s.doc?.id);
  const storageText = useStore(editor.persistence.storageInfo, (s) => s.text);
  useEffect(() => editor.persistence.refreshStorageInfo(), []);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [history, setHistory] = useState<{ id: string; title: string } | null>(null);
  if (history) {
    return (
      <Modal title={`Riwayat versi — ${history.title || 'Tanpa judul'}`} onClose={editor.closeDialog} wide>
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
        <VersionHistory docId={history.id} title={history.title} onRestored={editor.closeDialog} />
      </Modal>
    );
  }
  return (
    <Modal title="Dokumen di browser ini" onClose={editor.closeDialog} wide>
      <div className="dialog-actions">
        <button className="primary" onClick={() => void newDocument(editor)}>
          Dokumen baru
        </button>
        <button onClick={() => editor.openDialog({ type: 'ruangKerja' })} data-testid="open-ruang-kerja">
          Ruang kerja (rekap semua dokumen)…
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
                      editor.persistence.rename(d.id, renaming.title.trim() || 'Tanpa judul');
                      setRenaming(null);
                    }}
                  >
                    <input autoFocus value={renaming.title} aria-label="Judul baru" onChange={(e) => setRenaming({ id: d.id, title: e.target.value })} />
                    <button type="submit">Simpan</button>
                  </form>
                ) : (
                  <button className="linklike" onClick={() => editor.persistence.openStored(d.id)}>
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
                <button onClick={() => editor.persistence.duplicate(d.id)}>Duplikat</button>
                {confirmDelete === d.id ? (
                  <>
                    <button className="danger" onClick={() => { editor.persistence.remove(d.id); setConfirmDelete(null); }}>
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
      {storageText && (
        <p className="muted small" data-testid="storage-estimate">
          Penyimpanan browser: {storageText}
        </p>
      )}
    </Modal>
  );
}
