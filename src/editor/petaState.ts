// View state of the Peta view that is not part of the document: which map element is selected. Kept apart from
// editor.selection so the structure's shortcuts (Hapus, Salin) never act on map elements.
import { createStore } from './createStore';
import { editor } from './editorStore';

export type PetaSelection = { kind: 'node' | 'lane' | 'arrow' | 'process' | 'step' | 'box'; id: string } | null;

export const petaState = createStore<{ selected: PetaSelection }>({ selected: null });

export function selectInMap(selected: PetaSelection): void {
  const cur = petaState.get().selected;
  if (cur?.kind === selected?.kind && cur?.id === selected?.id) return;
  petaState.set({ selected });
}

/** Show a map in the Peta view, optionally with one of its elements selected. */
export function openMap(mapId: string, selected: PetaSelection = null): void {
  editor.set({ view: 'peta', activeMapId: mapId });
  petaState.set({ selected });
}

/**
 * Open the map a finding is about (its last subject is the map id) and select its first subject. Returns false
 * when the finding is not about a map.
 */
export function openMapFinding(subjects: readonly string[]): boolean {
  const doc = editor.get().doc;
  const mapId = subjects[subjects.length - 1];
  const map = doc && mapId ? doc.maps[mapId] : undefined;
  if (!map) return false;
  const id = subjects[0];
  let selected: PetaSelection = null;
  if (id && id !== mapId) {
    if (map.kind === 'lintas-fungsi') {
      selected = map.lanes.some((l) => l.id === id) ? { kind: 'lane', id } : map.arrows.some((a) => a.id === id) ? { kind: 'arrow', id } : map.nodes.some((n) => n.id === id) ? { kind: 'node', id } : null;
    } else if (map.kind === 'level' && map.processes.some((p) => p.id === id)) selected = { kind: 'process', id };
    else if (map.kind === 'relasi') {
      selected = map.boxes.some((b) => b.id === id) ? { kind: 'box', id } : map.arrows.some((a) => a.id === id) ? { kind: 'arrow', id } : null;
    }
  }
  openMap(map.id, selected);
  return true;
}
