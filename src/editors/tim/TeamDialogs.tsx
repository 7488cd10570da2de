// Dialogs of the Tim Kerja view: delete a team (confirm), and the printable team documents — the Daftar Susunan
// Keanggotaan Tim and the draft of the instrument that establishes the team — shown in a sandboxed frame that the
// app prints (the page carries no script; the app's CSP forbids inline script anyway).
import { useMemo, useRef, useState } from 'react';
import { deleteTeam } from '../../commands/deleteTeam';
import { downloadBlob, downloadText, slug } from '../../io/file/browserFile';
import { daftarSusunan, draftInstrument, renderInstrumentHtml, renderSusunanHtml } from '../../io/teams';
import { isInstrumentJenis, isPenandatangan, refsOf, teamScope } from '../../model';
import { requiredInstrument } from '../../rules/tim/instrument';
import { useStore } from '../../editor/createStore';
import { Modal } from '../../ui/kit/Modal';
import { instrumentStatus, todayIso } from '../../editor/teamViewModel';
import { useEditor } from '../../editor/context';

export function DeleteTeamDialog({ teamId }: { teamId: string }) {
  const editor = useEditor();
  const doc = editor.get().doc!;
  const team = doc.teams[teamId];
  if (!team) {
    return (
      <Modal title="Hapus Tim Kerja" onClose={editor.closeDialog}>
        <p>Tim ini sudah tidak ada dalam dokumen.</p>
      </Modal>
    );
  }
  // the maps with a lane bound to the team (model/refs.ts: the one table of what names an element)
  const mapIds = new Set(refsOf(doc, teamId).flatMap((site) => (site.kind === 'lane' ? [site.mapId] : [])));
  const maps = [...mapIds].map((id) => `«${doc.maps[id].title}»`);
  const remove = () => {
    if (editor.run(deleteTeam, { id: teamId }) && editor.get().activeTeamId === teamId) editor.set({ activeTeamId: null });
    editor.closeDialog();
  };
  return (
    <Modal title="Hapus Tim Kerja" onClose={editor.closeDialog}>
      <p>
        Hapus <strong>«{team.nama}»</strong>
        {team.members.length ? ` beserta susunan ${team.members.length} anggotanya` : ''}? Jabatan para anggota tetap ada di
        struktur.
      </p>
      {maps.length > 0 && (
        <p data-testid="team-delete-maps">
          Lajur pada peta {maps.join(', ')} menunjuk tim ini; setelah tim dihapus, lajur tersebut ditandai belum terikat.
        </p>
      )}
      <div className="dialog-actions">
        <button className="danger" onClick={remove} data-testid="team-delete-confirm" autoFocus>
          Hapus tim
        </button>
        <button onClick={editor.closeDialog}>Batal</button>
      </div>
      <p className="muted small">Penghapusan dapat dibatalkan dengan Ctrl+Z.</p>
    </Modal>
  );
}

type Variant = 'required' | 'declared';

/**
 * On screen the printable page's sheet (max-width 17 cm with the A4 margins as padding) leaves the table 12.5 cm,
 * so a wide table ran over the sheet's edge. The preview widens the sheet to the A4 width on screen only; the
 * printed page is unchanged.
 */
const SCREEN_SHEET = '<style>@media screen { main { max-width: 21cm; } }</style>';

function forScreen(html: string): string {
  return html.replace('</head>', `${SCREEN_SHEET}\n</head>`);
}

export function TeamDocumentDialog({ teamId, document }: { teamId: string; document: 'susunan' | 'instrument' }) {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc)!;
  const team = doc.teams[teamId];
  const frame = useRef<HTMLIFrameElement>(null);
  const [variant, setVariant] = useState<Variant>('required');

  // A declared instrument that differs from the required one can be drafted as declared, e.g. to print what was signed.
  const declaredOption = useMemo(() => {
    if (!team || document !== 'instrument') return null;
    const scope = teamScope(doc, team);
    const inst = team.instrument;
    if (!scope || !inst || !isInstrumentJenis(inst.jenis) || !isPenandatangan(inst.penandatangan)) return null;
    if (instrumentStatus(requiredInstrument(doc.profileId, scope), inst) === 'sesuai') return null;
    return { jenis: inst.jenis, penandatangan: inst.penandatangan };
  }, [doc, team, document]);

  const built = useMemo(() => {
    if (!team) return null;
    if (document === 'susunan') {
      const table = daftarSusunan(doc, teamId);
      return { title: 'Daftar Susunan Keanggotaan Tim', name: table.judul, html: renderSusunanHtml(table) };
    }
    const draft = draftInstrument(doc, teamId, {
      tanggal: team.instrument?.tanggal ?? todayIso(),
      ...(variant === 'declared' && declaredOption ? declaredOption : {}),
    });
    return { title: 'Draf instrumen penetapan tim', name: `${draft.judul} ${team.nama}`, html: renderInstrumentHtml(draft) };
  }, [doc, team, teamId, document, variant, declaredOption]);

  if (!team || !built) {
    return (
      <Modal title="Dokumen tim" onClose={editor.closeDialog}>
        <p>Tim ini sudah tidak ada dalam dokumen.</p>
      </Modal>
    );
  }

  const print = () => {
    const win = frame.current?.contentWindow;
    if (!win) {
      editor.showToast({ kind: 'error', text: 'Pratinjau belum siap untuk dicetak; coba lagi sebentar lagi.' });
      return;
    }
    win.focus();
    win.print();
  };

  const openWindow = () => {
    const url = URL.createObjectURL(new Blob([forScreen(built.html)], { type: 'text/html;charset=utf-8' }));
    window.open(url, '_blank', 'noopener');
    // the new window has loaded the page long before this
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const downloadPdf = async () => {
    try {
      const { susunanToPdf } = await import('../../io/teams/susunanPdf');
      const pdf = susunanToPdf(daftarSusunan(doc, teamId));
      downloadBlob(`${slug(built.name)}.pdf`, pdf.output('blob'));
    } catch (e) {
      editor.showToast({ kind: 'error', text: `PDF tidak dapat dibuat: ${e instanceof Error ? e.message : String(e)}. Gunakan «Cetak» lalu «Simpan sebagai PDF».` });
    }
  };

  return (
    <Modal title={`${built.title} — ${team.nama}`} onClose={editor.closeDialog} wide>
      <div className="doc-toolbar">
        <button className="primary" onClick={print} data-testid="team-doc-print">
          Cetak…
        </button>
        {document === 'susunan' && (
          <button onClick={() => void downloadPdf()} data-testid="team-doc-pdf">
            Unduh PDF
          </button>
        )}
        <button onClick={openWindow} data-testid="team-doc-window">
          Buka di jendela baru
        </button>
        <button onClick={() => downloadText(`${slug(built.name)}.html`, built.html, 'text/html')} data-testid="team-doc-html">
          Unduh HTML
        </button>
        {declaredOption && (
          <label className="doc-variant">
            Draf menurut
            <select value={variant} onChange={(e) => setVariant(e.target.value as Variant)} data-testid="team-doc-variant">
              <option value="required">instrumen yang disyaratkan</option>
              <option value="declared">instrumen yang dicatat</option>
            </select>
          </label>
        )}
      </div>
      <p className="muted small doc-note">
        Untuk PDF dengan tata letak persis seperti pratinjau, pilih <strong>Cetak…</strong> lalu tujuan «Simpan sebagai PDF» pada
        dialog cetak browser.
        {document === 'susunan' ? ' «Unduh PDF» langsung membuat PDF tabel susunan tanpa dialog cetak.' : ''} Bagian bertitik diisi
        sendiri sebelum ditandatangani.
      </p>
      <iframe
        ref={frame}
        className="doc-frame"
        title={built.title}
        srcDoc={forScreen(built.html)}
        // no scripts at all inside; same origin so the app can call print() on it, modals so print is allowed
        sandbox="allow-same-origin allow-modals"
        data-testid="team-doc-frame"
      />
    </Modal>
  );
}
