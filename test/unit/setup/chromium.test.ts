// The self-provisioning step of `npm test` (scripts/chromium.mjs), on the real file system: a machine where no
// Chromium is anywhere (PATH and CHROMIUM_PATH pointing into empty folders), one with a browser only on PATH, and the
// decision to install (root on Debian/Ubuntu) or to stop with the one command.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { debianFamily, ensureChromium, findChromium, INSTALL_COMMAND, plan } from '../../../scripts/chromium.mjs';

const root = mkdtempSync(join(tmpdir(), 'pk-chromium-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const nowhere = join(root, 'kosong');
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

function fakeBrowser(dir: string, name: string): string {
  spawnSync('mkdir', ['-p', dir]);
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\necho chromium\n');
  chmodSync(file, 0o755);
  return file;
}

describe('finding Chromium', () => {
  it('finds nothing on a machine without it: no usual path, nothing on PATH', () => {
    const r = findChromium({ env: { PATH: nowhere }, usualPaths: [join(nowhere, 'chromium')] });
    expect(r.path).toBeNull();
    expect(r.error).toContain('Chromium tidak ditemukan');
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of silently using another browser', () => {
    const onPath = join(root, 'bin1');
    fakeBrowser(onPath, 'chromium');
    const r = findChromium({ env: { CHROMIUM_PATH: join(nowhere, 'chrome'), PATH: onPath }, usualPaths: [] });
    expect(r.path).toBeNull();
    expect(r.error).toContain(join(nowhere, 'chrome'));
  });

  it('takes CHROMIUM_PATH, then the usual paths, then chromium or chromium-browser on PATH', () => {
    const given = fakeBrowser(join(root, 'given'), 'my-chrome');
    const usual = fakeBrowser(join(root, 'usr-bin'), 'chromium');
    const path = fakeBrowser(join(root, 'bin2'), 'chromium-browser');
    expect(findChromium({ env: { CHROMIUM_PATH: given, PATH: join(root, 'bin2') }, usualPaths: [usual] })).toEqual({
      path: given,
      source: 'CHROMIUM_PATH',
    });
    expect(findChromium({ env: { PATH: join(root, 'bin2') }, usualPaths: [join(nowhere, 'x'), usual] }).path).toBe(usual);
    expect(findChromium({ env: { PATH: `${nowhere}:${join(root, 'bin2')}` }, usualPaths: [] }).path).toBe(path);
  });

  it('does not take a file that is not executable', () => {
    const dir = join(root, 'noexec');
    fakeBrowser(dir, 'chromium');
    chmodSync(join(dir, 'chromium'), 0o644);
    expect(findChromium({ env: { PATH: dir }, usualPaths: [] }).path).toBeNull();
  });

  it('the script itself exits 1 with the reason when CHROMIUM_PATH points nowhere', () => {
    const r = spawnSync(process.execPath, ['scripts/chromium.mjs'], {
      env: { PATH: nowhere, CHROMIUM_PATH: join(nowhere, 'chromium') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('CHROMIUM_PATH menunjuk ke');
  });
});

describe('provisioning', () => {
  it('recognises Debian and Ubuntu from /etc/os-release', () => {
    expect(debianFamily(DEBIAN)).toBe('debian');
    expect(debianFamily(UBUNTU)).toBe('ubuntu');
    expect(debianFamily(FEDORA)).toBeNull();
    expect(debianFamily('')).toBeNull();
  });

  it('installs Debian’s package as root on Debian or Ubuntu', () => {
    for (const os of [DEBIAN, UBUNTU]) {
      const p = plan({ isRoot: true, osRelease: os, env: {} });
      expect(p.action).toBe('install');
      expect(p.commands?.at(-1)).toContain('chromium');
      expect(p.commands?.at(-1)?.slice(0, 2)).toEqual(['apt-get', 'install']);
    }
  });

  it('stops with the one command when not root, or not on Debian/Ubuntu', () => {
    for (const [isRoot, os] of [
      [false, DEBIAN],
      [true, FEDORA],
    ] as const) {
      const p = plan({ isRoot, osRelease: os, env: {} });
      expect(p.action).toBe('stop');
      expect(p.message).toContain(INSTALL_COMMAND);
    }
  });

  it('runs and prints the install steps, then finds the installed browser', () => {
    const ran: string[][] = [];
    const log: string[] = [];
    let installed = false;
    const path = ensureChromium({
      env: {},
      isRoot: true,
      osRelease: DEBIAN,
      find: () => (installed ? { path: '/usr/bin/chromium', source: 'jalur baku' } : { path: null, error: 'tidak ada' }),
      run: (cmd: string[]) => {
        ran.push(cmd);
        if (cmd[1] === 'install') installed = true;
        return 0;
      },
      log: (s: string) => log.push(s),
    });
    expect(path).toBe('/usr/bin/chromium');
    expect(ran.map((c) => c.slice(0, 2).join(' '))).toEqual(['apt-get update', 'apt-get install']);
    expect(log.join('\n')).toContain('$ apt-get install');
  });

  it('stops (null, the command printed) without running anything when not root', () => {
    const ran: string[][] = [];
    const log: string[] = [];
    const path = ensureChromium({
      env: { PATH: nowhere },
      isRoot: false,
      osRelease: DEBIAN,
      find: () => findChromium({ env: { PATH: nowhere }, usualPaths: [join(nowhere, 'chromium')] }),
      run: (cmd: string[]) => (ran.push(cmd), 0),
      log: (s: string) => log.push(s),
    });
    expect(path).toBeNull();
    expect(ran).toEqual([]);
    expect(log.join('\n')).toContain(INSTALL_COMMAND);
  });

  it('reports a failed install with the command to run', () => {
    const log: string[] = [];
    const path = ensureChromium({
      env: {},
      isRoot: true,
      osRelease: DEBIAN,
      find: () => ({ path: null, error: 'tidak ada' }),
      run: () => 100,
      log: (s: string) => log.push(s),
    });
    expect(path).toBeNull();
    expect(log.at(-1)).toContain(INSTALL_COMMAND);
  });
});
