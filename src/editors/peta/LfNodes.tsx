// SOP AP symbols (Permenpan RB 35/2012) as React Flow nodes, the lane as a background column, and the flow arrow
// (a smooth-step line with the count of its open catatan reviu).
import { EdgeLabelRenderer, getSmoothStepPath, Handle, Position, SmoothStepEdge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { openNoteCounts, type LfNode } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { NoteBadge } from '../reviu/NoteBadge';

export type SymbolData = { node: LfNode; bad: boolean; severity: string | null };
export type SymbolFlowNode = Node<SymbolData, 'symbol'>;
export type LaneData = { name: string; bound: boolean; rows: boolean; index: number; severity: string | null };
export type LaneFlowNode = Node<LaneData, 'lane'>;

const TYPE_LABEL: Record<LfNode['type'], string> = { terminator: 'Terminator', activity: 'Kegiatan', decision: 'Keputusan', connector: 'Penghubung' };

export function SymbolNode({ data, selected }: NodeProps<SymbolFlowNode>) {
  const n = data.node;
  const text = n.label || (n.type === 'terminator' ? (n.peran === 'mulai' ? 'Mulai' : 'Selesai') : n.type === 'connector' ? '' : TYPE_LABEL[n.type]);
  const cls = ['lf-sym', `lf-${n.type}`, selected ? 'selected' : '', data.bad ? 'lf-bad' : '', data.severity ? `sev-${data.severity}` : ''].join(' ');
  return (
    <div className={cls} data-testid={`lf-${n.type}`} title={TYPE_LABEL[n.type]}>
      <Handle type="target" position={Position.Top} />
      <Handle type="target" position={Position.Left} id="l" />
      {n.type === 'decision' ? (
        <>
          <svg className="lf-diamond" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden>
            <polygon points="50,2 98,50 50,98 2,50" />
          </svg>
          <span className="lf-text">{text}</span>
        </>
      ) : (
        <span className="lf-text">{text}</span>
      )}
      <Handle type="source" position={Position.Bottom} />
      <Handle type="source" position={Position.Right} id="r" />
      <NoteBadge id={n.id} />
    </div>
  );
}

export function LaneNode({ id, data, selected }: NodeProps<LaneFlowNode>) {
  return (
    <div className={['lf-lane', selected ? 'selected' : '', data.index % 2 ? 'odd' : '', data.rows ? 'rows' : ''].join(' ')} data-testid="lf-lane">
      <div
        className={['lf-lane-head', data.bound ? '' : 'unbound', data.severity ? `sev-${data.severity}` : ''].join(' ')}
        title={`${data.bound ? 'Terikat ke struktur' : 'Belum terikat ke struktur'} — seret kepala lajur untuk mengubah urutan`}
        data-testid="lf-lane-head"
      >
        {/* the lane's node id is 'lane:' + the lane's id (LintasFungsiCanvas); notes are on the lane's id */}
        {data.name} <NoteBadge id={id.slice('lane:'.length)} />
      </div>
    </div>
  );
}

/** A flow arrow: React Flow's smooth-step edge, with a note badge just above its label point when it has open notes. */
export const LfArrowEdge = memo(function LfArrowEdge(props: EdgeProps) {
  return (
    <>
      <SmoothStepEdge {...props} />
      <ArrowNotes {...props} />
    </>
  );
});

function ArrowNotes({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label }: EdgeProps) {
  const editor = useEditor();
  const noted = useStore(editor, (s) => (openNoteCounts(s.doc).get(id) ?? 0) > 0);
  if (!noted) return null;
  // the same label point the smooth-step edge draws its label at
  const [, x, y] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const lift = label ? 'translate(-50%, -150%)' : 'translate(-50%, -50%)';
  return (
    <EdgeLabelRenderer>
      <NoteBadge id={id} className="note-badge-arrow" style={{ position: 'absolute', transform: `${lift} translate(${x}px, ${y}px)`, pointerEvents: 'all' }} />
    </EdgeLabelRenderer>
  );
}
