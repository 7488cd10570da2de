// The service worker (vite-plugin-pwa, Workbox): registered once the app runs at the top of its own origin. A new
// build installs in the background and then WAITS: only the user's "Muat ulang" activates it and reloads, after the
// open document is stored (guardLeave). Nothing here ever reloads by itself — a tab with unsaved work keeps running
// the old build for as long as it stays open.
import { createStore } from '../../editor/createStore';
import { guardLeave } from '../../editor/persistence';

type Activate = (reloadPage?: boolean) => Promise<void>;

/** `activate` is what registerSW hands back: it tells the waiting worker to take over, then reloads. */
export const appUpdate = createStore<{ waiting: boolean; activate: Activate | null }>({ waiting: false, activate: null });

/** how often an open tab asks the server for a new build (also on every return to the tab) */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // loaded apart from the entry: the first paint does not wait for it
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const activate = registerSW({
      onNeedRefresh: () => appUpdate.set({ waiting: true }),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        const check = () => {
          if (navigator.onLine) void registration.update().catch(() => undefined);
        };
        setInterval(check, CHECK_EVERY_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      },
    });
    appUpdate.set({ activate });
  });
}

/** "Muat ulang": store the open document first (or ask, when it cannot be stored), then switch to the new build. */
export function reloadToNewVersion(): void {
  const go = appUpdate.get().activate;
  if (!go) return;
  guardLeave('memuat versi baru', () => void go(true));
}

/** "Nanti": the prompt goes until the next new build; the waiting one is taken at the next start. */
export function postponeUpdate(): void {
  appUpdate.set({ waiting: false });
}
