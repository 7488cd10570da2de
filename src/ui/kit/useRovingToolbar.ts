// A toolbar is one Tab stop (WAI-ARIA toolbar pattern): the arrow keys, Home and End move between its buttons, and
// Tab leaves it. The tab stop is kept in the DOM (tabIndex) rather than in React state so buttons rendered by other
// components (action buttons, the presentation pair) take part without knowing about it; a button that becomes
// disabled hands the stop to the next enabled one.
import { useEffect, useRef } from 'react';

const ITEMS = 'button, [role="button"], select, input';

export function useRovingToolbar<T extends HTMLElement>(orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const items = () => [...bar.querySelectorAll<HTMLElement>(ITEMS)].filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null);
    const settle = (current?: HTMLElement) => {
      const list = items();
      const stop = current && list.includes(current) ? current : list.find((el) => el.tabIndex === 0) ?? list[0];
      for (const el of bar.querySelectorAll<HTMLElement>(ITEMS)) el.tabIndex = el === stop ? 0 : -1;
    };
    const onFocus = (e: FocusEvent) => settle(e.target as HTMLElement);
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      // a text field or a list keeps its own arrow keys
      if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
      const next = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
      const prev = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
      if (![next, prev, 'Home', 'End'].includes(e.key)) return;
      const list = items();
      const i = list.indexOf(target);
      if (i < 0) return;
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : (i + (e.key === next ? 1 : -1) + list.length) % list.length;
      e.preventDefault();
      e.stopPropagation();
      list[to]!.focus();
    };
    settle();
    const watch = new MutationObserver(() => settle(bar.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined));
    watch.observe(bar, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    bar.addEventListener('focusin', onFocus);
    bar.addEventListener('keydown', onKey);
    return () => {
      watch.disconnect();
      bar.removeEventListener('focusin', onFocus);
      bar.removeEventListener('keydown', onKey);
    };
  }, [orientation]);
  return ref;
}
