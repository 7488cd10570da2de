// Structure-aware mutations of a JSON value: the damage a hand edit, a bad merge or another program does to a file.
import fc from 'fast-check';
import { NASTY_KEYS, NASTY_TEXT } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'nasty-key'; pick: number; key: string; value: Json }
  | { op: 'nasty-value'; pick: number; value: string }
  | { op: 'copy-id'; pick: number; from: number }
  | { op: 'rename-key'; pick: number; key: string };

/** Every path in the value, root excluded, in a stable order. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)));
  else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      out.push([...prefix, k]);
      paths(value[k], [...prefix, k], out);
    }
  }
  return out;
}

function parentOf(root: Json, path: Path): Json {
  let node = root;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, Json>)[k];
  return node;
}

/**
 * Own-property write of a copy: a key "__proto__" becomes an own key, as JSON.parse would make it, and no value is
 * ever shared (fast-check reuses generated values while shrinking; a shared subtree could even become cyclic).
 */
function put(target: Json, key: string | number, original: Json): void {
  const value = original === undefined ? null : (JSON.parse(JSON.stringify(original)) as Json);
  if (Array.isArray(target) && typeof key === 'number') target[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a deep copy of `base` (through JSON, so own "__proto__" keys survive as in a parsed file). */
export function applyMutations(base: unknown, mutations: Mutation[]): unknown {
  const root = JSON.parse(JSON.stringify(base)) as Json;
  for (const m of mutations) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[m.pick % all.length];
    const parent = parentOf(root, path);
    if (parent === null || typeof parent !== 'object') continue;
    const key = path[path.length - 1];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case 'replace':
        put(parent, key, m.value);
        break;
      case 'nasty-key':
        if (!Array.isArray(parent)) put(parent, m.key, m.value);
        break;
      case 'nasty-value':
        put(parent, key, m.value);
        break;
      case 'copy-id': {
        // one id or reference copied over another: duplicates, self references and cycles
        const ids = all.filter((p) => /^(id|superiorId|unitId|parentId|atasan)$/.test(String(p[p.length - 1])));
        if (ids.length === 0) break;
        const src = ids[m.from % ids.length];
        put(parent, key, (parentOf(root, src) as Record<string | number, Json>)[src[src.length - 1]]);
        break;
      }
      case 'rename-key':
        if (!Array.isArray(parent)) {
          const v = (parent as Record<string, Json>)[key];
          delete (parent as Record<string, Json>)[key];
          put(parent, m.key, v);
        }
        break;
    }
  }
  return root;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const key = fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 8 }));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('nasty-key' as const), pick: fc.nat(), key: fc.constantFrom(...NASTY_KEYS), value: jsonValue }),
  fc.record({
    op: fc.constant('nasty-value' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.constantFrom(...NASTY_KEYS, ...NASTY_TEXT), fc.string({ maxLength: 12 })),
  }),
  fc.record({ op: fc.constant('copy-id' as const), pick: fc.nat(), from: fc.nat() }),
  fc.record({ op: fc.constant('rename-key' as const), pick: fc.nat(), key }),
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

/** Text-level damage: truncation, a flipped character, an inserted or deleted run. */
export type TextMutation = { at: number; kind: 'truncate' | 'flip' | 'insert' | 'delete'; text: string; len: number };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('truncate', 'flip', 'insert', 'delete'),
  text: fc.string({ minLength: 1, maxLength: 6 }),
  len: fc.integer({ min: 1, max: 40 }),
});

export function damageText(text: string, mutations: TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'truncate') out = out.slice(0, at);
    else if (m.kind === 'flip') out = out.slice(0, at) + m.text[0] + out.slice(at + 1);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + m.len);
  }
  return out;
}
