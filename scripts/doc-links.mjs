// Dead-link check for the repository's documentation: every relative link in README.md, CHANGELOG.md and docs/**/*.md
// must resolve to a file inside the repository (and, for "file.md#anchor", to a heading of that file). Paths written
// as code (`docs/contoh/x.csv`, `../y.md`) count as references too — that is how the README used to point outside.
// `node scripts/doc-links.mjs` prints the dead ones; test/unit/docs/links.test.ts fails on any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown) {
  const seen = new Map();
  const out = new Set();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const m = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (!m) continue;
    const text = m[1].replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    let slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    if (n > 0) slug = `${slug}-${n}`;
    out.add(slug);
  }
  for (const m of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]);
  return out;
}

/** The relative references of one markdown text: [..](target), ![..](target), <img src>, and path-like code spans. */
export function references(markdown) {
  const refs = [];
  const text = markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '');
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) refs.push({ target: m[1], kind: 'link' });
  for (const m of text.matchAll(/<img\s[^>]*src="([^"]+)"/g)) refs.push({ target: m[1], kind: 'link' });
  for (const m of text.matchAll(/`([^`\s]+)`/g)) {
    if (/^(\.\.?\/|docs\/|test\/|src\/)[^*?<>|]*(\.(md|txt|csv|xlsx|json|png|svg|pdf)|\/)$/.test(m[1])) refs.push({ target: m[1], kind: 'code' });
  }
  return refs.filter((r) => !/^([a-z][a-z0-9+.-]*:|#?$)/i.test(r.target) || r.target.startsWith('#'));
}

/** Markdown files checked: README.md, CHANGELOG.md and everything under docs/. */
export function documentationFiles(root) {
  const files = ['README.md', 'CHANGELOG.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = join(dir, name);
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.md')) files.push(rel);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return files;
}

/** Every dead reference: { file, target, reason }. */
export function deadLinks(root, files = documentationFiles(root)) {
  const dead = [];
  const anchorsOf = new Map();
  const anchors = (file) => {
    if (!anchorsOf.has(file)) anchorsOf.set(file, headingAnchors(readFileSync(file, 'utf8')));
    return anchorsOf.get(file);
  };
  const top = resolve(root);
  for (const file of files) {
    const abs = resolve(root, file);
    for (const { target, kind } of references(readFileSync(abs, 'utf8'))) {
      const [pathPart, anchor] = target.split('#');
      const decoded = decodeURIComponent(pathPart);
      // code spans like `docs/x.md` are written from the repository root; links and ./ ../ from the file
      const base = kind === 'code' && !/^\.\.?\//.test(decoded) ? top : dirname(abs);
      const to = decoded === '' ? abs : resolve(base, decoded);
      const inside = to === top || to.startsWith(top + sep);
      if (!inside) dead.push({ file, target, reason: 'di luar repositori' });
      else if (!existsSync(to)) dead.push({ file, target, reason: 'berkas tidak ada' });
      else if (anchor && to.endsWith('.md') && !anchors(to).has(anchor.toLowerCase()))
        dead.push({ file, target, reason: `judul #${anchor} tidak ada di ${relative(top, to)}` });
    }
  }
  return dead;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dead = deadLinks(process.cwd());
  for (const d of dead) console.log(`${d.file}: ${d.target} — ${d.reason}`);
  console.log(dead.length === 0 ? 'Semua tautan dokumentasi hidup.' : `${dead.length} tautan mati.`);
  process.exitCode = dead.length === 0 ? 0 : 1;
}
