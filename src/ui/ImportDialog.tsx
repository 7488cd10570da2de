import { useEffect, useRef, useState } from 'react';
import { COLUMNS, normaliseHeader, type Column } from '../io/import/columns';
import { LAYOUTS, type ImportProblem, type ImportProgress, type LayoutId, type MappingRequest } from '../io/import/types';
import { ImportSession, PHASE_LABELS, progressFraction, type ImportChoice, type ImportPreview } from '../io/import/workerProtocol';
import { createBrowserImportWorker } from '../io/import/importWorkerClient';
import { pickFile, readFileAsBytes } from '../io/file/browserFile';
import { POSITION_KIND_LABELS, type PositionKind } from '../model';
import { Modal } from './kit/Modal';
import { openRestored } from '../editor/documentActions';
import { useEditor } from '../editor/context';
import { grownHeightOf } from '../io/export/positionText';

/** The layout names as the dialog offers them (io/import/layouts.ts LAYOUT_LABELS, kept here so the page does not load the reader). */
const LAYOUT_CHOICES: Record<LayoutId | 'auto', string> = {
  auto: 'Kenali otomatis',
  'kode-atasan': 'Kode dan kode atasan',
  'parent-id': 'ID induk (ekspor SIASN/SOTK)',
  nomor: 'Nomor bertingkat (1, 1.2, 1.2.10)',
  indent: 'Nama berjenjang (tanda «-» atau spasi)',
};

const LAYOUT_READ: Record<LayoutId, string> = {
  'kode-atasan': 'kode dan kode atasan',
  'parent-id': 'ID induk (ekspor SIASN/SOTK)',
  nomor: 'nomor bertingkat',
  indent: 'nama berjenjang',
};

/** What each column of ours means, for the mapping step. */
const COLUMN_LABELS: Record<Column, string> = {
  kode: 'kode jabatan',
  nama_jabatan: 'nama jabatan',
  jenis: 'jenis jabatan',
  jenjang: 'jenjang (JF)',
  unit: 'unit (jalur A > B)',
  tipe_pd: 'tipe Perangkat Daerah',
  atasan: 'kode atasan',
  memimpin_unit_mandiri: 'memimpin unit kerja mandiri',
  substansi: 'substansi JF',
  pengecualian: 'pengecualian',
  nama: 'nama pemangku',
  nip: 'NIP',
  pendidikan: 'pendidikan',
  golongan: 'golongan',
  kelas_jabatan: 'kelas jabatan',
  predikat_kinerja: 'predikat kinerja',
  pengalaman_tahun: 'pengalaman (tahun)',
  kebutuhan: 'K (kebutuhan/ABK)',
  bezetting: 'B (bezetting/eksisting)',
  nomor: 'nomor bertingkat',
  id: 'ID baris',
  parent_id: 'ID induk/atasan',
  nama_unor: 'nama unit (UNOR)',
  eselon: 'eselon',
  selisih: '± (diabaikan, dihitung)',
};

type State =
  | { step: 'choose' }
  | { step: 'reading'; name: string; progress: ImportProgress | null }
  | { step: 'mapping'; name: string; request: MappingRequest; problems: ImportProblem[]; choice: Record<number, Column | ''> }
  | { step: 'preview'; name: string; preview: Extract<ImportPreview, { ok: true }> }
  | { step: 'refused'; name: string; problems: ImportProblem[]; mapping?: MappingRequest };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function problemText(p: ImportProblem): string {
  return `${p.row !== null ? `Baris ${p.row}` : 'Berkas'}${p.column ? `, kolom ${p.column}` : ''}: ${p.message}`;
}

/**
 * Import a peta jabatan as a new document. The file is read and checked in a Web Worker (progress, «Batal»); the
 * layout can be chosen; unrecognised headers go through a column-mapping step remembered per header shape; the
 * preview lists what was read and every row left out. Nothing changes until «Impor sebagai dokumen baru».
 */
export function ImportDialog({ file }: { file?: File }) {
  const editor = useEditor();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [layout, setLayout] = useState<LayoutId | 'auto'>('auto');
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const session = useRef<ImportSession | null>(null);
  const format = useRef<'csv' | 'xlsx'>('csv');
  const mappingUsed = useRef<Record<string, Column | null> | undefined>(undefined);

  const endSession = () => {
    session.current?.cancel();
    session.current = null;
  };
  useEffect(() => endSession, []);

  const show = (name: string, preview: ImportPreview | null) => {
    if (!preview) return; // cancelled meanwhile
    if (preview.ok) {
      setState({ step: 'preview', name, preview });
    } else if (preview.mapping) {
      const remembered = editor.importMappings.recall(preview.mapping.key);
      const choice: Record<number, Column | ''> = {};
      preview.mapping.headers.forEach((h, i) => {
        if (!h) return;
        const key = normaliseHeader(h);
        const r = remembered && Object.hasOwn(remembered, key) ? remembered[key] : undefined;
        choice[i] = r !== undefined ? (r ?? '') : (preview.mapping!.guessed[i] ?? '');
      });
      setState({ step: 'mapping', name, request: preview.mapping, problems: preview.problems, choice });
    } else {
      setState({ step: 'refused', name, problems: preview.problems });
    }
  };

  const currentChoice = (over: Partial<ImportChoice> = {}): ImportChoice => ({
    layout,
    validRowsOnly,
    ...(mappingUsed.current ? { columnMapping: mappingUsed.current } : {}),
    ...over,
  });

  const read = async (f: File) => {
    endSession();
    mappingUsed.current = undefined;
    setState({ step: 'reading', name: f.name, progress: null });
    const bytes = await readFileAsBytes(f);
    format.current = bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
    const s = new ImportSession(createBrowserImportWorker, (progress) =>
      setState((st) => (st.step === 'reading' ? { ...st, progress } : st)),
    );
    session.current = s;
    show(f.name, await s.read(f.name, bytes, currentChoice(), editor.importMappings.all()));
  };

  const rebuild = async (name: string, choice: ImportChoice) => {
    const s = session.current;
    if (!s) return;
    setState({ step: 'reading', name, progress: null });
    show(name, await s.rebuild(choice));
  };

  useEffect(() => {
    if (file) void read(file);
    // a dropped file is read once, when the dialog opens
  }, [file]);

  const cancelReading = () => {
    endSession();
    setState({ step: 'choose' });
    editor.showToast({ kind: 'info', text: 'Impor dibatalkan; dokumen yang terbuka tidak berubah.' });
  };

  const confirm = async (name: string, notices: string[]) => {
    const s = session.current;
    if (!s) return;
    setState({ step: 'reading', name, progress: { phase: 'build', done: 1, total: 1 } });
    let doc;
    try {
      doc = await s.take();
    } catch (e) {
      setState({ step: 'refused', name, problems: [{ row: null, message: e instanceof Error ? e.message : String(e) }] });
      return;
    }
    session.current = null;
    if (!doc) return;
    const { layoutInWorker } = await import('../layout/elkWorker');
    try {
      const placements = await layoutInWorker(doc, { heightOf: grownHeightOf });
      for (const [id, at] of Object.entries(placements)) doc.positions[id].placement = at;
    } catch {
      editor.showToast({ kind: 'error', text: 'Tata letak otomatis gagal; jalankan Rapikan setelah impor.' });
    }
    editor.closeDialog();
    void openRestored(editor, doc, notices, `Peta jabatan «${name}» diimpor sebagai dokumen baru.`);
  };

  const downloadTemplate = async (kind: 'xlsx' | 'csv') => {
    const [{ templateCsv, templateXlsx }, { downloadBlob }] = await Promise.all([
      import('../io/spreadsheet/petaJabatanTemplate'),
      import('../io/file/browserFile'),
    ]);
    if (kind === 'xlsx') downloadBlob('templat-peta-jabatan.xlsx', new Blob([(await templateXlsx()) as BlobPart], { type: XLSX_MIME }));
    else downloadBlob('templat-peta-jabatan.csv', new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  };

  const close = () => {
    endSession();
    editor.closeDialog();
  };

  const layoutSelect = (testId: string, onChange?: (l: LayoutId | 'auto') => void) => (
    <label className="import-field">
      Susunan hierarki{' '}
      <select
        value={layout}
        data-testid={testId}
        onChange={(e) => {
          const l = e.target.value as LayoutId | 'auto';
          setLayout(l);
          onChange?.(l);
        }}
      >
        {(['auto', ...LAYOUTS] as const).map((l) => (
          <option key={l} value={l}>
            {LAYOUT_CHOICES[l]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Modal title="Impor peta jabatan" onClose={close} wide>
      {state.step === 'choose' && (
        <div data-testid="import-choose">
          <p>
            Pilih berkas CSV (koma atau titik koma, UTF-8) atau XLSX (lembar pertama). Hierarki boleh berupa kolom kode
            atasan, ID induk (ekspor SIASN), nomor bertingkat (1, 1.2, 1.2.10) atau nama berjenjang; satu baris per jabatan
            (dengan K dan B) atau satu baris per orang. Hasil impor dibuka sebagai dokumen baru; dokumen yang sedang
            terbuka tidak diubah.
          </p>
          <div className="import-options">
            {layoutSelect('import-layout')}
            <label className="import-field">
              <input type="checkbox" checked={validRowsOnly} onChange={(e) => setValidRowsOnly(e.target.checked)} data-testid="import-valid-only" />{' '}
              Impor baris yang sah saja (baris yang salah dilewati dan dicantumkan)
            </label>
          </div>
          <div className="dialog-actions import-actions">
            <button
              className="primary"
              onClick={async () => {
                const f = await pickFile(`.csv,.xlsx,text/csv,${XLSX_MIME}`);
                if (f) await read(f);
              }}
              data-testid="import-pick"
            >
              Pilih berkas…
            </button>
            <span className="import-templates">
              Templat:{' '}
              <button type="button" onClick={() => void downloadTemplate('xlsx')} data-testid="import-template-xlsx">
                XLSX (dengan daftar nilai)
              </button>{' '}
              <button type="button" onClick={() => void downloadTemplate('csv')} data-testid="import-template-csv">
                CSV
              </button>
            </span>
          </div>
          <p className="hint">Daftar nilai yang diizinkan per kolom ada di lembar kedua templat XLSX.</p>
        </div>
      )}
      {state.step === 'reading' && <Reading name={state.name} progress={state.progress} format={format.current} onCancel={cancelReading} />}
      {state.step === 'mapping' && (
        <div data-testid="import-mapping">
          <p>
            Judul kolom «{state.name}» belum dikenali. Pilih arti setiap kolom; pilihan ini diingat untuk berkas
            berikutnya dengan judul kolom yang sama.
          </p>
          <ul className="import-problems">
            {state.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
          <table className="import-mapping-table">
            <thead>
              <tr>
                <th>Judul kolom di berkas (baris {state.request.row})</th>
                <th>Dibaca sebagai</th>
              </tr>
            </thead>
            <tbody>
              {state.request.headers.map((h, i) =>
                h ? (
                  <tr key={i}>
                    <td>{h}</td>
                    <td>
                      <select
                        aria-label={`Arti kolom «${h}»`}
                        data-testid={`import-map-${i}`}
                        value={state.choice[i] ?? ''}
                        onChange={(e) => {
                          const v = e.target.value as Column | '';
                          setState((st) => (st.step === 'mapping' ? { ...st, choice: { ...st.choice, [i]: v } } : st));
                        }}
                      >
                        <option value="">(abaikan)</option>
                        {COLUMNS.map((c) => (
                          <option key={c} value={c}>
                            {COLUMN_LABELS[c]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
          {layoutSelect('import-mapping-layout')}
          <div className="dialog-actions">
            <button
              className="primary"
              data-testid="import-map-apply"
              onClick={() => {
                const mapping: Record<string, Column | null> = {};
                state.request.headers.forEach((h, i) => {
                  if (h) mapping[normaliseHeader(h)] = state.choice[i] || null;
                });
                if (!editor.importMappings.remember(state.request.key, mapping)) {
                  editor.showToast({ kind: 'info', text: 'Pemetaan kolom tidak dapat disimpan di browser ini; berlaku sampai halaman ditutup.' });
                }
                mappingUsed.current = mapping;
                void rebuild(state.name, currentChoice({ columnMapping: mapping }));
              }}
            >
              Baca dengan pemetaan ini
            </button>
            <button onClick={close}>Batal</button>
          </div>
        </div>
      )}
      {state.step === 'preview' && (
        <div data-testid="import-preview">
          <p>
            «{state.name}» siap diimpor: <strong>{state.preview.summary.positions} jabatan</strong> dalam{' '}
            {state.preview.summary.units} unit. Susunan dibaca sebagai{' '}
            <strong data-testid="import-layout-read">{LAYOUT_READ[state.preview.layout]}</strong>.
          </p>
          {state.preview.savedMappingUsed && (
            <p data-testid="import-saved-mapping">
              Pemetaan kolom yang Anda simpan untuk judul kolom ini dipakai.{' '}
              <button
                type="button"
                data-testid="import-forget-mapping"
                onClick={() => {
                  editor.importMappings.forget(state.preview.savedMappingUsed!);
                  void rebuild(state.name, currentChoice());
                }}
              >
                Petakan ulang
              </button>
            </p>
          )}
          <ul className="import-kinds">
            {Object.entries(state.preview.summary.byKind).map(([kind, n]) => (
              <li key={kind}>
                {POSITION_KIND_LABELS[kind as PositionKind] ?? kind}: {n}
              </li>
            ))}
          </ul>
          {state.preview.rejected.length > 0 && (
            <>
              <h3>Baris yang tidak diimpor ({new Set(state.preview.rejected.map((p) => p.row)).size})</h3>
              <ul className="import-problems" data-testid="import-rejected">
                {state.preview.rejected.map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            </>
          )}
          {state.preview.notices.length > 0 && (
            <>
              <h3>Catatan</h3>
              <ul className="import-notices">
                {state.preview.notices.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
          {layoutSelect('import-layout-again', (l) => void rebuild(state.name, currentChoice({ layout: l })))}
          <div className="dialog-actions">
            <button className="primary" data-testid="import-confirm" onClick={() => void confirm(state.name, state.preview.notices)}>
              Impor sebagai dokumen baru
            </button>
            <button onClick={close}>Batal</button>
          </div>
        </div>
      )}
      {state.step === 'refused' && (
        <div data-testid="import-refused" role="alert">
          <p>
            <strong>«{state.name}» tidak dapat diimpor.</strong> Tidak ada yang diimpor dan dokumen yang terbuka tidak
            berubah. Perbaiki masalah berikut lalu coba lagi:
          </p>
          <ul className="import-problems">
            {state.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
          {session.current && state.problems.every((p) => p.row !== null) && (
            <p>
              <button
                type="button"
                data-testid="import-valid-only-retry"
                onClick={() => {
                  setValidRowsOnly(true);
                  void rebuild(state.name, currentChoice({ validRowsOnly: true }));
                }}
              >
                Impor baris yang sah saja
              </button>{' '}
              — baris yang salah dilewati dan dicantumkan dengan alasannya.
            </p>
          )}
          {session.current && layoutSelect('import-layout-again', (l) => void rebuild(state.name, currentChoice({ layout: l })))}
          <div className="dialog-actions">
            <button
              onClick={() => {
                endSession();
                setState({ step: 'choose' });
              }}
            >
              Pilih berkas lain
            </button>
            <button onClick={close}>Tutup</button>
          </div>
        </div>
      )}
    </Modal>
  );
}

function Reading({ name, progress, format, onCancel }: { name: string; progress: ImportProgress | null; format: 'csv' | 'xlsx'; onCancel: () => void }) {
  const pct = progress ? Math.round(progressFraction(progress, format) * 100) : 0;
  return (
    <div data-testid="import-reading" aria-busy="true">
      <p>
        Membaca «{name}»… {progress ? `${PHASE_LABELS[progress.phase]}${progress.phase === 'build' && progress.total > 1 ? ` (${progress.done.toLocaleString('id-ID')} dari ${progress.total.toLocaleString('id-ID')} baris)` : ''}` : 'Memulai'}
      </p>
      <progress
        className="import-progress"
        max={100}
        value={pct}
        aria-label="Kemajuan pembacaan berkas"
        aria-valuenow={pct}
        data-testid="import-progress"
      />
      <div className="dialog-actions">
        <button onClick={onCancel} data-testid="import-cancel">
          Batal
        </button>
      </div>
    </div>
  );
}
