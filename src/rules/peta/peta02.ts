// PETA-02: process codes are text, unique within a map, and a derivative map's codes extend the code of the
// process it hangs from by one segment ("01.03" → "01.03.01"). Codes are compared as text: "1.10" is not "1.1".
// A derivative whose parent cannot be found, or that lies on a cycle of the map tree, is PETA-03's finding; this
// rule then checks uniqueness only (one problem, one rule: DOMAIN.md §4).
import { findProcess, isChildCode, readingOrder, type MapProcess } from '../../model';
import { defineMapRule } from '../types';
import { cycleThrough, everywhere, isBlank, mapCitation, mapName, processName } from './common';

export const peta02 = defineMapRule({
  id: 'PETA-02',
  scope: 'map',
  crossMap: true,
  title: 'Kode proses unik dan menurunkan kode induk',
  description:
    'Kode proses adalah teks yang unik dalam satu peta. Proses pada peta turunan memakai kode proses induknya ' +
    'ditambah satu segmen (01.03 → 01.03.01). Kode tidak dibaca sebagai angka: 1.10 berbeda dengan 1.1.',
  defaultSeverity: everywhere('warning'),
  citation: mapCitation('level'),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 21 ayat (4) huruf d: "peta level 1 dan turunannya". Turunan sebuah ' +
      'proses digambar satu level di bawahnya dan kodenya menurunkan kode proses itu.',
    legalExample: 'Proses «01.03 Penganggaran» diturunkan menjadi «01.03.01 Penyusunan RKA» dan «01.03.02 Verifikasi RKA».',
    illegalExample: 'Peta turunan proses 01.03 berisi proses berkode «01.04.01», atau dua proses berkode «1.10».',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'level') return;
    const byCode = new Map<string, MapProcess[]>();
    for (const p of readingOrder(map)) {
      if (isBlank(p.kode)) {
        report({ subjects: [p.id, map.id], message: `Proses ${processName(p)} pada peta ${mapName(map)} belum memiliki kode.` });
        continue;
      }
      const list = byCode.get(p.kode);
      if (list) list.push(p);
      else byCode.set(p.kode, [p]);
    }
    for (const [code, list] of byCode) {
      if (list.length < 2) continue;
      report({
        subjects: [...list.slice(1).map((p) => p.id), list[0].id, map.id],
        message:
          `Kode «${code}» dipakai oleh ${list.length} proses pada peta ${mapName(map)}: ` +
          `${list.map((p) => `«${p.nama}»`).join(', ')}. Kode proses harus unik.`,
      });
    }
    if (map.parent && cycleThrough(ctx.doc, map)) return; // PETA-03 reports the cycle
    const parent = map.parent ? findProcess(ctx.doc, map.parent) : undefined;
    if (!parent || isBlank(parent.process.kode)) return;
    const base = parent.process.kode;
    for (const p of map.processes) {
      if (isBlank(p.kode) || isChildCode(base, p.kode)) continue;
      report({
        subjects: [p.id, map.id],
        message:
          `Kode proses ${processName(p)} pada peta turunan ${mapName(map)} tidak menurunkan kode proses induknya ` +
          `«${base}»; kode proses turunan berbentuk «${base}.01», «${base}.02», dan seterusnya.`,
      });
    }
  },
});
