import { useState } from 'react';
import type { LampiranHeading, SignatureBlock } from '../io/export/pdf';
import type { Orientation, Paper } from '../io/export/paper';
import { Modal, closeDialog } from './Dialogs';
import { editor, showToast } from './editorStore';
import { exportPdf, exportPng, exportSvg, printStructure } from './exportStructure';
import { viewport } from './viewport';

type Format = 'pdf' | 'png' | 'svg' | 'print';

/** Export for the lampiran of a regulation: PDF (A4/F4, fit or tiled, heading and signature), PNG, SVG, print. */
export function ExportDialog() {
  const doc = editor.get().doc!;
  const selected = editor.get().selection[0];
  const [format, setFormat] = useState<Format>('pdf');
  const [scope, setScope] = useState<'all' | 'subtree'>('all');
  const [paper, setPaper] = useState<Paper>('f4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [mode, setMode] = useState<'fit' | 'tile'>('fit');
  const [tilesAcross, setTilesAcross] = useState(2);
  const [title, setTitle] = useState(doc.title);
  const [withHeading, setWithHeading] = useState(false);
  const [heading, setHeading] = useState<LampiranHeading>({ peraturan: `Peraturan ${doc.instansi.nama.replace(/^Pemerintah\s+/i, '')}`, nomor: '', tahun: String(new Date().getFullYear()), tentang: '' });
  const [withSignature, setWithSignature] = useState(false);
  const [signature, setSignature] = useState<SignatureBlock>({ jabatan: '', nama: '' });
  const [busy, setBusy] = useState(false);

  const sceneScope = scope === 'subtree' && selected ? { rootId: selected, collapsed: editor.get().collapsed } : { collapsed: editor.get().collapsed };
  const pdfOptions = { paper, orientation, mode, tilesAcross, title, heading: withHeading ? heading : null, signature: withSignature ? signature : null };

  const go = async () => {
    setBusy(true);
    try {
      if (format === 'svg') exportSvg(doc, sceneScope, title);
      else if (format === 'pdf') await exportPdf(doc, sceneScope, pdfOptions);
      else if (format === 'print') printStructure(doc, sceneScope, pdfOptions);
      else {
        const rf = viewport();
        if (!rf) throw new Error('kanvas belum siap');
        await exportPng(rf, title);
      }
      closeDialog();
    } catch (e) {
      showToast({ kind: 'error', text: `Ekspor gagal: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Ekspor struktur" onClose={closeDialog} wide>
      <div className="export-form" data-testid="export-dialog">
        <fieldset>
          <legend>Format</legend>
          {(
            [
              ['pdf', 'PDF (lampiran peraturan)'],
              ['svg', 'SVG (vektor, teks dapat disalin)'],
              ['png', 'PNG (gambar kanvas)'],
              ['print', 'Cetak lewat browser'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="format" checked={format === value} onChange={() => setFormat(value)} data-testid={`export-format-${value}`} /> {label}
            </label>
          ))}
        </fieldset>
        <label>
          Judul
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        {format !== 'png' && (
          <fieldset>
            <legend>Cakupan</legend>
            <label className="check">
              <input type="radio" checked={scope === 'all'} onChange={() => setScope('all')} /> Seluruh struktur (bagian yang diciutkan tidak ikut)
            </label>
            <label className="check">
              <input type="radio" checked={scope === 'subtree'} disabled={!selected} onChange={() => setScope('subtree')} /> Hanya jabatan terpilih dan bawahannya
              {!selected && <small className="muted"> (pilih sebuah jabatan dulu)</small>}
            </label>
          </fieldset>
        )}
        {(format === 'pdf' || format === 'print') && (
          <>
            <div className="row2">
              <label>
                Kertas
                <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} data-testid="export-paper">
                  <option value="f4">F4 (215 × 330 mm)</option>
                  <option value="a4">A4 (210 × 297 mm)</option>
                </select>
              </label>
              <label>
                Orientasi
                <select value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)} data-testid="export-orientation">
                  <option value="landscape">Lanskap</option>
                  <option value="portrait">Potret</option>
                </select>
              </label>
            </div>
            {format === 'pdf' && (
              <div className="row2">
                <label>
                  Tata halaman
                  <select value={mode} onChange={(e) => setMode(e.target.value as 'fit' | 'tile')} data-testid="export-mode">
                    <option value="fit">Muat dalam satu halaman</option>
                    <option value="tile">Bagi ke beberapa halaman (dengan tanda tumpang tindih)</option>
                  </select>
                </label>
                {mode === 'tile' && (
                  <label>
                    Halaman mendatar
                    <input type="number" min={1} max={8} value={tilesAcross} onChange={(e) => setTilesAcross(Math.min(8, Math.max(1, Number(e.target.value) || 1)))} />
                  </label>
                )}
              </div>
            )}
            <label className="check">
              <input type="checkbox" checked={withHeading} onChange={(e) => setWithHeading(e.target.checked)} data-testid="export-heading" /> Kepala lampiran
              (LAMPIRAN … PERATURAN … NOMOR … TAHUN … TENTANG …)
            </label>
            {withHeading && (
              <div className="export-sub">
                <label>
                  Peraturan
                  <input value={heading.peraturan} onChange={(e) => setHeading({ ...heading, peraturan: e.target.value })} />
                </label>
                <div className="row2">
                  <label>
                    Nomor
                    <input value={heading.nomor} onChange={(e) => setHeading({ ...heading, nomor: e.target.value })} />
                  </label>
                  <label>
                    Tahun
                    <input value={heading.tahun} onChange={(e) => setHeading({ ...heading, tahun: e.target.value })} />
                  </label>
                </div>
                <label>
                  Tentang
                  <input value={heading.tentang} onChange={(e) => setHeading({ ...heading, tentang: e.target.value })} />
                </label>
              </div>
            )}
            <label className="check">
              <input type="checkbox" checked={withSignature} onChange={(e) => setWithSignature(e.target.checked)} /> Blok tanda tangan
            </label>
            {withSignature && (
              <div className="export-sub row2">
                <label>
                  Jabatan penanda tangan
                  <input value={signature.jabatan} placeholder="WALI KOTA CONTOH," onChange={(e) => setSignature({ ...signature, jabatan: e.target.value })} />
                </label>
                <label>
                  Nama
                  <input value={signature.nama} onChange={(e) => setSignature({ ...signature, nama: e.target.value })} />
                </label>
              </div>
            )}
          </>
        )}
        <div className="dialog-actions">
          <button className="primary" onClick={() => void go()} disabled={busy} data-testid="export-go">
            {busy ? 'Mengekspor…' : format === 'print' ? 'Cetak' : 'Ekspor'}
          </button>
          <button onClick={closeDialog}>Batal</button>
        </div>
      </div>
    </Modal>
  );
}
