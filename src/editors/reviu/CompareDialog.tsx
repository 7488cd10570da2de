// "Bandingkan" (issue 17 item 2): the open document against one of its versions or another document file. Shows
// what changed, what could not be matched and the findings introduced and resolved; the matriks perubahan prints on
// A4/F4 or goes to XLSX, and the changes can be drawn over the structure canvas.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentComparison } from '../../commands/compareDocuments';
import type { CompareMatch } from '../../model';
import { useEditor } from '../../editor/context';
import { compareWithOpen, downloadMatriks, fileSide, versionSide, versionTitle, type CompareSide, type SideResult } from '../../editor/reviewCompare';
import type { HistoryRow } from '../../editor/types';
import { Modal } from '../../ui/kit/Modal';
import { ComparisonSummary } from './ComparisonSummary';

const MATCH_LABELS: Record<CompareMatch, string> = {
  auto: 'Otomatis (id bila satu riwayat, lalu kode, lalu nama dan unit)',
  id: 'Menurut id',
  kode: 'Menurut kode, lalu nama dan unit',
  nama: 'Menurut nama dan unit',
};

export function CompareDialog() {
  const editor = useEditor();
  const doc = editor.currentDoc();
  const [versions, setVersions] = useState<HistoryRow[] | null>(null);
  const [side, setSide] = useState<CompareSide | null>(null);
  const [match, setMatch] = useState<CompareMatch>('auto');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; problems?: string[] } | null>(null);
  useEffect(() => {
    let live = true;
    void editor.persistence.historyOf(doc.id).then((rows) => live && setVersions(rows.filter((r) => r.info.readable)));
    return () => {
      live = false;
    };
  }, [editor, doc.id]);
  const cmp: DocumentComparison | null = useMemo(() => (side ? compareWithOpen(editor, side.doc, match) : null), [editor, side, match]);
  const load = async (f: () => Promise<SideResult | null>) => {
    setBusy(true);
    try {
      const got = await f();
      if (!got) return;
      if ('message' in got) setProblem(got);
      else {
        setSide(got);
        setProblem(null);
      }
    } finally {
      setBusy(false);
    }
  };
  const titles = side ? { lama: side.title, baru: `${doc.title} (sekarang)`, judul: 'Evaluasi kelembagaan' } : null;
  return (
    <Modal title="Bandingkan struktur" onClose={() => editor.closeDialog()} wide>
      <div className="compare-sources">
        <label>
          Struktur lama: versi dokumen ini
          <select
            value=""
            disabled={busy || !versions?.length}
            onChange={(e) => {
              const row = versions?.find((r) => r.info.key === e.target.value);
              if (row) void load(() => versionSide(editor, row.info.key, row.info.takenAt));
            }}
            data-testid="compare-version"
          >
            <option value="">{versions === null ? 'Memuat riwayat…' : versions.length ? 'Pilih versi…' : 'Belum ada versi tersimpan'}</option>
            {versions?.map((r) => (
              <option key={r.info.key} value={r.info.key}>
                {versionTitle(r.info.takenAt)}
                {r.positions !== null ? ` — ${r.positions} jabatan` : ''}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">atau</span>
        <button
          className="tb-btn"
          disabled={busy}
          onClick={() =>
            void load(async () => {
              const file = await editor.env.pickFile('.json,application/json');
              return file ? fileSide(file) : null;
            })
          }
          data-testid="compare-file"
        >
          Dokumen lain…
        </button>
        <label>
          Pencocokan
          <select value={match} onChange={(e) => setMatch(e.target.value as CompareMatch)} data-testid="compare-match">
            {(Object.keys(MATCH_LABELS) as CompareMatch[]).map((m) => (
              <option key={m} value={m}>
                {MATCH_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && (
        <div className="reviu-warning" role="alert" data-testid="compare-problem">
          <p>{problem.message}</p>
          {problem.problems && problem.problems.length > 0 && (
            <ul>
              {problem.problems.slice(0, 10).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!side && <p className="muted">Pilih struktur lama: dokumen yang terbuka dibandingkan sebagai struktur baru.</p>}
      {side && cmp && titles && (
        <>
          <p data-testid="compare-title">
            <strong>Lama:</strong> {side.title} · <strong>Baru:</strong> {titles.baru}
          </p>
          <ComparisonSummary cmp={cmp} />
          <div className="modal-actions">
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, cmp, titles, 'pdf', 'a4')} data-testid="matriks-pdf-a4">
              Matriks PDF (A4)
            </button>
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, cmp, titles, 'pdf', 'f4')} data-testid="matriks-pdf-f4">
              Matriks PDF (F4)
            </button>
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, cmp, titles, 'xlsx')} data-testid="matriks-xlsx">
              Matriks XLSX
            </button>
            <button
              className="tb-btn primary"
              onClick={() => {
                editor.review.showComparison(side.title, side.doc, doc, cmp);
                editor.closeDialog();
                editor.showView('struktur');
              }}
              data-testid="compare-overlay"
            >
              Tampilkan di kanvas
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
