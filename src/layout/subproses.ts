// The peta subproses as a diagram: its steps in order as boxes joined by arrows, laid out by ELK layered. A long
// sequence is wrapped into rows (ELK's graph wrapping) so the picture keeps a landscape shape instead of one endless
// column; the arrow from the end of a row to the start of the next is ELK's own orthogonal route. Every box has the
// same size, so the layout depends only on the order of the steps, never on their text. Pure; deterministic.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Point, SubprosesMap } from '../model';
import type { ElkLike } from './layoutStructure';

/** Every step box has this size: the canvas clamps the text to it and shows the whole of it on hover. */
export const STEP_BOX = { width: 240, height: 112 } as const;

const OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.layered.wrapping.strategy': 'SINGLE_EDGE',
  'elk.layered.wrapping.additionalEdgeSpacing': '16',
  // about the shape of a 16:9 screen or a landscape page
  'elk.aspectRatio': '1.6',
  'elk.randomSeed': '1',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

export interface SubprosesLayout {
  /** step id → top-left corner of its box */
  placements: Record<string, Point>;
  /** `${from}>${to}` for consecutive steps → the arrow's points, first on the border of `from`, last on `to` */
  routes: Record<string, Point[]>;
}

/** The id of the arrow from one step to the next (the diagram draws one between each consecutive pair). */
export const stepArrowId = (from: string, to: string) => `${from}>${to}`;

/** The string the layout depends on: the order of the steps. Equal keys give the same layout. */
export const layoutKey = (map: SubprosesMap) => map.steps.map((s) => s.id).join('|');

export async function layoutSubproses(map: SubprosesMap, elk: ElkLike): Promise<SubprosesLayout> {
  if (map.steps.length === 0) return { placements: {}, routes: {} };
  const children: ElkNode[] = map.steps.map((s) => ({ id: s.id, ...STEP_BOX }));
  const edges: ElkExtendedEdge[] = map.steps.slice(1).map((s, i) => {
    const from = map.steps[i].id;
    return { id: stepArrowId(from, s.id), sources: [from], targets: [s.id] };
  });
  const laid = await elk.layout({ id: map.id, layoutOptions: OPTIONS, children, edges });
  const placements: Record<string, Point> = {};
  for (const c of laid.children ?? []) placements[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  const routes: Record<string, Point[]> = {};
  for (const e of (laid.edges ?? []) as ElkExtendedEdge[]) {
    const s = e.sections?.[0];
    if (!s) continue;
    routes[e.id] = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
  }
  return { placements, routes };
}
