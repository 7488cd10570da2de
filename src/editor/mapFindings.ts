// Which map a finding is about (its last subject is the map id) and which of the map's elements to select (its
// first subject). Pure: the editor's openMapFinding() shows the result.
import type { Workspace } from '../model';
import type { PetaSelection } from './types';

export function mapFindingSelection(doc: Workspace | null, subjects: readonly string[]): { mapId: string; selected: PetaSelection } | null {
  const mapId = subjects[subjects.length - 1];
  const map = doc && mapId ? doc.maps[mapId] : undefined;
  if (!map) return null;
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
  return { mapId: map.id, selected };
}
