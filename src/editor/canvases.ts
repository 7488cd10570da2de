// The one registry of canvas handles: the structure canvas registers as 'struktur', each map canvas under its map
// id, while it is shown. The toolbar (Rapikan, Lihat semua), presentation mode and export reach a canvas only here.
import { createStore } from './createStore';
import type { CanvasHandle, CanvasRegistry, EditorState } from './types';

export const STRUKTUR_CANVAS = 'struktur';

export function createCanvasRegistry(getState: () => EditorState): CanvasRegistry {
  const store = createStore<{ handles: ReadonlyMap<string, CanvasHandle> }>({ handles: new Map() });
  const handle = (key: string) => store.get().handles.get(key) ?? null;
  return {
    ...store,
    register(key, handle) {
      const next = new Map(store.get().handles);
      next.set(key, handle);
      store.set({ handles: next });
      return () => {
        if (store.get().handles.get(key) !== handle) return;
        const rest = new Map(store.get().handles);
        rest.delete(key);
        store.set({ handles: rest });
      };
    },
    handle,
    flow: (key) => handle(key)?.flow ?? null,
    current() {
      const s = getState();
      if (s.view === 'peta') return s.activeMapId ? handle(s.activeMapId) : null;
      return handle(STRUKTUR_CANVAS);
    },
  };
}
