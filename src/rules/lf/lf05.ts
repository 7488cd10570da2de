// LF-05: a lane stands for a position, unit or team of the structure, or a named outside party. A binding to
// something deleted is an error; a lane not bound yet (a template role with no match, or a new lane) is a
// warning: the map is unfinished rather than wrong.
import { defineMapRule } from '../types';
import { everywhere, isBlank, mapCitation, mapName } from '../peta/common';

const WHAT = { position: 'jabatan', unit: 'unit', team: 'Tim Kerja' } as const;

export const lf05 = defineMapRule({
  id: 'LF-05',
  scope: 'map',
  crossMap: false,
  title: 'Lajur tidak terikat pada struktur',
  description:
    'Setiap lajur terikat pada jabatan, unit atau Tim Kerja dalam struktur, atau pada pihak luar yang disebut ' +
    'namanya. Lajur yang terikat pada unsur yang sudah dihapus adalah kesalahan; lajur yang belum terikat adalah peringatan.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('lintas-fungsi'),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 21 ayat (2): "Untuk Penyesuaian Sistem Kerja ... Perangkat Daerah ' +
      'melakukan perbaikan dan pengembangan Proses Bisnis"; pelaksana dalam peta mengikuti struktur yang berlaku.',
    legalExample: 'Lajur «Kepala Bidang Aptika» terikat pada jabatan Kepala Bidang Aplikasi Informatika dalam struktur.',
    illegalExample: 'Lajur yang terikat pada jabatan Kepala Seksi yang sudah dihapus dari struktur.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    const { doc } = ctx;
    for (const lane of map.lanes) {
      const b = lane.binding;
      const label = `«${lane.label || lane.id}»`;
      if (b === null || (b.kind === 'luar' && isBlank(b.nama))) {
        report({
          severity: 'warning',
          subjects: [lane.id, map.id],
          message: `Lajur ${label} pada peta ${mapName(map)} belum terikat pada jabatan, unit atau Tim Kerja dalam struktur, atau pada pihak luar yang bernama.`,
        });
        continue;
      }
      if (b.kind === 'luar') continue;
      const exists = b.kind === 'position' ? !!doc.positions[b.id] : b.kind === 'unit' ? !!doc.units[b.id] : !!doc.teams[b.id];
      if (exists) continue;
      report({
        subjects: [lane.id, map.id],
        message: `Lajur ${label} pada peta ${mapName(map)} terikat pada ${WHAT[b.kind]} yang sudah tidak ada dalam struktur; ikat ulang lajur ini.`,
      });
    }
  },
});
