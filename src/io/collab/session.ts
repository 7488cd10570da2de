// One co-editing session in the browser: a Y.Doc bound to the editor's document (binding.ts), kept in step with the
// Pemda's server through @hocuspocus/provider, with an offline copy in IndexedDB (y-indexeddb) so edits made
// without a network survive a reload and merge on reconnect, and presence through the awareness protocol.
// This module is loaded lazily (the first "Kerjakan bersama…"): Yjs and the provider are not in the entry script.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Workspace } from '../../model';
import { CollabBinding } from './binding';
import { hasDocument, writeDocument } from './records';

export interface SessionOptions {
  /** ws:// or wss:// address of the server */
  url: string;
  room: string;
  token: string;
  /** the name colleagues see */
  name: string;
  color: string;
  /** Node tests pass the `ws` package; browsers have WebSocket */
  WebSocketPolyfill?: unknown;
  /** keep an offline copy in IndexedDB (off where there is no IndexedDB) */
  offline?: boolean;
  /** how long joining may take before it is given up (ms) */
  joinTimeoutMs?: number;
}

/** What this user shows colleagues besides name and colour. */
export interface LocalPresence {
  /** pointer on a canvas in flow coordinates ('struktur' or a map id), null when off every canvas */
  cursor: { canvas: string; x: number; y: number } | null;
  /** selected boxes */
  selection: string[];
  /** boxes being dragged now */
  dragging: string[];
}

export interface Peer extends LocalPresence {
  clientId: number;
  name: string;
  color: string;
}

export type Connection = 'connecting' | 'online' | 'offline';

export interface SessionEvents {
  getDoc(): Workspace | null;
  /** a checked change from elsewhere (colleague, own undo, offline copy) as the editor's next document */
  remote(doc: Workspace, notices: string[]): void;
  refused(problems: string[]): void;
  connection(state: Connection, synced: boolean): void;
  peers(peers: Peer[]): void;
  /** how many of this user's steps have not reached the server yet (kept in the offline copy meanwhile) */
  pending(count: number): void;
  /** this user's undo/redo stacks changed */
  stacks(s: { canUndo: boolean; canRedo: boolean; undoLabel: string | null; redoLabel: string | null }): void;
}

/** A join that failed for a reason the user can act on; its message is for the user. */
export class JoinError extends Error {
  override readonly name = 'JoinError';
}

export interface Session {
  /** the room's document after joining (the editor shows it) */
  readonly doc: Workspace;
  readonly notices: string[];
  /** true when this user brought the document into an empty room */
  readonly seeded: boolean;
  commitLocal(prev: Workspace, next: Workspace, label: string, mergeKey?: string): void;
  undo(): string | null;
  redo(): string | null;
  setPresence(p: Partial<LocalPresence>): void;
  leave(): Promise<void>;
}

/** The name of the offline copy of one room on one server. */
export function offlineName(url: string, room: string): string {
  return `petakerja-ruang:${url}|${room}`;
}

function peersOf(provider: HocuspocusProvider, own: number): Peer[] {
  const peers: Peer[] = [];
  const states = provider.awareness?.getStates() ?? new Map();
  for (const [clientId, s] of states) {
    if (clientId === own || !s || typeof s !== 'object') continue;
    const st = s as Partial<Peer> & { user?: { name?: unknown; color?: unknown } };
    const name = typeof st.user?.name === 'string' ? st.user.name.slice(0, 60) : 'Rekan';
    const color = typeof st.user?.color === 'string' && /^#[0-9a-f]{6}$/i.test(st.user.color) ? st.user.color : '#666666';
    const cursor = st.cursor && typeof st.cursor === 'object' && Number.isFinite(st.cursor.x) && Number.isFinite(st.cursor.y) && typeof st.cursor.canvas === 'string' ? st.cursor : null;
    const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 500) : []);
    peers.push({ clientId, name, color, cursor, selection: ids(st.selection), dragging: ids(st.dragging) });
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.clientId - b.clientId);
}

/**
 * Join a room. Resolves once the offline copy is loaded and the server's state is merged in (or, offline, with the
 * offline copy alone when there is one). A room with no document yet gets the editor's current one.
 */
export async function joinSession(options: SessionOptions, events: SessionEvents): Promise<Session> {
  const ydoc = new Y.Doc();
  let ready = false;
  const binding = new CollabBinding(ydoc, {
    getDoc: () => (ready ? events.getDoc() : null),
    applyRemote: (doc, notices) => events.remote(doc, notices),
    refused: (problems) => events.refused(problems),
  });
  const reportStacks = () => {
    const um = binding.undoManager;
    const label = (item: { meta: Map<string, unknown> } | undefined) => (item ? String(item.meta.get('label') ?? '') : null);
    events.stacks({ canUndo: binding.canUndo(), canRedo: binding.canRedo(), undoLabel: label(um.undoStack.at(-1)), redoLabel: label(um.redoStack.at(-1)) });
  };
  for (const e of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) binding.undoManager.on(e, reportStacks);

  const idb = options.offline !== false && typeof indexedDB !== 'undefined' ? new IndexeddbPersistence(offlineName(options.url, options.room), ydoc) : null;
  let authFailure: string | null = null;
  let synced = false;
  let connection: Connection = 'connecting';
  const report = () => events.connection(connection, synced);
  // own steps not yet acknowledged by the server: counted here (the provider counts messages, and sends none offline)
  let unsent = 0;
  const stepTaken = () => {
    unsent += 1;
    events.pending(unsent);
  };
  let onFirstSync = () => {};
  const firstSync = new Promise<void>((r) => (onFirstSync = r));
  let onAuthFail = (_: string) => {};
  const authFailed = new Promise<string>((r) => (onAuthFail = r));

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    // a dropped network is retried quickly and for ever: the offline copy keeps every edit meanwhile
    delay: 500,
    minDelay: 250,
    maxDelay: 3000,

    // a silent socket (the network went away without a close) is noticed within seconds, not the default 30 s

    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket } : {}),
    onStatus: ({ status }) => {
      const s = String(status);
      connection = s === 'connected' ? 'online' : s === 'connecting' ? 'connecting' : 'offline';
      if (connection !== 'online') synced = false;
      report();
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    token: options.token,
    document: ydoc,
    onSynced: ({ state }) => {
      synced = state;
      report();
      if (state) onFirstSync();
    },
    onAuthenticationFailed: ({ reason }) => {
      authFailure = reason;
      onAuthFail(reason);
    },
    onAwarenessChange: () => events.peers(peersOf(provider, ydoc.clientID)),
    onUnsyncedChanges: ({ number }) => {
      if (number === 0 && connection === 'online' && unsent > 0) {
        unsent = 0;
        events.pending(0);
      }
    },
  });
  provider.attach();
  provider.setAwarenessField('user', { name: options.name, color: options.color });

  const close = async () => {
    binding.destroy();
    provider.destroy();
    socket.destroy();
    await idb?.destroy();
    ydoc.destroy();
  };

  try {
    if (idb) await idb.whenSynced;
    const hasOffline = hasDocument(ydoc);
    const timeout = options.joinTimeoutMs ?? 10_000;
    const outcome = await Promise.race([
      firstSync.then(() => 'synced' as const),
      authFailed.then(() => 'auth' as const),
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), hasOffline ? Math.min(timeout, 3000) : timeout)),
    ]);
    if (outcome === 'auth') throw new JoinError(authMessage(authFailure));
    if (outcome === 'timeout' && !hasOffline) {
      throw new JoinError(`Server ${options.url} tidak menjawab. Periksa alamatnya dan jaringan, lalu coba lagi.`);
    }
  } catch (e) {
    await close();
    throw e;
  }

  let seeded = false;
  if (!hasDocument(ydoc)) {
    const current = events.getDoc();
    if (!current) {
      await close();
      throw new JoinError('Ruang ini masih kosong dan tidak ada dokumen terbuka untuk dibagikan.');
    }
    // the first member brings the document; not an undoable step of theirs
    writeDocument(ydoc, current, 'seed');
    seeded = true;
  }
  let read: { doc: Workspace; notices: string[] };
  try {
    read = binding.read();
  } catch (e) {
    await close();
    throw new JoinError(`Dokumen di ruang ini tidak dapat dibuka: ${e instanceof Error ? e.message : String(e)}`);
  }
  ready = true;
  events.peers(peersOf(provider, ydoc.clientID));
  report();

  return {
    doc: read.doc,
    notices: read.notices,
    seeded,
    commitLocal: (prev, next, label, mergeKey) => {
      if (binding.commitLocal(prev, next, label, mergeKey) > 0) stepTaken();
    },
    undo: () => {
      const label = binding.undo();
      if (label !== null) stepTaken();
      return label;
    },
    redo: () => {
      const label = binding.redo();
      if (label !== null) stepTaken();
      return label;
    },
    setPresence(p) {
      for (const [k, v] of Object.entries(p)) provider.setAwarenessField(k, v);
    },
    leave: close,
  };
}

function authMessage(reason: string | null): string {
  // the server's reasons are its own words; the user gets one clear sentence in Bahasa Indonesia
  if (reason && /nama ruang/i.test(reason)) return 'Nama ruang tidak sah: gunakan huruf, angka, titik, minus atau garis bawah.';
  return 'Token ruang ditolak oleh server. Periksa nama ruang dan tokennya (minta ke pengelola server), lalu coba lagi.';
}
