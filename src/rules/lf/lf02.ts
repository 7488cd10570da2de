// LF-02: every symbol is reachable from a start terminator and reaches an end terminator, and no arrow has a
// loose end. Off-page connectors with the same label continue the flow into each other. Without a start (or an
// end) terminator LF-01 speaks, and this rule leaves that direction unchecked. An off-page connector that does not
// pair (no label, or a label not carried by exactly two connectors) is LF-07's finding: the flow is taken to go on
// beyond it in both directions, so the symbols behind it are not reported as unreachable or as dead ends (one
// problem, one rule: DOMAIN.md §4). A symbol that fails for a reason of its own is still reported.
import type { LfNode } from '../../model';
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName, nodeName } from '../peta/common';
import { flowGraph, type FlowGraph } from './common';

/** Nodes reached from `seeds` following arrows forward (or backward), connectors linked by label. */
function reach(graph: FlowGraph, seeds: LfNode[], forward: boolean): Set<string> {
  const seen = new Set<string>(seeds.map((n) => n.id));
  const groupsSeen = new Set<string>();
  const stack = seeds.map((n) => n.id);
  const visit = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      stack.push(id);
    }
  };
  while (stack.length) {
    const id = stack.pop()!;
    const arrows = (forward ? graph.outgoing : graph.incoming).get(id);
    if (arrows) for (const a of arrows) visit(forward ? a.target : a.source);
    const label = graph.groupOf.get(id);
    if (label !== undefined && !groupsSeen.has(label)) {
      groupsSeen.add(label);
      for (const other of graph.connectorGroups.get(label)!) visit(other.id);
    }
  }
  return seen;
}

export const lf02 = defineMapRule({
  id: 'LF-02',
  scope: 'map',
  crossMap: false,
  title: 'Alur terputus',
  description:
    'Setiap simbol dapat dicapai dari terminator mulai dan berujung pada terminator selesai; tidak ada panah ' +
    'yang ujungnya lepas. Penghubung halaman berlabel sama menyambung alur.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi', 'simbol SOP AP PermenPAN 35/2012'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 21 ayat (4) huruf c: "peta lintas fungsi". Lampiran A: mekanisme kerja ' +
      '"menggambarkan alur pelaksanaan tugas" — alur yang terputus tidak menggambarkan alur.',
    legalExample: 'Mulai → Menyusun surat → Keputusan (Ya → Menetapkan; Tidak → Selesai) → Selesai.',
    illegalExample: 'Kegiatan «Mengarsipkan» yang tidak disambung panah dari mana pun, atau panah yang ujungnya tidak menempel.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    const graph = flowGraph(ctx, map);
    for (const a of graph.loose) {
      const end = !graph.nodes.has(a.source) ? 'pangkal' : 'ujung';
      report({
        subjects: [a.id, map.id],
        message: `Panah${a.label ? ` «${a.label}»` : ''} pada peta ${mapName(map)} ${end}nya tidak tersambung ke simbol mana pun.`,
      });
    }
    const unpaired = map.nodes.filter(
      (n) => n.type === 'connector' && (!graph.groupOf.has(n.id) || graph.connectorGroups.get(graph.groupOf.get(n.id)!)!.length !== 2),
    );
    const starts = map.nodes.filter((n) => n.type === 'terminator' && n.peran === 'mulai');
    const ends = map.nodes.filter((n) => n.type === 'terminator' && n.peran === 'selesai');
    // an unpaired connector continues the flow off the page: a seed both ways, once there is a start or an end
    if (starts.length) starts.push(...unpaired);
    if (ends.length) ends.push(...unpaired);
    const fromStart = starts.length ? reach(graph, starts, true) : null;
    const toEnd = ends.length ? reach(graph, ends, false) : null;
    for (const n of map.nodes) {
      const unreached = fromStart !== null && !fromStart.has(n.id);
      const deadEnd = toEnd !== null && !toEnd.has(n.id);
      if (!unreached && !deadEnd) continue;
      const what = [
        unreached ? 'tidak dapat dicapai dari terminator mulai' : '',
        deadEnd ? 'tidak berujung pada terminator selesai' : '',
      ]
        .filter(Boolean)
        .join(' dan ');
      report({ subjects: [n.id, map.id], message: `${nodeName(n)} pada peta ${mapName(map)} ${what}.` });
    }
  },
});
