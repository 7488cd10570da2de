import { useState } from 'react';
import type { LampiranHeading, SignatureBlock } from '../io/export/pdf';
import type { Orientation, Paper } from '../io/export/paper';
import { MAP_KIND_LABELS, type Workspace } from '../model';
import { Modal } from './kit/Modal';
import { closeDialog } from '../editor/editorStore';
import { editor, showToast, type EditorState } from '../editor/editorStore';
import type { ExportFormat, ExportTarget } from './exportView';

interface TargetInfo {
  target: ExportTarget | null;
  /** the dialog's heading */
  heading: string;
  /** what will be exported, said plainly */
  what: string;
  title: string;
}

/** What the user is looking at, and so what the dialog exports. */
export function exportTargetOf(state: Pick<EditorState, 'view' | 'activeMapId' | 'activeTeamId'>, doc: Workspace): TargetInfo {
  if (state.view === 'peta') {
    const map = state.activeMapId ? doc.maps[state.activeMapId] : undefined;
    if (!map) return { target: null, heading: 'Ekspor peta', what: 'Belum ada peta yang dibuka: pilih sebuah peta di daftar sebelah kiri.', title: '' };
    const kind = `${MAP_KIND_LABELS[map.kind]}${map.kind === 'level' ? ` ${map.level}` : ''}`;
    return { target: { kind: 'map', mapId: map.id }, heading: `Ekspor ${kind.toLowerCase()}`, what: `${kind} «${map.title}»`, title: map.title };
  }
  if (state.view === 'tim') {
    const team = state.activeTeamId ? doc.teams[state.activeTeamId] : undefined;
    if (team) return { target: { kind: 'team', teamId: team.id }, heading: 'Ekspor Tim Kerja', what: `Bagan Tim Kerja «${team.nama}»`, title: team.nama };
    const n = Object.keys(doc.teams).length;
    return {
      target: n ? { kind: 'team', teamId: null } : null,
      heading: 'Ekspor Tim Kerja',
      what: n ? `Tidak ada tim yang dibuka: bagan semua Tim Kerja (${n}) diekspor, satu tim per halaman PDF.` : 'Dokumen ini belum memiliki Tim Kerja.',
      title: 'Susunan Tim Kerja',
    };
  }
  return { target: { kind: 'struktur' }, heading: 'Ekspor struktur', what: 'Struktur organisasi', title: doc.title };
}

/** Export for the lampiran of a regulation: PDF (A4/F4, fit or tiled, heading and signature), PNG, SVG, print. */
export function ExportDialog() {
  const doc = editor.get().doc!;
  const selected = editor.get().selection[0];
  const [info] = useState(() => exportTargetOf(editor.get(), doc));
  const struktur = info.target?.kind === 'struktur';
  // the subproses editor is a form and the Tim Kerja view shows the struktur: their PNG is the chart itself
  const subproses = info.target?.kind === 'map' && doc.maps[info.target.mapId]?.kind === 'subproses';
  const pngLabel = info.target?.kind === 'team' || subproses ? 'PNG (gambar bagan)' : 'PNG (gambar kanvas)';
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [scope, setScope] = useState<'all' | 'subtree'>('all');
  const [paper, setPaper] = useState<Paper>('f4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [mode, setMode] = useState<'fit' | 'tile'>('fit');
  const [tilesAcross, setTilesAcross] = useState(2);
  const [title, setTitle] = useState(info.title);
  const [withHeading, setWithHeading] = useState(false);
  const [heading, setHeading] = useState<LampiranHeading>({ peraturan: `Peraturan ${doc.instansi.nama.replace(/^Pemerintah\s+/i, '')}`, nomor: '', tahun: String(new Date().getFullYear()), tentang: '' });
  const [withSignature, setWithSignature] = useState(false);
  const [signature, setSignature] = useState<SignatureBlock>({ jabatan: '', nama: '' });
  const [hideFindings, setHideFindings] = useState(true);
  const [busy, setBusy] = useState(false);

  const go = async () => {
    if (!info.target) return;
    setBusy(true);
    try {
      const collapsed = editor.get().collapsed;
      const sceneScope = scope === 'subtree' && selected ? { rootId: selected, collapsed } : { collapsed };
      const pdf = { paper, orientation, mode, tilesAcross, title, heading: withHeading ? heading : null, signature: withSignature ? signature : null };
      const { runExport } = await import('./exportView');
      await runExport(editor.get().doc ?? doc, { target: info.target, format, scope: sceneScope, pdf, hideFindings });
      closeDialog();
    } catch (e) {
      showToast({ kind: 'error', text: `Ekspor gagal: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={info.heading} onClose={closeDialog} wide>
      <div className="export-form" data-testid="export-dialog">
        <p className="muted" data-testid="export-what">
          {info.what}
        </p>
        <fieldset>
          <legend>Format</legend>
          {(
            [
              ['pdf', 'PDF (lampiran peraturan)'],
              ['svg', 'SVG (vektor, teks dapat disalin)'],
              ['png', pngLabel],
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
        {format === 'png' && pngLabel === 'PNG (gambar kanvas)' && (
          <label className="check">
            <input type="checkbox" checked={hideFindings} onChange={(e) => setHideFindings(e.target.checked)} data-testid="export-hide-findings" /> Tanpa tanda temuan
            (lencana, garis tepi dan garis berwarna) — gambar untuk lampiran
          </label>
        )}
        {struktur && format !== 'png' && (
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
          <button className="primary" onClick={() => void go()} disabled={busy || !info.target} data-testid="export-go">
            {busy ? 'Mengekspor…' : format === 'print' ? 'Cetak' : 'Ekspor'}
          </button>
          <button onClick={closeDialog}>Batal</button>
        </div>
      </div>
    </Modal>
  );
}
