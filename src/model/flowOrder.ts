// The order in which a lintas fungsi map's symbols are read: from the first "mulai" along the arrows (a depth-first
// walk, "Ya" branches before the others), connectors with the same label continuing into each other, symbols not
// reached after, "selesai" terminators last. The SOP table lists its rows in this order and the layout stacks the
// rows in it.
import type { LfArrow, LfNode, LintasFungsiMap } from './schema';

const isYes = (label: string) => /^\s*ya\s*$/i.test(label);

/** Symbols in flow order (see the header comment). */
export function flowOrder(map: LintasFungsiMap): LfNode[] {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const out = new Map<string, LfArrow[]>();
  for (const a of map.arrows) {
    if (!byId.has(a.source) || !byId.has(a.target)) continue;
    const list = out.get(a.source);
    if (list) list.push(a);
    else out.set(a.source, [a]);
  }
  // Connectors with the same label continue into each other.
  const groups = new Map<string, LfNode[]>();
  for (const n of map.nodes) {
    if (n.type !== 'connector' || n.label.trim() === '') continue;
    const key = n.label.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const successors = (n: LfNode): string[] => {
    const arrows = [...(out.get(n.id) ?? [])];
    // "Ya" first in the table: walk it last, since the order is reversed.
    arrows.sort((a, b) => Number(isYes(a.label)) - Number(isYes(b.label)));
    const next = arrows.map((a) => a.target);
    if (n.type === 'connector' && (out.get(n.id)?.length ?? 0) === 0) {
      for (const other of groups.get(n.label.trim().toLowerCase()) ?? []) if (other.id !== n.id) next.unshift(other.id);
    }
    return next;
  };
  const post: LfNode[] = [];
  const seen = new Set<string>();
  const starts = map.nodes.filter((n) => n.type === 'terminator' && n.peran === 'mulai');
  // Iterative DFS (a 300-step map must not overflow the stack); later starts first, so the first start leads.
  for (const s of [...starts].reverse()) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const stack: { node: LfNode; next: string[] }[] = [{ node: s, next: successors(s) }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const id = top.next.shift();
      if (id === undefined) {
        post.push(top.node);
        stack.pop();
        continue;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      const node = byId.get(id)!;
      stack.push({ node, next: successors(node) });
    }
  }
  const ordered = post.reverse();
  for (const n of map.nodes) if (!seen.has(n.id)) ordered.push(n);
  // End terminators last, in the order reached.
  return [
    ...ordered.filter((n) => !(n.type === 'terminator' && n.peran === 'selesai')),
    ...ordered.filter((n) => n.type === 'terminator' && n.peran === 'selesai'),
  ];
}
