// Which other tabs of this browser have the same document open, before either of them saves: each tab says which
// document it shows ("hello"), tabs showing the same one answer ("here"), and a closing tab says "bye". Over a
// BroadcastChannel of its own; where there is none, the storage event still reports writes (tabSync.ts), only later.

export const PRESENCE_CHANNEL_NAME = 'petakerja-presence';

export type PresenceMessage = { type: 'hello' | 'here' | 'bye'; tabId: string; docId: string | null };

interface ChannelLike {
  postMessage(message: PresenceMessage): void;
  addEventListener(type: 'message', listener: (ev: Event) => void): void;
  close(): void;
}

export interface PresenceTarget {
  BroadcastChannel?: new (name: string) => ChannelLike;
}

export interface Presence {
  /** this tab now shows `docId` (null: no document) */
  setDoc(docId: string | null): void;
  /** other tabs showing the document this tab shows */
  others(): number;
  /** say goodbye (on pagehide) and stop listening */
  dispose(): void;
}

function isPresenceMessage(v: unknown): v is PresenceMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    (m.type === 'hello' || m.type === 'here' || m.type === 'bye') &&
    typeof m.tabId === 'string' &&
    (m.docId === null || typeof m.docId === 'string')
  );
}

/** `onChange(n)` whenever the number of other tabs showing this tab's document changes. */
export function createPresence(
  win: PresenceTarget,
  tabId: string,
  onChange: (others: number) => void,
  channelName = PRESENCE_CHANNEL_NAME,
): Presence {
  let docId: string | null = null;
  // other tab → the document it last said it shows (a Map: tab ids come from other tabs, never object keys)
  const peers = new Map<string, string | null>();
  let reported = 0;
  let channel: ChannelLike | null = null;

  const count = () => (docId === null ? 0 : [...peers.values()].filter((d) => d === docId).length);
  const report = () => {
    const n = count();
    if (n !== reported) {
      reported = n;
      onChange(n);
    }
  };
  const post = (type: PresenceMessage['type']) => {
    try {
      channel?.postMessage({ type, tabId, docId });
    } catch {
      // a closed channel: presence is a courtesy, the storage event still guards the data
    }
  };

  if (typeof win.BroadcastChannel === 'function') {
    try {
      channel = new win.BroadcastChannel(channelName);
      channel.addEventListener('message', (ev: Event) => {
        const m: unknown = 'data' in ev ? ev.data : undefined;
        if (!isPresenceMessage(m) || m.tabId === tabId) return;
        if (m.type === 'bye') peers.delete(m.tabId);
        else {
          peers.set(m.tabId, m.docId);
          // answer a newcomer showing our document, so it learns of us without waiting for our next change
          if (m.type === 'hello' && docId !== null && m.docId === docId) post('here');
        }
        report();
      });
    } catch {
      channel = null;
    }
  }

  return {
    setDoc(next) {
      if (next === docId) return;
      docId = next;
      post('hello');
      report();
    },
    others: count,
    dispose() {
      post('bye');
      channel?.close();
      channel = null;
    },
  };
}
