// The toolbar's presentation buttons: open the sequence panel, and start presenting.
import { useStore } from '../../editor/createStore';
import { togglePresentationPanel } from './presenter';
import { useEditor } from '../../editor/context';

export function PresentationButtons() {
  const editor = useEditor();
  const panelOpen = useStore(editor.presentation, (s) => s.panelOpen);
  const present = editor.actions.byId('present');
  return (
    <div className="tb-group">
      <button
        className={panelOpen ? 'tb-btn active' : 'tb-btn'}
        onClick={() => togglePresentationPanel(editor)}
        aria-pressed={panelOpen}
        title="Susun urutan tampilan untuk presentasi"
        data-testid="action-presentation-panel"
      >
        Presentasi
      </button>
      <button className="tb-btn" onClick={() => present.perform(editor)} title={`${present.label} (${present.shortcut})`} aria-label={present.label} data-testid="action-present">
        ▶
      </button>
    </div>
  );
}
