// PETA-04: every process names its pengampu (owner) unit, and that unit exists in the structure. A derivative
// map, and every process on a derivative level map, is owned inside the unit that owns the parent process: the
// turunan of a Bidang's process is worked by that Bidang or a unit below it. A map owner that was deleted is
// reported here too.
import { findProcess } from '../../model';
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName, processName, unitWithin } from './common';

export const peta04 = defineMapRule({
  id: 'PETA-04',
  scope: 'map',
  crossMap: true,
  title: 'Unit pengampu proses',
  description:
    'Setiap proses menyebut unit pengampu yang ada dalam struktur. Pengampu peta turunan dan proses-prosesnya ' +
    'berada di dalam unit pengampu proses induknya.',
  defaultSeverity: everywhere('warning'),
  citation: mapCitation('level'),
  docs: {
    clause:
      'Perwali Serang 23/2023 Pasal 19 ayat (1): "Penyusunan Proses Bisnis merupakan acuan bagi Unit Organisasi ' +
      'untuk menggambarkan hubungan kerja yang efektif dan efisien antar Unit Organisasi."',
    legalExample: 'Proses «02.01 Layanan Aplikasi» diampu Bidang Aptika; turunannya diampu Seksi Infrastruktur di bawah Bidang Aptika.',
    illegalExample: 'Proses tanpa unit pengampu, atau turunan proses Bidang Aptika yang diampu Bidang IKP.',
  },
  checkMap(ctx, map, report) {
    const { units } = ctx.doc;
    if (map.ownerUnitId !== null && !units[map.ownerUnitId]) {
      report({
        subjects: [map.id],
        message: `Unit pemilik peta ${mapName(map)} tidak ada lagi dalam struktur; pilih unit pemilik yang ada.`,
      });
    }
    const parent = map.parent ? findProcess(ctx.doc, map.parent) : undefined;
    const parentOwner = parent?.process.pengampuUnitId ?? null;
    const outer = parentOwner !== null && units[parentOwner] ? units[parentOwner] : undefined;
    if (outer && map.ownerUnitId !== null && units[map.ownerUnitId] && !unitWithin(ctx.doc, map.ownerUnitId, outer.id)) {
      report({
        subjects: [map.id, parent!.process.id],
        message:
          `Peta turunan ${mapName(map)} dimiliki «${units[map.ownerUnitId].nama}», padahal proses induknya ` +
          `${processName(parent!.process)} diampu «${outer.nama}»; pemilik peta turunan berada di dalam unit itu.`,
      });
    }
    if (map.kind !== 'level') return;
    for (const p of map.processes) {
      if (p.pengampuUnitId === null) {
        report({ subjects: [p.id, map.id], message: `Proses ${processName(p)} pada peta ${mapName(map)} belum menyebut unit pengampu.` });
        continue;
      }
      const unit = units[p.pengampuUnitId];
      if (!unit) {
        report({
          subjects: [p.id, map.id],
          message: `Unit pengampu proses ${processName(p)} pada peta ${mapName(map)} tidak ada lagi dalam struktur.`,
        });
        continue;
      }
      if (outer && !unitWithin(ctx.doc, unit.id, outer.id)) {
        report({
          subjects: [p.id, map.id, unit.id],
          message:
            `Proses ${processName(p)} diampu «${unit.nama}», padahal proses induknya ${processName(parent!.process)} ` +
            `diampu «${outer.nama}»; proses turunan diampu unit itu atau unit di bawahnya.`,
        });
      }
    }
  },
});
