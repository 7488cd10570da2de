// The service worker (vite-plugin-pwa, Workbox), registered once the app runs at the top of its own origin (main.tsx
// never mounts the app inside another origin's frame). A new build installs in the background and then WAITS: only
// the user's "Muat ulang" activates it and reloads, after the open document is stored (guardLeave asks first when
// it cannot be). Nothing here reloads by itself: a tab with unsaved work keeps the old build for as long as it is open.
import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../../editor/context';
import '../reliability.css';

/** how often an open tab asks the server for a new build (also on every return to the tab) */
const CHECK_EVERY_MS = 60 * 60 * 1000;

type Activate = (reloadPage?: boolean) => Promise<void>;

/** Registers the worker and offers a new build; the offer stays until the user answers. */
export function UpdatePrompt() {
  const editor = useEditor();
  const [waiting, setWaiting] = useState(false);
  const activate = useRef<Activate | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let interval: ReturnType<typeof setInterval> | undefined;
    let check: (() => void) | undefined;
    let live = true;
    const onVisible = () => {
      if (document.visibilityState === 'visible') check?.();
    };
    // loaded apart from the entry: the first paint does not wait for it
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (!live) return;
      activate.current = registerSW({
        onNeedRefresh: () => setWaiting(true),
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          check = () => {
            if (navigator.onLine) void registration.update().catch(() => undefined);
          };
          interval = setInterval(check, CHECK_EVERY_MS);
          document.addEventListener('visibilitychange', onVisible);
        },
      });
    });
    return () => {
      live = false;
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  if (!waiting) return null;
  const reload = () => {
    const go = activate.current;
    if (go) void editor.persistence.guardLeave('memuat versi baru', () => void go(true));
  };
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>Versi baru tersedia — muat ulang untuk memakainya. Dokumen yang terbuka disimpan lebih dulu.</span>
      <button className="primary" onClick={reload} data-testid="update-reload">
        Muat ulang
      </button>
      {/* the waiting build is taken at the next start of the app */}
      <button onClick={() => setWaiting(false)}>Nanti</button>
    </div>
  );
}
