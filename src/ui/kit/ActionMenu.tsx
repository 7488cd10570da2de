// The actions menu of an element on a map (issue 20 item 5): opened by a right click, Shift+F10 or the ContextMenu
// key. The WAI-ARIA menu pattern: focus goes to the first item, ↑/↓ (Home/End) move between items, Enter or Space
// picks one, Escape or Tab closes it, and focus goes back to the element it was opened from.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** True for the keys that open an element's actions menu from the keyboard. */
export function isMenuKey(e: { key: string; shiftKey: boolean }): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
}

/** Where a menu opened from the keyboard stands: at the lower left corner of the element. */
export function menuPointOf(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left + 8), y: Math.round(r.top + Math.min(r.height, 40)) };
}

export function ActionMenu({ label, at, items, onClose, testId }: { label: string; at: { x: number; y: number }; items: MenuItem[]; onClose: () => void; testId?: string }) {
  const ref = useRef<HTMLUListElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => {
      // back to the element the menu was opened from, unless the chosen action moved focus elsewhere (a dialog)
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected || ref.current?.contains(now);
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onCloseRef.current();
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, []);
  const buttons = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
  const onKeyDown = (e: React.KeyboardEvent) => {
    // keys pressed in the menu never reach the canvas or the page's shortcuts
    e.stopPropagation();
    const list = buttons();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => list[(j + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
  };
  // keep the menu inside the window
  const left = Math.max(4, Math.min(at.x, window.innerWidth - 240));
  const top = Math.max(4, Math.min(at.y, window.innerHeight - 44 * items.length - 12));
  // in the page's body: a map drawn under a transform (zoom) would otherwise move a fixed menu with it
  return createPortal(
    <ul className="action-menu" role="menu" aria-label={label} style={{ left, top }} data-testid={testId ?? 'action-menu'} ref={ref} onKeyDown={onKeyDown} onMouseDown={(e) => e.stopPropagation()}>
      {items.map((it) => (
        <li role="none" key={it.label}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={it.danger ? 'danger' : undefined}
            disabled={it.disabled}
            data-testid={it.testId}
            onClick={() => {
              onClose();
              it.onSelect();
            }}
          >
            {it.label}
          </button>
        </li>
      ))}
    </ul>,
    document.body,
  );
}
