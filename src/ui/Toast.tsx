import { useStore } from './createStore';
import { editor } from './editorStore';

export function Toast() {
  const toast = useStore(editor, (s) => s.toast);
  if (!toast) return null;
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
      <div className="toast-text">{toast.text}</div>
      {toast.details && (
        <ul className="toast-details">
          {toast.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <button className="toast-close" onClick={() => editor.set({ toast: null })} aria-label="Tutup pesan">
        ×
      </button>
    </div>
  );
}
