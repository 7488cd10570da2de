import { useStore } from '../editor/createStore';
import { StorageBanner } from './StorageBanner';
import { useEditor } from '../editor/context';

/**
 * Messages over every screen: the storage banner (stays while work is not stored, with its buttons) and the
 * short-lived toast. An error toast stays until closed; a toast with a button stays until used or closed.
 */
export function Toast() {
  const editor = useEditor();
  const toast = useStore(editor, (s) => s.toast);
  return (
    <>
      <StorageBanner />
      {toast && (
        <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
          <div className="toast-text">{toast.text}</div>
          {toast.details && (
            <ul className="toast-details">
              {toast.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          {toast.technical && (
            <details className="toast-technical" data-testid="toast-technical">
              <summary>Rincian teknis</summary>
              <code>{toast.technical}</code>
            </details>
          )}
          {toast.action && (
            <div className="toast-action">
              <button
                onClick={() => {
                  toast.action?.run();
                  editor.set({ toast: null });
                }}
                data-testid="toast-action"
              >
                {toast.action.label}
              </button>
            </div>
          )}
          <button className="toast-close" onClick={() => editor.set({ toast: null })} aria-label="Tutup pesan">
            ×
          </button>
        </div>
      )}
    </>
  );
}
