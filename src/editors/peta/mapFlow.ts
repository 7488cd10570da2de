// The map canvases (lintas fungsi, relasi) draw React Flow controlled, from the document and the editor's state
// alone: each render derives the nodes (the document → nodes, the editor's picked elements → `selected`, the
// editor's drag → where the dragged ones stand now). Nothing of a node is kept beside the document except what
// React Flow measured of it: a node rebuilt without `measured` loses its handles until it is measured again, and
// its arrows vanish for a frame (after every lint run, or while a label is typed). useMeasured keeps those sizes.
import type { Node, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { MapDrag, PetaState } from '../../editor/types';
import type { ProcessMap } from '../../model';

type Size = { width: number; height: number };

/** What React Flow measured of each node, and the onNodesChange part that keeps it. */
export function useMeasured(): { sizes: ReadonlyMap<string, Size>; keepSizes: (changes: readonly NodeChange[]) => void } {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const keepSizes = useCallback((changes: readonly NodeChange[]) => {
    const measured = changes.filter((c) => c.type === 'dimensions' && c.dimensions);
    if (measured.length === 0) return;
    setSizes((prev) => {
      let next: Map<string, Size> | null = null;
      for (const c of measured) {
        if (c.type !== 'dimensions' || !c.dimensions) continue;
        const p = prev.get(c.id);
        if (p && p.width === c.dimensions.width && p.height === c.dimensions.height) continue;
        next ??= new Map(prev);
        next.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
      }
      return next ?? prev;
    });
  }, []);
  return { sizes, keepSizes };
}

/** The elements shown selected: the picked ones while they hold the selected element, else that one alone. */
export function pickedOnMap(peta: Pick<PetaState, 'selected' | 'picked'>): ReadonlySet<string> {
  const sel = peta.selected?.id ?? null;
  if (sel === null) return new Set(peta.picked);
  return new Set(peta.picked.includes(sel) ? peta.picked : [sel]);
}

/** The picked elements after React Flow's select changes (`elementOf` turns a flow id into the element's id). */
export function afterSelectChanges(
  picked: ReadonlySet<string>,
  changes: readonly { type: string; id?: string; selected?: boolean }[],
  elementOf: (flowId: string) => string = (id) => id,
): string[] | null {
  let next: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select' || c.id === undefined) continue;
    next ??= new Set(picked);
    if (c.selected) next.add(elementOf(c.id));
    else next.delete(elementOf(c.id));
  }
  return next && [...next];
}

/** The drag of this map, while it still belongs to the map shown (a committed drop or an undo makes it stale). */
export function liveDrag(drag: MapDrag | null, map: ProcessMap): MapDrag | null {
  return drag && drag.mapId === map.id && drag.base === map ? drag : null;
}

/** The derived nodes as they stand: their measured size, and the dragged ones where the drag has them. */
export function shownNodes<N extends Node>(
  built: readonly N[],
  sizes: ReadonlyMap<string, Size>,
  at: ReadonlyMap<string, XYPosition> | null,
  elementOf: (flowId: string) => string = (id) => id,
): N[] {
  return built.map((n) => {
    const measured = sizes.get(n.id);
    const position = at?.get(elementOf(n.id));
    if (!measured && !position) return n;
    return { ...n, ...(measured ? { measured } : {}), ...(position ? { position } : {}) };
  });
}
