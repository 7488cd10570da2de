// Benchmark plumbing: metric type, median timing, shared fixtures and the report. The metrics themselves are
// listed in bench.ts.
import { generateCsv, generateWorkspace } from './generate';
import type { Workspace } from '../src/model';

export interface Metric {
  /** the key in the JSON report: snake_case, ending in its unit (`_ms`, `_bytes`) */
  name: string;
  unit: 'ms' | 'bytes';
  /** the figure should stay below this; null when there is no target */
  target: number | null;
  /** one line on what is measured, for the table */
  what: string;
  /** the figure (for times: the median of several runs, see `median`) */
  measure: () => Promise<number>;
}

export interface TimingOptions {
  runs?: number;
  warmup?: number;
  /** prepares each run outside the timing (e.g. a fresh copy of a document) */
  setup?: () => unknown;
}

export const DEFAULT_RUNS = 7;
export const DEFAULT_WARMUP = 2;

/** Median wall time in ms of `fn` over `runs` runs after `warmup` untimed ones. */
export async function median<S>(
  fn: (prepared: S) => unknown,
  { runs = DEFAULT_RUNS, warmup = DEFAULT_WARMUP, setup }: TimingOptions = {},
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const prepared = (setup ? setup() : undefined) as S;
    const t0 = performance.now();
    const out = fn(prepared);
    if (out instanceof Promise) await out;
    const t = performance.now() - t0;
    if (i >= warmup) times.push(t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

export function timeMetric(
  name: string,
  target: number | null,
  what: string,
  fn: () => unknown,
  opts?: TimingOptions,
): Metric {
  return { name, unit: 'ms', target, what, measure: () => median(fn, opts) };
}

/** Generated inputs, built once per size and shared by all metrics (seed fixed: figures are comparable). */
export const BENCH_SEED = 20240601;
const docs = new Map<number, Workspace>();
const jsons = new Map<number, string>();
const csvs = new Map<number, string>();

export const fixtures = {
  doc(positions: number): Workspace {
    let d = docs.get(positions);
    if (!d) docs.set(positions, (d = generateWorkspace({ positions, seed: BENCH_SEED })));
    return d;
  },
  /** the document as saved: compact JSON */
  json(positions: number): string {
    let j = jsons.get(positions);
    if (!j) jsons.set(positions, (j = JSON.stringify(fixtures.doc(positions))));
    return j;
  },
  /** the same structure as a DOMAIN.md §8.1 peta jabatan CSV */
  csv(positions: number): string {
    let c = csvs.get(positions);
    if (!c) csvs.set(positions, (c = generateCsv(positions, BENCH_SEED)));
    return c;
  },
};

export interface Result {
  metric: Metric;
  value: number;
}

function formatValue(unit: Metric['unit'], v: number): string {
  if (unit === 'ms') return `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  return `${(v / 1_000_000).toFixed(2)} MB`;
}

export function formatTable(results: Result[]): string {
  const rows = results.map(({ metric, value }) => [
    metric.name,
    formatValue(metric.unit, value),
    metric.target === null ? '' : `< ${formatValue(metric.unit, metric.target)}`,
    metric.target === null ? '' : value < metric.target ? 'ok' : 'MISSED',
    metric.what,
  ]);
  const header = ['metric', 'figure', 'target', '', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One flat JSON object: metric name → figure (ms to 0.01, bytes whole). */
export function toJson(results: Result[]): string {
  const out: Record<string, number> = {};
  for (const { metric, value } of results) out[metric.name] = metric.unit === 'ms' ? Math.round(value * 100) / 100 : Math.round(value);
  return JSON.stringify(out);
}
