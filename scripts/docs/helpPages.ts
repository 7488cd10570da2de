// A Vite plugin that publishes the user guide and the rule catalog with the app, as static pages under /bantuan/:
// docs/panduan.md → bantuan/panduan.html, docs/aturan.md → bantuan/aturan.html (and the regulations' README,
// CHANGELOG.md and the trainer's guide beside them), docs/gambar/*.png → bantuan/gambar/, the regulation texts →
// bantuan/peraturan/.
// Rendered with marked at build time (and on request by the dev server), so the guide works offline from the app's
// own origin and adds nothing to the entry bundle. Links between the pages, to the screenshots and to the regulation
// texts are rewritten to their published names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { marked } from 'marked';
import type { Plugin } from 'vite';

/** Published page name → its markdown source. Links between them (and to the regulation texts) are rewritten. */
const PAGES = {
  panduan: 'docs/panduan.md',
  aturan: 'docs/aturan.md',
  peraturan: 'docs/regulations/README.md',
  perubahan: 'CHANGELOG.md',
  pelatih: 'docs/kota-contoh.md',
} as const;
type PageName = keyof typeof PAGES;
const TITLES: Record<PageName, string> = {
  panduan: 'Panduan pengguna',
  aturan: 'Katalog aturan',
  peraturan: 'Peraturan',
  perubahan: 'Catatan perubahan',
  pelatih: 'Panduan pelatih Kota Contoh',
};
const IMAGES = 'docs/gambar';
const REGULATIONS = 'docs/regulations';

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem;color:#1f2933}
img{max-width:100%;border:1px solid #cbd2d9}table{border-collapse:collapse}td,th{border:1px solid #cbd2d9;padding:.25rem .5rem;vertical-align:top}
blockquote{margin:0;padding:.25rem 1rem;border-left:4px solid #9fb3c8;background:#f5f7fa}code{background:#f0f4f8;padding:0 .2rem}
nav.top{font-size:.9rem;margin-bottom:1rem}nav.top a{margin-right:1rem}`;

/** A link target of a page written at `source` (repository path), as it is published under /bantuan/. */
function publishedTarget(source: string, target: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(target)) return target;
  const [path, anchor] = target.split('#');
  const resolved = posix.normalize(posix.join(posix.dirname(source), path));
  const page = (Object.keys(PAGES) as PageName[]).find((k) => PAGES[k] === resolved);
  if (page) return `${page}.html${anchor ? `#${anchor}` : ''}`;
  if (resolved.startsWith(`${REGULATIONS}/`) && resolved.endsWith('.txt')) return `peraturan/${posix.basename(resolved)}`;
  if (resolved.startsWith(`${IMAGES}/`)) return `gambar/${posix.basename(resolved)}`;
  return target;
}

export function renderHelpPage(markdown: string, title: string, source = 'docs/panduan.md'): string {
  const body = marked.parse(
    markdown.replace(/(\]\()([^)\s]+)\)/g, (_all, open: string, target: string) => `${open}${publishedTarget(source, target)})`),
    { async: false },
  ) as string;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} — PetaKerja</title><style>${STYLE}</style></head><body>
<nav class="top"><a href="../">← Kembali ke editor</a><a href="panduan.html">Panduan pengguna</a><a href="aturan.html">Katalog aturan</a><a href="peraturan.html">Peraturan</a></nav>
${body}</body></html>`;
}

function pageFor(name: PageName): string | null {
  if (!existsSync(PAGES[name])) return null;
  return renderHelpPage(readFileSync(PAGES[name], 'utf8'), TITLES[name], PAGES[name]);
}

export function helpPages(): Plugin {
  return {
    name: 'petakerja-help-pages',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = req.url?.match(/\/bantuan\/(\w+)\.html/);
        const reg = req.url?.match(/\/bantuan\/peraturan\/([\w.-]+\.txt)/);
        if (reg && existsSync(join(REGULATIONS, reg[1]))) {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(readFileSync(join(REGULATIONS, reg[1])));
          return;
        }
        const img = req.url?.match(/\/bantuan\/gambar\/([\w.-]+\.png)/);
        if (m && m[1] in PAGES) {
          const html = pageFor(m[1] as PageName);
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
      for (const f of readdirSync(REGULATIONS).filter((x) => x.endsWith('.txt'))) {
        this.emitFile({ type: 'asset', fileName: `bantuan/peraturan/${f}`, source: readFileSync(join(REGULATIONS, f)) });
      }
      for (const name of Object.keys(PAGES) as PageName[]) {
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
