// The printable SOP table of a lintas fungsi map, in an iframe so it prints on its own. The page's CSP forbids
// inline script, so printing goes through iframe.contentWindow.print() from here.
import { useMemo, useRef } from 'react';
import { renderSopHtml, sopTable } from '../../io/sop';
import type { LintasFungsiMap, Workspace } from '../../model';
import { Modal } from '../../ui/kit/Modal';

export function SopDialog({ doc, map, onClose }: { doc: Workspace; map: LintasFungsiMap; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useMemo(() => renderSopHtml(sopTable(doc, map)), [doc, map]);
  return (
    <Modal title={`Tabel SOP — ${map.title}`} onClose={onClose} wide>
      <iframe ref={frame} className="sop-frame" title="Tabel SOP" srcDoc={html} sandbox="allow-same-origin allow-modals" data-testid="sop-frame" />
      <div className="dialog-buttons">
        <button onClick={() => frame.current?.contentWindow?.print()} data-testid="sop-print">
          Cetak
        </button>
        <button onClick={onClose}>Tutup</button>
      </div>
    </Modal>
  );
}
