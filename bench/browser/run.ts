// npm run bench:browser [-- --json] [--runs N] [--only <text>] [--dist <dir>] [--strict]
// The browser side of the performance contract (docs/performance.md): builds the app for production into a temp
// directory (or takes --dist), serves it on 127.0.0.1, drives Debian's Chromium through playwright-core as a
// person would (file chooser, mouse) and reports medians over repeated runs, each run in a fresh browser context.
// --json: the table, then one JSON object (metric → figure) alone on the LAST line of stdout.
// --strict: exit 1 when a target is missed. Not part of `npm test`: it is a benchmark, not a test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { generateCsv, generatePemda, generateWorkspace } from '../generate';
import { BENCH_SEED } from '../harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1440, height: 900 };
const ROOT = resolve(import.meta.dirname, '..', '..');
const PROBE = readFileSync(join(import.meta.dirname, 'probe.js'), 'utf8');

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────────────

type Unit = 'ms' | 'kB' | 'count' | '%';

interface Figure {
  name: string;
  unit: Unit;
  value: number | null;
  /** the figure must stay at or below this (≤), or reach it with atLeast; null: no target */
  target: number | null;
  atLeast?: boolean;
  what: string;
  /** shown after the figure: spread, samples */
  detail?: string;
}

function formatValue(unit: Unit, v: number | null): string {
  if (v === null) return 'n/a';
  if (unit === 'ms') return `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  if (unit === 'kB') return `${v.toFixed(1)} kB`;
  if (unit === '%') return `${v.toFixed(0)} %`;
  return String(v);
}

function verdict(f: Figure): string {
  if (f.target === null) return '';
  if (f.value === null) return 'MISSED';
  return (f.atLeast ? f.value >= f.target : f.value <= f.target) ? 'ok' : 'MISSED';
}

function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    formatValue(f.unit, f.value),
    f.target === null ? '' : `${f.atLeast ? '≥' : '≤'} ${formatValue(f.unit, f.target)}`,
    verdict(f),
    f.what + (f.detail ? ` [${f.detail}]` : ''),
  ]);
  const header = ['metric', 'figure', 'target', '', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function round2(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

// ── Statistics ─────────────────────────────────────────────────────────────────────────────────────────────

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // nearest rank: an observed value, never an interpolation between two frames
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const spread = (xs: number[]) => `${xs.length} runs, ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

interface Move {
  /** the event's timeStamp: when the input event was created */
  t: number;
  /** performance.now() when the page's first listener ran */
  at: number;
  x: number;
  y: number;
}

/**
 * Frame times of one gesture: the rAF-to-rAF deltas of the frames between the first and the last pointer move
 * (frames with input to handle; the idle frames before and after would only pull the median down).
 */
function gestureFrames({ frames, moves }: { frames: number[]; moves: Move[] }): number[] {
  if (moves.length === 0 || frames.length < 2) return [];
  const first = moves[0].t;
  const last = moves[moves.length - 1].t;
  const out: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    // the frame that starts after the first move handles it; the one after the last move ends the gesture
    if (frames[i - 1] >= first && frames[i - 1] <= last + 1) out.push(frames[i] - frames[i - 1]);
  }
  return out;
}

// ── Build and serve ────────────────────────────────────────────────────────────────────────────────────────

/** A production build of its own (other people's e2e runs serve dist/ meanwhile). */
function build(): string {
  const out = mkdtempSync(join(tmpdir(), 'petakerja-bench-dist-'));
  const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build gagal:\n${r.stdout}\n${r.stderr}`);
  return out;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      if (addr === null || typeof addr === 'string') throw new Error('no port');
      ok({ server, url: `http://127.0.0.1:${addr.port}` });
    }),
  );
}

/** gzip size of the scripts index.html loads at startup: its scripts (the entry module) and modulepreloads. */
function entryGzipKb(dist: string): { kb: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length;
  return { kb: bytes / 1000, files };
}

// ── Browser helpers ────────────────────────────────────────────────────────────────────────────────────────

class Bench {
  constructor(
    readonly browser: Browser,
    readonly url: string,
    readonly docs: Map<number, string>,
  ) {}

  async page(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({ viewport: VIEWPORT, locale: 'id-ID' });
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    await page.goto(this.url);
    return { context, page };
  }

  /** Opens the generated document through the file chooser; ms from the file chosen to the first painted boxes. */
  async open(page: Page, positions: number): Promise<number> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('first-open').click();
    const painted = page.evaluate('window.__bench.untilBoxesPainted()') as Promise<number>;
    await (await chooser).setFiles(this.docs.get(positions)!);
    return painted;
  }

  /** A fresh context with the document open and the page quiet again (fit view, lint, first save done). */
  async opened(positions: number): Promise<{ context: BrowserContext; page: Page }> {
    const s = await this.page();
    await this.open(s.page, positions);
    await s.page.getByTestId('save-status').filter({ hasText: 'Tersimpan di browser' }).waitFor();
    await s.page.waitForTimeout(1000);
    return s;
  }
}

/** A point of the empty canvas (pane) near the middle, for panning. */
async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(`(() => {
    const r = document.querySelector('.react-flow').getBoundingClientRect();
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const candidates = [];
    for (let dy = -r.height * 0.3; dy <= r.height * 0.3; dy += 7)
      for (let dx = -r.width * 0.3; dx <= r.width * 0.3; dx += 7) candidates.push([cx + dx, cy + dy]);
    candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    for (const [x, y] of candidates) {
      const el = document.elementFromPoint(x, y);
      if (el && el.classList.contains('react-flow__pane')) return { x, y };
    }
    throw new Error('no empty canvas point');
  })()`);
}

interface BoxInfo {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Centres of the free boxes inside the canvas (not under the minimap or the controls), nearest the middle first. */
async function visibleBoxes(page: Page): Promise<BoxInfo[]> {
  return page.evaluate(`(() => {
    const r = document.querySelector('.react-flow').getBoundingClientRect();
    const panels = [...document.querySelectorAll('.react-flow__panel')].map((p) => p.getBoundingClientRect());
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const out = [];
    for (const n of document.querySelectorAll('.react-flow__node-box')) {
      // the box itself: in the overview the node also holds the official's stack
      const b = (n.querySelector('.pos') ?? n).getBoundingClientRect();
      const x = b.left + b.width / 2, y = b.top + b.height / 2;
      if (x < r.left + 20 || x > r.right - 20 || y < r.top + 20 || y > r.bottom - 20) continue;
      if (panels.some((p) => x >= p.left && x <= p.right && y >= p.top && y <= p.bottom)) continue;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== n) continue;
      out.push({ id: n.dataset.id, x, y, w: b.width, h: b.height });
    }
    out.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    return out;
  })()`);
}

/** Moves the pointer in `steps` events from (x, y) by (dx, dy); each event waits for the page to take it. */
async function sweep(page: Page, x: number, y: number, dx: number, dy: number, steps: number): Promise<void> {
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + (dx * i) / steps, y + (dy * i) / steps);
}

// ── Measurements ───────────────────────────────────────────────────────────────────────────────────────────

interface FrameStats {
  median: number;
  p95: number;
  frames: number;
  moves: number;
}

function frameStats(recorded: { frames: number[]; moves: Move[] }): FrameStats {
  const deltas = gestureFrames(recorded);
  return { median: quantile(deltas, 0.5), p95: quantile(deltas, 0.95), frames: deltas.length, moves: recorded.moves.length };
}

/** Pan with the mouse across the whole fitted structure of `positions`: right and down, then back. */
async function panOnce(bench: Bench, positions = 2000): Promise<FrameStats> {
  const { context, page } = await bench.opened(positions);
  try {
    const p = await panePoint(page);
    await page.mouse.move(p.x, p.y);
    await page.evaluate('window.__bench.startFrames()');
    await page.mouse.down();
    await sweep(page, p.x, p.y, 360, 180, 60);
    await sweep(page, p.x + 360, p.y + 180, -360, -180, 60);
    await page.mouse.up();
    await page.waitForTimeout(100);
    return frameStats(await page.evaluate('window.__bench.stopFrames()'));
  } finally {
    await context.close();
  }
}

/** Drag one box of the fitted 2,000-position structure in a loop over its neighbours, then back home. */
async function dragOnce(bench: Bench): Promise<FrameStats> {
  const { context, page } = await bench.opened(2000);
  try {
    const [box] = await visibleBoxes(page);
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    await sweep(page, box.x, box.y, 6, 0, 3); // past React Flow's drag threshold
    await page.evaluate('window.__bench.startFrames()');
    await sweep(page, box.x + 6, box.y, 300, 120, 60);
    await sweep(page, box.x + 306, box.y + 120, -306, -120, 60);
    const recorded = await page.evaluate('window.__bench.stopFrames()');
    await page.mouse.up();
    return frameStats(recorded as { frames: number[]; moves: Move[] });
  } finally {
    await context.close();
  }
}

/**
 * Drag a box of the fitted 1,000-position structure and jump the pointer onto one box after another: ms from each
 * pointer move (its event timestamp) to the new target's drop-ok/-warn/-refuse class in the DOM.
 */
interface Feedback {
  /** event timestamp → class in the DOM */
  latency: number;
  /** page began handling the move → class in the DOM */
  handling: number;
  /** the class was there before the next animation frame's callbacks, so that frame painted it */
  sameFrame: boolean;
}

async function dropFeedbackOnce(bench: Bench): Promise<Feedback[]> {
  const { context, page } = await bench.opened(1000);
  try {
    const boxes = await visibleBoxes(page);
    const dragged = boxes[0];
    const far = (b: BoxInfo) => Math.abs(b.x - dragged.x) > dragged.w * 1.5 || Math.abs(b.y - dragged.y) > dragged.h * 3;
    const targets = boxes.slice(1).filter(far).slice(0, 16);
    await page.mouse.move(dragged.x, dragged.y);
    await page.mouse.down();
    await sweep(page, dragged.x, dragged.y, 6, 0, 3);
    await page.waitForTimeout(100);
    await page.evaluate('window.__bench.startHighlights()');
    for (const t of targets) {
      await page.mouse.move(t.x, t.y);
      await page.waitForTimeout(120);
    }
    const { moves, highlights, frameRuns } = (await page.evaluate('window.__bench.stopHighlights()')) as {
      moves: Move[];
      highlights: { t: number; id: string }[];
      frameRuns: number[];
    };
    await page.mouse.move(dragged.x + 6, dragged.y);
    await page.mouse.up();
    const latencies: Feedback[] = [];
    for (const t of targets) {
      const i = moves.findIndex((m) => Math.abs(m.x - t.x) < 1 && Math.abs(m.y - t.y) < 1);
      if (i < 0) continue;
      const next = moves[i + 1]?.t ?? Infinity;
      const h = highlights.find((x) => x.t >= moves[i].t && x.t < next);
      if (!h) continue;
      const frame = frameRuns.find((r) => r > moves[i].at) ?? Infinity;
      latencies.push({ latency: h.t - moves[i].t, handling: h.t - moves[i].at, sameFrame: h.t < frame });
    }
    if (latencies.length < targets.length / 2) throw new Error(`only ${latencies.length} of ${targets.length} targets lit up`);
    return latencies;
  } finally {
    await context.close();
  }
}

/** "Rapikan" on 5,000 positions: the longest main-thread task from the click to a second after the result. */
async function layoutOnce(bench: Bench): Promise<{ longest: number | null; total: number }> {
  const { context, page } = await bench.opened(5000);
  try {
    const t0 = (await page.evaluate('window.__bench.mark()')) as number;
    const started = Date.now();
    const done = page.evaluate(`window.__bench.untilToast('Tata letak dirapikan.')`);
    await page.getByTestId('action-layout').click();
    await done;
    const total = Date.now() - started;
    await page.waitForTimeout(1500);
    const tasks = (await page.evaluate(`window.__bench.longTasksSince(${t0})`)) as { duration: number }[] | null;
    return { longest: tasks === null ? null : Math.max(0, ...tasks.map((t) => t.duration)), total };
  } finally {
    await context.close();
  }
}

/**
 * Issue 13: a 20,000-row peta jabatan workbook through the import dialog (its Web Worker): from the file chosen to
 * the preview, the longest main-thread task (the page must stay responsive while the worker reads).
 */
async function importOnce(bench: Bench, xlsx: Buffer): Promise<{ longest: number | null; total: number }> {
  const { context, page } = await bench.page();
  try {
    await page.getByTestId('first-kota').click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(1000);
    await page.getByTestId('action-import').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-pick').click();
    const started = Date.now();
    await (await chooser).setFiles({ name: 'peta-jabatan-20000.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
    const total = Date.now() - started;
    await page.waitForTimeout(500);
    // from the change event of the file input: the task in which Playwright itself builds the File in the page is not the app's
    const t0 = (await page.evaluate('window.__bench.fileChosenAt')) as number;
    const tasks = (await page.evaluate(`window.__bench.longTasksSince(${t0})`)) as { start: number; duration: number }[] | null;
    if (process.env.BENCH_DEBUG) process.stderr.write(`import tasks: ${JSON.stringify(tasks?.map((t) => [Math.round(t.start - t0), Math.round(t.duration)]))}\n`);
    return { longest: tasks === null ? null : Math.max(0, ...tasks.map((t) => t.duration)), total };
  } finally {
    await context.close();
  }
}

async function xlsx20000(): Promise<Buffer> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const { default: Papa } = await import('papaparse');
  const records = Papa.parse<string[]>(generateCsv(20_000, BENCH_SEED), { skipEmptyLines: true }).data;
  return Buffer.from(await writeExcelFile(records.map((r) => r.map((v) => (v === '' ? null : { value: v, type: String, format: '@' }))) as never).toBuffer());
}

/**
 * Autosave of 5,000 positions: several box moves, each followed by its debounced write (performance.measure
 * 'petakerja:autosave' in autosave.ts); then a move followed at once by a long drag, to see that no write lands
 * inside a drag.
 */
async function autosaveOnce(bench: Bench): Promise<{ writes: number[]; inDrag: number; idb: number[]; idbMain: number[] }> {
  const { context, page } = await bench.opened(5000);
  try {
    const t0 = (await page.evaluate('window.__bench.mark()')) as number;
    const [box] = await visibleBoxes(page);
    for (let i = 0; i < 4; i++) {
      const x = box.x + (i % 2 ? 0 : 12);
      await page.mouse.move(x, box.y);
      await page.mouse.down();
      await sweep(page, x, box.y, i % 2 ? 12 : -12, 0, 4);
      await page.mouse.up();
      await page.waitForTimeout(700);
    }
    // a change, then a drag of ~1.5 s starting inside the 300 ms debounce
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    await sweep(page, box.x, box.y, 12, 0, 4);
    await page.mouse.up();
    await page.mouse.down();
    await page.evaluate('window.__bench.startFrames()');
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(box.x + 12 + 2 * i, box.y + (i % 2));
      await page.waitForTimeout(50);
    }
    const { moves } = (await page.evaluate('window.__bench.stopFrames()')) as { moves: Move[] };
    await page.mouse.up();
    await page.waitForTimeout(700);
    const writes = (await page.evaluate(`window.__bench.measuresSince('petakerja:autosave', ${t0})`)) as {
      start: number;
      duration: number;
    }[];
    const from = moves[0]?.t ?? Infinity;
    const to = moves[moves.length - 1]?.t ?? -Infinity;
    type M = { duration: number }[];
    const idb = (await page.evaluate(`window.__bench.measuresSince('petakerja:idb-save', ${t0})`)) as M;
    const idbMain = (await page.evaluate(`window.__bench.measuresSince('petakerja:idb-save-main', ${t0})`)) as M;
    return {
      writes: writes.map((w) => w.duration),
      inDrag: writes.filter((w) => w.start > from && w.start < to).length,
      idb: idb.map((m) => m.duration),
      idbMain: idbMain.map((m) => m.duration),
    };
  } finally {
    await context.close();
  }
}

/**
 * The Ruang kerja of a Pemda: 50 PD documents (20,000 jabatan) imported as one ZIP in a fresh context (the view then
 * computes every rekap once: the cold figure, read from the view's own «Dimuat dalam …»), then opened again and
 * again from the documents dialog: ms from the click to the 51 rows (the 50 PD and the new document) painted.
 */
async function workspaceOnce(bench: Bench, zip: Buffer, reopen: number): Promise<{ cold: number; warm: number[] }> {
  const { context, page } = await bench.page();
  try {
    await page.getByTestId('first-new').click();
    await page.getByTestId('action-documents').click();
    await page.getByTestId('open-ruang-kerja').click();
    await page.getByTestId('rk-files-input').setInputFiles({ name: 'pemda.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByTestId('toast').filter({ hasText: '50 dokumen diimpor' }).waitFor({ timeout: 300_000 });
    // the view loads again after the import: 51 rows, and the rekaps of the 50 new documents computed
    await page.getByTestId('rk-row').nth(50).waitFor({ timeout: 300_000 });
    await page.getByTestId('rk-loaded').filter({ hasText: /rekap 5\d dokumen dihitung ulang/ }).waitFor({ timeout: 300_000 });
    const coldText = (await page.getByTestId('rk-loaded').textContent()) ?? '';
    const cold = Number(/Dimuat dalam (\d+) ms/.exec(coldText)?.[1] ?? NaN);
    const warm: number[] = [];
    for (let i = 0; i < reopen; i++) {
      await page.getByTestId('rk-close').click();
      await page.getByTestId('ruang-kerja').waitFor({ state: 'detached' });
      await page.getByTestId('action-documents').click();
      await page.getByTestId('open-ruang-kerja').waitFor();
      await page.waitForTimeout(300);
      warm.push(
        (await page.evaluate(`new Promise((resolve) => {
          const t0 = performance.now();
          document.querySelector('[data-testid=open-ruang-kerja]').click();
          const check = () => {
            if (document.querySelectorAll('[data-testid=rk-row]').length === 51) requestAnimationFrame(() => resolve(performance.now() - t0));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        })`)) as number,
      );
    }
    return { cold, warm };
  } finally {
    await context.close();
  }
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────────────────

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const strict = argv.includes('--strict');
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const runs = Number(arg('--runs') ?? 5);
  const only = arg('--only') ?? '';
  const want = (name: string) => name.includes(only);

  // other work on this 2-core machine shows up in every figure: the load average is printed with them
  const loadAtStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  const givenDist = arg('--dist');
  const dist = givenDist ? resolve(givenDist) : build();
  const docsDir = mkdtempSync(join(tmpdir(), 'petakerja-bench-docs-'));
  const docs = new Map<number, string>();
  for (const n of want('open_20000') ? [1000, 2000, 5000, 20000] : [1000, 2000, 5000]) {
    const file = join(docsDir, `sintetis-${n}.petakerja.json`);
    writeFileSync(file, JSON.stringify(generateWorkspace({ positions: n, seed: BENCH_SEED }), null, 1) + '\n');
    docs.set(n, file);
  }

  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const bench = new Bench(browser, url, docs);
  const figures: Figure[] = [];
  const log = (text: string) => process.stderr.write(text + '\n');

  try {
    if (want('open_2000_ms')) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const { context, page } = await bench.page();
        times.push(await bench.open(page, 2000));
        await context.close();
      }
      log(`open 2000: ${times.map((t) => t.toFixed(0)).join(' ')}`);
      figures.push({
        name: 'open_2000_ms',
        unit: 'ms',
        value: median(times),
        target: 2500,
        what: 'file chosen → boxes and lines painted, 2,000-position JSON via the file chooser',
        detail: spread(times),
      });
    }

    if (want('open_20000_ms')) {
      // issue 15: one PD document of 20,000 positions (a whole Pemda in one file)
      const times: number[] = [];
      for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
        const { context, page } = await bench.page();
        times.push(await bench.open(page, 20000));
        await context.close();
      }
      log(`open 20000: ${times.map((t) => t.toFixed(0)).join(' ')}`);
      figures.push({
        name: 'open_20000_ms',
        unit: 'ms',
        value: median(times),
        target: 2500,
        what: 'file chosen → boxes and lines painted, 20,000-position JSON via the file chooser',
        detail: spread(times),
      });
    }

    if (want('workspace_open_50pd')) {
      const zip = Buffer.from(
        zipSync(Object.fromEntries(generatePemda(50, 400, BENCH_SEED).map((d) => [`${d.id}.petakerja.json`, strToU8(JSON.stringify(d))]))),
      );
      const r = await workspaceOnce(bench, zip, Math.max(3, runs));
      log(`workspace 50 PD: cold ${r.cold} ms; warm ${r.warm.map((t) => t.toFixed(0)).join(' ')}`);
      figures.push(
        {
          name: 'workspace_open_50pd_ms',
          unit: 'ms',
          value: median(r.warm),
          target: 1000,
          what: 'Ruang kerja of 50 PD (20,000 jabatan, rekaps kept in the index): click → 51 rows painted',
          detail: spread(r.warm),
        },
        {
          name: 'workspace_open_50pd_cold_ms',
          unit: 'ms',
          value: r.cold,
          target: null,
          what: 'the same, the first time after the import: every rekap computed (lint of each PD) and kept',
        },
      );
    }

    if (want('pan_5000')) {
      // issue 15 item 6: the pan through the fitted view of 5,000 positions, every box drawn
      const stats: FrameStats[] = [];
      for (let i = 0; i < runs; i++) stats.push(await panOnce(bench, 5000));
      log(`pan 5000: ${stats.map((s) => `${s.median.toFixed(1)}/${s.p95.toFixed(1)} (${s.frames} frames, ${s.moves} moves)`).join(' ')}`);
      figures.push(
        {
          name: 'pan_5000_frame_median_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.median)),
          target: null,
          what: 'median frame time while panning with the mouse, whole 5,000-position structure fitted in view',
          detail: `median of ${runs} runs`,
        },
        {
          name: 'pan_5000_frame_p95_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.p95)),
          target: 16.7,
          what: '95th-percentile frame time of the same pan',
          detail: spread(stats.map((s) => s.p95)),
        },
        {
          name: 'pan_5000_moves_count',
          unit: 'count',
          value: median(stats.map((s) => s.moves)),
          target: null,
          what: 'pointer moves the page handled during the pan (120 sent)',
        },
      );
    }

    if (want('pan_2000')) {
      const stats: FrameStats[] = [];
      for (let i = 0; i < runs; i++) stats.push(await panOnce(bench));
      log(`pan 2000: ${stats.map((s) => `${s.median.toFixed(1)}/${s.p95.toFixed(1)} (${s.frames} frames, ${s.moves} moves)`).join(' ')}`);
      figures.push(
        {
          name: 'pan_2000_frame_median_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.median)),
          target: 16.7,
          what: 'median frame time while panning with the mouse, whole 2,000-position structure in view',
          detail: `median of ${runs} runs`,
        },
        {
          name: 'pan_2000_frame_p95_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.p95)),
          target: 33,
          what: '95th-percentile frame time of the same pan',
          detail: spread(stats.map((s) => s.p95)),
        },
      );
    }

    if (want('drag_2000')) {
      const stats: FrameStats[] = [];
      for (let i = 0; i < runs; i++) stats.push(await dragOnce(bench));
      log(`drag 2000: ${stats.map((s) => `${s.median.toFixed(1)}/${s.p95.toFixed(1)} (${s.frames} frames, ${s.moves} moves)`).join(' ')}`);
      figures.push(
        {
          name: 'drag_2000_frame_median_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.median)),
          target: 16.7,
          what: 'median frame time while dragging a box over others, 2,000 positions in view',
          detail: `median of ${runs} runs`,
        },
        {
          name: 'drag_2000_frame_p95_ms',
          unit: 'ms',
          value: median(stats.map((s) => s.p95)),
          target: 33,
          what: '95th-percentile frame time of the same drag',
          detail: spread(stats.map((s) => s.p95)),
        },
      );
    }

    if (want('drop_feedback_1000')) {
      const all: Feedback[] = [];
      for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) all.push(...(await dropFeedbackOnce(bench)));
      const latency = all.map((x) => x.latency);
      const handling = all.map((x) => x.handling);
      log(`drop feedback 1000: ${all.map((x) => `${x.latency.toFixed(1)}/${x.handling.toFixed(1)}`).join(' ')}`);
      figures.push(
        {
          name: 'drop_feedback_1000_ms',
          unit: 'ms',
          value: median(latency),
          target: 16.7,
          what: 'pointer move onto a new target (event timestamp) → its drop-* class in the DOM, 1,000 positions',
          detail: `${all.length} targets, p95 ${quantile(latency, 0.95).toFixed(1)}`,
        },
        {
          name: 'drop_feedback_1000_handling_ms',
          unit: 'ms',
          value: median(handling),
          target: null,
          what: 'the part after the page began handling the move (the rest is input queueing and frame alignment)',
          detail: `p95 ${quantile(handling, 0.95).toFixed(1)}`,
        },
        {
          name: 'drop_feedback_1000_same_frame_pct',
          unit: '%',
          value: (100 * all.filter((x) => x.sameFrame).length) / all.length,
          target: 100,
          atLeast: true,
          what: 'moves whose highlight was in the DOM before the next frame began (painted in the frame handling it)',
        },
      );
    }

    if (want('layout_5000')) {
      const results: { longest: number | null; total: number }[] = [];
      for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) results.push(await layoutOnce(bench));
      log(`layout 5000: ${results.map((r) => `${r.longest?.toFixed(0)} ms longest task, ${r.total} ms`).join('; ')}`);
      const longest = results.map((r) => r.longest).filter((v): v is number => v !== null);
      figures.push(
        {
          name: 'layout_5000_longest_task_ms',
          unit: 'ms',
          value: longest.length ? median(longest) : null,
          target: 100,
          what: '"Rapikan" on 5,000 positions: longest main-thread task (longtask; 0 = none of 50 ms or more)',
          detail: longest.length ? spread(longest) : 'no Long Tasks API',
        },
        {
          name: 'layout_5000_total_ms',
          unit: 'ms',
          value: median(results.map((r) => r.total)),
          target: null,
          what: '"Rapikan" on 5,000 positions: click → "Tata letak dirapikan."',
          detail: spread(results.map((r) => r.total)),
        },
      );
    }

    if (want('import_20000')) {
      const xlsx = await xlsx20000();
      const results: { longest: number | null; total: number }[] = [];
      for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) results.push(await importOnce(bench, xlsx));
      log(`import 20000: ${results.map((r) => `${r.longest?.toFixed(0)} ms longest task, ${r.total} ms`).join('; ')}`);
      const longest = results.map((r) => r.longest).filter((v): v is number => v !== null);
      figures.push(
        {
          name: 'import_20000_longest_task_ms',
          unit: 'ms',
          value: longest.length ? median(longest) : null,
          target: 100,
          what: 'import dialog, 20,000-row XLSX: longest main-thread task from the file chosen to the preview (0 = none of 50 ms or more)',
          detail: longest.length ? spread(longest) : 'no Long Tasks API',
        },
        {
          name: 'import_20000_preview_ms',
          unit: 'ms',
          value: median(results.map((r) => r.total)),
          target: null,
          what: 'import dialog, 20,000-row XLSX: file chosen → preview (read and checked in the worker)',
          detail: spread(results.map((r) => r.total)),
        },
      );
    }

    if (want('autosave_5000')) {
      const writes: number[] = [];
      const idb: number[] = [];
      const idbMain: number[] = [];
      let inDrag = 0;
      for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
        const r = await autosaveOnce(bench);
        writes.push(...r.writes);
        idb.push(...r.idb);
        idbMain.push(...r.idbMain);
        inDrag += r.inDrag;
      }
      log(`idb save 5000: ${idb.map((t) => t.toFixed(1)).join(' ')}; main thread ${idbMain.map((t) => t.toFixed(1)).join(' ')}`);
      log(`autosave 5000: ${writes.map((t) => t.toFixed(1)).join(' ')}; in drag: ${inDrag}`);
      figures.push(
        {
          name: 'autosave_5000_ms',
          unit: 'ms',
          value: writes.length ? median(writes) : null,
          target: 50,
          what: 'one autosave write of 5,000 positions in the page (serialise + IndexedDB commit on disk)',
          detail: writes.length ? `${writes.length} writes, max ${Math.max(...writes).toFixed(1)}` : 'no write seen',
        },
        {
          name: 'idb_save_5000_ms',
          unit: 'ms',
          value: idb.length ? median(idb) : null,
          target: 100,
          what: 'IdbDocumentStore.save of 5,000 positions: document, index and interval copy in one strict transaction, to the commit',
          detail: idb.length ? `${idb.length} saves, max ${Math.max(...idb).toFixed(1)}` : 'no save seen',
        },
        {
          name: 'idb_save_5000_main_ms',
          unit: 'ms',
          value: idbMain.length ? median(idbMain) : null,
          target: 16,
          what: 'the part of that save on the main thread (JSON text, transaction, issuing the puts)',
          detail: idbMain.length ? `max ${Math.max(...idbMain).toFixed(1)}` : 'no save seen',
        },
        {
          name: 'autosave_5000_in_drag_count',
          unit: 'count',
          value: inDrag,
          target: 0,
          what: 'autosave writes that started during a drag',
        },
      );
    }

    if (want('png_kota_150dpi_ms')) {
      // issue 14: PNG from the export scene (SVG → canvas → PNG), Kota Contoh at 150 dpi, click to download
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID', acceptDownloads: true });
        const page = await context.newPage();
        await page.goto(url);
        await page.getByTestId('first-kota').click();
        await page.locator('.react-flow__node').first().waitFor();
        await page.locator('body').press('Control+p');
        await page.getByTestId('export-format-png').check();
        await page.getByTestId('export-dpi').selectOption('150');
        const download = page.waitForEvent('download', { timeout: 60_000 });
        const t0 = Date.now();
        await page.getByTestId('export-go').click();
        await download;
        times.push(Date.now() - t0);
        await context.close();
      }
      log(`png kota 150 dpi: ${times.map((t) => t.toFixed(0)).join(' ')}`);
      figures.push({ name: 'png_kota_150dpi_ms', unit: 'ms', value: median(times), target: 5000, what: 'PNG of the Kota Contoh struktur at 150 dpi, «Ekspor» clicked → download', detail: spread(times) });
    }

    if (want('entry_js_gzip_kb')) {
      const entry = entryGzipKb(dist);
      figures.push({
        name: 'entry_js_gzip_kb',
        unit: 'kB',
        value: entry.kb,
        target: 250,
        what: 'gzip size of the scripts index.html loads at startup (entry + modulepreload)',
        detail: entry.files.map((f) => f.replace(/^\/assets\//, '')).join(', '),
      });
    }

    const version = browser.version();
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(
      `PetaKerja browser benchmark — Chromium ${version}, node ${process.version}, ${cpus().length} cores, ` +
        `load ${loadAtStart} → ${load}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; see docs/performance.md`,
    );
    console.log(formatTable(figures));
    if (json) {
      const out: Record<string, number | null> = {};
      for (const f of figures) out[f.name] = f.unit === 'kB' ? Math.round((f.value ?? 0) * 10) / 10 : round2(f.value);
      console.log(JSON.stringify(out));
    }
    if (strict && figures.some((f) => verdict(f) === 'MISSED')) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
    rmSync(docsDir, { recursive: true, force: true });
    if (!givenDist) rmSync(dist, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
