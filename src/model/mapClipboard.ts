// What Salin / Potong on a map canvas keeps: the selected lintas fungsi symbols (or relasi boxes) with the arrows
// that run between them, as they were. A paste goes only into a map of the same kind (pasteMapElements). Pure.
import { z } from 'zod';
import { LfArrowSchema, LfNodeSchema, RelasiArrowSchema, RelasiBoxSchema, type LfArrow, type LfNode, type ProcessMap, type RelasiArrow, type RelasiBox } from './schema';

export const MapClipboardSchema = z.discriminatedUnion('kind', [
  z.object({ format: z.literal('petakerja-peta'), kind: z.literal('lintas-fungsi'), nodes: z.array(LfNodeSchema), arrows: z.array(LfArrowSchema) }),
  z.object({ format: z.literal('petakerja-peta'), kind: z.literal('relasi'), boxes: z.array(RelasiBoxSchema), arrows: z.array(RelasiArrowSchema) }),
]);
export type MapClipboard =
  | { format: 'petakerja-peta'; kind: 'lintas-fungsi'; nodes: LfNode[]; arrows: LfArrow[] }
  | { format: 'petakerja-peta'; kind: 'relasi'; boxes: RelasiBox[]; arrows: RelasiArrow[] };

/** The elements `ids` of `map` with the arrows among them; null when none of them is a symbol or box of it. */
export function copyMapElements(map: ProcessMap, ids: readonly string[]): MapClipboard | null {
  const chosen = new Set(ids);
  if (map.kind === 'lintas-fungsi') {
    const nodes = map.nodes.filter((n) => chosen.has(n.id));
    if (!nodes.length) return null;
    const kept = new Set(nodes.map((n) => n.id));
    return { format: 'petakerja-peta', kind: 'lintas-fungsi', nodes, arrows: map.arrows.filter((a) => kept.has(a.source) && kept.has(a.target)) };
  }
  if (map.kind === 'relasi') {
    const boxes = map.boxes.filter((b) => chosen.has(b.id));
    if (!boxes.length) return null;
    const kept = new Set(boxes.map((b) => b.id));
    return { format: 'petakerja-peta', kind: 'relasi', boxes, arrows: map.arrows.filter((a) => kept.has(a.source) && kept.has(a.target)) };
  }
  return null;
}

/** How many elements a clipboard holds, for messages ("3 simbol"). */
export function clipboardSize(clip: MapClipboard): number {
  return clip.kind === 'lintas-fungsi' ? clip.nodes.length : clip.boxes.length;
}
