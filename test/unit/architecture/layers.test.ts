// The import graph of src/ flows one way (ui → editors → editor → {commands, rules, io, layout} → model) and has
// no circle. The same check runs first in `npm test` (scripts/check-layers.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { checkLayers } from '../../../scripts/check-layers.mjs';

type Result = { files: number; problems: string[] };
const check = checkLayers as (dir: string) => Result;

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('layering of src/', () => {
  it('has no import against the flow and no circle', () => {
    const r = check(path.resolve(__dirname, '../../../src'));
    expect(r.files).toBeGreaterThan(100);
    expect(r.problems).toEqual([]);
  });

  it('reports an import against the flow', () => {
    const dir = tree({
      'model/a.ts': "import { x } from '../ui/b';\nexport const a = x;\n",
      'ui/b.ts': 'export const x = 1;\n',
    });
    expect(check(dir).problems).toEqual([expect.stringContaining('model/a.ts → ui/b.ts: import against the flow')]);
  });

  it('reports an editor importing a canvas, and a canvas importing the shell', () => {
    const dir = tree({
      'editor/e.ts': "import type { C } from '../editors/struktur/c';\nexport type E = C;\n",
      'editors/struktur/c.ts': "import { s } from '../../ui/Shell';\nexport type C = typeof s;\n",
      'ui/Shell.ts': 'export const s = 1;\n',
      'ui/kit/Modal.ts': 'export const m = 1;\n',
      'editors/tim/d.ts': "import { m } from '../../ui/kit/Modal';\nexport const d = m;\n",
    });
    const problems = check(dir).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('editor/e.ts → editors/struktur/c.ts');
    expect(problems[1]).toContain('editors/struktur/c.ts → ui/Shell.ts');
  });

  it('reports a circle between files of one folder and between folders of one layer', () => {
    const dir = tree({
      'ui/A.ts': "import { b } from './B';\nexport const a = () => b;\n",
      'ui/B.ts': "import { a } from './A';\nexport const b = () => a;\n",
      'io/x.ts': "import { y } from '../layout/y';\nexport const x = y;\n",
      'layout/y.ts': "export const y = 1;\nexport const z = () => import('../io/x');\n",
    });
    const problems = check(dir).problems;
    expect(problems).toContain('import circle: ui/A.ts ↔ ui/B.ts');
    expect(problems.some((p) => p.startsWith('import circle: io/x.ts ↔ layout/y.ts'))).toBe(true);
    expect(problems).toContain('folder circle: src/io ↔ src/layout');
  });

  it('ignores imports in comments and of stylesheets', () => {
    const dir = tree({
      'model/a.ts': "// import { x } from '../ui/b';\nimport './a.css';\nexport const a = 1;\n",
      'model/a.css': '',
      'ui/b.ts': 'export const x = 1;\n',
    });
    expect(check(dir).problems).toEqual([]);
  });

  it('reports module-level mutable state in src/editor, src/editors and src/ui, not in layout/ or io/', () => {
    const dir = tree({
      'editor/a.ts': 'let current = 0;\nexport const bump = () => ++current;\n',
      'editors/peta/b.ts': "import { createStore } from '../../editor/createStore';\nexport const s = createStore({ n: 1 });\n",
      'editor/createStore.ts': 'export function createStore<T>(t: T) { return t; }\n',
      'ui/c.ts': 'const seen = new Map<string, number>();\nexport const d: string[] = [];\nexport const f = () => seen;\n',
      'layout/free.ts': 'let counter = 0;\nexport const next = () => ++counter;\n',
    });
    const problems = check(dir).problems.filter((p) => p.includes('module-level mutable state'));
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':')).sort()).toEqual(['editor/a.ts:1', 'editors/peta/b.ts:2', 'ui/c.ts:1', 'ui/c.ts:2']);
  });

  it('reports a let, a store and an empty Map/Set/array in model/, rules/ and commands/, not their lookup tables', () => {
    const dir = tree({
      'model/a.ts': 'let counter = 0;\nexport const next = () => ++counter;\n',
      'rules/b.ts': 'const seen = new Set<string>();\nexport const ALLOWED = new Set([\'a\', \'b\']);\nexport const f = () => seen;\n',
      'commands/c.ts': 'export const log: string[] = [];\nconst memo = new WeakMap<object, number>();\nexport const g = () => memo;\n',
      'model/d.ts': 'const NONE: ReadonlyMap<string, number> = new Map();\nconst NO_STEPS: readonly string[] = [];\nexport const h = () => [NONE, NO_STEPS];\n',
    });
    const problems = check(dir).problems.filter((p) => p.includes('module-level mutable state'));
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':')).sort()).toEqual(['commands/c.ts:1', 'model/a.ts:1', 'rules/b.ts:1']);
  });

  it('allows constants, state inside functions, WeakMap memos and a cache marked module-cache', () => {
    const dir = tree({
      'ui/ok.ts':
        "export const LABELS = { a: 'A' };\nconst memo = new WeakMap<object, number>();\n" +
        'export function f() {\n  let x = 1;\n  return x + (memo.get({}) ?? 0);\n}\n' +
        '// module-cache: static files that never change\nconst cache = new Map<string, string>();\nexport const g = () => cache;\n',
    });
    expect(check(dir).problems).toEqual([]);
  });
});
