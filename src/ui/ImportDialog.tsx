import { useEffect, useState } from 'react';
import type { ImportResult } from '../io/import';
import { pickFile, readFileAsBytes } from '../io/file/browserFile';
import { POSITION_KIND_LABELS, type PositionKind, type Workspace } from '../model';
import { Modal } from './kit/Modal';
import { openRestored } from '../editor/documentActions';
import { useEditor } from '../editor/context';
import { grownHeightOf } from '../io/export/positionText';

type State =
  | { step: 'choose' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; result: ImportResult };

/** Import a peta jabatan as a new document: preview first; a refused file lists every problem and changes nothing. */
export function ImportDialog({ file }: { file?: File }) {
  const editor = useEditor();
  const [state, setState] = useState<State>({ step: 'choose' });

  const read = async (f: File) => {
    setState({ step: 'reading', name: f.name });
    const bytes = await readFileAsBytes(f);
    // the CSV/XLSX readers load only when a spreadsheet is imported
    const { importPetaJabatan } = await import('../io/import');
    setState({ step: 'preview', name: f.name, result: await importPetaJabatan({ name: f.name, bytes }) });
  };

  useEffect(() => {
    if (file) void read(file);
  }, [file]);

  const confirm = async (doc: Workspace, notices: string[], name: string) => {
    const { layoutInWorker } = await import('../layout/elkWorker');
    try {
      const placements = await layoutInWorker(doc, { heightOf: grownHeightOf });
      for (const [id, at] of Object.entries(placements)) doc.positions[id].placement = at;
    } catch {
      editor.showToast({ kind: 'error', text: 'Tata letak otomatis gagal; jalankan Rapikan setelah impor.' });
    }
    editor.closeDialog();
    openRestored(editor, doc, notices, `Peta jabatan «${name}» diimpor sebagai dokumen baru.`);
  };

  return (
    <Modal title="Impor peta jabatan" onClose={editor.closeDialog} wide>
      {state.step === 'choose' && (
        <div data-testid="import-choose">
          <p>
            Pilih berkas CSV (koma atau titik koma, UTF-8) atau XLSX (lembar pertama) dengan kolom{' '}
            <code>kode, nama_jabatan, jenis, jenjang, unit, tipe_pd, atasan</code> dan kolom pemangku bila ada. Hasil
            impor dibuka sebagai dokumen baru; dokumen yang sedang terbuka tidak diubah.
          </p>
          <button
            className="primary"
            onClick={async () => {
              const f = await pickFile('.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
              if (f) await read(f);
            }}
            data-testid="import-pick"
          >
            Pilih berkas…
          </button>
        </div>
      )}
      {state.step === 'reading' && <p>Membaca «{state.name}»…</p>}
      {state.step === 'preview' && state.result.ok && (
        <div data-testid="import-preview">
          <p>
            «{state.name}» siap diimpor: <strong>{state.result.summary.positions} jabatan</strong> dalam{' '}
            {state.result.summary.units} unit.
          </p>
          <ul className="import-kinds">
            {Object.entries(state.result.summary.byKind).map(([kind, n]) => (
              <li key={kind}>
                {POSITION_KIND_LABELS[kind as PositionKind] ?? kind}: {n}
              </li>
            ))}
          </ul>
          {state.result.notices.length > 0 && (
            <>
              <h3>Catatan</h3>
              <ul className="import-notices">
                {state.result.notices.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
          <div className="dialog-actions">
            <button
              className="primary"
              data-testid="import-confirm"
              onClick={() => {
                const r = state.result;
                if (r.ok) void confirm(r.doc, r.notices, state.name);
              }}
            >
              Impor sebagai dokumen baru
            </button>
            <button onClick={editor.closeDialog}>Batal</button>
          </div>
        </div>
      )}
      {state.step === 'preview' && !state.result.ok && (
        <div data-testid="import-refused" role="alert">
          <p>
            <strong>«{state.name}» tidak dapat diimpor.</strong> Tidak ada yang diimpor dan dokumen yang terbuka tidak
            berubah. Perbaiki masalah berikut lalu coba lagi:
          </p>
          <ul className="import-problems">
            {state.result.problems.map((p, i) => (
              <li key={i}>
                {p.row !== null ? `Baris ${p.row}` : 'Berkas'}
                {p.column ? `, kolom ${p.column}` : ''}: {p.message}
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button onClick={() => setState({ step: 'choose' })}>Pilih berkas lain</button>
            <button onClick={editor.closeDialog}>Tutup</button>
          </div>
        </div>
      )}
    </Modal>
  );
}
