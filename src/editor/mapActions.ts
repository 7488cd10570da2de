// The main toolbar's "Rapikan" and "Lihat semua" act on the open map in the Peta view. Each map canvas (lintas
// fungsi, relasi) registers what those mean for it while it is shown; level and subproses maps are laid out by
// their bands and rows, so there the buttons are off, with the reason in their tooltip. The canvas's React Flow
// instance (each map has its own store) is registered with them, for presentation mode to zoom it.
import type { ReactFlowInstance } from '@xyflow/react';
import { MAP_KIND_LABELS } from '../model';
import { createStore } from './createStore';
import { editor } from './editorStore';

export interface MapCanvasActions {
  rapikan: () => void | Promise<void>;
  fit: () => void;
  flow: ReactFlowInstance;
}

/** The canvas shown now and its actions; the toolbar re-renders when it changes. */
export const mapActionsState = createStore<{ mapId: string | null; actions: MapCanvasActions | null }>({ mapId: null, actions: null });

/** Called by a map canvas on mount; returns the unregister function for its unmount. */
export function registerMapActions(mapId: string, actions: MapCanvasActions): () => void {
  mapActionsState.set({ mapId, actions });
  return () => {
    if (mapActionsState.get().actions === actions) mapActionsState.set({ mapId: null, actions: null });
  };
}

/** The React Flow instance of map `mapId` while its canvas is shown. */
export function mapFlow(mapId: string): ReactFlowInstance | null {
  const s = mapActionsState.get();
  return s.mapId === mapId ? (s.actions?.flow ?? null) : null;
}

function activeActions(): MapCanvasActions | null {
  const s = mapActionsState.get();
  return s.mapId !== null && s.mapId === editor.get().activeMapId ? s.actions : null;
}

/** Why "Rapikan" / "Lihat semua" cannot act on the open map, or null when they can. */
export function mapActionBlocked(): string | null {
  const { doc, activeMapId } = editor.get();
  const map = doc && activeMapId ? doc.maps[activeMapId] : undefined;
  if (!map) return 'Belum ada peta yang dibuka.';
  const only = 'Rapikan dan Lihat semua hanya untuk peta lintas fungsi dan peta relasi.';
  if (map.kind === 'level') return `${MAP_KIND_LABELS.level} tersusun menurut kelompoknya. ${only}`;
  if (map.kind === 'subproses') return `${MAP_KIND_LABELS.subproses} berupa daftar langkah berurutan. ${only}`;
  if (!activeActions()) return `${MAP_KIND_LABELS[map.kind]} belum siap.`;
  return null;
}

export function rapikanMap(): void {
  void activeActions()?.rapikan();
}

export function fitMap(): void {
  activeActions()?.fit();
}
