// The import dialog's conversation with its Web Worker (io/import/importWorker.ts). The worker reads the file into a
// table once, builds the document from it and keeps both: the page gets only the preview (counts, notices, the rows
// left out, or the problems and the column-mapping request), so a 20,000-row document crosses to the page once, when
// the user confirms. A mapping step builds again from the kept table without reading the file again.
// The worker's side is importHandler.ts; this file is the page's side (light: no reader is bundled with the page).
// Pure and DOM-free: ImportSession drives any WorkerLike, so the unit tests run it against the real handler in Node.
import type { Workspace } from '../../model';
import type { Column } from './columns';
import type { ImportProblem, ImportProgress, ImportSummary, LayoutId, MappingRequest } from './types';

/** What the user chose in the dialog (ImportOptions without the callbacks). */
export interface ImportChoice {
  layout?: LayoutId | 'auto';
  validRowsOnly?: boolean;
  columnMapping?: Record<string, Column | null>;
  title?: string;
}

export type ImportRequest =
  /** read a file; `saved` = the column mappings this user keeps, by header shape */
  | { type: 'read'; name: string; bytes: Uint8Array; choice: ImportChoice; saved: Record<string, Record<string, Column | null>> }
  /** build again from the table already read (another layout, a mapping, "only the valid rows") */
  | { type: 'rebuild'; choice: ImportChoice }
  /** hand over the document of the last good build */
  | { type: 'take' };

export type ImportPreview =
  | {
      ok: true;
      notices: string[];
      summary: ImportSummary;
      layout: LayoutId;
      rejected: ImportProblem[];
      /** the saved mapping of this header shape was applied (its key) */
      savedMappingUsed: string | null;
    }
  | { ok: false; problems: ImportProblem[]; mapping?: MappingRequest };

export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'doc'; doc: Workspace }
  | { type: 'failed'; message: string };

/** A progress message at most this often (and at every phase change): the page redraws the bar, nothing more. */
export const PROGRESS_INTERVAL_MS = 50;

/** What the page needs of a Worker (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export const WORKER_FAILED = 'Pembacaan berkas terhenti karena galat di latar belakang. Coba lagi, atau simpan ulang berkasnya sebagai CSV UTF-8.';

/**
 * The page's side of one import: a worker of its own, so «Batal» stops the reading at once (terminate) whatever it
 * is doing. Each call waits for its answer; progress goes to `onProgress`.
 */
export class ImportSession {
  private worker: WorkerLike | null;
  private pending: { resolve: (r: ImportResponse | null) => void } | null = null;

  constructor(
    createWorker: () => WorkerLike,
    private readonly onProgress: (p: ImportProgress) => void,
  ) {
    const w = createWorker();
    this.worker = w;
    w.onmessage = (e) => {
      const msg = e.data;
      if (msg.type === 'progress') {
        this.onProgress(msg.progress);
        return;
      }
      const p = this.pending;
      this.pending = null;
      p?.resolve(msg);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      const p = this.pending;
      this.pending = null;
      p?.resolve({ type: 'failed', message: WORKER_FAILED });
    };
  }

  get active(): boolean {
    return this.worker !== null;
  }

  private ask(req: ImportRequest, transfer?: Transferable[]): Promise<ImportResponse | null> {
    const w = this.worker;
    if (!w) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pending = { resolve };
      w.postMessage(req, transfer);
    });
  }

  /** Read and build; null when cancelled meanwhile. The bytes are moved to the worker (not copied). */
  async read(name: string, bytes: Uint8Array, choice: ImportChoice, saved: Record<string, Record<string, Column | null>>): Promise<ImportPreview | null> {
    const r = await this.ask({ type: 'read', name, bytes, choice, saved }, [bytes.buffer as ArrayBuffer]);
    return r ? previewOf(r) : null;
  }

  async rebuild(choice: ImportChoice): Promise<ImportPreview | null> {
    const r = await this.ask({ type: 'rebuild', choice });
    return r ? previewOf(r) : null;
  }

  /** The built document; the worker is done after that. */
  async take(): Promise<Workspace | null> {
    const r = await this.ask({ type: 'take' });
    this.cancel();
    if (!r) return null;
    if (r.type === 'doc') return r.doc;
    throw new Error(r.type === 'failed' ? r.message : 'unexpected answer');
  }

  /** «Batal»: the worker stops now; a pending call answers null. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.resolve(null);
  }
}

function previewOf(r: ImportResponse): ImportPreview {
  if (r.type === 'preview') return r.preview;
  if (r.type === 'failed') return { ok: false, problems: [{ row: null, message: r.message }] };
  return { ok: false, problems: [{ row: null, message: WORKER_FAILED }] };
}

/** One bar for all phases: unzip 0–30 %, read 30–45 %, build 45–100 %. */
export function progressFraction(p: ImportProgress, format: 'csv' | 'xlsx'): number {
  const f = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const [from, span] =
    format === 'xlsx'
      ? { unzip: [0, 0.3], read: [0.3, 0.15], build: [0.45, 0.55] }[p.phase]
      : { unzip: [0, 0], read: [0, 0.2], build: [0.2, 0.8] }[p.phase];
  return from + span * f;
}

export const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  unzip: 'Membuka berkas XLSX',
  read: 'Membaca lembar',
  build: 'Memeriksa baris',
};
