// Finds the Chromium the browser tests run in, and provisions it on a fresh Debian/Ubuntu machine.
// Used by scripts/test-all.mjs (npm test) before anything slow runs; `node scripts/chromium.mjs` prints the result.
//
// Order: CHROMIUM_PATH (when set it must exist — a wrong path is reported, not silently replaced), the usual
// Debian/Ubuntu install paths, then `chromium` / `chromium-browser` on PATH. When none is found and the process runs
// as root on Debian or Ubuntu, Debian's `chromium` package is installed (what .ci/run used to do), printing each step;
// otherwise the caller stops with the one command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Debian's and Ubuntu's packages put the browser (Debian: chromium; Ubuntu: chromium-browser). */
export const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/snap/bin/chromium',
];

const NAMES_ON_PATH = ['chromium', 'chromium-browser'];

/** The one command a person runs when the tests cannot install the browser themselves. */
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ env?: Record<string, string | undefined>, usualPaths?: string[], executable?: (f: string) => boolean }} [o]
 * @returns {{ path: string, source: string } | { path: null, error: string }}
 */
export function findChromium(o = {}) {
  const env = o.env ?? process.env;
  const usualPaths = o.usualPaths ?? USUAL_PATHS;
  const executable = o.executable ?? isExecutable;
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return { path: given, source: 'CHROMIUM_PATH' };
    return { path: null, error: `CHROMIUM_PATH menunjuk ke ${given}, tetapi berkas itu tidak ada atau tidak dapat dijalankan.` };
  }
  for (const p of usualPaths) if (executable(p)) return { path: p, source: 'jalur baku' };
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES_ON_PATH) {
      const p = join(dir, name);
      if (executable(p)) return { path: p, source: 'PATH' };
    }
  }
  return { path: null, error: 'Chromium tidak ditemukan (CHROMIUM_PATH, /usr/bin/chromium, jalur Debian/Ubuntu lain, PATH).' };
}

/** "debian", "ubuntu" or null, from /etc/os-release text (ID and ID_LIKE). */
export function debianFamily(osRelease) {
  const field = (k) => (osRelease.match(new RegExp(`^${k}=("?)([^"\\n]*)\\1$`, 'm'))?.[2] ?? '').toLowerCase();
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return null;
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

/**
 * What to do when no Chromium was found: install it (root on Debian/Ubuntu) or stop with the command.
 * @returns {{ action: 'install', commands: string[][] } | { action: 'stop', message: string }}
 */
export function plan({ isRoot, osRelease, env = process.env }) {
  const family = debianFamily(osRelease);
  if (env.CHROMIUM_PATH) {
    return { action: 'stop', message: `Perbaiki CHROMIUM_PATH, atau hapus agar Chromium dicari di jalur baku.` };
  }
  if (isRoot && family) {
    return {
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    };
  }
  const why = family ? 'bukan root' : 'bukan Debian/Ubuntu';
  return {
    action: 'stop',
    message:
      `Uji peramban memerlukan Chromium (${why}, jadi tidak dipasang otomatis). Jalankan satu perintah ini, lalu ulangi ` +
      `npm test:\n\n    ${INSTALL_COMMAND}\n\n(Chromium di tempat lain: CHROMIUM_PATH=/jalur/ke/chromium npm test)`,
  };
}

/**
 * Finds Chromium, installing it when allowed. Returns the path, or null after printing why and what to run.
 * @param {{ env?: Record<string, string | undefined>, isRoot?: boolean, osRelease?: string,
 *   run?: (cmd: string[]) => number, log?: (s: string) => void, find?: typeof findChromium }} [o]
 */
export function ensureChromium(o = {}) {
  const env = o.env ?? process.env;
  const log = o.log ?? ((s) => console.log(s));
  const find = o.find ?? (() => findChromium({ env }));
  const run =
    o.run ??
    ((cmd) => spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1);
  const first = find();
  if (first.path) return first.path;
  log(first.error);
  const p = plan({
    isRoot: o.isRoot ?? (typeof process.getuid === 'function' && process.getuid() === 0),
    osRelease: o.osRelease ?? readOsRelease(),
    env,
  });
  if (p.action === 'stop') {
    log(p.message);
    return null;
  }
  log('Memasang Chromium dari paket Debian (berjalan sebagai root):');
  for (const cmd of p.commands) {
    log(`  $ ${cmd.join(' ')}`);
    const status = run(cmd);
    if (status !== 0) {
      log(`Perintah gagal (kode ${status}). Pasang sendiri: ${INSTALL_COMMAND}`);
      return null;
    }
  }
  const second = find();
  if (second.path) {
    log(`Chromium terpasang: ${second.path}`);
    return second.path;
  }
  log(`Paket terpasang tetapi Chromium tetap tidak ditemukan. Setel CHROMIUM_PATH=/jalur/ke/chromium.`);
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChromium();
  if (found.path) console.log(`${found.path} (${found.source})`);
  else {
    console.log(found.error);
    process.exitCode = 1;
  }
}
