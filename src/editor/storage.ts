// Where the editor keeps documents. browserStorage(): IndexedDB (through io/storage's idb store), with the one-time
// move of localStorage documents, and localStorage itself where IndexedDB is refused (some private modes).
// memoryStorage(): the localStorage store over an in-memory area with an optional quota, for unit tests.
import { DocumentStore, TAB_CHANNEL_NAME, type DocumentStoreOptions, type StorageLike } from '../io/storage/documentStore';
import { IdbDocumentStore } from '../io/storage/idbStore';
import { migrateFromLocalStorage } from '../io/storage/legacyMigration';
import { MIGRATION_FAILED_MESSAGE } from '../io/storage/messages';
import { asyncLocalStore, type WorkspaceStore } from '../io/storage/workspaceStore';
import type { StorageOpener } from './types';

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('petakerja:index');
    return s;
  } catch {
    return null;
  }
}

function tabChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

/** The browser's storage: IndexedDB first, localStorage where IndexedDB cannot be opened, null with neither. */
export function browserStorage(): StorageOpener {
  const legacy = typeof window !== 'undefined' ? localStorageOrNull() : null;
  return {
    legacy,
    async open(editor) {
      if (typeof indexedDB !== 'undefined') {
        try {
          const idb = await IdbDocumentStore.open({ channel: tabChannel() });
          if (legacy) {
            const moved = await migrateFromLocalStorage(legacy, idb).catch(() => null);
            if (moved && !moved.verified) editor.showToast({ kind: 'error', text: MIGRATION_FAILED_MESSAGE });
            else if (moved && moved.documents > 0) {
              editor.showToast({ kind: 'info', text: `${moved.documents} dokumen dipindahkan ke penyimpanan browser yang baru (IndexedDB); semuanya telah diperiksa utuh.` });
            }
          }
          return idb;
        } catch {
          // IndexedDB refused (some private modes): localStorage still keeps the work
        }
      }
      return legacy ? asyncLocalStore(new DocumentStore(legacy, { channel: tabChannel() })) : null;
    },
  };
}

/** The error a browser throws when a write does not fit. */
export function quotaError(): DOMException {
  return new DOMException("Failed to execute 'setItem' on 'Storage': exceeded the quota.", 'QuotaExceededError');
}

/**
 * An in-memory Storage (the one every unit test uses). `quota` counts characters of keys and values, as browsers
 * count UTF-16 units. `failWhen(key, value)` makes chosen writes throw a QuotaExceededError (or `error()` when given).
 */
export class MemoryStorageArea implements StorageLike {
  private readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  failWhen: ((key: string, value: string) => boolean) | null = null;
  error: () => unknown = quotaError;
  /** the keys written, in order */
  setCalls: string[] = [];

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.setCalls.push(key);
    const used = this.used() - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0);
    if (this.failWhen?.(key, value) || used + key.length + value.length > this.quota) throw this.error();
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  /** put text in place without any check (corrupt content in tests) */
  poke(key: string, value: string): void {
    this.items.set(key, value);
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

export interface MemoryStorage extends StorageOpener {
  /** the synchronous store (a test reads or writes behind the editor's back with it) */
  readonly store: DocumentStore;
  /** the asynchronous seam the editor uses */
  readonly workspace: WorkspaceStore;
  /** lets a test fill the storage, corrupt it or set its quota */
  readonly area: MemoryStorageArea;
}

/** A whole storage in memory (unit tests), over a MemoryStorageArea. */
export function memoryStorage(options: DocumentStoreOptions = {}): MemoryStorage {
  const area = new MemoryStorageArea();
  const store = new DocumentStore(area, options);
  const workspace = asyncLocalStore(store);
  return { area, store, workspace, legacy: null, open: async () => workspace };
}

/** A browser that offers no storage at all. */
export const noStorage: StorageOpener = { legacy: null, open: async () => null };
