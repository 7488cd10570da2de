// The co-editing server for the browser tests: the real `npm run server` (server/main.ts) as a child process on
// 127.0.0.1 and a port of E2E_PORT's range, with its own rooms file and data folder; stopped (SIGTERM, as a Pemda's
// systemd would) and started again on the same data by the reconnect test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4178);

export interface CollabServer {
  url: string;
  dir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export function roomsDir(rooms: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'petakerja-e2e-collab-'));
  writeFileSync(join(dir, 'rooms.json'), JSON.stringify(rooms));
  return dir;
}

/** Start the server on E2E_PORT + k over the rooms file and data of `dir`; resolves once it listens. */
export async function collabServer(k: number, dir: string): Promise<CollabServer> {
  const port = E2E_PORT + k;
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', join(dir, 'data'), '--rooms', join(dir, 'rooms.json'), '--debounce', '100'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = proc;
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
      const onData = (b: Buffer) => {
        out += b.toString();
        if (out.includes(`ws://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
      proc.on('exit', (code) => {
        clearTimeout(timer);
        if (!out.includes(`ws://127.0.0.1:${port}`)) reject(new Error(`server exited (${code}):\n${out}`));
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const proc = child;
      child = null;
      if (!proc || proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  await start();
  return { url: `ws://127.0.0.1:${port}`, dir, stop, start };
}
