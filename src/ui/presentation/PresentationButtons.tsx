// The toolbar's presentation buttons: open the sequence panel, and start presenting.
import { actionById } from '../actions';
import { useStore } from '../../editor/createStore';
import { presentation, togglePresentationPanel } from './presentationStore';

export function PresentationButtons() {
  const panelOpen = useStore(presentation, (s) => s.panelOpen);
  const present = actionById('present');
  return (
    <div className="tb-group">
      <button
        className={panelOpen ? 'tb-btn active' : 'tb-btn'}
        onClick={() => togglePresentationPanel()}
        aria-pressed={panelOpen}
        title="Susun urutan tampilan untuk presentasi"
        data-testid="action-presentation-panel"
      >
        Presentasi
      </button>
      <button className="tb-btn" onClick={() => present.perform()} title={`${present.label} (${present.shortcut})`} aria-label={present.label} data-testid="action-present">
        ▶
      </button>
    </div>
  );
}
