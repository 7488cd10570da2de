// The one registry of canvas handles: the structure canvas registers as 'struktur', each map canvas under its map
// id, while it is shown. The toolbar (Rapikan, Lihat semua), the clipboard keys, presentation mode and export reach
// a canvas only here, never through the DOM. A canvas may register in parts (its toolbar gives Rapikan, the canvas
// its flow and clipboard): the handle of a key is the union of the parts registered under it.
import { createStore } from './createStore';
import type { CanvasHandle, CanvasRegistry, EditorState } from './types';

export const STRUKTUR_CANVAS = 'struktur';

export function createCanvasRegistry(getState: () => EditorState): CanvasRegistry {
  const store = createStore<{ handles: ReadonlyMap<string, CanvasHandle> }>({ handles: new Map() });
  const parts = new Map<string, CanvasHandle[]>();
  const publish = (key: string) => {
    const next = new Map(store.get().handles);
    const list = parts.get(key) ?? [];
    if (list.length) next.set(key, Object.assign({}, ...list));
    else next.delete(key);
    store.set({ handles: next });
  };
  const handle = (key: string) => store.get().handles.get(key) ?? null;
  return {
    ...store,
    register(key, part) {
      parts.set(key, [...(parts.get(key) ?? []), part]);
      publish(key);
      return () => {
        const list = parts.get(key) ?? [];
        if (!list.includes(part)) return;
        parts.set(
          key,
          list.filter((p) => p !== part),
        );
        publish(key);
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
