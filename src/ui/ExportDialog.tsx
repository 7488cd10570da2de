import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { FitReport, OrientationChoice, Paper } from '../io/export/paper';
import type { LampiranHeading, SignatureBlock } from '../io/export/pdf';
import type { PngSize } from '../io/export/png';
import { MAP_KIND_LABELS, type Workspace } from '../model';
import { Modal } from './kit/Modal';
import type { ExportFormat, ExportTarget } from './exportView';
import { useEditor } from '../editor/context';
import { useStore } from '../editor/createStore';
import type { EditorState } from '../editor/types';

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
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc)!;
  const selected = useStore(editor, (s) => s.selection[0]);
  const collapsed = useStore(editor, (s) => s.collapsed);
  const [info] = useState(() => exportTargetOf(editor.get(), doc));
  const struktur = info.target?.kind === 'struktur';
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [scope, setScope] = useState<'all' | 'subtree'>('all');
  const [paper, setPaper] = useState<Paper>('f4');
  const [orientation, setOrientation] = useState<OrientationChoice>('auto');
  const [mode, setMode] = useState<'fit' | 'tile' | 'units'>('fit');
  const [dpi, setDpi] = useState(150);
  const [tilesAcross, setTilesAcross] = useState(2);
  const [title, setTitle] = useState(info.title);
  const [withHeading, setWithHeading] = useState(false);
  const [heading, setHeading] = useState<LampiranHeading>({ peraturan: `Peraturan ${doc.instansi.nama.replace(/^Pemerintah\s+/i, '')}`, nomor: '', tahun: String(new Date().getFullYear()), tentang: '' });
  const [withSignature, setWithSignature] = useState(false);
  const [signature, setSignature] = useState<SignatureBlock>({ jabatan: '', nama: '' });
  const [hideFindings, setHideFindings] = useState(true);
  const [busy, setBusy] = useState(false);
  const [fit, setFit] = useState<FitInfo | null>(null);
  // the struktur as drawn, or the Peta Jabatan lampiran (the same boxes with kelas, B, K, ±, pemangku, then the rekap)
  const [content, setContent] = useState<'struktur' | 'peta-jabatan'>('struktur');
  const target = useMemo<TargetInfo['target']>(() => (struktur && content === 'peta-jabatan' ? { kind: 'peta-jabatan' } : info.target), [struktur, content, info.target]);

  const sceneScope = useMemo(() => (scope === 'subtree' && selected ? { rootId: selected, collapsed } : { collapsed }), [scope, selected, collapsed]);
  const pdf = useMemo(
    () => ({
      paper,
      orientation,
      mode: mode === 'tile' ? ('tile' as const) : ('fit' as const),
      tilesAcross,
      title,
      heading: withHeading ? heading : null,
      signature: withSignature ? signature : null,
      everyPage: mode === 'units',
    }),
    [paper, orientation, mode, tilesAcross, title, withHeading, heading, withSignature, signature],
  );
  // typing the title or the heading re-measures once the typing lets it (a stale answer is dropped below)
  const fitPdf = useDeferredValue(pdf);
  const perUnit = struktur && mode === 'units';

  // what the chosen paper and scale print at: the smallest text, the pages, and the fixes when it is too small
  useEffect(() => {
    if (!target) return;
    let stale = false;
    void fitInfoOf(doc, target, sceneScope, fitPdf, perUnit, dpi).then((f) => !stale && setFit(f));
    return () => {
      stale = true;
    };
  }, [doc, target, sceneScope, fitPdf, perUnit, dpi]);

  const go = async () => {
    if (!target) return;
    setBusy(true);
    try {
      const { runExport } = await import('./exportView');
      await runExport(editor, doc, { target, format, scope: sceneScope, pdf, perUnit, dpi, hideFindings });
      editor.closeDialog();
    } catch (e) {
      editor.showToast({ kind: 'error', text: `Ekspor gagal: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={info.heading} onClose={editor.closeDialog} wide>
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
              ['png', 'PNG (gambar, 150 atau 300 dpi)'],
              ['print', 'Cetak lewat browser'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="format" checked={format === value} onChange={() => setFormat(value)} data-testid={`export-format-${value}`} /> {label}
            </label>
          ))}
        </fieldset>
        {struktur && format !== 'png' && (
          <label>
            Isi
            <select
              value={content}
              data-testid="export-content"
              onChange={(e) => {
                const next = e.target.value as 'struktur' | 'peta-jabatan';
                setContent(next);
                // the lampiran's usual title, unless the user wrote their own
                if (next === 'peta-jabatan' && title === info.title) setTitle(`Peta Jabatan ${info.title}`);
                if (next === 'struktur' && title === `Peta Jabatan ${info.title}`) setTitle(info.title);
              }}
            >
              <option value="struktur">Struktur organisasi</option>
              <option value="peta-jabatan">Peta Jabatan (kelas, B, K, ±, pemangku) dengan tabel rekap</option>
            </select>
          </label>
        )}
        <label>
          Judul
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        {format === 'png' && (
          <div className="row2">
            <label>
              Resolusi
              <select value={dpi} onChange={(e) => setDpi(Number(e.target.value))} data-testid="export-dpi">
                <option value={150}>150 dpi</option>
                <option value={300}>300 dpi</option>
              </select>
            </label>
            <p className="muted small" data-testid="export-png-size">
              {fit?.png ? `${fit.png.width.toLocaleString('id-ID')} × ${fit.png.height.toLocaleString('id-ID')} piksel` : ''}
            </p>
          </div>
        )}
        {format === 'png' && fit?.png?.tooLarge && (
          <p className="export-warning" role="alert" data-testid="export-png-too-large">
            {fit.png.tooLarge}
          </p>
        )}
        {format === 'png' && struktur && (
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
                  <option value="a3">A3 (297 × 420 mm)</option>
                </select>
              </label>
              <label>
                Orientasi
                <select value={orientation} onChange={(e) => setOrientation(e.target.value as OrientationChoice)} data-testid="export-orientation">
                  <option value="auto">Otomatis (mengikuti bentuk gambar{fit ? `: ${fit.report.orientation === 'portrait' ? 'potret' : 'lanskap'}` : ''})</option>
                  <option value="landscape">Lanskap</option>
                  <option value="portrait">Potret</option>
                </select>
              </label>
            </div>
            {format === 'pdf' && (
              <div className="row2">
                <label>
                  Tata halaman
                  <select value={mode} onChange={(e) => setMode(e.target.value as 'fit' | 'tile' | 'units')} data-testid="export-mode">
                    <option value="fit">Muat dalam satu halaman</option>
                    <option value="tile">Bagi ke beberapa halaman (dengan tanda tumpang tindih)</option>
                    {struktur && <option value="units">Satu halaman per unit (dengan halaman kunci)</option>}
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
            {fit && (
              <FitNote
                fit={fit}
                struktur={struktur}
                onTile={() => {
                  setMode('tile');
                  setTilesAcross(fit.tilesNeeded);
                }}
                onPaper={(p) => setPaper(p)}
                onUnits={() => setMode('units')}
                paper={paper}
                mode={mode}
              />
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
        {struktur && <PetaJabatanDownload doc={doc} title={title} />}
        <div className="dialog-actions">
          <button className="primary" onClick={() => void go()} disabled={busy || !info.target || (format === 'png' && !!fit?.png?.tooLarge)} data-testid="export-go">
            {busy ? 'Mengekspor…' : format === 'print' ? 'Cetak' : 'Ekspor'}
          </button>
          <button onClick={editor.closeDialog}>Batal</button>
        </div>
      </div>
    </Modal>
  );
}

/**
 * The peta jabatan as a spreadsheet (DOMAIN.md §8.5): XLSX with the Peta Jabatan, Pemangku, Rekap and Temuan sheets,
 * or CSV (`;`, BOM) for Indonesian Excel. Both re-import to the same document. The writers load on the click.
 */
function PetaJabatanDownload({ doc, title }: { doc: Workspace; title: string }) {
  const editor = useEditor();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const download = async (kind: 'xlsx' | 'csv') => {
    setBusy(kind);
    try {
      const [{ petaJabatanCsv, petaJabatanXlsx }, { downloadBlob, downloadText, slug }] = await Promise.all([
        import('../io/spreadsheet/petaJabatanExport'),
        import('../io/file/browserFile'),
      ]);
      const current = editor.get().doc ?? doc;
      const name = `${slug(title || current.title)}-peta-jabatan`;
      if (kind === 'csv') downloadText(`${name}.csv`, petaJabatanCsv(current), 'text/csv');
      else {
        const bytes = await petaJabatanXlsx(current, editor.findings.get().findings);
        downloadBlob(`${name}.xlsx`, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      }
    } catch (e) {
      editor.showToast({ kind: 'error', text: `Ekspor peta jabatan gagal: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <fieldset data-testid="export-peta-jabatan">
      <legend>Peta jabatan sebagai lembar kerja</legend>
      <p className="muted">
        Satu baris per jabatan (kode, jabatan, jenis, jenjang, unit, atasan, kelas, K, B, ±), lembar Pemangku, Rekap per
        unit dan Perangkat Daerah, serta Temuan. Berkas ini dapat diimpor kembali.
      </p>
      <div className="row2">
        <button type="button" disabled={busy !== null} onClick={() => void download('xlsx')} data-testid="export-peta-xlsx">
          {busy === 'xlsx' ? 'Menyiapkan…' : 'Unduh XLSX'}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void download('csv')} data-testid="export-peta-csv">
          {busy === 'csv' ? 'Menyiapkan…' : 'Unduh CSV (;)'}
        </button>
      </div>
    </fieldset>
  );
}

interface FitInfo {
  report: FitReport;
  /** pages across that bring the smallest text to 6 pt */
  tilesNeeded: number;
  /** the smallest text on A3 with the same settings */
  a3Pt: number;
  png: PngSize | null;
}

async function fitInfoOf(
  doc: Workspace,
  target: NonNullable<TargetInfo['target']>,
  scope: { rootId?: string; collapsed: ReadonlySet<string> },
  pdf: Parameters<typeof import('../io/export/paper').fitReport>[1],
  perUnit: boolean,
  dpi: number,
): Promise<FitInfo | null> {
  const [{ pagesOf }, paper, { pngSize }, { stackPages }] = await Promise.all([
    import('../io/export/plan'),
    import('../io/export/paper'),
    import('../io/export/png'),
    import('../io/export/scene'),
  ]);
  try {
    const pages = pagesOf(doc, target, scope, '', perUnit, perUnit ? paper.readableOn(pdf) : undefined);
    const png = pngSize(pages.length === 1 ? pages[0].scene : stackPages(pages), dpi);
    return {
      report: paper.fitReport(pages, pdf),
      tilesNeeded: paper.tilesAcrossFor(pages, pdf),
      a3Pt: paper.fitReport(pages, { ...pdf, paper: 'a3' }).smallestPt,
      png,
    };
  } catch {
    return null;
  }
}

/** "Teks terkecil 2,5 pt pada 1 halaman" and, below 6 pt, the ways to a readable lampiran. */
function FitNote(props: {
  fit: FitInfo;
  struktur: boolean;
  paper: Paper;
  mode: 'fit' | 'tile' | 'units';
  onTile: () => void;
  onPaper: (p: Paper) => void;
  onUnits: () => void;
}) {
  const { report } = props.fit;
  const pt = report.smallestPt.toFixed(1).replace('.', ',');
  return (
    <div className={report.warn ? 'export-fit export-warning' : 'export-fit'} data-testid="export-fit" role={report.warn ? 'alert' : undefined}>
      <span data-testid="export-smallest">
        Teks terkecil {Number.isFinite(report.smallestPt) ? `${pt} pt` : '—'} pada {report.pages} halaman
      </span>
      {report.warn && (
        <>
          <span> — terlalu kecil untuk dibaca (di bawah 6 pt). Pilihan:</span>
          <span className="export-fixes">
            <button type="button" onClick={props.onTile} data-testid="export-fix-tile">
              Bagi ke {props.fit.tilesNeeded} halaman mendatar
            </button>
            {props.paper !== 'a3' && (
              <button type="button" onClick={() => props.onPaper('a3')} data-testid="export-fix-a3">
                Kertas A3 ({props.fit.a3Pt.toFixed(1).replace('.', ',')} pt)
              </button>
            )}
            {props.paper === 'a4' && (
              <button type="button" onClick={() => props.onPaper('f4')} data-testid="export-fix-f4">
                Kertas F4
              </button>
            )}
            {props.struktur && props.mode !== 'units' && (
              <button type="button" onClick={props.onUnits} data-testid="export-fix-units">
                Satu halaman per unit
              </button>
            )}
          </span>
        </>
      )}
    </div>
  );
}
