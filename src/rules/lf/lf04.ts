// LF-04: every activity (and decision: the SOP table puts its symbol in a pelaksana column) lies in exactly one
// lane that exists — an error; a map with fewer than two lanes is not lintas fungsi — info.
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName, nodeName } from '../peta/common';

export const lf04 = defineMapRule({
  id: 'LF-04',
  scope: 'map',
  crossMap: false,
  title: 'Kegiatan di luar lajur pelaksana',
  description:
    'Setiap kegiatan dan keputusan berada tepat pada satu lajur (pelaksana). Peta dengan kurang dari dua lajur ' +
    'bukan peta lintas fungsi.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi', 'format SOP AP PermenPAN 35/2012 (kolom pelaksana)'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 21 ayat (1): Proses Bisnis "menggambarkan hubungan kerja yang efektif dan ' +
      'efisien antar Unit Organisasi"; peta lintas fungsi menempatkan setiap kegiatan pada lajur pelaksananya.',
    legalExample: 'Kegiatan «Menyusun surat permohonan» berada di lajur Pimpinan Unit Organisasi pemilik kinerja.',
    illegalExample: 'Kegiatan yang diletakkan di luar semua lajur, atau peta dengan satu lajur saja.',
  },
  checkMap(_ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    const lanes = new Set(map.lanes.map((l) => l.id));
    for (const n of map.nodes) {
      const needsLane = n.type === 'activity' || n.type === 'decision';
      if (n.laneId !== null && lanes.has(n.laneId)) continue;
      if (n.laneId === null && !needsLane) continue;
      report({
        subjects: [n.id, map.id],
        message:
          n.laneId === null
            ? `${nodeName(n)} pada peta ${mapName(map)} tidak berada pada lajur pelaksana mana pun.`
            : `${nodeName(n)} pada peta ${mapName(map)} berada pada lajur yang sudah tidak ada.`,
      });
    }
    if (map.lanes.length < 2) {
      report({
        severity: 'info',
        subjects: [map.id],
        message: `Peta ${mapName(map)} memiliki ${map.lanes.length} lajur; peta lintas fungsi menggambarkan kerja lintas paling sedikit dua pelaksana.`,
      });
    }
  },
});
