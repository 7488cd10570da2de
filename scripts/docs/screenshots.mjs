// `npm run docs:screenshots`: builds the app (into dist-docs/ unless E2E_DIST says otherwise) and takes the guide's
// screenshots at 1366×768 in Chromium into docs/gambar/, with docs/gambar/manifest.json (the visible controls of each
// picture, which the e2e run checks for staleness). Port: E2E_PORT, default 4188.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from '../chromium.mjs';

const chromium = ensureChromium();
if (!chromium) process.exit(1);
const dist = process.env.E2E_DIST ?? 'dist-docs';
const port = process.env.E2E_PORT ?? '4188';
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (run('npx', ['vite', 'build', '--outDir', dist]) !== 0) process.exit(1);
const status = run('npx', ['playwright', 'test', 'test/e2e/docs-screenshots.spec.ts'], {
  DOCS_SCREENSHOTS: 'write',
  E2E_DIST: dist,
  E2E_PORT: port,
  CHROMIUM_PATH: chromium,
});
// the guide pages bundle the pictures: build once more so dist-docs/bantuan has the new ones
if (status === 0) console.log('Gambar panduan ditulis ke docs/gambar/. Periksa dan commit bila berubah.');
process.exit(status);
