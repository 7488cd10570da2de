// docs/aturan.md is what `npm run docs` writes from the rules now: a rule, severity, citation or example changed
// without regenerating the catalog fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules';
import { renderCatalog } from '../../../scripts/docs/catalog';

describe('docs/aturan.md', () => {
  const text = renderCatalog();

  it('is up to date with the rules (run `npm run docs` after changing a rule)', () => {
    const committed = readFileSync('docs/aturan.md', 'utf8');
    expect(committed === text, 'docs/aturan.md sudah usang: jalankan npm run docs').toBe(true);
  });

  it('has one section per rule with its severity table, clause and both examples with their findings', () => {
    for (const rule of RULES) {
      const start = text.indexOf(`<a id="${rule.id.toLowerCase()}"></a>${rule.id} — ${rule.title}`);
      expect(start, rule.id).toBeGreaterThan(0);
      const next = text.indexOf('\n### ', start + 1);
      const section = text.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(rule.docs.clause);
      for (const c of Object.values(rule.citation)) expect(section).toContain(c.replace(/\|/g, '\\|'));
      expect(section).toContain('**Contoh yang sesuai**');
      expect(section).toContain(`Temuan ${rule.id}: tidak ada.`);
      expect(section).toMatch(/\*\*Contoh yang melanggar\*\*[\s\S]*- \*\*(Galat|Peringatan|Info)\*\*: /);
    }
  });
});
