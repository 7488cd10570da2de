// Colleagues on a canvas while a document is shared (Kerjakan bersama): each one's pointer with their name and colour,
// an outline round what they selected, and «<name> memindahkan» on a box they drag. It also tells colleagues where
// this user's pointer is on this canvas (flow coordinates, so it lands right whatever each one's zoom). Placed inside
// a <ReactFlow>; draws nothing and sends nothing outside a room.
import { useStore as useFlowStore, useReactFlow, ViewportPortal, type InternalNode } from '@xyflow/react';
import { useEffect } from 'react';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import type { Peer } from '../../editor/types';

/** `canvas`: 'struktur' or the map's id, so a pointer shows only on the canvas it is on. */
export function PresenceLayer({ canvas }: { canvas: string }) {
  const editor = useEditor();
  const inRoom = useStore(editor.collab.state, (s) => s.phase === 'in');
  const peers = useStore(editor.collab.state, (s) => s.peers);
  if (!inRoom) return null;
  return (
    <>
      <PointerReporter canvas={canvas} />
      {peers.length > 0 && (
        <ViewportPortal>
          <div className="presence-layer" data-testid="presence-layer">
            {peers.map((p) => (
              <PeerMarks key={p.clientId} peer={p} canvas={canvas} />
            ))}
          </div>
        </ViewportPortal>
      )}
    </>
  );
}

function PointerReporter({ canvas }: { canvas: string }) {
  const editor = useEditor();
  const flow = useReactFlow();
  const dom = useFlowStore((s) => s.domNode);
  useEffect(() => {
    if (!dom) return;
    let frame = 0;
    let last: { x: number; y: number } | null = null;
    // at most one awareness message per frame, however fast the pointer moves
    const send = () => {
      frame = 0;
      if (last) editor.collab.setPresence({ cursor: { canvas, x: Math.round(last.x), y: Math.round(last.y) } });
    };
    const onMove = (e: PointerEvent) => {
      last = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (!frame) frame = requestAnimationFrame(send);
    };
    const onLeave = () => {
      last = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      editor.collab.setPresence({ cursor: null });
    };
    dom.addEventListener('pointermove', onMove);
    dom.addEventListener('pointerleave', onLeave);
    return () => {
      dom.removeEventListener('pointermove', onMove);
      dom.removeEventListener('pointerleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [dom, flow, canvas, editor]);
  return null;
}

function box(node: InternalNode | undefined) {
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

function PeerMarks({ peer, canvas }: { peer: Peer; canvas: string }) {
  // the outlined boxes follow the canvas's own node positions (a colleague's drag arrives as a moved record)
  const boxes = useFlowStore((s) => peer.selection.map((id) => ({ id, rect: box(s.nodeLookup.get(id)) })).filter((b) => b.rect !== null), sameBoxes);
  const dragging = new Set(peer.dragging);
  return (
    <>
      {boxes.map(({ id, rect }) => (
        <div
          key={id}
          className="presence-box"
          style={{ left: rect!.x - 4, top: rect!.y - 4, width: rect!.width + 8, height: rect!.height + 8, borderColor: peer.color }}
          data-testid="presence-selection"
          data-peer={peer.name}
          data-node={id}
        >
          <span className="presence-box-label" style={{ background: peer.color }}>
            {dragging.has(id) ? `${peer.name} memindahkan` : peer.name}
          </span>
        </div>
      ))}
      {peer.cursor && peer.cursor.canvas === canvas && (
        <div className="presence-cursor" style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }} data-testid="presence-cursor" data-peer={peer.name}>
          <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true">
            <path d="M1 1 L1 17 L5 13 L8 19 L10.5 18 L7.5 12 L13 12 Z" fill={peer.color} stroke="#fff" strokeWidth="1.2" />
          </svg>
          <span className="presence-name" style={{ background: peer.color }}>
            {peer.name}
          </span>
        </div>
      )}
    </>
  );
}

type Marked = { id: string; rect: { x: number; y: number; width: number; height: number } | null }[];

function sameBoxes(a: Marked, b: Marked): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i];
      return m.id === n.id && m.rect?.x === n.rect?.x && m.rect?.y === n.rect?.y && m.rect?.width === n.rect?.width && m.rect?.height === n.rect?.height;
    })
  );
}
