// "Riwayat versi": the earlier copies of one document kept in this browser, each restorable or downloadable.
import { useEffect, useState } from 'react';
import { SNAPSHOT_REASON_LABELS } from '../io/storage/messages';
import './reliability.css';
import { useEditor } from '../editor/context';
import type { HistoryRow } from '../editor/types';

const kb = (chars: number) => `${Math.max(1, Math.round(chars / 1024)).toLocaleString('id-ID')} kB`;

export function VersionHistory({ docId, title, onRestored }: { docId: string; title: string; onRestored?: () => void }) {
  const editor = useEditor();
  // re-read after every action: a restore adds a copy of what it replaced
  const [version, setVersion] = useState(0);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  useEffect(() => {
    let live = true;
    void editor.persistence.historyOf(docId).then((r) => {
      if (live) setRows(r);
    });
    return () => {
      live = false;
    };
  }, [docId, version]);
  if (rows === null) return <p className="muted">Memuat riwayat…</p>;
  if (rows.length === 0) {
    return (
      <p className="muted" data-testid="history-empty">
        Belum ada versi lama untuk dokumen ini. Versi disimpan saat dokumen dibuka dan setiap beberapa menit selama
        Anda bekerja.
      </p>
    );
  }
  return (
    <table className="history-table" data-testid="history-list">
      <thead>
        <tr>
          <th>Waktu</th>
          <th>Keterangan</th>
          <th>Isi</th>
          <th>Perubahan dari versi sebelumnya</th>
          <th>Ukuran</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ info, summary }) => (
          <tr key={info.key} data-testid="history-row">
            <td>{new Date(info.takenAt).toLocaleString('id-ID')}</td>
            <td>{SNAPSHOT_REASON_LABELS[info.reason]}</td>
            <td data-testid="history-counts">{summary?.counts ?? 'tidak terbaca'}</td>
            <td data-testid="history-changes">
              {!summary
                ? '—'
                : summary.changes === null
                  ? 'versi tertua yang disimpan'
                  : summary.changes.length === 0
                    ? 'isi sama (hanya judul atau pengaturan)'
                    : summary.changes.join('; ')}
            </td>
            <td>{kb(info.size)}</td>
            <td className="actions">
              {info.readable &&
                (confirm === info.key ? (
                  <>
                    <button
                      className="primary"
                      onClick={() => {
                        setConfirm(null);
                        void editor.persistence.restoreVersion(docId, info.key).then((ok) => {
                          if (ok) onRestored?.();
                          setVersion((v) => v + 1);
                        });
                      }}
                      data-testid="history-restore-confirm"
                    >
                      Ya, pulihkan
                    </button>
                    <button onClick={() => setConfirm(null)}>Batal</button>
                  </>
                ) : (
                  <button onClick={() => setConfirm(info.key)} data-testid="history-restore" title="Versi yang sekarang disimpan dulu di riwayat ini">
                    Pulihkan
                  </button>
                ))}
              <button onClick={() => void editor.persistence.downloadVersion(info.key, title)} data-testid="history-download">
                Unduh
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
