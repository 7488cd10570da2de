// PETA-03: a derivative map hangs from exactly one process of a level map, one level below that map, and the
// tree of maps has no cycle. A process owns at most one derivative level map (drill-down must be unambiguous);
// subproses and lintas fungsi maps of one process may be several.
import { findProcess, type LevelMap } from '../../model';
import { defineMapRule, type RuleContext } from '../types';
import { cycleThrough, everywhere, mapCitation, mapName, processName } from './common';

/** level derivative maps per parent process, in id order (built once per run) */
function levelChildren(ctx: RuleContext): Map<string, LevelMap[]> {
  return ctx.memo('peta03:levelChildren', () => {
    const index = new Map<string, LevelMap[]>();
    for (const m of Object.values(ctx.doc.maps)) {
      if (m.kind !== 'level' || !m.parent) continue;
      const key = `${m.parent.mapId}\u0000${m.parent.processId}`;
      const list = index.get(key);
      if (list) list.push(m);
      else index.set(key, [m]);
    }
    for (const list of index.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
    return index;
  });
}

export const peta03 = defineMapRule({
  id: 'PETA-03',
  scope: 'map',
  crossMap: true,
  title: 'Peta turunan tergantung pada satu proses induk',
  description:
    'Peta turunan tergantung pada tepat satu proses dari peta level di atasnya, satu level lebih rendah, dan ' +
    'susunan peta tidak boleh melingkar. Satu proses memiliki paling banyak satu peta level turunan.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('level'),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 21 ayat (4) huruf d: "peta level 1 dan turunannya." Setiap kotak proses ' +
      'dapat diturunkan menjadi satu peta pada level berikutnya.',
    legalExample: 'Peta level 2 «Penganggaran» tergantung pada proses «01.03 Penganggaran» di peta level 1.',
    illegalExample: 'Peta level 3 yang tergantung langsung pada proses di peta level 1, atau peta yang induknya sudah dihapus.',
  },
  checkMap(ctx, map, report) {
    if (!map.parent) return;
    const parentMap = ctx.doc.maps[map.parent.mapId];
    if (!parentMap) {
      report({
        subjects: [map.id],
        message: `Peta turunan ${mapName(map)} menunjuk peta induk yang tidak ada lagi; gantungkan pada proses yang ada atau jadikan peta teratas.`,
      });
      return;
    }
    if (parentMap.kind !== 'level') {
      report({
        subjects: [map.id, parentMap.id],
        message: `Peta turunan ${mapName(map)} tergantung pada ${mapName(parentMap)}, yang bukan peta level; peta turunan hanya tergantung pada proses di peta level.`,
      });
      return;
    }
    const cycle = cycleThrough(ctx.doc, map);
    if (cycle) {
      report({
        subjects: [map.id, ...cycle.map((m) => m.id)],
        message:
          `Susunan peta melingkar: ${mapName(map)} tergantung pada ${cycle.map(mapName).join(' → ')}, yang kembali ` +
          `tergantung pada ${mapName(map)}.`,
      });
      return;
    }
    const found = findProcess(ctx.doc, map.parent);
    if (!found) {
      report({
        subjects: [map.id, parentMap.id],
        message: `Peta turunan ${mapName(map)} menunjuk proses yang tidak ada lagi di peta ${mapName(parentMap)}.`,
      });
      return;
    }
    if (map.kind !== 'level') return;
    if (map.level !== parentMap.level + 1) {
      report({
        subjects: [map.id, found.process.id, parentMap.id],
        message:
          `Peta ${mapName(map)} adalah level ${map.level}, padahal proses induknya ${processName(found.process)} ` +
          `ada di peta level ${parentMap.level}; peta turunan berada tepat satu level di bawahnya (level ${parentMap.level + 1}).`,
      });
    }
    const siblings = levelChildren(ctx).get(`${map.parent.mapId}\u0000${map.parent.processId}`) ?? [];
    if (siblings.length > 1 && siblings[0].id !== map.id) {
      report({
        subjects: [map.id, siblings[0].id, found.process.id],
        message:
          `Proses ${processName(found.process)} sudah memiliki peta turunan ${mapName(siblings[0])}; ${mapName(map)} ` +
          'adalah peta level kedua untuk proses yang sama. Gabungkan keduanya atau gantungkan pada proses lain.',
      });
    }
  },
});
