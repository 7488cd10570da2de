// The state pill of a shared document, in the toolbar: connected / reconnected / reconnecting / offline, how many
// own steps wait for the server, and how many colleagues are here. Shown only in a room; a click opens the dialog.
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { connectionLabel, connectionText } from './connectionText';

export function CollabPill() {
  const editor = useEditor();
  const s = useStore(editor.collab.state, (st) => st);
  if (s.phase === 'off') return null;
  if (s.phase === 'joining') {
    return (
      <span className="collab-pill collab-connecting" role="status" data-testid="collab-pill">
        Menyambung…
      </span>
    );
  }
  const kind = s.connection === 'online' && s.synced ? 'collab-online' : s.connection === 'offline' ? 'collab-offline' : 'collab-connecting';
  return (
    <button
      className={`collab-pill ${kind}`}
      onClick={() => editor.openDialog({ type: 'collab' })}
      title={`Ruang «${s.room?.room}»: ${connectionText(s)}`}
      data-testid="collab-pill"
      data-connection={s.connection}
      data-synced={s.synced}
    >
      <span role="status">{connectionLabel(s)}</span>
      <span className="collab-faces" aria-label={`${s.peers.length} rekan tersambung`} data-testid="collab-peer-count">
        {s.peers.slice(0, 4).map((p) => (
          <span key={p.clientId} className="collab-face" style={{ background: p.color }} title={p.name}>
            {p.name.slice(0, 1).toUpperCase()}
          </span>
        ))}
        {s.peers.length > 4 && <span className="collab-face collab-more">+{s.peers.length - 4}</span>}
      </span>
    </button>
  );
}
