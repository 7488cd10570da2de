// Page-side probe of the browser benchmark (bench/browser/run.ts), installed with addInitScript before the app
// loads. Plain JavaScript on purpose: it is injected as text, never bundled or transpiled. It only watches:
// long tasks, animation frames, pointer moves, drop-target highlights, the moment a file is chosen.
(() => {
  const probe = {
    longTasks: [],
    fileChosenAt: null,
    frames: null,
    moves: [],
    recordMoves: false,
    highlights: [],
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the layout metric reports nothing rather than a wrong 0
    probe.longTasks = null;
  }

  // The file chooser of "Buka berkas" is an <input type=file> added to the body; its change event bubbles.
  document.addEventListener(
    'change',
    (e) => {
      const t = e.target;
      if (t && t.tagName === 'INPUT' && t.type === 'file') probe.fileChosenAt = e.timeStamp;
    },
    true,
  );

  // React Flow (d3-drag, d3-zoom) listens to mouse events; timeStamp is when the input event was created, so a
  // busy main thread shows up as a later reaction.
  window.addEventListener(
    'mousemove',
    (e) => {
      // t: when the input event was created; at: when the page got to handle it (after the queue and rAF alignment)
      if (probe.recordMoves) probe.moves.push({ t: e.timeStamp, at: performance.now(), x: e.clientX, y: e.clientY });
    },
    { capture: true, passive: true },
  );

  /** Resolves once position boxes and lines are in the DOM and visible, one frame later (so they were painted). */
  probe.untilBoxesPainted = () =>
    new Promise((resolve) => {
      const check = () => {
        const node = document.querySelector('.react-flow__node');
        const edge = document.querySelector('.react-flow__edge');
        if (probe.fileChosenAt !== null && node && edge && getComputedStyle(node).visibility !== 'hidden') {
          requestAnimationFrame(() => resolve(performance.now() - probe.fileChosenAt));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  /** Records every animation frame's timestamp and every pointer move until stopFrames(). */
  probe.startFrames = () => {
    const frames = [];
    probe.frames = frames;
    probe.moves = [];
    probe.recordMoves = true;
    const loop = (t) => {
      if (probe.frames !== frames) return;
      frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };

  probe.stopFrames = () => {
    const out = { frames: probe.frames ?? [], moves: probe.moves };
    probe.frames = null;
    probe.recordMoves = false;
    return out;
  };

  /** Notes when a position box gains a drop-ok / drop-warn / drop-refuse class, until stopHighlights(). */
  probe.startHighlights = () => {
    probe.highlights = [];
    probe.moves = [];
    probe.recordMoves = true;
    const root = document.querySelector('.react-flow__nodes') ?? document.body;
    const lit = (el) => el instanceof HTMLElement && /\bdrop-(ok|warn|refuse)\b/.test(el.className);
    const observer = new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        // a box's class changes; a stack in the overview gets a mark element added
        const els = r.type === 'childList' ? [...r.addedNodes] : [r.target];
        for (const el of els) {
          if (!lit(el)) continue;
          if (r.type === 'attributes' && r.oldValue && /\bdrop-(ok|warn|refuse)\b/.test(r.oldValue)) continue;
          probe.highlights.push({ t, id: el.dataset.testid ?? '' });
        }
      }
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
      attributeOldValue: true,
    });
    // when each animation frame's callbacks ran: input is handled before them, style and paint after them
    const frameRuns = [];
    let on = true;
    const loop = () => {
      if (!on) return;
      frameRuns.push(performance.now());
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    probe.stopHighlights = () => {
      observer.disconnect();
      on = false;
      probe.recordMoves = false;
      return { moves: probe.moves, highlights: probe.highlights, frameRuns };
    };
  };

  /** Resolves when the toast shows the text; a cheap check every 100 ms (a Playwright locator would walk the DOM). */
  probe.untilToast = (text) =>
    new Promise((resolve) => {
      const timer = setInterval(() => {
        const toast = document.querySelector('[data-testid="toast"]');
        if (toast && toast.textContent.includes(text)) {
          clearInterval(timer);
          resolve(performance.now());
        }
      }, 100);
    });

  /** Now, as the page counts: the start of a phase whose long tasks and measures are read later. */
  probe.mark = () => performance.now();
  probe.longTasksSince = (t0) => (probe.longTasks === null ? null : probe.longTasks.filter((e) => e.start >= t0));
  probe.measuresSince = (name, t0) =>
    performance
      .getEntriesByName(name, 'measure')
      .filter((e) => e.startTime >= t0)
      .map((e) => ({ start: e.startTime, duration: e.duration }));

  window.__bench = probe;
})();
