// Scale-out: two server processes (two Hocuspocus instances here, each its own Redis connection) behind one Redis
// serve one room — an edit through one reaches a client of the other. Needs Debian's redis-server (.ci/run installs
// it when missing); on a machine without it the test says so in the output instead of passing silently.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { writeDocument } from '../../../src/io/collab/records';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { startServer } from '../../../server/server';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) {
  const why = 'redis-server tidak terpasang: uji dua proses server dengan Redis tidak dijalankan (pasang: apt-get install -y redis-server; .ci/run memasangnya sendiri).';
  if (process.env.CI) throw new Error(why);
  console.warn(why);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let dir: string;
let redis: ChildProcess | null = null;
let redisPort = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'petakerja-redis-'));
  writeFileSync(join(dir, 'rooms.json'), JSON.stringify({ bersama: 'tkn' }));
  if (!hasRedis) return;
  redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const end = Date.now() + 10_000;
  while (spawnSync('redis-cli', ['-p', String(redisPort), 'ping']).stdout?.toString().trim() !== 'PONG') {
    if (Date.now() > end) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(() => {
  redis?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function connect(port: number) {
  const ydoc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  let done = () => {};
  const synced = new Promise<void>((r) => (done = r));
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'bersama', token: 'tkn', document: ydoc, onSynced: () => done() });
  provider.attach();
  return { ydoc, synced, close: () => (provider.destroy(), socket.destroy()) };
}

describe('two server processes behind one Redis', () => {
  it.skipIf(!hasRedis)('serve one room: an edit through one process reaches a client of the other', async () => {
    const common = { host: '127.0.0.1', roomsFile: join(dir, 'rooms.json'), redisUrl: `redis://127.0.0.1:${redisPort}`, debounceMs: 50, log: () => {} };
    const one = await startServer({ ...common, port: 0, dataDir: join(dir, 'one'), name: 'proses-1' });
    const two = await startServer({ ...common, port: 0, dataDir: join(dir, 'two'), name: 'proses-2' });
    const a = connect(one.port);
    const b = connect(two.port);
    await Promise.all([a.synced, b.synced]);
    writeDocument(a.ydoc, createDinasContoh());
    const total = a.ydoc.getMap('positions').size;
    const end = Date.now() + 10_000;
    while (b.ydoc.getMap('positions').size !== total && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(b.ydoc.getMap('positions').size).toBe(total);
    // and back the other way
    b.ydoc.getMap('meta').set('title', 'Dari proses dua');
    while (a.ydoc.getMap('meta').get('title') !== 'Dari proses dua' && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(a.ydoc.getMap('meta').get('title')).toBe('Dari proses dua');
    a.close();
    b.close();
    await one.stop();
    await two.stop();
  }, 30_000);
});
