import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { KOMANDO_BEND_ABOVE } from '../../layout/geometry';

/**
 * A superior → subordinate line. Lines between free boxes turn just above the subordinate (the band "Rapikan"
 * keeps free of boxes), not half-way down, so they never run through a box of a hanging row.
 */
export const LineEdge = memo(function LineEdge(props: EdgeProps) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, id, style, markerEnd } = props;
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
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} interactionWidth={0} />;
});
