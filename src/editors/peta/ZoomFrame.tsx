// Zoom and pan for the maps that are not React Flow canvases (peta level, peta subproses): Ctrl + wheel (or a
// pinch) zooms at the pointer, the wheel alone and dragging the background pan, and − / 100 % / + buttons do the same from the keyboard
// — as the struktur and lintas fungsi canvases do. Clicks, drags of a process and typing in a field are left alone:
// a press on them never pans, and a press elsewhere pans only once it has moved a few pixels.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';

interface View {
  x: number;
  y: number;
  zoom: number;
}

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 3;
const STEP = 1.25;
/** what a press may start on without panning: everything a person edits, clicks or drags */
const INTERACTIVE = 'button, input, textarea, select, a, [draggable="true"], [contenteditable="true"], [role="menu"]';

const clamp = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export function ZoomFrame({ children, label }: { children: ReactNode; label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, zoom: 1 });
  const press = useRef<{ x: number; y: number; from: View; panning: boolean; id: number } | null>(null);

  /** zoom by `factor` keeping the point `at` (frame px) where it is */
  const zoomBy = (factor: number, at?: { x: number; y: number }) =>
    setView((v) => {
      const zoom = clamp(v.zoom * factor);
      const r = frame.current?.getBoundingClientRect();
      const px = at?.x ?? (r ? r.width / 2 : 0);
      const py = at?.y ?? (r ? r.height / 2 : 0);
      return { zoom, x: px - ((px - v.x) * zoom) / v.zoom, y: py - ((py - v.y) * zoom) / v.zoom };
    });

  // a native listener: React's wheel listener is passive, and Ctrl + wheel must not zoom the whole page instead
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (e: globalThis.WheelEvent) => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) {
        const r = el.getBoundingClientRect();
        zoomBy(Math.exp(-e.deltaY / 300), { x: e.clientX - r.left, y: e.clientY - r.top });
      } else setView((v) => ({ ...v, x: v.x - e.deltaX, y: v.y - e.deltaY }));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });

  const onPointerDown = (e: ReactPointerEvent) => {
    if (e.button !== 0 || (e.target as Element).closest(INTERACTIVE)) return;
    press.current = { x: e.clientX, y: e.clientY, from: view, panning: false, id: e.pointerId };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    const p = press.current;
    if (!p || p.id !== e.pointerId) return;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (!p.panning && Math.hypot(dx, dy) < 4) return;
    if (!p.panning) {
      p.panning = true;
      frame.current?.setPointerCapture(e.pointerId);
    }
    setView({ ...p.from, x: p.from.x + dx, y: p.from.y + dy });
  };
  const onPointerUp = () => {
    press.current = null;
  };

  return (
    <div
      className="zoom-frame"
      ref={frame}
      onPointerDown={onPointerDown}
      // a drag on the background pans, it does not select the band titles' text
      onMouseDown={(e) => {
        if (e.button === 0 && !(e.target as Element).closest(INTERACTIVE)) e.preventDefault();
      }}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      data-testid="zoom-frame"
    >
      <div
        className="zoom-frame-content"
        style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` }}
        data-testid="zoom-frame-content"
      >
        {children}
      </div>
      <div className="zoom-frame-controls" role="group" aria-label={`Perbesaran ${label}`}>
        <button type="button" onClick={() => zoomBy(1 / STEP)} disabled={view.zoom <= MIN_ZOOM} aria-label="Perkecil" title="Perkecil (Ctrl + roda tetikus)">
          −
        </button>
        <button type="button" onClick={() => setView({ x: 0, y: 0, zoom: 1 })} aria-label={`${Math.round(view.zoom * 100)} %, kembali ke ukuran semula`} title="Kembali ke ukuran semula" data-testid="zoom-frame-reset">
          {Math.round(view.zoom * 100)} %
        </button>
        <button type="button" onClick={() => zoomBy(STEP)} disabled={view.zoom >= MAX_ZOOM} aria-label="Perbesar" title="Perbesar (Ctrl + roda tetikus)">
          +
        </button>
      </div>
    </div>
  );
}
