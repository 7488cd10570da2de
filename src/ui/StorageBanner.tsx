// The warning that stays while this tab holds work the browser has not stored: a full storage, a newer version
// written by another tab, the document deleted elsewhere, or a switch to another document that must wait. Every
// variant offers the download of this tab's version right where it says what is at risk.
import { useStore } from '../editor/createStore';
import './reliability.css';
import { useEditor } from '../editor/context';

export function StorageBanner() {
  const editor = useEditor();
  const hasDoc = useStore(editor, (s) => s.doc !== null);
  const status = useStore(editor.persistence.saveStatus, (s) => s.status);
  const message = useStore(editor.persistence.saveStatus, (s) => s.message);
  const leave = useStore(editor.persistence.tabState, (s) => s.leave);
  const reloadAsk = useStore(editor.persistence.tabState, (s) => s.reloadAsk);
  const removed = useStore(editor.persistence.tabState, (s) => s.removedElsewhere);
  if (!hasDoc) return null;

  if (leave) {
    return (
      <Banner kind="error" testId="banner-leave" title={`Sebelum ${leave.what}: perubahan di dokumen ini BELUM tersimpan di browser.`}>
        <p>Unduh dokumen ini sebagai berkas agar perubahan tidak hilang. Salinannya juga dicoba disimpan di Riwayat versi.</p>
        <button className="primary" onClick={() => editor.persistence.leaveAnyway(true)} data-testid="leave-download">
          Unduh lalu lanjutkan
        </button>
        <button onClick={() => editor.persistence.leaveAnyway(false)} data-testid="leave-anyway">
          Lanjutkan tanpa mengunduh
        </button>
        <button onClick={editor.persistence.cancelLeave}>Batal</button>
      </Banner>
    );
  }

  if (status === 'conflict') {
    if (reloadAsk) {
      return (
        <Banner kind="error" testId="banner-reload-ask" title="Muat versi terbaru? Perubahan di tab ini yang belum tersimpan akan diganti.">
          <p>Versi tab ini disimpan di Riwayat versi bila masih ada ruang; unduh juga sebagai berkas agar pasti aman.</p>
          <button className="primary" onClick={() => editor.persistence.reloadLatest(true)} data-testid="reload-download">
            Unduh versi tab ini, lalu muat
          </button>
          <button onClick={() => editor.persistence.reloadLatest(false)} data-testid="reload-anyway">
            Muat tanpa mengunduh
          </button>
          <button onClick={editor.persistence.cancelReload}>Batal</button>
        </Banner>
      );
    }
    return (
      <Banner kind="error" testId="banner-conflict" title="Dokumen ini telah diubah di tab lain. Tab ini tidak akan menimpanya.">
        {message && <p>{message}</p>}
        <button className="primary" onClick={editor.persistence.downloadCurrent} data-testid="conflict-download">
          Unduh versi tab ini
        </button>
        <button onClick={editor.persistence.askReloadLatest} data-testid="conflict-reload">
          Muat versi terbaru
        </button>
        <button onClick={editor.persistence.saveTabCopy} data-testid="conflict-copy">
          Simpan versi tab ini sebagai salinan
        </button>
      </Banner>
    );
  }

  if (removed) {
    return (
      <Banner kind="error" testId="banner-removed" title="Dokumen ini dihapus di tab lain. Isinya masih ada di tab ini.">
        <button className="primary" onClick={editor.persistence.storeAgain} data-testid="removed-store">
          Simpan lagi di browser ini
        </button>
        <button onClick={editor.persistence.downloadCurrent}>Unduh dokumen</button>
      </Banner>
    );
  }

  if (status === 'error-quota') {
    return (
      <Banner kind="error" testId="banner-quota" title="Perubahan terakhir BELUM tersimpan di browser. Anda tetap dapat bekerja di tab ini.">
        {message && <p>{message}</p>}
        <button className="primary" onClick={editor.persistence.downloadCurrent} data-testid="quota-download">
          Unduh dokumen
        </button>
        <button onClick={() => editor.openDialog({ type: 'documents' })}>Kelola dokumen tersimpan</button>
        <button onClick={editor.persistence.retrySave} data-testid="quota-retry">
          Coba simpan lagi
        </button>
      </Banner>
    );
  }
  return null;
}

function Banner({ kind, title, testId, children }: { kind: 'error' | 'info'; title: string; testId: string; children: React.ReactNode }) {
  return (
    <div className={`storage-banner storage-banner-${kind}`} role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <div className="storage-banner-body">{children}</div>
    </div>
  );
}
