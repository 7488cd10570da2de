import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { KOMANDO_BEND_ABOVE } from '../../layout/geometry';
import { lineId, openNoteCounts } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { NoteBadge } from '../reviu/NoteBadge';

/**
 * A superior → subordinate line. Lines between free boxes turn just above the subordinate (the band "Rapikan"
 * keeps free of boxes), not half-way down, so they never run through a box of a hanging row.
 */
export const LineEdge = memo(function LineEdge(props: EdgeProps) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, id, style, markerEnd, source, target } = props;
  const toStack = props.targetHandleId === 'left';
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    borderRadius: 4,
    centerY: toStack ? undefined : targetY - KOMANDO_BEND_ABOVE,
    offset: toStack ? 12 : 20,
  });
  // lines are not selectable: no invisible 20 px hit path beside each visible one
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} interactionWidth={0} />
      <LineNotes id={lineId(target, source)} x={toStack ? targetX - 6 : targetX} y={toStack ? targetY : targetY - KOMANDO_BEND_ABOVE / 2} />
    </>
  );
});

/** The open notes on a line, on the line just before the subordinate; nothing is mounted for a line without notes. */
function LineNotes({ id, x, y }: { id: string; x: number; y: number }) {
  const editor = useEditor();
  const noted = useStore(editor, (s) => (openNoteCounts(s.doc).get(id) ?? 0) > 0);
  if (!noted) return null;
  return (
    <EdgeLabelRenderer>
      <NoteBadge id={id} of="garis" className="note-badge-line" style={{ position: 'absolute', transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, pointerEvents: 'all' }} />
    </EdgeLabelRenderer>
  );
}
