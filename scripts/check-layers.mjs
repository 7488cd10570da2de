// Layering check for src/: imports flow one way only,
//   ui → editors → editor → {commands, rules, io, layout, templates} → model
// and no import circle exists (between files, and between the folders of the middle layer). In the upper half
// (src/editor, src/editors, src/ui) and in the pure model/, rules/, commands/ no module keeps mutable state of its own: that state belongs to the one editor
// object (src/editor/Editor.ts), so a module-level `let`/`var`, store, Map, Set or array is reported. A cache of
// immutable inputs may stay when the line before it says so with a `// module-cache:` comment; WeakMap/WeakSet
// memos keyed by immutable document objects are not state.
//   (ui/kit — the shared widgets — sits between ui and editors: canvases use it, it uses only what editors may.)
// Run: node scripts/check-layers.mjs   (part of `npm test`, and of the unit suite through test/unit/architecture).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Rank of each top-level folder of src/: a file may import only from its own folder or a lower rank. */
export const LAYERS = {
  'main.tsx': 6,
  ui: 5,
  // shared widgets (Modal, fields): every canvas's panels and dialogs use them
  'ui/kit': 3.5,
  editors: 4,
  editor: 3,
  cli: 3,
  templates: 2,
  commands: 1,
  rules: 1,
  io: 1,
  layout: 1,
  samples: 1,
  model: 0,
};

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/g;

function stripComments(src) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolve(fromFile, spec, known) {
  const bare = spec.replace(/\?.*$/, '');
  const base = path.normalize(path.join(path.dirname(fromFile), bare));
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}.js`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (known.has(cand)) return cand;
  }
  return null; // css, assets, json
}

/** Folder key of a file relative to src/: its top-level folder (or the file name for src/main.tsx). */
function layerOf(rel) {
  if (rel.startsWith('ui/kit/')) return 'ui/kit';
  return rel.split('/')[0];
}

const STATEFUL_FOLDERS = ['editor/', 'editors/', 'ui/'];
const MODULE_STATE_RE =
  /^(?:export\s+)?(?:(?:let|var)\s+\w+|const\s+\w+\s*(?::[^=]+)?=\s*(?:createStore\s*(?:<[^(]*>)?\(|new\s+(?:Map|Set|Array)\b|\[\s*\]))/;

// The pure lower half (model, rules, commands) is held to it too, except that a constant lookup table built from its
// contents (`new Set(['a', 'b'])`, `new Map(RULES.map(…))`) is not state there: a `let`/`var`, a store, and an
// empty Map/Set/array (one that is filled at run time) are.
const PURE_FOLDERS = ['model/', 'rules/', 'commands/'];
const PURE_STATE_RE =
  /^(?:export\s+)?(?:(?:let|var)\s+\w+|const\s+\w+\s*(?::(?!\s*[Rr]eadonly)[^=]+)?=\s*(?:createStore\s*(?:<[^(]*>)?\(|new\s+(?:Map|Set|Array)\s*(?:<[^(]*>)?\(\s*\)|\[\s*\]))/;

/** Module-level mutable state in src/ (above all its upper half): one message per declaration. */
export function moduleStateProblems(rel, text) {
  const pure = PURE_FOLDERS.some((f) => rel.startsWith(f));
  if (!pure && !STATEFUL_FOLDERS.some((f) => rel.startsWith(f))) return [];
  const re = pure ? PURE_STATE_RE : MODULE_STATE_RE;
  const out = [];
  // only declarations at the start of a line (top level, as formatted here); a comment line starts with // or *
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!re.test(line)) return;
    if (/\/\/\s*module-cache:/.test(lines[i - 1] ?? '')) return;
    out.push(`${rel}:${i + 1}: module-level mutable state (${line.trim().slice(0, 60)}) — keep it in the editor object`);
  });
  return out;
}

export function checkLayers(srcDir) {
  const files = listFiles(srcDir).map((f) => path.relative(srcDir, f).split(path.sep).join('/'));
  const known = new Set(files);
  const graph = new Map();
  const problems = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(srcDir, f), 'utf8');
    problems.push(...moduleStateProblems(f, text));
    const src = stripComments(text);
    const deps = new Set();
    let m;
    IMPORT_RE.lastIndex = 0;
    while ((m = IMPORT_RE.exec(src))) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith('.')) continue;
      const target = resolve(f, spec, known);
      if (!target) continue;
      deps.add(target);
      const a = layerOf(f);
      const b = layerOf(target);
      if (a === b) continue;
      const ra = LAYERS[a];
      const rb = LAYERS[b];
      if (ra === undefined) problems.push(`${f}: folder src/${a} has no place in the layer order (scripts/check-layers.mjs)`);
      else if (rb === undefined) problems.push(`${f} → ${target}: folder src/${b} has no place in the layer order`);
      else if (rb > ra || (rb === ra && !(ra === 1 || ra === 3))) {
        problems.push(`${f} → ${target}: import against the flow (${a} may not import from ${b})`);
      }
    }
    graph.set(f, [...deps].sort());
  }

  // Circles between files (Tarjan's strongly connected components).
  for (const scc of stronglyConnected(graph)) {
    if (scc.length > 1 || (graph.get(scc[0]) ?? []).includes(scc[0])) {
      problems.push(`import circle: ${scc.sort().join(' ↔ ')}`);
    }
  }

  // Circles between folders of the same rank (e.g. io → layout → io).
  const folderGraph = new Map();
  for (const [f, deps] of graph) {
    const a = layerOf(f);
    for (const d of deps) {
      const b = layerOf(d);
      if (a === b) continue;
      if (!folderGraph.has(a)) folderGraph.set(a, new Set());
      folderGraph.get(a).add(b);
    }
  }
  const fg = new Map([...folderGraph].map(([k, v]) => [k, [...v]]));
  for (const scc of stronglyConnected(fg)) {
    if (scc.length > 1) problems.push(`folder circle: src/${scc.sort().join(' ↔ src/')}`);
  }
  return { files: files.length, problems };
}

function stronglyConnected(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const nodes = [...graph.keys()];
  for (const start of nodes) {
    if (idx.has(start)) continue;
    // iterative Tarjan
    const work = [[start, 0]];
    idx.set(start, index);
    low.set(start, index);
    index++;
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      const succ = graph.get(v) ?? [];
      if (i < succ.length) {
        frame[1]++;
        const w = succ[i];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index);
          index++;
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), idx.get(w)));
        }
      } else {
        work.pop();
        if (work.length) {
          const u = work[work.length - 1][0];
          low.set(u, Math.min(low.get(u), low.get(v)));
        }
        if (low.get(v) === idx.get(v)) {
          const comp = [];
          let w;
          do {
            w = stack.pop();
            onStack.delete(w);
            comp.push(w);
          } while (w !== v);
          out.push(comp);
        }
      }
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const { files, problems } = checkLayers(srcDir);
  if (problems.length) {
    console.error(`Pemeriksaan lapisan gagal (${problems.length} masalah):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`Pemeriksaan lapisan: ${files} berkas, tidak ada impor melawan arus, tidak ada lingkaran impor, tidak ada keadaan modul di luar objek editor.`);
}
