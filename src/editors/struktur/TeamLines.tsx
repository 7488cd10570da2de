// The active team's lines on the structure (Tim Kerja view): dashed, from the Ketua to each member, across units.
// Drawn as one SVG in React Flow's edge-label layer (flow coordinates, under the boxes) rather than as edges: an
// edge needs a source handle, and a stacked JF or Pelaksana — the usual Ketua — has none; a handle per box only for
// this would cost every box a layer. The node array is untouched, so no box re-renders when another team is shown.
import { EdgeLabelRenderer, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useStore } from '../../editor/createStore';
import { teamLinePath } from '../../editor/teamViewModel';
import type { Rect } from './buildFlow';
import { useEditor } from '../../editor/context';

const SEP = ';';

export function TeamLines({ rects }: { rects: Map<string, Rect> }) {
  const editor = useEditor();
  const lines = useStore(editor.teamHighlight, (s) => s.lines);
  const ids = useMemo(() => [...new Set(lines.flatMap((l) => [l.from, l.to]))], [lines]);
  // Where the boxes are now, while one is dragged too; one string, so panning and zooming re-render nothing.
  const live = useFlowStore(
    useCallback(
      (s: ReactFlowState) =>
        ids
          .map((id) => {
            const n = s.nodeLookup.get(id);
            if (!n) return '';
            const p = n.internals.positionAbsolute;
            return `${Math.round(p.x)},${Math.round(p.y)},${n.measured.width ?? n.width ?? 0},${n.measured.height ?? n.height ?? 0}`;
          })
          .join(SEP),
      [ids],
    ),
  );
  const paths = useMemo(() => {
    const at = new Map<string, Rect>();
    live.split(SEP).forEach((v, i) => {
      const id = ids[i];
      if (!v) {
        // not a node of its own (a stack in the overview): its place in the document geometry
        const r = rects.get(id);
        if (r) at.set(id, r);
        return;
      }
      const [x, y, width, height] = v.split(',').map(Number);
      at.set(id, { x, y, width, height });
    });
    const out: { key: string; d: string }[] = [];
    for (const l of lines) {
      const a = at.get(l.from);
      const b = at.get(l.to);
      if (a && b) out.push({ key: `${l.from}>${l.to}`, d: teamLinePath(a, b) });
    }
    return out;
  }, [live, ids, lines, rects]);

  if (paths.length === 0) return null;
  return (
    <EdgeLabelRenderer>
      <svg className="team-lines" aria-hidden data-testid="team-lines">
        {paths.map((p) => (
          <path key={p.key} d={p.d} className="team-line" />
        ))}
      </svg>
    </EdgeLabelRenderer>
  );
}
