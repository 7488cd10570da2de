// editor.collab: two editor objects in one room of a real server (server/server.ts on a free 127.0.0.1 port,
// stopped at the end), as two browsers would be: the room's document, both ways, own undo, presence, a bad token.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { updatePosition } from '../../../src/commands';
import { createEditor, realClock } from '../../../src/editor/Editor';
import { noStorage } from '../../../src/editor/storage';
import type { Editor } from '../../../src/editor/types';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { startServer } from '../../../server/server';

let dir: string;
let running: Awaited<ReturnType<typeof startServer>>;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'petakerja-editor-collab-'));
  const rooms = join(dir, 'rooms.json');
  writeFileSync(rooms, JSON.stringify({ 'dinas-a': 'token-a', 'dinas-b': 'token-b' }));
  running = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), roomsFile: rooms, debounceMs: 50, log: () => {} });
  url = `ws://127.0.0.1:${running.port}`;
});
afterAll(async () => {
  await running.stop();
  rmSync(dir, { recursive: true, force: true });
});

function make(): Editor {
  return createEditor({
    storage: noStorage,
    clock: realClock,
    env: { window: null, download: () => {}, pickFile: async () => null, clipboard: null },
    collab: { WebSocketPolyfill: WebSocket, offline: false, memory: null, joinTimeoutMs: 5000 },
  });
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('editor.collab against the real server', () => {
  it('the first member brings the document, the second gets it; edits go both ways; undo is one own', async () => {
    const a = make();
    const b = make();
    const doc = createDinasContoh();
    a.openDocument(doc);
    expect(await a.collab.join({ url, room: 'dinas-a', token: 'token-a', name: 'Sari' })).toBe(true);
    expect(a.collab.state.get()).toMatchObject({ phase: 'in', connection: 'online' });
    expect(await b.collab.join({ url, room: 'dinas-a', token: 'token-a', name: 'Budi' })).toBe(true);
    expect(Object.keys(b.currentDoc().positions).sort()).toEqual(Object.keys(doc.positions).sort());

    const [p1, p2] = Object.keys(doc.positions);
    a.run(updatePosition, { id: p1, changes: { nama: 'Diubah Sari' } });
    await until(() => b.currentDoc().positions[p1].nama === 'Diubah Sari');
    b.run(updatePosition, { id: p2, changes: { nama: 'Diubah Budi' } });
    await until(() => a.currentDoc().positions[p2].nama === 'Diubah Budi');

    // Budi's undo takes back Budi's step only; Sari's stays on both sides
    expect(b.actions.isEnabled('undo')).toBe(true);
    b.undo();
    expect(b.currentDoc().positions[p2].nama).toBe(doc.positions[p2].nama);
    expect(b.currentDoc().positions[p1].nama).toBe('Diubah Sari');
    await until(() => a.currentDoc().positions[p2].nama === doc.positions[p2].nama);
    expect(a.currentDoc().positions[p1].nama).toBe('Diubah Sari');
    b.redo();
    await until(() => a.currentDoc().positions[p2].nama === 'Diubah Budi');
    // the immer history is not used in a room
    expect(a.get().history.past).toHaveLength(0);

    // presence: each sees the other with a name, and the other's selection
    await until(() => a.collab.state.get().peers.some((p) => p.name === 'Budi'));
    b.select([p1]);
    await until(() => a.collab.state.get().peers.find((p) => p.name === 'Budi')?.selection[0] === p1);
    b.collab.setPresence({ cursor: { canvas: 'struktur', x: 10, y: 20 } });
    await until(() => a.collab.state.get().peers.find((p) => p.name === 'Budi')?.cursor?.x === 10);

    await b.collab.leave();
    expect(b.collab.state.get().phase).toBe('off');
    await until(() => !a.collab.state.get().peers.some((p) => p.name === 'Budi'));
    await a.collab.leave();
  }, 30_000);

  it('a wrong token is refused with a message in Bahasa Indonesia and the open document stays', async () => {
    const a = make();
    const doc = createDinasContoh();
    a.openDocument(doc);
    expect(await a.collab.join({ url, room: 'dinas-b', token: 'salah', name: 'Sari' })).toBe(false);
    expect(a.collab.state.get().phase).toBe('off');
    expect(a.collab.state.get().error).toMatch(/Token ruang ditolak/);
    expect(a.currentDoc()).toBe(a.get().doc);
    expect(Object.keys(a.currentDoc().positions)).toHaveLength(Object.keys(doc.positions).length);
  }, 30_000);

  it('an address that is not ws:// or wss:// is refused before any connection', async () => {
    const a = make();
    a.openDocument(createDinasContoh());
    expect(await a.collab.join({ url: 'http://contoh', room: 'dinas-a', token: 'token-a', name: 'Sari' })).toBe(false);
    expect(a.collab.state.get().error).toMatch(/ws:\/\/ atau wss:\/\//);
  });

  it('outside a room the editor keeps its own history', () => {
    const a = make();
    const doc = createDinasContoh();
    a.openDocument(doc);
    const [p1] = Object.keys(doc.positions);
    a.run(updatePosition, { id: p1, changes: { nama: 'Lokal' } });
    expect(a.get().history.past).toHaveLength(1);
    a.undo();
    expect(a.currentDoc().positions[p1].nama).toBe(doc.positions[p1].nama);
  });
});
