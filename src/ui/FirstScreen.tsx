import { createDinasContoh } from '../samples/dinasContoh';
import { useStore } from '../editor/createStore';
import { newDocument, openFileDialog, openRestored, startImport } from '../editor/documentActions';
import { Legend } from '../editors/struktur/Palette';
import { RecoveryScreen } from './RecoveryScreen';
import { openKotaContoh } from './openKotaContoh';
import { useEditor } from '../editor/context';

export function FirstScreen() {
  const editor = useEditor();
  const list = useStore(editor.persistence.storedList, (s) => s.items);
  const recovering = useStore(editor.persistence.recoveryState, (s) => s.recovery !== null);
  if (recovering) return <RecoveryScreen />;
  return (
    <main className="first-screen">
      <div className="first-card">
        <h1>PetaKerja</h1>
        <p className="lead">
          Editor struktur, kedudukan jabatan, Tim Kerja dan peta proses bisnis Sistem Kerja Pemerintah Daerah — dengan
          pemeriksaan aturan langsung berdasarkan peraturan daerah Anda.
        </p>
        <div className="first-actions">
          <button className="primary" onClick={() => void newDocument(editor)} data-testid="first-new">
            Dokumen baru
          </button>
          <button onClick={() => void openFileDialog(editor)} data-testid="first-open">
            Buka berkas JSON…
          </button>
          <button onClick={() => startImport(editor)} data-testid="first-import">
            Impor peta jabatan (CSV/XLSX)…
          </button>
          <button
            onClick={() => openRestored(editor, createDinasContoh(), [], 'Contoh Dinas dibuka sebagai dokumen baru.')}
            data-testid="first-sample"
          >
            Buka contoh: Dinas (±60 jabatan)
          </button>
          <button onClick={() => void openKotaContoh(editor)} data-testid="first-kota">
            Buka contoh pelatihan: Kota Contoh
          </button>
          <button onClick={() => editor.openDialog({ type: 'templates' })} data-testid="first-templates">
            Galeri templat dari peraturan…
          </button>
        </div>
        {list.length > 0 && (
          <section className="recent">
            <h2>Dokumen tersimpan di browser ini</h2>
            <p>
              <button onClick={() => editor.openDialog({ type: 'ruangKerja' })} data-testid="first-ruang-kerja">
                Ruang kerja: semua dokumen dengan rekapnya…
              </button>
            </p>
            <ul>
              {list.map((d) => (
                <li key={d.id}>
                  <button className="linklike" onClick={() => editor.persistence.openStored(d.id)} data-testid="recent-doc">
                    {d.title || 'Tanpa judul'}
                  </button>
                  {d.unreadable && <small className="c-error"> (tidak terbaca — buka untuk memulihkan)</small>}
                  <small>
                    {' '}
                    {d.instansi} · {d.positions} jabatan · {new Date(d.updatedAt).toLocaleString('id-ID')}
                  </small>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="first-legend">
          <h2>Bentuk dan warna</h2>
          <div className="legend-boxes">
            <span className="pos pos-box kind-jpt-pratama">JPT Pratama / Madya</span>
            <span className="pos pos-box kind-administrator">Administrator</span>
            <span className="pos pos-box kind-pengawas">Pengawas</span>
            <span className="pos pos-stackItem kind-fungsional">Pejabat Fungsional</span>
            <span className="pos pos-stackItem kind-pelaksana">Pelaksana</span>
          </div>
          <Legend />
        </section>
        <p className="muted small">
          Semua data tersimpan hanya di browser ini dan di berkas yang Anda unduh; tidak ada yang dikirim ke server.
          {editor.persistence.available ? '' : ' Penyimpanan browser tidak tersedia: simpan pekerjaan sebagai berkas.'}
        </p>
      </div>
    </main>
  );
}
