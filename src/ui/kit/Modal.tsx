// The dialog frame every dialog uses.
import { useId, useLayoutEffect, useRef } from 'react';

/**
 * The one modal of the app, on the native <dialog> opened with showModal(): focus moves into it, Tab stays inside,
 * the page behind is inert, Escape closes it (through onClose, so the store decides), and focus returns to the
 * element that opened it when it goes away. Every dialog is built on this, so each one gets all of that.
 */
export function Modal({ title, children, onClose, wide }: { title: string; children: React.ReactNode; onClose: () => void; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // the first field or button of the body, else the dialog itself (the close button is last in reading order)
    const first = dialog.querySelector<HTMLElement>('[autofocus], .modal-body :is(input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])):not([disabled])');
    (first ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      // back to the opener when it is still on the page; else to the main area, never to nowhere
      const back = opener && opener.isConnected ? opener : document.querySelector<HTMLElement>('main');
      back?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${wide ? 'modal-wide' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      onCancel={(e) => {
        // Escape: the store closes the dialog (a dialog may refuse, e.g. while it works)
        e.preventDefault();
        onCloseRef.current();
      }}
      onMouseDown={(e) => {
        // a press on the backdrop lands on the <dialog> itself, outside its box
        if (e.target !== e.currentTarget) return;
        const r = e.currentTarget.getBoundingClientRect();
        if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) onCloseRef.current();
      }}
      onKeyDown={(e) => {
        // keys pressed in a dialog never reach the page's shortcuts
        e.stopPropagation();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button className="modal-close" onClick={onClose} aria-label="Tutup">
          ×
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
