// The example server configurations in docs/deploy carry the app's own policy as a header, plus frame-ancestors
// 'none', nosniff and the service-worker headers — and stay in step when index.html's policy changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const indexHtml = readFileSync('index.html', 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';
const CONFIGS = ['docs/deploy/nginx.conf', 'docs/deploy/apache.htaccess', 'docs/deploy/Caddyfile'];

/** Every Content-Security-Policy value written in a configuration file. */
function headerPolicies(text: string): string[] {
  return [...text.matchAll(/Content-Security-Policy"?\s+"([^"]+)"/g)].map((m) => m[1]);
}

describe('deploy configurations', () => {
  it('index.html has a policy to compare with', () => {
    expect(metaPolicy).toContain("default-src 'self'");
  });

  for (const file of CONFIGS) {
    it(`${file}: the CSP header is index.html's policy plus frame-ancestors 'none'`, () => {
      const text = readFileSync(file, 'utf8');
      const policies = headerPolicies(text);
      expect(policies.length).toBeGreaterThan(0);
      for (const p of policies) expect(p).toBe(`${metaPolicy}; frame-ancestors 'none'`);
      expect(text).toMatch(/X-Content-Type-Options"?\s+"nosniff"/);
      expect(text).toMatch(/Service-Worker-Allowed"?\s+"\/"/);
      expect(text).toMatch(/sw\\?\.js/);
      expect(text).toMatch(/Cache-Control"?\s+"no-cache"/);
    });
  }

  it('a configuration that drops frame-ancestors is caught', () => {
    const bad = `add_header Content-Security-Policy "${metaPolicy}" always;`;
    expect(headerPolicies(bad)).toEqual([metaPolicy]);
    expect(headerPolicies(bad)[0]).not.toBe(`${metaPolicy}; frame-ancestors 'none'`);
  });
});
