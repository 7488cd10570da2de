// Servers the browser tests need besides the app itself, started and stopped by Playwright (playwright.config.ts
// `webServer`), so `npm test` needs nothing running beforehand. The app's own preview server is always first.
//
// To add one (e.g. the co-editing server of issue 18, or a Redis for its scale-out test): append an entry with a
// command that starts it in the foreground on its own port from E2E_PORT's range, and the URL/port Playwright waits
// for before the first test. Example:
//   { command: `npm run -s server -- --port ${port + 1000} --data .test-data/server`, port: port + 1000,
//     reuseExistingServer: false, timeout: 60_000 }
// Unit tests that need a server start it in the test file (beforeAll / afterAll) on a free port.
import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = NonNullable<Extract<PlaywrightTestConfig['webServer'], readonly unknown[]>>[number];

export function testServers(port: number, dist: string): WebServer[] {
  return [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ];
}
