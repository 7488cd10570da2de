// The comparison drawn over the structure canvas (issue 17 item 2): each box of the new structure says whether it
// was added, moved or changed (PositionNode reads compareStatusOf), removed jabatan stand as ghosts where they were,
// and a legend names the old side and offers to close the overlay.
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { BOX_HEIGHT, BOX_WIDTH, STACK_ITEM_HEIGHT, STACK_ITEM_WIDTH } from '../../layout/geometry';
import { POSITION_KIND_LABELS, type Position } from '../../model';
import { useStore } from '../../editor/createStore';
import type { CompareOverlay as Overlay, Ghost } from '../../editor/reviewDesk';
import { useEditor } from '../../editor/context';
import './reviu.css';

export const COMPARE_STATUS_LABELS = { added: 'dibentuk', moved: 'dipindah', changed: 'diubah' } as const;

export type GhostFlowNode = Node<{ position: Position; stacked: boolean }, 'ghost'>;

/** React Flow nodes of the ghosts: never selected, dragged or connected; drawn under the live boxes. */
export function ghostNodes(overlay: Overlay | null): GhostFlowNode[] {
  if (!overlay) return [];
  return overlay.ghosts.map((g: Ghost) => {
    const width = g.stacked ? STACK_ITEM_WIDTH : BOX_WIDTH;
    const height = g.stacked ? STACK_ITEM_HEIGHT : BOX_HEIGHT;
    return {
      id: `ghost:${g.position.id}`,
      type: 'ghost',
      position: g.at,
      data: { position: g.position, stacked: g.stacked },
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      zIndex: -1,
      width,
      height,
      measured: { width, height },
    };
  });
}

export const GhostNode = memo(function GhostNode({ data }: NodeProps<GhostFlowNode>) {
  const p = data.position;
  return (
    <div className={`pos ghost-box ${data.stacked ? 'pos-stackItem' : 'pos-box'}`} data-testid="ghost" title={`Dihapus: ${p.nama}`}>
      <div className="pos-head">
        {p.kode && <span className="pos-kode">{p.kode}</span>}
        <span className="pos-kind">{POSITION_KIND_LABELS[p.kind]} · dihapus</span>
      </div>
      <div className="pos-nama">{p.nama}</div>
    </div>
  );
});

export function CompareLegend() {
  const editor = useEditor();
  const overlay = useStore(editor.review, (s) => s.overlay);
  const stale = useStore(editor, (s) => overlay !== null && s.doc !== overlay.baru);
  if (!overlay) return null;
  const n = { added: 0, moved: 0, changed: 0 };
  for (const s of overlay.status.values()) n[s]++;
  return (
    <div className="compare-legend" role="region" aria-label="Keterangan perbandingan" data-testid="compare-legend">
      <strong>Dibandingkan dengan {overlay.lamaTitle}</strong>
      <ul>
        <li>
          <span className="swatch cmp-added" /> dibentuk ({n.added})
        </li>
        <li>
          <span className="swatch cmp-moved" /> dipindah ({n.moved})
        </li>
        <li>
          <span className="swatch cmp-changed" /> diubah ({n.changed})
        </li>
        <li>
          <span className="swatch cmp-removed" /> dihapus ({overlay.comparison.structure.positions.removed.length})
        </li>
      </ul>
      {stale && <p className="compare-stale">Dokumen telah berubah sejak dibandingkan; bandingkan lagi untuk tanda yang terkini.</p>}
      <div className="compare-legend-actions">
        <button className="linklike" onClick={() => editor.openDialog({ type: 'compare' })}>
          Bandingkan lagi…
        </button>
        <button className="tb-btn" onClick={() => editor.review.clearComparison()} data-testid="compare-close">
          Tutup perbandingan
        </button>
      </div>
    </div>
  );
}
