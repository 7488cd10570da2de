// The co-editing server a Pemda runs itself: Hocuspocus (Yjs over WebSocket) with
//  - token authentication per room (a rooms file: {"<room>": "<token>"}, re-read on every connection, so a room is
//    added or its token changed without a restart),
//  - persistence to disk (one file per room, written atomically: temporary file + rename),
//  - every incoming update checked with the document's zod schemas (src/io/collab/records.ts) on a shadow copy
//    before the room applies it; an update with a bad record, an unknown part or undecodable bytes is refused
//    whole and the sending connection closed — the room never holds an invalid record,
//  - optional scale-out: several processes behind one Redis serve one room (@hocuspocus/extension-redis).
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Document, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { changesOf, checkChanges, ROOT_NAMES } from '../src/io/collab/records';

export interface ServerOptions {
  port: number;
  host: string;
  /** folder for the rooms' files */
  dataDir: string;
  /** JSON file {"room": "token"} */
  roomsFile: string;
  /** redis://host:port for several processes serving the same rooms */
  redisUrl?: string;
  /** a name for this process in the logs and in Redis */
  name?: string;
  /** ms after the last change before a room is written to disk */
  debounceMs?: number;
  log?: (line: string) => void;
}

/** A room name is a file name: letters, digits, dot, dash, underscore; 1–100 characters. */
export const ROOM_NAME = /^[A-Za-z0-9._-]{1,100}$/;

export class RefusedUpdate extends Error {
  readonly code = 4400;
  readonly reason: string;
  constructor(readonly problems: string[]) {
    super(`Pembaruan ditolak: ${problems.join('; ')}`);
    this.reason = 'Pembaruan ditolak: isi tidak sesuai format PetaKerja';
  }
}

async function readRooms(file: string): Promise<Record<string, string>> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file}: harus berisi objek {"ruang": "token"}`);
  return raw as Record<string, string>;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Check an update against a shadow copy of the room; on refusal the shadow is rebuilt from the room. */
export function checkUpdate(shadow: Y.Doc, update: Uint8Array): string[] {
  for (const name of ROOT_NAMES) shadow.getMap(name);
  let problems: string[] = [];
  const onTransaction = (tr: Y.Transaction) => {
    const { changes, foreign } = changesOf(tr);
    problems.push(...checkChanges(shadow, changes, foreign));
  };
  shadow.on('afterTransaction', onTransaction);
  try {
    Y.applyUpdate(shadow, update, 'check');
  } catch {
    problems = ['pembaruan tidak dapat dibaca (bukan pembaruan Yjs yang utuh)'];
  } finally {
    shadow.off('afterTransaction', onTransaction);
  }
  return problems;
}

export async function startServer(options: ServerOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  await mkdir(options.dataDir, { recursive: true });
  await readRooms(options.roomsFile); // a missing or broken rooms file stops the start with its reason
  const shadows = new Map<string, Y.Doc>();
  const fileOf = (room: string) => join(options.dataDir, `${room}.yjs`);

  const shadowOf = (document: Document): Y.Doc => {
    let shadow = shadows.get(document.name);
    if (!shadow) {
      shadow = new Y.Doc();
      for (const name of ROOT_NAMES) shadow.getMap(name);
      Y.applyUpdate(shadow, Y.encodeStateAsUpdate(document));
      const s = shadow;
      // whatever the room applies (checked updates, other processes' through Redis) reaches the shadow too
      document.on('update', (u: Uint8Array) => Y.applyUpdate(s, u));
      shadows.set(document.name, shadow);
    }
    return shadow;
  };

  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => {
        try {
          return new Uint8Array(await readFile(fileOf(documentName)));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
          throw e;
        }
      },
      store: async ({ documentName, state }) => {
        const file = fileOf(documentName);
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, state);
        await rename(tmp, file);
      },
    }),
  ];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379), identifier: options.name ?? `petakerja-${process.pid}`, prefix: 'petakerja' }));
  }

  const server = new Server({
    name: options.name ?? 'petakerja',
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounceMs ?? 1000,
    maxDebounce: Math.max(5000, options.debounceMs ?? 1000),
    extensions,
    websocketOptions: { maxPayload: 64 * 1024 * 1024 },
    async onAuthenticate({ token, documentName }) {
      if (!ROOM_NAME.test(documentName)) throw new Error('Nama ruang tidak sah');
      const rooms = await readRooms(options.roomsFile);
      const expected = Object.prototype.hasOwnProperty.call(rooms, documentName) ? rooms[documentName] : undefined;
      if (typeof expected !== 'string' || !expected || !sameSecret(token ?? '', expected)) {
        log(`ditolak: token salah untuk ruang «${documentName}»`);
        throw new Error('Token ruang salah');
      }
      return { room: documentName };
    },
    async beforeSync({ type, payload, document, documentName }) {
      if (type !== 1 && type !== 2) return; // only SyncStep2 and Update carry changes
      const problems = checkUpdate(shadowOf(document), payload);
      if (problems.length > 0) {
        shadows.get(documentName)?.destroy();
        shadows.delete(documentName);
        log(`ditolak di ruang «${documentName}»: ${problems.join('; ')}`);
        throw new RefusedUpdate(problems);
      }
    },
    async afterUnloadDocument({ documentName }) {
      shadows.get(documentName)?.destroy();
      shadows.delete(documentName);
    },
  });
  await server.listen();
  log(`PetaKerja server kerja bersama: ws://${options.host}:${server.address.port} (data: ${options.dataDir}${options.redisUrl ? `, Redis: ${options.redisUrl}` : ''})`);
  return {
    server,
    port: server.address.port,
    async stop() {
      await server.destroy();
      for (const s of shadows.values()) s.destroy();
      shadows.clear();
    },
  };
}
