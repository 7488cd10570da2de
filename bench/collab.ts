// Co-editing (issue 18): a colleague's edit through a real server on loopback, joining a room with a 5,000-position
// document, and the main-thread cost of applying one remote edit (binding check + the editor's next document).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { execute } from '../src/commands/command';
import { updatePosition } from '../src/commands/updatePosition';
import { CollabBinding } from '../src/io/collab/binding';
import { writeDocument } from '../src/io/collab/records';
import type { Workspace } from '../src/model';
import { startServer } from '../server/server';
import { fixtures, median, type Metric } from './harness';

interface Side {
  ydoc: Y.Doc;
  binding: CollabBinding;
  doc: Workspace | null;
  applied: number;
  close(): void;
  synced: Promise<void>;
}

function side(port: number | null, room: string, initial: Workspace | null): Side {
  const ydoc = new Y.Doc();
  const s: Side = { ydoc, doc: initial, applied: 0, binding: null as unknown as CollabBinding, close: () => {}, synced: Promise.resolve() };
  s.binding = new CollabBinding(ydoc, {
    getDoc: () => s.doc,
    applyRemote: (next) => {
      s.doc = next;
      s.applied++;
    },
    refused: (p) => {
      throw new Error(p.join('; '));
    },
  });
  if (port !== null) {
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
    let done = () => {};
    s.synced = new Promise<void>((r) => (done = r));
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, token: 'bench', document: ydoc, onSynced: () => done() });
    provider.attach();
    s.close = () => {
      provider.destroy();
      socket.destroy();
    };
  }
  return s;
}

const waitFor = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setImmediate(r));
};

function editOf(s: Side, i: number) {
  const before = s.doc!;
  const ids = Object.keys(before.positions);
  const id = ids[(100 + i) % ids.length];
  const done = execute(before, updatePosition, { id, changes: { nama: `Nama ${i}` } });
  s.doc = done.doc;
  s.binding.commitLocal(before, done.doc, done.label);
}

async function withServer<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'petakerja-bench-'));
  writeFileSync(join(dir, 'rooms.json'), JSON.stringify({ a: 'bench', b: 'bench' }));
  const running = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), roomsFile: join(dir, 'rooms.json'), debounceMs: 2000, log: () => {} });
  try {
    return await fn(running.port);
  } finally {
    await running.stop();
  }
}

export function collabMetrics(): Metric[] {
  return [
    {
      name: 'collab_remote_apply_5000_ms',
      unit: 'ms',
      target: 8,
      what: "main-thread cost of a colleague's edit arriving (Y update applied, record checked, next document), 5,000 positions",
      measure: async () => {
        const a = side(null, '', fixtures.doc(5000));
        writeDocument(a.ydoc, a.doc!);
        const b = side(null, '', fixtures.doc(5000));
        Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
        let i = 0;
        let update: Uint8Array | null = null;
        a.ydoc.on('update', (u: Uint8Array) => (update = u));
        return median(() => Y.applyUpdate(b.ydoc, update!, 'remote'), {
          setup: () => editOf(a, i++),
          runs: 15,
        });
      },
    },
    {
      name: 'collab_remote_edit_ms',
      unit: 'ms',
      target: 200,
      what: "a colleague's edit visible (editor → Y → server on loopback → other client's checked document), 5,000 positions",
      measure: () =>
        withServer(async (port) => {
          const a = side(port, 'a', fixtures.doc(5000));
          await a.synced;
          writeDocument(a.ydoc, a.doc!);
          const b = side(port, 'a', null);
          await b.synced;
          await waitFor(() => b.ydoc.getMap('positions').size === 5000);
          b.doc = b.binding.read().doc;
          let i = 0;
          const t = await median(
            async () => {
              const seen = b.applied;
              editOf(a, i++);
              await waitFor(() => b.applied > seen);
            },
            { runs: 9 },
          );
          a.close();
          b.close();
          return t;
        }),
    },
    {
      name: 'collab_join_5000_ms',
      unit: 'ms',
      target: 1500,
      what: 'join a room holding a 5,000-position document (connect, sync, checked with restore())',
      measure: () =>
        withServer(async (port) => {
          const a = side(port, 'b', fixtures.doc(5000));
          await a.synced;
          writeDocument(a.ydoc, a.doc!);
          await new Promise((r) => setTimeout(r, 300));
          const t = await median(
            async () => {
              const b = side(port, 'b', null);
              await b.synced;
              await waitFor(() => b.ydoc.getMap('positions').size === 5000);
              b.binding.read();
              b.close();
            },
            { runs: 5, warmup: 1 },
          );
          a.close();
          return t;
        }),
    },
  ];
}
