// Every spec imports `test` from here (test/unit/architecture/e2eFixtures.test.ts checks it), so every page of the
// browser suite is watched: a warning of React Flow in the console fails the test that caused it. Such warnings
// (an edge to a handle that does not exist, a node type that is not registered, …) mean the canvas drew less than
// the document says, which the user never sees as an error.
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

export * from '@playwright/test';

/** what React Flow (and React, about the canvas's components) print when the drawing is incomplete or wrong */
const LIBRARY_WARNING = /\[React Flow\]|reactflow\.dev\/error|Couldn't create edge|Each child in a list should have a unique "key"/i;

export function isLibraryWarning(message: Pick<ConsoleMessage, 'type' | 'text'>): boolean {
  const type = message.type();
  return (type === 'warning' || type === 'error') && LIBRARY_WARNING.test(message.text());
}

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const watch = (page: Page) => page.on('console', (m) => void (isLibraryWarning(m) && seen.push(m.text())));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(seen, 'React Flow printed warnings in the console').toEqual([]);
    },
    { auto: true },
  ],
});
