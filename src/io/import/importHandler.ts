// The import worker's side of workerProtocol.ts: one handler per worker, its state (the table read, the last
// document built, the user's saved mappings) in the handler's closure.
import type { Workspace } from '../../model';
import type { Column } from './columns';
import { buildFromTable } from './pejabatCsv';
import type { ImportOptions, ImportProblem, ImportProgress, SourceTable } from './types';
import { PROGRESS_INTERVAL_MS, type ImportChoice, type ImportPreview, type ImportRequest, type ImportResponse } from './workerProtocol';

/** The reader of a file into a table; the worker passes the real one, tests a stub. */
export type TableReader = (
  file: { name: string; bytes: Uint8Array },
  onProgress: (p: ImportProgress) => void,
) => Promise<{ ok: true; table: SourceTable } | { ok: false; problems: ImportProblem[] }>;

/** The worker's side: one handler per worker, its state in this closure. */
export function createImportHandler(post: (r: ImportResponse) => void, readTable: TableReader, now: () => number = Date.now) {
  let table: SourceTable | null = null;
  let doc: Workspace | null = null;
  let saved: Record<string, Record<string, Column | null>> = {};
  let lastPhase = '';
  let lastAt = -Infinity;

  const progress = (p: ImportProgress) => {
    const t = now();
    if (p.phase === lastPhase && t - lastAt < PROGRESS_INTERVAL_MS && p.done < p.total) return;
    lastPhase = p.phase;
    lastAt = t;
    post({ type: 'progress', progress: p });
  };

  const build = (choice: ImportChoice): ImportPreview => {
    const options: ImportOptions = { ...choice, onProgress: progress };
    let result = buildFromTable(table!, options);
    let savedMappingUsed: string | null = null;
    if (!result.ok && result.mapping && !choice.columnMapping && Object.hasOwn(saved, result.mapping.key)) {
      savedMappingUsed = result.mapping.key;
      result = buildFromTable(table!, { ...options, columnMapping: saved[savedMappingUsed] });
    }
    if (!result.ok) {
      doc = null;
      return { ok: false, problems: result.problems, ...(result.mapping ? { mapping: result.mapping } : {}) };
    }
    doc = result.doc;
    return { ok: true, notices: result.notices, summary: result.summary, layout: result.layout, rejected: result.rejected, savedMappingUsed };
  };

  return async (req: ImportRequest): Promise<void> => {
    try {
      if (req.type === 'read') {
        saved = req.saved;
        const read = await readTable({ name: req.name, bytes: req.bytes }, progress);
        if (!read.ok) {
          post({ type: 'preview', preview: { ok: false, problems: read.problems } });
          return;
        }
        table = read.table;
        post({ type: 'preview', preview: build(req.choice) });
      } else if (req.type === 'rebuild') {
        if (!table) throw new Error('no table');
        post({ type: 'preview', preview: build(req.choice) });
      } else {
        if (!doc) throw new Error('no document');
        post({ type: 'doc', doc });
      }
    } catch (e) {
      post({ type: 'failed', message: `Berkas tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
}

