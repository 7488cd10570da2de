// The column mappings a user chose in the import dialog, remembered per header shape (the normalised header row,
// io/import layoutKeyOf) so the next file of the same shape is read without asking again. Kept in this browser
// (localStorage, beside the other preferences) and, when the browser refuses to store, for this page only.
import type { Column } from '../io/import/columns';
import { COLUMNS } from '../io/import/columns';
import type { StorageLike } from '../io/storage/documentStore';

export const IMPORT_MAPPINGS_KEY = 'petakerja:import-mappings';
/** The most recent shapes kept; the oldest is forgotten first. */
export const MAX_REMEMBERED_SHAPES = 30;

export type ColumnMapping = Record<string, Column | null>;

export interface ImportMappings {
  /** every remembered mapping by shape key (what the import worker tries when the headers are not recognised) */
  all(): Record<string, ColumnMapping>;
  recall(key: string): ColumnMapping | null;
  /** Remember the choice for this shape; false when the browser refused to keep it (it still holds for this page). */
  remember(key: string, mapping: ColumnMapping): boolean;
  forget(key: string): void;
}

const isColumn = (c: string): c is Column => (COLUMNS as readonly string[]).includes(c);

/** Only well-formed entries survive a damaged or foreign value in storage. */
function clean(raw: unknown): { key: string; mapping: ColumnMapping }[] {
  if (!Array.isArray(raw)) return [];
  const out: { key: string; mapping: ColumnMapping }[] = [];
  for (const e of raw) {
    if (!e || typeof e !== 'object' || typeof e.key !== 'string' || !e.mapping || typeof e.mapping !== 'object') continue;
    const mapping: ColumnMapping = {};
    for (const [h, c] of Object.entries(e.mapping as Record<string, unknown>)) {
      if (c === null || (typeof c === 'string' && isColumn(c))) mapping[h] = c as Column | null;
    }
    out.push({ key: e.key, mapping });
  }
  return out;
}

export function createImportMappings(storage: Pick<StorageLike, 'getItem' | 'setItem'> | null): ImportMappings {
  // this page's copy, used when the storage refuses (and as the only store without one)
  let session: { key: string; mapping: ColumnMapping }[] = [];
  const read = (): { key: string; mapping: ColumnMapping }[] => {
    if (!storage) return session;
    try {
      const raw = storage.getItem(IMPORT_MAPPINGS_KEY);
      const stored = raw ? clean(JSON.parse(raw)) : [];
      // entries only this page could keep come on top of what the browser has
      return [...stored.filter((s) => !session.some((x) => x.key === s.key)), ...session];
    } catch {
      return session;
    }
  };
  const write = (list: { key: string; mapping: ColumnMapping }[]): boolean => {
    const kept = list.slice(-MAX_REMEMBERED_SHAPES);
    if (!storage) {
      session = kept;
      return false;
    }
    try {
      storage.setItem(IMPORT_MAPPINGS_KEY, JSON.stringify(kept));
      session = [];
      return true;
    } catch {
      session = kept;
      return false;
    }
  };
  return {
    all: () => Object.fromEntries(read().map((e) => [e.key, e.mapping])),
    recall: (key) => read().find((e) => e.key === key)?.mapping ?? null,
    remember: (key, mapping) => write([...read().filter((e) => e.key !== key), { key, mapping: { ...mapping } }]),
    forget: (key) => void write(read().filter((e) => e.key !== key)),
  };
}
