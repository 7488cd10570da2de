// PETA-06: a subproses step states its output and its pejabat pengampu, a position of the structure (Perwali
// Serang 23/2023 Pasal 19 ayat (4): "subproses kegiatan, output subproses, dan pejabat pengampu"; an error there).
import { defineMapRule } from '../types';
import { isBlank, mapCitation, mapName } from './common';

export const peta06 = defineMapRule({
  id: 'PETA-06',
  scope: 'map',
  crossMap: false,
  title: 'Langkah subproses tanpa output atau pejabat pengampu',
  description: 'Setiap langkah peta subproses menyatakan output dan pejabat pengampunya (jabatan dalam struktur).',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'warning',
    'palembang-30-2023': 'warning',
    'padang-panjang-48-2024': 'warning',
    'banjar-39-2024': 'warning',
    'serang-23-2023': 'error',
  },
  citation: mapCitation('subproses'),
  docs: {
    clause:
      'Perwali Serang 23/2023 Pasal 19 ayat (4): "Proses Bisnis menggambarkan perencanaan pelaksanaan pelaporan ' +
      'kegiatan yang dijabarkan dalam subproses kegiatan, output subproses, dan pejabat pengampu."',
    legalExample: 'Langkah «Verifikasi SPJ»: output «SPJ terverifikasi», pejabat pengampu Kepala Subbagian Keuangan.',
    illegalExample: 'Langkah «Verifikasi SPJ» tanpa output, atau dengan pejabat pengampu yang jabatannya sudah dihapus.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'subproses') return;
    map.steps.forEach((step, i) => {
      const missing: string[] = [];
      if (isBlank(step.output)) missing.push('output');
      if (step.pengampuId === null) missing.push('pejabat pengampu');
      const gone = step.pengampuId !== null && !ctx.doc.positions[step.pengampuId];
      if (missing.length === 0 && !gone) return;
      const parts: string[] = [];
      if (missing.length) parts.push(`belum menyatakan ${missing.join(' dan ')}`);
      if (gone) parts.push('menyebut pejabat pengampu yang jabatannya tidak ada lagi dalam struktur');
      report({
        subjects: [step.id, map.id],
        message: `Langkah ${i + 1} «${step.nama || step.id}» pada peta subproses ${mapName(map)} ${parts.join(' dan ')}.`,
      });
    });
  },
});
