// The co-editing server (server/server.ts) started in the test on a free port on 127.0.0.1 and stopped at the end;
// clients are @hocuspocus/provider instances in Node (ws as the WebSocket), as the browser uses them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readRaw, writeDocument } from '../../../src/io/collab/records';
import { restore } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { startServer } from '../../../server/server';

let dir: string;
let rooms: string;
const silent = () => {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'petakerja-server-'));
  rooms = join(dir, 'rooms.json');
  writeFileSync(rooms, JSON.stringify({ 'dinas-kominfo': 'rahasia-123', lain: 'token-lain' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface NodeClient {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
  failed: Promise<string>;
  close(): void;
}

function connect(port: number, room: string, token: string): NodeClient {
  const ydoc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  let onSynced = () => {};
  let onFailed = (_: string) => {};
  const synced = new Promise<void>((r) => (onSynced = r));
  const failed = new Promise<string>((r) => (onFailed = r));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: ydoc,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onFailed(reason),
  });
  provider.attach(); // a socket passed in is not attached by the provider itself
  return {
    ydoc,
    provider,
    synced,
    failed,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('npm run server (Hocuspocus with token, disk and schema checks)', () => {
  it('serves one room to two clients, refuses a bad token, refuses a hostile update, keeps the room over a restart', async () => {
    const data = join(dir, 'data');
    let running = await startServer({ port: 0, host: '127.0.0.1', dataDir: data, roomsFile: rooms, debounceMs: 50, log: silent });
    const port = running.port;
    const a = connect(port, 'dinas-kominfo', 'rahasia-123');
    await a.synced;
    writeDocument(a.ydoc, createDinasContoh());
    const b = connect(port, 'dinas-kominfo', 'rahasia-123');
    await b.synced;
    await until(() => b.ydoc.getMap('positions').size === a.ydoc.getMap('positions').size);
    expect(restore(readRaw(b.ydoc)).doc.title).toBe(createDinasContoh().title);

    // a bad token, and a good token for another room, are refused
    const wrong = connect(port, 'dinas-kominfo', 'salah');
    expect(await wrong.failed).toBeTruthy();
    wrong.close();
    const otherRoom = connect(port, 'dinas-kominfo', 'token-lain');
    expect(await otherRoom.failed).toBeTruthy();
    otherRoom.close();

    // a hostile client writes a record that fails the schema (and a valid one in the same update)
    const hostile = connect(port, 'dinas-kominfo', 'rahasia-123');
    await hostile.synced;
    const [p, q] = [...hostile.ydoc.getMap('positions').values()] as { id: string; nama: string; kind: string }[];
    hostile.ydoc.transact(() => {
      hostile.ydoc.getMap('positions').set(p.id, { ...p, nama: 'ikut ditolak' });
      hostile.ydoc.getMap('positions').set(q.id, { ...q, kind: 'raja' });
      hostile.ydoc.getArray('sampah').push(['x']);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((b.ydoc.getMap('positions').get(q.id) as { kind: string }).kind).toBe(q.kind);
    expect((b.ydoc.getMap('positions').get(p.id) as { nama: string }).nama).toBe(p.nama);
    hostile.close();

    // the server still works: a valid edit travels
    a.ydoc.getMap('positions').set(p.id, { ...p, nama: 'Diubah dengan sah' });
    await until(() => (b.ydoc.getMap('positions').get(p.id) as { nama: string }).nama === 'Diubah dengan sah');

    // raw garbage on the socket does not bring the server down
    const raw = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => raw.on('open', r));
    raw.send(Buffer.from([0xff, 0xff, 0xff, 0x01, 0x02]));
    raw.send('bukan biner');
    await new Promise((r) => setTimeout(r, 200));
    raw.close();

    a.close();
    b.close();
    await new Promise((r) => setTimeout(r, 200));
    await running.stop();

    // restart: the room's state is read back from disk
    running = await startServer({ port: 0, host: '127.0.0.1', dataDir: data, roomsFile: rooms, debounceMs: 50, log: silent });
    const c = connect(running.port, 'dinas-kominfo', 'rahasia-123');
    await c.synced;
    await until(() => c.ydoc.getMap('positions').size > 0);
    const restored = restore(readRaw(c.ydoc)).doc;
    expect(restored.positions[p.id].nama).toBe('Diubah dengan sah');
    expect(restored.positions[q.id].kind).toBe(q.kind);
    expect(c.ydoc.share.has('sampah')).toBe(false);
    c.close();
    await running.stop();
  }, 30_000);
});
