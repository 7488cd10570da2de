import { useStore } from '../editor/createStore';
import { useEditor } from '../editor/context';
import type { View } from '../editor/types';

const TABS: { view: View; label: string; hint: string }[] = [
  { view: 'struktur', label: 'Struktur', hint: 'Struktur organisasi dan kedudukan jabatan' },
  { view: 'tim', label: 'Tim Kerja', hint: 'Tim Kerja di atas struktur' },
  { view: 'peta', label: 'Peta Proses Bisnis', hint: 'Peta level, lintas fungsi, relasi dan subproses' },
];

export function ViewTabs() {
  const editor = useEditor();
  const view = useStore(editor, (s) => s.view);
  const teams = useStore(editor, (s) => (s.doc ? Object.keys(s.doc.teams).length : 0));
  const maps = useStore(editor, (s) => (s.doc ? Object.keys(s.doc.maps).length : 0));
  const count: Record<View, number | null> = { struktur: null, tim: teams, peta: maps };
  return (
    <div className="view-tabs" role="tablist" aria-label="Tampilan">
      {TABS.map((t) => (
        <button
          key={t.view}
          role="tab"
          aria-selected={view === t.view}
          className={view === t.view ? 'active' : ''}
          onClick={() => editor.showView(t.view)}
          title={t.hint}
          data-testid={`view-${t.view}`}
        >
          {t.label}
          {count[t.view] !== null && <span className="tab-count">{count[t.view]}</span>}
        </button>
      ))}
    </div>
  );
}
