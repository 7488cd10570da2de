// ELK for the browser: the layout runs in elkjs's own Web Worker, so "Rapikan" on thousands of positions keeps
// the page responsive. `import ELK from 'elkjs'` would pull node's `web-worker` into the bundle and break
// `vite build` (ENGINEERING.md §4): take the API and the worker script separately.
import ELK from 'elkjs/lib/elk-api';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Point, Workspace } from '../model';
import { layoutStructure, type ElkLike, type LayoutStructureOptions } from './layoutStructure';

let elk: ElkLike | null = null;

/** The shared ELK instance; created on first use because its constructor starts the worker. */
export function getElk(): ElkLike {
  elk ??= new ELK({ workerUrl });
  return elk;
}

export function layoutInWorker(
  doc: Pick<Workspace, 'positions' | 'units'>,
  opts?: LayoutStructureOptions,
): Promise<Record<string, Point>> {
  return layoutStructure(doc, getElk(), opts);
}
