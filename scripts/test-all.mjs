// Runs every test: the layering check, typecheck + production build, unit tests (vitest), browser tests (Playwright on Chromium).
// Ends with one line "N passed, N failed" summed over both runners, for people and for CI.
// Self-provisioning: Chromium is found (or, as root on Debian/Ubuntu, installed) first — see scripts/chromium.mjs —
// so `npm install && npm test` is the whole setup; without it the run stops at once with the one command to run.
// Servers a test needs are started by the tests themselves (Playwright's webServer list in playwright.config.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
if (!chromium) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const reports = 'reports';
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const playwrightJson = `${reports}/playwright.json`;
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

let passed = 0;
let failed = 0;

// Imports flow ui → editors → editor → {commands, rules, io, layout} → model, with no circle.
if (run('node', ['scripts/check-layers.mjs']) !== 0) failed += 1;

const buildStatus = run('npm', ['run', '-s', 'build']);
if (buildStatus !== 0) {
  console.error('Typecheck/build gagal.');
  failed += 1;
}

const unitStatus = run('npx', ['vitest', 'run'], { VITEST_JSON: vitestJson });
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (unitStatus !== 0 && r.numFailedTests === 0) failed += 1; // a suite that failed to load
} else {
  failed += 1;
}

if (buildStatus === 0) {
  const e2eStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: playwrightJson, CHROMIUM_PATH: chromium });
  if (existsSync(playwrightJson)) {
    const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
    passed += s.expected;
    failed += s.unexpected + s.flaky;
    if (e2eStatus !== 0 && s.unexpected === 0) failed += 1;
  } else {
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
