// PETA-01: a level map groups its processes in three bands. Every process has exactly one category, and a
// level-0 or level-1 map has at least one Inti process (the core business the map is about).
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName, processName } from './common';

export const peta01 = defineMapRule({
  id: 'PETA-01',
  scope: 'map',
  crossMap: false,
  title: 'Kategori proses pada peta level',
  description:
    'Setiap proses pada peta proses bisnis level masuk tepat satu kelompok: manajemen, inti atau pendukung. ' +
    'Peta level 0 dan level 1 memuat paling sedikit satu proses inti.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('level'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 21 ayat (4): "Reviu dan evaluasi ... dilakukan terhadap: ... d. peta level 1 dan ' +
      'turunannya, sesuai dengan metode yang digunakan." Peta level menurut PermenPANRB 19/2018 mengelompokkan ' +
      'proses menjadi proses manajemen, proses inti dan proses pendukung.',
    legalExample: 'Peta level 1 Dinas Kominfo: «01 Perencanaan» (manajemen), «02 Layanan Aplikasi» (inti), «03 Umum» (pendukung).',
    illegalExample: 'Peta level 1 yang seluruh prosesnya pendukung, atau proses «04 Arsip» tanpa kategori.',
  },
  checkMap(_ctx, map, report) {
    if (map.kind !== 'level') return;
    for (const p of map.processes) {
      if (p.kategori !== null) continue;
      report({
        subjects: [p.id, map.id],
        message:
          `Proses ${processName(p)} pada peta ${mapName(map)} belum masuk kelompok mana pun; pilih satu: ` +
          'manajemen, inti atau pendukung.',
      });
    }
    if (map.level <= 1 && !map.processes.some((p) => p.kategori === 'inti')) {
      report({
        subjects: [map.id],
        message:
          `Peta ${mapName(map)} (level ${map.level}) belum memiliki proses inti. Peta level 0 dan level 1 ` +
          'menggambarkan paling sedikit satu proses inti organisasi.',
      });
    }
  },
});
