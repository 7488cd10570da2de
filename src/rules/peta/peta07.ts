// PETA-07: a map marked ditetapkan (enacted by an SK with number and date) still has errors under the active
// profile — the findings of the other map rules on it that come out as errors. It also reports a ditetapkan
// map that lacks its SK number or date. It runs the other map rules itself, so it never depends on their order.
import { defineMapRule, type MapRule, type Severity } from '../types';
import { LF_RULES } from '../lf';
import { REL_RULES } from '../rel';
import { everywhere, isBlank, mapCitation, mapName, severityInRun } from './common';
import { peta01 } from './peta01';
import { peta02 } from './peta02';
import { peta03 } from './peta03';
import { peta04 } from './peta04';
import { peta05 } from './peta05';
import { peta06 } from './peta06';

const CHECKED: readonly MapRule[] = [peta01, peta02, peta03, peta04, peta05, peta06, ...LF_RULES, ...REL_RULES];

export const peta07 = defineMapRule({
  id: 'PETA-07',
  scope: 'map',
  crossMap: true,
  title: 'Peta yang sudah ditetapkan masih memiliki kesalahan',
  description:
    'Peta berstatus ditetapkan (dengan nomor dan tanggal SK) tidak boleh masih memiliki temuan kesalahan; ' +
    'perbaiki lalu tetapkan ulang sebagai revisi.',
  defaultSeverity: everywhere('warning'),
  citation: mapCitation('semua'),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 21 ayat (3): "Perbaikan dan pengembangan Proses Bisnis ... melalui reviu ' +
      'dan evaluasi dapat dilakukan dengan penyesuaian standar operasional prosedur."',
    legalExample: 'Peta ditetapkan dengan SK Nomor 061/12/ORG/2024 tanggal 2024-03-01, tanpa temuan kesalahan.',
    illegalExample: 'Peta berstatus ditetapkan yang masih memiliki kegiatan di luar lajur (LF-04).',
  },
  checkMap(ctx, map, report) {
    if (map.meta.status !== 'ditetapkan') return;
    if (isBlank(map.meta.skNomor) || map.meta.skTanggal === null || isBlank(map.meta.skTanggal)) {
      report({
        subjects: [map.id],
        message: `Peta ${mapName(map)} berstatus ditetapkan tetapi nomor atau tanggal SK penetapannya belum diisi.`,
      });
    }
    const errors = new Map<string, number>();
    for (const rule of CHECKED) {
      rule.checkMap(ctx, map, (f) => {
        const s: Severity | null = severityInRun(rule, ctx, f.severity);
        if (s === 'error') errors.set(rule.id, (errors.get(rule.id) ?? 0) + 1);
      });
    }
    if (errors.size === 0) return;
    const total = [...errors.values()].reduce((a, b) => a + b, 0);
    const sk = map.meta.skNomor ? ` (SK ${map.meta.skNomor}${map.meta.skTanggal ? `, ${map.meta.skTanggal}` : ''})` : '';
    report({
      subjects: [map.id],
      message:
        `Peta ${mapName(map)} sudah ditetapkan${sk} tetapi masih memiliki ${total} kesalahan ` +
        `(${[...errors].map(([id, n]) => `${id}: ${n}`).join(', ')}). Perbaiki dan tetapkan ulang sebagai revisi.`,
    });
  },
});
