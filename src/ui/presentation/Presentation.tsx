// Presentation mode on screen: the sequence panel while editing; while presenting, a layer over the editor that
// takes every key and pointer (nothing can be edited), with the caption, the "3 / 7" counter, the findings of the
// step, the highlighter (a spotlight that follows the mouse; a click rings the element under it until the next
// step) and a blank screen for clickers.
import { useEffect, useMemo, useReducer, useRef, useState, type PointerEvent } from 'react';
import type { Severity } from '../../rules/types';
import { useStore } from '../../editor/createStore';
import { PresentationPanel } from './PresentationPanel';
import { exitPresentation, moveStep, showCurrentStep } from './presenter';
import { panBy, zoomAt } from './viewControl';
import { counterText, findingsForStep, presenterCommand, resolveStep } from './steps';
import './presentation.css';
import { useEditor } from '../../editor/context';

export function Presentation() {
  const editor = useEditor();
  const active = useStore(editor.presentation, (s) => s.active);
  const panelOpen = useStore(editor.presentation, (s) => s.panelOpen);
  if (active) return <Presenting />;
  return panelOpen ? <PresentationPanel /> : null;
}

/** What the highlighter can ring: boxes and symbols of the canvases, processes of a level map, rows of a subproses. */
const RING_TARGETS = '.react-flow__node, .lv-process, .sub-table tbody tr';

/** The smallest ringable element under a screen point. */
function ringTargetAt(x: number, y: number): Element | null {
  let best: Element | null = null;
  let bestArea = Infinity;
  for (const el of document.querySelectorAll(RING_TARGETS)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
    if (r.width * r.height < bestArea) {
      best = el;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

const MAX_FINDINGS_SHOWN = 5;
const SEVERITY_MARK: Record<Severity, string> = { error: '!', warning: '▲', info: 'i' };

function Presenting() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const { steps, index, showFindings, highlighter, blank, busy } = useStore(editor.presentation, (s) => s);
  const findings = useStore(editor.findings, (s) => s.findings);
  const step = steps[index];
  const resolved = useMemo(() => (doc && step ? resolveStep(doc, step) : null), [doc, step]);
  const stepFindings = useMemo(() => (doc && resolved ? findingsForStep(doc, findings, resolved) : []), [doc, findings, resolved]);
  const [rings, setRings] = useState<Element[]>([]);
  // rings follow their element when the window is resized
  const [, relayout] = useReducer((n: number) => n + 1, 0);
  const shield = useRef<HTMLDivElement>(null);

  useEffect(() => setRings([]), [index]);

  useEffect(() => {
    // Capture phase on window: runs before React Flow's and the editor's own key handlers, and stops them, so no
    // editing shortcut (Delete, Ctrl+Z, arrows selecting boxes …) acts while presenting.
    const onKeyDown = (e: KeyboardEvent) => {
      e.stopPropagation();
      // F5 would reload the page; Tab would move the focus behind the presentation
      if (e.key === 'F5' || e.key === 'Tab') e.preventDefault();
      const command = presenterCommand(e.key, e.ctrlKey || e.metaKey || e.altKey);
      if (!command) return;
      e.preventDefault();
      if (e.repeat && command !== 'next' && command !== 'previous') return;
      const s = editor.presentation.get();
      if (command === 'exit') exitPresentation(editor);
      else if (command === 'highlighter') editor.presentation.set({ highlighter: !s.highlighter });
      else if (command === 'findings') editor.presentation.set({ showFindings: !s.showFindings });
      else if (command === 'blank') editor.presentation.set({ blank: !s.blank });
      else moveStep(editor, command);
    };
    const stop = (e: KeyboardEvent) => e.stopPropagation();
    // leaving full screen (the browser's own Esc, or its menu) ends the presentation
    let fullscreen = document.fullscreenElement !== null;
    const onFullscreen = () => {
      if (fullscreen && !document.fullscreenElement) exitPresentation(editor);
      fullscreen = document.fullscreenElement !== null;
    };
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      relayout();
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        void showCurrentStep(editor, 250).then(relayout);
      }, 150);
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', stop, true);
    window.addEventListener('keypress', stop, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', stop, true);
      window.removeEventListener('keypress', stop, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('resize', onResize);
      clearTimeout(resizeTimer);
    };
  }, []);

  // the presenter pans by dragging and zooms with the wheel, without leaving the mode; a click (no drag) rings
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, moved: false };
    dragged.current = false;
  };
  const onPointerMove = (e: PointerEvent) => {
    shield.current?.style.setProperty('--mx', `${e.clientX}px`);
    shield.current?.style.setProperty('--my', `${e.clientY}px`);
    const d = drag.current;
    if (!d || (e.buttons & 1) === 0) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    d.moved = true;
    dragged.current = true;
    panBy(editor, dx, dy);
    d.x = e.clientX;
    d.y = e.clientY;
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  useEffect(() => {
    const el = shield.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      zoomAt(editor, Math.exp(-e.deltaY * 0.0015), { x: e.clientX, y: e.clientY });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });
  // the findings strip takes its own room at the right: the canvas shrinks to the rest and the step refits
  const strip = showFindings && stepFindings.length > 0;
  useEffect(() => {
    const app = document.querySelector('.app');
    app?.classList.toggle('present-strip', strip);
    void showCurrentStep(editor, 0);
    return () => app?.classList.remove('present-strip');
  }, [strip]);
  const onClick = (e: React.MouseEvent) => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    if (!highlighter) return;
    const el = ringTargetAt(e.clientX, e.clientY);
    if (!el) return;
    setRings((rs) => (rs.includes(el) ? rs.filter((r) => r !== el) : [...rs, el]));
  };

  if (!doc || !resolved) return null;
  return (
    <div className="present-layer" role="region" aria-label="Presentasi" aria-busy={busy} data-testid="presenting">
      <div
        ref={shield}
        className={highlighter ? 'present-shield spot' : 'present-shield'}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onClick={onClick}
        onContextMenu={(e) => e.preventDefault()}
        data-testid="present-shield"
      />
      {rings
        .filter((el) => el.isConnected)
        .map((el, i) => {
          const r = el.getBoundingClientRect();
          return <div key={i} className="present-ring" style={{ left: r.left - 6, top: r.top - 6, width: r.width + 12, height: r.height + 12 }} data-testid="present-ring" />;
        })}
      {resolved.missing && (
        <div className="present-missing" role="status">
          {resolved.missing}
        </div>
      )}
      {strip && (
        <aside className="present-findings" aria-label="Temuan tampilan ini" data-testid="present-findings">
          <h2>Temuan ({stepFindings.length})</h2>
          <ul>
            {stepFindings.slice(0, MAX_FINDINGS_SHOWN).map((f, i) => (
              <li key={i} className={`present-finding pf-${f.severity}`}>
                <span className={`pos-badge badge-${f.severity}`} aria-hidden>
                  {SEVERITY_MARK[f.severity]}
                </span>
                <span>
                  <strong>{f.ruleId}</strong> {f.message}
                </span>
              </li>
            ))}
          </ul>
          {stepFindings.length > MAX_FINDINGS_SHOWN && <p className="small">… dan {stepFindings.length - MAX_FINDINGS_SHOWN} temuan lain</p>}
        </aside>
      )}
      <div className="present-caption" aria-live="polite" data-testid="present-caption">
        {resolved.caption}
      </div>
      <div className="present-controls">
        <button onClick={() => moveStep(editor, 'previous')} disabled={index === 0} aria-label="Tampilan sebelumnya (←)">
          ◀
        </button>
        <span className="present-counter" data-testid="present-counter">
          {counterText(index, steps.length)}
        </span>
        <button onClick={() => moveStep(editor, 'next')} disabled={index === steps.length - 1} aria-label="Tampilan berikutnya (→)">
          ▶
        </button>
        <button
          className={highlighter ? 'on' : ''}
          onClick={() => editor.presentation.set({ highlighter: !highlighter })}
          aria-pressed={highlighter}
          title="Penanda: sorotan mengikuti tetikus; klik sebuah elemen untuk melingkarinya (H)"
          data-testid="present-highlighter"
        >
          Penanda
        </button>
        <button
          className={showFindings ? 'on' : ''}
          onClick={() => editor.presentation.set({ showFindings: !showFindings })}
          aria-pressed={showFindings}
          title="Tampilkan atau sembunyikan temuan (F)"
          data-testid="present-findings-toggle"
        >
          Temuan
        </button>
        <button onClick={() => exitPresentation(editor)} title="Selesai (Esc)" data-testid="present-exit">
          Selesai
        </button>
      </div>
      {blank && <div className="present-blank" onClick={() => editor.presentation.set({ blank: false })} data-testid="present-blank" />}
    </div>
  );
}
