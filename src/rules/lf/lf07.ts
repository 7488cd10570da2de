// LF-07: off-page connectors come in pairs: every label is carried by exactly two connectors (one leaving the
// page, one arriving), and a connector without a label pairs with nothing.
import { defineMapRule } from '../types';
import { everywhere, isBlank, mapCitation, mapName, nodeName } from '../peta/common';
import { flowGraph } from './common';

export const lf07 = defineMapRule({
  id: 'LF-07',
  scope: 'map',
  crossMap: false,
  title: 'Penghubung halaman tanpa pasangan',
  description: 'Penghubung antarhalaman (off-page connector) berpasangan: tepat dua penghubung dengan label yang sama.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi', 'simbol SOP AP PermenPAN 35/2012'),
  docs: {
    clause:
      'Simbol SOP AP (PermenPAN 35/2012): "Off-Page Connector ... menunjukkan hubungan arus proses yang terputus ' +
      'yang masih berada pada halaman berbeda"; Perbup Banjar 39/2024 Pasal 21 ayat (4) huruf c.',
    legalExample: 'Penghubung «A» di akhir halaman 1 dan penghubung «A» di awal halaman 2.',
    illegalExample: 'Penghubung «B» yang tidak memiliki pasangan, atau tiga penghubung berlabel «A».',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    for (const n of map.nodes) {
      if (n.type === 'connector' && isBlank(n.label)) {
        report({ subjects: [n.id, map.id], message: `${nodeName(n)} pada peta ${mapName(map)} belum berlabel, sehingga tidak berpasangan.` });
      }
    }
    for (const group of flowGraph(ctx, map).connectorGroups.values()) {
      if (group.length === 2) continue;
      const [first, ...rest] = group;
      report({
        subjects: [first.id, map.id, ...rest.map((n) => n.id)],
        message:
          group.length === 1
            ? `${nodeName(first)} pada peta ${mapName(map)} tidak memiliki pasangan berlabel sama.`
            : `Label penghubung «${first.label}» dipakai ${group.length} penghubung pada peta ${mapName(map)}; penghubung berpasangan tepat dua.`,
      });
    }
  },
});
