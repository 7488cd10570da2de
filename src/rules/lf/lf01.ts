// LF-01: a lintas fungsi map has at least one start and one end terminator (SOP AP symbols, PermenPAN 35/2012).
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName } from '../peta/common';

export const lf01 = defineMapRule({
  id: 'LF-01',
  scope: 'map',
  crossMap: false,
  title: 'Terminator mulai dan selesai',
  description: 'Peta lintas fungsi memiliki paling sedikit satu terminator mulai dan satu terminator selesai.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi', 'simbol SOP AP PermenPAN 35/2012'),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 21 ayat (4) huruf c: "peta lintas fungsi". Simbol SOP AP (PermenPAN ' +
      '35/2012): "Terminator ... untuk mendeskripsikan kegiatan mulai dan berakhir."',
    legalExample: 'Alur dibuka dengan terminator «Mulai» dan ditutup dengan terminator «Selesai».',
    illegalExample: 'Alur yang langsung dimulai dengan kegiatan tanpa terminator mulai.',
  },
  checkMap(_ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    let start = false;
    let end = false;
    for (const n of map.nodes) {
      if (n.type !== 'terminator') continue;
      if (n.peran === 'mulai') start = true;
      else end = true;
    }
    if (start && end) return;
    const missing = [!start ? 'terminator mulai' : '', !end ? 'terminator selesai' : ''].filter(Boolean).join(' dan ');
    report({ subjects: [map.id], message: `Peta lintas fungsi ${mapName(map)} belum memiliki ${missing}.` });
  },
});
