// The flow graph of a lintas fungsi map, built once per map per lint run and shared by the LF rules.
import type { LfArrow, LfNode, LintasFungsiMap } from '../../model';
import type { RuleContext } from '../types';
import { isBlank, normalizeLabel } from '../peta/common';

export interface FlowGraph {
  nodes: Map<string, LfNode>;
  /** arrows whose both ends exist, by source node */
  outgoing: Map<string, LfArrow[]>;
  /** arrows whose both ends exist, by target node */
  incoming: Map<string, LfArrow[]>;
  /** arrows with a source or target that is not a node of the map */
  loose: LfArrow[];
  /** off-page connectors by normalised label (blank labels left out) */
  connectorGroups: Map<string, LfNode[]>;
  /** connector node id → its group's label */
  groupOf: Map<string, string>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function flowGraph(ctx: RuleContext, map: LintasFungsiMap): FlowGraph {
  return ctx.memo(`lf:graph:${map.id}`, () => {
    const nodes = new Map(map.nodes.map((n) => [n.id, n]));
    const outgoing = new Map<string, LfArrow[]>();
    const incoming = new Map<string, LfArrow[]>();
    const loose: LfArrow[] = [];
    for (const a of map.arrows) {
      if (!nodes.has(a.source) || !nodes.has(a.target)) {
        loose.push(a);
        continue;
      }
      push(outgoing, a.source, a);
      push(incoming, a.target, a);
    }
    const connectorGroups = new Map<string, LfNode[]>();
    const groupOf = new Map<string, string>();
    for (const n of map.nodes) {
      if (n.type !== 'connector' || isBlank(n.label)) continue;
      const label = normalizeLabel(n.label);
      push(connectorGroups, label, n);
      groupOf.set(n.id, label);
    }
    return { nodes, outgoing, incoming, loose, connectorGroups, groupOf };
  });
}
