// LF-03: a decision has at least two outgoing arrows, each with its own label (Ya/Tidak) — an error; an activity
// has one outgoing arrow — more than one is a warning (branching belongs in a decision). A symbol with no
// outgoing arrow at all does not reach an end: LF-02 speaks.
import { defineMapRule } from '../types';
import { everywhere, isBlank, mapCitation, mapName, nodeName, normalizeLabel } from '../peta/common';
import { flowGraph } from './common';

export const lf03 = defineMapRule({
  id: 'LF-03',
  scope: 'map',
  crossMap: false,
  title: 'Cabang keputusan dan kegiatan',
  description:
    'Simbol keputusan memiliki paling sedikit dua panah keluar, masing-masing berlabel (Ya/Tidak). Kegiatan ' +
    'memiliki satu panah keluar; percabangan digambar dengan simbol keputusan.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi', 'simbol SOP AP PermenPAN 35/2012'),
  docs: {
    clause:
      'Simbol SOP AP (PermenPAN 35/2012): "Decision ... mendeskripsikan kegiatan pengambilan keputusan" dengan ' +
      'jawaban "Ya" dan "Tidak"; Perwali Palembang 30/2023 Pasal 21 ayat (4) huruf c: "peta lintas fungsi".',
    legalExample: 'Keputusan «Disetujui?» dengan panah «Ya» ke «Menyusun surat penugasan» dan «Tidak» ke «Menjawab dengan alasan».',
    illegalExample: 'Keputusan dengan satu panah keluar, panah keluar tanpa label, atau kegiatan dengan dua panah keluar.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    const graph = flowGraph(ctx, map);
    for (const n of map.nodes) {
      const out = graph.outgoing.get(n.id) ?? [];
      if (n.type === 'decision') {
        if (out.length === 1) {
          report({
            subjects: [n.id, map.id],
            message: `${nodeName(n)} pada peta ${mapName(map)} hanya memiliki satu panah keluar; keputusan memiliki paling sedikit dua (Ya dan Tidak).`,
          });
          continue;
        }
        const unlabelled = out.filter((a) => isBlank(a.label));
        const labels = new Map<string, number>();
        for (const a of out) if (!isBlank(a.label)) labels.set(normalizeLabel(a.label), (labels.get(normalizeLabel(a.label)) ?? 0) + 1);
        const repeated = [...labels].filter(([, c]) => c > 1).map(([l]) => `«${l}»`);
        if (unlabelled.length === 0 && repeated.length === 0) continue;
        const parts: string[] = [];
        if (unlabelled.length) parts.push(`${unlabelled.length} panah keluar tanpa label`);
        if (repeated.length) parts.push(`label panah keluar yang sama (${repeated.join(', ')})`);
        report({
          subjects: [n.id, map.id, ...unlabelled.map((a) => a.id)],
          message: `${nodeName(n)} pada peta ${mapName(map)} memiliki ${parts.join(' dan ')}; setiap cabang keputusan diberi label sendiri (Ya/Tidak).`,
        });
      } else if (n.type === 'activity' && out.length > 1) {
        report({
          severity: 'warning',
          subjects: [n.id, map.id],
          message: `${nodeName(n)} pada peta ${mapName(map)} memiliki ${out.length} panah keluar; kegiatan memiliki satu panah keluar, percabangan digambar dengan simbol keputusan.`,
        });
      }
    }
  },
});
