import { Handle, Position as Side, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { JENJANG_LABELS, POSITION_KIND_LABELS } from '../../model';
import { useStore } from '../../ui/createStore';
import { toggleCollapsed } from '../../ui/editorStore';
import { findingsView } from '../../ui/findingsView';
import type { PositionFlowNode } from './buildFlow';
import { dropTarget } from './dropTarget';

const SEVERITY_LABEL = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

function NodeBody({ id, data, selected, variant }: NodeProps<PositionFlowNode> & { variant: 'box' | 'stackItem' }) {
  const p = data.position;
  const worst = useStore(findingsView, (s) => s.worstBySubject.get(id));
  const drop = useStore(dropTarget, (s) => (s.targetId === id ? s.verdict : null));
  const kindLabel =
    p.kind === 'fungsional' && p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : POSITION_KIND_LABELS[p.kind];
  const classes = [
    'pos',
    `pos-${variant}`,
    `kind-${p.kind}`,
    selected ? 'is-selected' : '',
    worst ? `has-${worst}` : '',
    drop ? `drop-${drop}` : '',
  ].join(' ');
  return (
    <div className={classes} data-testid={`pos-${p.kode || p.id}`} data-kind={p.kind} title={p.nama}>
      <Handle type="target" position={variant === 'box' ? Side.Top : Side.Left} id={variant === 'box' ? 'top' : 'left'} />
      <div className="pos-head">
        {p.kode && <span className="pos-kode">{p.kode}</span>}
        <span className="pos-kind">{kindLabel}</span>
        {worst && (
          <span className={`pos-badge badge-${worst}`} aria-label={`temuan ${SEVERITY_LABEL[worst]}`}>
            {worst === 'error' ? '!' : worst === 'warning' ? '▲' : 'i'}
          </span>
        )}
      </div>
      <div className="pos-nama">{p.nama}</div>
      {p.holder?.nama && <div className="pos-holder">{p.holder.nama}</div>}
      {variant === 'box' && data.subordinateCount > 0 && (
        <button
          className="pos-collapse nodrag"
          onClick={(e) => {
            e.stopPropagation();
            toggleCollapsed(id);
          }}
          title={data.collapsed ? 'Tampilkan bawahan' : 'Sembunyikan bawahan'}
          aria-label={data.collapsed ? 'Tampilkan bawahan' : 'Sembunyikan bawahan'}
        >
          {data.collapsed ? `+${data.subordinateCount}` : '−'}
        </button>
      )}
      {variant === 'box' && <Handle type="source" position={Side.Bottom} id="bottom" />}
      {variant === 'box' && <Handle type="source" position={Side.Right} id="stack" />}
    </div>
  );
}

export const BoxNode = memo((props: NodeProps<PositionFlowNode>) => <NodeBody {...props} variant="box" />);
export const StackItemNode = memo((props: NodeProps<PositionFlowNode>) => <NodeBody {...props} variant="stackItem" />);
