// "Rapikan" for a peta relasi: ELK layered, left to right (who gives → who receives), through the same ElkLike
// as the other layouts (elk.bundled in node, the worker in the browser). Arrow labels are given to ELK with an
// estimated size so the space between layers leaves room to read them. Boxes that touch no arrow are laid out
// as their own components beside the rest. Pure; deterministic (fixed seed, boxes in map order).
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Point, RelasiMap } from '../model';
import type { ElkLike } from './layoutStructure';

/** Every relasi box has this size, so ELK, the grid and the canvas agree without measuring. */
export const RELASI_BOX = { width: 200, height: 80 } as const;

const OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '56',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.edgeLabel': '6',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // the canvas draws straight arrows between box borders: ELK's routes are not used
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '80',
  'elk.randomSeed': '1',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/** What the canvas shows on an arrow without a label: it needs room too. */
const EMPTY_LABEL = 'tanpa label';

/** Rough size of a label on the canvas (12 px text, wrapped at 180 px), enough for ELK to keep layers apart. */
export function labelSize(text: string): { width: number; height: number } {
  const width = Math.min(180, Math.max(40, text.length * 7 + 16));
  const lines = Math.max(1, Math.ceil((text.length * 7 + 16) / 180));
  return { width, height: 18 * lines };
}

export async function layoutRelasi(map: RelasiMap, elk: ElkLike): Promise<Record<string, Point>> {
  if (map.boxes.length === 0) return {};
  const ids = new Set(map.boxes.map((b) => b.id));
  const children: ElkNode[] = map.boxes.map((b) => ({ id: b.id, ...RELASI_BOX }));
  const edges: ElkExtendedEdge[] = map.arrows
    .filter((a) => ids.has(a.source) && ids.has(a.target) && a.source !== a.target)
    .map((a) => ({ id: a.id, sources: [a.source], targets: [a.target], labels: [{ text: a.label.trim() || EMPTY_LABEL, ...labelSize(a.label.trim() || EMPTY_LABEL) }] }));
  const laid = await elk.layout({ id: map.id, layoutOptions: OPTIONS, children, edges });
  const placements: Record<string, Point> = {};
  for (const c of laid.children ?? []) placements[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return placements;
}
