import { defineConfig } from '@playwright/test';
import { testServers } from './test/servers';

// Debian's Chromium: Playwright's own browser download is not available on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4178);
// a separate build directory lets several people (or helpers) run the browser tests side by side
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  // generous: CI shares 2 cores with other work; a test that hangs still fails, speed is measured in bench:browser
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  // one browser at a time: on a 2-core machine parallel pages starve each other and timing-sensitive drags flake
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'id-ID',
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // every server a test needs, started and stopped here (test/servers/index.ts says how to add one)
  webServer: testServers(PORT, DIST),
});
