import { useStore } from '../../editor/createStore';
import '../reliability.css';
import { appUpdate, postponeUpdate, reloadToNewVersion } from './appUpdate';

/** The offer of a new build; it stays until the user answers and never acts on its own. */
export function UpdatePrompt() {
  const waiting = useStore(appUpdate, (s) => s.waiting);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>Versi baru tersedia — muat ulang untuk memakainya. Dokumen yang terbuka disimpan lebih dulu.</span>
      <button className="primary" onClick={reloadToNewVersion} data-testid="update-reload">
        Muat ulang
      </button>
      <button onClick={postponeUpdate}>Nanti</button>
    </div>
  );
}
