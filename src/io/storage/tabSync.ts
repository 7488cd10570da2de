// Tells a tab at once that another tab wrote or removed a stored document, so a stale tab can say so before its
// next save is refused. Two sources: the `storage` event (every browser fires it in the other tabs of the origin)
// and, where present, a BroadcastChannel the DocumentStore posts to. Both may report the same write; it is
// reported once.
import { docIdOfKey, readEnvelopeHeader } from './envelope';

export const TAB_CHANNEL_NAME = 'petakerja';

export type TabMessage =
  | { type: 'saved'; docId: string; revision: number; tabId: string }
  | { type: 'removed'; docId: string; tabId: string };

interface ChannelLike {
  addEventListener(type: 'message', listener: (ev: Event) => void): void;
  close(): void;
}

/** What watchOtherTabs needs of a window; `window` fits. */
export interface WatchTarget {
  addEventListener(type: string, listener: (ev: Event) => void): void;
  removeEventListener(type: string, listener: (ev: Event) => void): void;
  BroadcastChannel?: new (name: string) => ChannelLike;
}

export interface WatchOptions {
  /** this tab's DocumentStore.tabId: its own BroadcastChannel messages are not "another tab" */
  ownTabId?: string;
  channelName?: string;
}

export function isTabMessage(v: unknown): v is TabMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  if (typeof m.docId !== 'string' || typeof m.tabId !== 'string') return false;
  return (m.type === 'saved' && typeof m.revision === 'number') || m.type === 'removed';
}

/**
 * Calls `onChange(docId, revision)` when another tab saves a document, or `onChange(docId, null)` when it removes
 * one. Returns a function that stops watching.
 */
export function watchOtherTabs(
  win: WatchTarget,
  onChange: (docId: string, revision: number | null) => void,
  options: WatchOptions = {},
): () => void {
  const lastReported = new Map<string, number | null>();
  const report = (docId: string, revision: number | null, tabId: string | null) => {
    if (options.ownTabId !== undefined && tabId === options.ownTabId) return;
    if (lastReported.has(docId) && lastReported.get(docId) === revision) return;
    lastReported.set(docId, revision);
    onChange(docId, revision);
  };

  const onStorage = (ev: Event) => {
    const { key, newValue } = ev as Partial<StorageEvent>;
    const docId = docIdOfKey(key ?? null);
    if (docId === null) return; // also `clear()` (key null): nothing to say about one document
    if (newValue === null || newValue === undefined) {
      report(docId, null, null);
      return;
    }
    const header = readEnvelopeHeader(newValue);
    report(docId, header?.revision ?? 0, header?.tabId ?? null);
  };
  win.addEventListener('storage', onStorage);

  let channel: ChannelLike | null = null;
  if (typeof win.BroadcastChannel === 'function') {
    try {
      channel = new win.BroadcastChannel(options.channelName ?? TAB_CHANNEL_NAME);
      channel.addEventListener('message', (ev: Event) => {
        const m: unknown = 'data' in ev ? ev.data : undefined;
        if (!isTabMessage(m)) return;
        report(m.docId, m.type === 'saved' ? m.revision : null, m.tabId);
      });
    } catch {
      channel = null; // the storage event still works
    }
  }

  return () => {
    win.removeEventListener('storage', onStorage);
    channel?.close();
  };
}
