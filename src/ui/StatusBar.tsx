import { useStore } from '../editor/createStore';
import { useEditor } from '../editor/context';
import { documentRekap, formatRekapNumbers, unitRekap, type Workspace } from '../model';

const SAVE_TEXT = {
  saved: 'Tersimpan di browser',
  pending: 'Menyimpan…',
  saving: 'Menyimpan…',
  'error-quota': 'BELUM tersimpan: penyimpanan browser penuh',
  conflict: 'BELUM tersimpan: dokumen diubah di tab lain',
} as const;

/**
 * The peta jabatan rekap the status bar shows: the document's (the one place the jabatan count is said), then the
 * selected unit's — a unit selected, or the unit of the one selected jabatan. A string, so the bar re-renders only
 * when a number changes; both rekaps are memoised on the document state.
 */
function rekapText(doc: Workspace | null, selection: string[]): string {
  if (!doc) return '';
  const total = documentRekap(doc).total;
  let text = `${total.jabatan} jabatan · ${formatRekapNumbers(total)}`;
  const one = selection.length === 1 ? selection[0] : null;
  const unitId = one === null ? null : doc.units[one] ? one : (doc.positions[one]?.unitId ?? null);
  const unit = unitId !== null ? doc.units[unitId] : undefined;
  if (unit) {
    const r = unitRekap(doc, unit.id).total;
    text += ` | Unit «${unit.nama}»: ${r.jabatan} jabatan · ${formatRekapNumbers(r)}`;
  }
  return text;
}

export function StatusBar() {
  const editor = useEditor();
  const counts = useStore(editor.findings, (s) => s.counts);
  const rekap = useStore(editor, (s) => rekapText(s.doc, s.selection));
  const status = useStore(editor.persistence.saveStatus, (s) => s.status);
  const otherTabs = useStore(editor.persistence.tabState, (s) => s.otherTabs);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="counts" data-testid="finding-counts">
        <span className="c-error">{counts.error} galat</span> · <span className="c-warning">{counts.warning} peringatan</span> ·{' '}
        <span className="c-info">{counts.info} info</span>
      </span>
      <span data-testid="status-rekap" title="Rekap peta jabatan: jumlah jabatan, kebutuhan (K), bezetting (B) dan selisih (± = B − K)">
        {rekap}
      </span>
      <span className={`save save-${status}`} data-testid="save-status">
        {SAVE_TEXT[status]}
      </span>
      {otherTabs > 0 && (
        <span className="save-others" data-testid="other-tabs" title="Perubahan dari tab lain ditandai di sini; tab ini tidak akan menimpanya.">
          Juga terbuka di {otherTabs} tab lain
        </span>
      )}
    </footer>
  );
}
