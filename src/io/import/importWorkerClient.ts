// The browser's import worker (Vite bundles importWorker.ts as its own chunk from this `new URL`).
import type { WorkerLike } from './workerProtocol';

export function createBrowserImportWorker(): WorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'impor-peta-jabatan' }) as unknown as WorkerLike;
}
