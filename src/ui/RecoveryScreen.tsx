// Shown instead of the editor when a stored document cannot be read (damaged text, or content the schema refuses):
// what is wrong, the last good version to go back to, the raw text to download — never a blank page.
import { useStore } from '../editor/createStore';
import { VersionHistory } from './VersionHistory';
import './reliability.css';
import { useEditor } from '../editor/context';

const RAW_PREVIEW = 600;

export function RecoveryScreen() {
  const editor = useEditor();
  const recovery = useStore(editor.persistence.recoveryState, (s) => s.recovery);
  if (!recovery) return null;
  const { docId, title, message, problems, rawText, lastGood } = recovery;
  return (
    <main className="first-screen">
      <div className="first-card recovery" role="alert" data-testid="recovery-screen">
        <h1>Dokumen «{title}» tidak dapat dibuka</h1>
        <p>{message}</p>
        {problems.length > 0 && (
          <ul className="recovery-problems" data-testid="recovery-problems">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
        <p>
          Isi yang rusak <strong>tidak dihapus dan tidak ditimpa</strong> sampai Anda memilih. Bila Anda memulihkan versi
          lama, isi yang rusak tetap disimpan di Riwayat versi dan dapat diunduh.
        </p>
        <div className="first-actions">
          {lastGood ? (
            <button className="primary" onClick={() => editor.persistence.restoreVersion(docId, lastGood.key)} data-testid="recovery-restore">
              Pulihkan versi terakhir yang baik ({new Date(lastGood.takenAt).toLocaleString('id-ID')}, {lastGood.positions} jabatan)
            </button>
          ) : (
            <span className="muted" data-testid="recovery-no-version">
              Tidak ada versi lama yang dapat dibuka di browser ini.
            </span>
          )}
          <button onClick={editor.persistence.downloadRaw} data-testid="recovery-download-raw">
            Unduh isi mentah ({rawText.length.toLocaleString('id-ID')} karakter)
          </button>
          <button onClick={editor.persistence.closeRecovery} data-testid="recovery-close">
            Kembali ke daftar dokumen
          </button>
        </div>
        <h2>Riwayat versi</h2>
        <VersionHistory docId={docId} title={title} />
        <h2>Awal isi mentah</h2>
        <pre className="recovery-raw" data-testid="recovery-raw">
          {rawText.slice(0, RAW_PREVIEW)}
          {rawText.length > RAW_PREVIEW ? '…' : ''}
        </pre>
      </div>
    </main>
  );
}
