// The console guard of the browser suite (test/e2e/fixtures.ts) only watches specs that take `test` from it: a spec
// importing Playwright's own `test` would run unwatched. This fails on such a spec, naming it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = path.resolve(__dirname, '../../e2e');

export function unguardedSpecs(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .filter((f) => {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      const fromFixtures = /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'\.\/fixtures'/.test(src);
      const fromPlaywright = /from\s*'@playwright\/test'/.test(src);
      return !fromFixtures || fromPlaywright;
    });
}

describe('e2e console guard', () => {
  it('every spec takes `test` from ./fixtures (import { test } from "./fixtures", not "@playwright/test")', () => {
    expect(unguardedSpecs(E2E)).toEqual([]);
  });

  it('the check finds a spec that imports Playwright directly', () => {
    const tmp = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'e2e-guard-'));
    fs.writeFileSync(path.join(tmp, 'ok.spec.ts'), "import { expect, test } from './fixtures';\n");
    fs.writeFileSync(path.join(tmp, 'bad.spec.ts'), "import { expect, test } from '@playwright/test';\n");
    expect(unguardedSpecs(tmp)).toEqual(['bad.spec.ts']);
    fs.rmSync(tmp, { recursive: true });
  });
});
