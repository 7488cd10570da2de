// A Vite plugin that publishes the user guide and the rule catalog with the app, as static pages under /bantuan/:
// docs/panduan.md → bantuan/panduan.html, docs/aturan.md → bantuan/aturan.html, docs/gambar/*.png → bantuan/gambar/.
// Rendered with marked at build time (and on request by the dev server), so the guide works offline from the app's
// own origin and adds nothing to the entry bundle. Links between the two pages and to the screenshots are rewritten
// to their published names; other repository links point to the text in the repository and are left as they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import type { Plugin } from 'vite';

const PAGES = { panduan: 'docs/panduan.md', aturan: 'docs/aturan.md' } as const;
const IMAGES = 'docs/gambar';

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem;color:#1f2933}
img{max-width:100%;border:1px solid #cbd2d9}table{border-collapse:collapse}td,th{border:1px solid #cbd2d9;padding:.25rem .5rem;vertical-align:top}
blockquote{margin:0;padding:.25rem 1rem;border-left:4px solid #9fb3c8;background:#f5f7fa}code{background:#f0f4f8;padding:0 .2rem}
nav.top{font-size:.9rem;margin-bottom:1rem}nav.top a{margin-right:1rem}`;

export function renderHelpPage(markdown: string, title: string): string {
  const body = marked.parse(
    markdown
      .replace(/\]\((?:\.\/)?aturan\.md/g, '](aturan.html')
      .replace(/\]\((?:\.\/)?panduan\.md/g, '](panduan.html'),
    { async: false },
  ) as string;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} — PetaKerja</title><style>${STYLE}</style></head><body>
<nav class="top"><a href="../">← Kembali ke editor</a><a href="panduan.html">Panduan pengguna</a><a href="aturan.html">Katalog aturan</a></nav>
${body}</body></html>`;
}

function pageFor(name: keyof typeof PAGES): string | null {
  if (!existsSync(PAGES[name])) return null;
  return renderHelpPage(readFileSync(PAGES[name], 'utf8'), name === 'panduan' ? 'Panduan pengguna' : 'Katalog aturan');
}

export function helpPages(): Plugin {
  return {
    name: 'petakerja-help-pages',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = req.url?.match(/\/bantuan\/(panduan|aturan)\.html/);
        const img = req.url?.match(/\/bantuan\/gambar\/([\w.-]+\.png)/);
        if (m) {
          const html = pageFor(m[1] as keyof typeof PAGES);
          if (html) {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
            return;
          }
        } else if (img && existsSync(join(IMAGES, img[1]))) {
          res.setHeader('Content-Type', 'image/png');
          res.end(readFileSync(join(IMAGES, img[1])));
          return;
        }
        next();
      });
    },
    generateBundle() {
      for (const name of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
        const html = pageFor(name);
        if (html) this.emitFile({ type: 'asset', fileName: `bantuan/${name}.html`, source: html });
      }
      if (existsSync(IMAGES)) {
        for (const f of readdirSync(IMAGES).filter((x) => x.endsWith('.png'))) {
          this.emitFile({ type: 'asset', fileName: `bantuan/gambar/${f}`, source: readFileSync(join(IMAGES, f)) });
        }
      }
    },
  };
}
