import { useStore } from '../editor/createStore';
import { useEditor } from '../editor/context';

const SAVE_TEXT = {
  saved: 'Tersimpan di browser',
  pending: 'Menyimpan…',
  saving: 'Menyimpan…',
  'error-quota': 'BELUM tersimpan: penyimpanan browser penuh',
  conflict: 'BELUM tersimpan: dokumen diubah di tab lain',
} as const;

export function StatusBar() {
  const editor = useEditor();
  const counts = useStore(editor.findings, (s) => s.counts);
  const positions = useStore(editor, (s) => (s.doc ? Object.keys(s.doc.positions).length : 0));
  const status = useStore(editor.persistence.saveStatus, (s) => s.status);
  const otherTabs = useStore(editor.persistence.tabState, (s) => s.otherTabs);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="counts" data-testid="finding-counts">
        <span className="c-error">{counts.error} galat</span> · <span className="c-warning">{counts.warning} peringatan</span> ·{' '}
        <span className="c-info">{counts.info} info</span>
      </span>
      <span>{positions} jabatan</span>
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
