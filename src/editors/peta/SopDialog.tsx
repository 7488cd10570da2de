// The printable SOP table of a lintas fungsi map, in an iframe so it prints on its own. The page's CSP forbids
// inline script, so printing goes through iframe.contentWindow.print() from here.
import { useMemo, useRef, useState } from 'react';
import { downloadBlob, slug } from '../../io/file/browserFile';
import { renderSopHtml, sopSumber, sopTable } from '../../io/sop';
import type { LintasFungsiMap, Workspace } from '../../model';
import { Modal } from '../../ui/kit/Modal';

export function SopDialog({ doc, map, onClose }: { doc: Workspace; map: LintasFungsiMap; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  // the source citation once under the table, not in every row's Keterangan
  const html = useMemo(() => renderSopHtml(sopTable(doc, map, { includeSumber: false }), { sumber: sopSumber(map), identitas: map.sop }), [doc, map]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pdf = async (paper: 'a4' | 'f4') => {
    setBusy(true);
    setProblem(null);
    try {
      const { sopPdf } = await import('../../io/sop/sopPdf');
      downloadBlob(`${slug(map.title)}-${paper}.pdf`, sopPdf(doc, map, paper).output('blob'));
    } catch (e) {
      setProblem(`PDF tidak dapat dibuat: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={`Tabel SOP — ${map.title}`} onClose={onClose} wide>
      <iframe ref={frame} className="sop-frame" title="Tabel SOP" srcDoc={html} sandbox="allow-same-origin allow-modals" data-testid="sop-frame" />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button className="primary" disabled={busy} onClick={() => void pdf('a4')} data-testid="sop-pdf-a4">
          PDF A4 lanskap
        </button>
        <button disabled={busy} onClick={() => void pdf('f4')} data-testid="sop-pdf-f4">
          PDF F4 lanskap
        </button>
        <button onClick={() => frame.current?.contentWindow?.print()} data-testid="sop-print">
          Cetak
        </button>
        <button onClick={onClose}>Tutup</button>
      </div>
    </Modal>
  );
}
