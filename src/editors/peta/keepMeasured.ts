// Rebuilt React Flow nodes keep what React Flow measured: a node rebuilt without it loses its handles until it is
// measured again, and its arrows vanish for a frame (after every lint run, or while a label is typed). A node being
// dragged keeps where it is right now.
import type { Node } from '@xyflow/react';

export function keepMeasured<N extends Node>(prev: readonly N[], built: readonly N[]): N[] {
  const before = new Map(prev.map((n) => [n.id, n]));
  return built.map((n) => {
    const p = before.get(n.id);
    return p?.measured ? ({ ...n, measured: p.measured, ...(p.dragging ? { position: p.position, dragging: true } : {}) } as N) : n;
  });
}
