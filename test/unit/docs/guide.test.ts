// The guide the "?" buttons open: every section the app links to exists in docs/panduan.md, every rule the app
// links to has its anchor in docs/aturan.md, and the static help page renders both with those anchors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, ruleAnchor } from '../../../src/rules';
import { VIEW_SECTION } from '../../../src/ui/help';
import { headingAnchors } from '../../../scripts/doc-links.mjs';
import { renderHelpPage } from '../../../scripts/docs/helpPages';

const guide = readFileSync('docs/panduan.md', 'utf8');
const catalog = readFileSync('docs/aturan.md', 'utf8');

describe('help pages', () => {
  it('the guide has the section of every view the "?" opens', () => {
    const anchors = headingAnchors(guide);
    for (const a of Object.values(VIEW_SECTION)) expect(anchors, a).toContain(a);
  });

  it('the catalog has an anchor for every rule the rule page links to', () => {
    const anchors = headingAnchors(catalog);
    for (const r of RULES) expect(anchors).toContain(ruleAnchor(r.id));
  });

  it('renders the guide to HTML with the anchors, pictures and links to the other page', () => {
    const html = renderHelpPage(guide, 'Panduan pengguna');
    expect(html).toContain('<a id="struktur"></a>');
    expect(html).toContain('src="gambar/struktur.png"');
    expect(html).toContain('href="aturan.html"');
    expect(html).not.toContain('href="aturan.md"');
    // the other documents the guide links are published beside it
    expect(html).toContain('href="peraturan.html"');
    expect(html).toContain('href="perubahan.html"');
    expect(html).toContain('href="pelatih.html"');
  });

  it('the regulations page links the texts published under bantuan/peraturan/', () => {
    const html = renderHelpPage(readFileSync('docs/regulations/README.md', 'utf8'), 'Peraturan', 'docs/regulations/README.md');
    expect(html).toContain('href="peraturan/banjar-39-2024.txt"');
    expect(html).toContain('href="aturan.html"');
  });
});
