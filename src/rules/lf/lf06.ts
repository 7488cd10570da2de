// LF-06: a lane bound to a structural position that the structure no longer has in that form — after
// penyederhanaan the post became a JF or Pelaksana post, or moved to another unit (or its unit is gone). The
// binding remembers what the position was when bound (`boundAs`). A deleted position is LF-05's finding.
import { isStructural, POSITION_KIND_LABELS } from '../../model';
import { defineMapRule } from '../types';
import { everywhere, mapCitation, mapName } from '../peta/common';

export const lf06 = defineMapRule({
  id: 'LF-06',
  scope: 'map',
  crossMap: false,
  title: 'Lajur jabatan struktural yang sudah disederhanakan',
  description:
    'Lajur terikat pada jabatan struktural yang, menurut struktur sekarang, tidak lagi ada dalam bentuk itu di ' +
    'unitnya (disetarakan menjadi jabatan fungsional, atau dipindah ke unit lain).',
  defaultSeverity: everywhere('warning'),
  citation: mapCitation('lintas-fungsi'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Lampiran A: "Penyesuaian sistem kerja dilakukan setelah penyederhanaan struktur ' +
      'organisasi dan penyetaraan/perpindahan jabatan ... meliputi penyesuaian mekanisme kerja dan proses bisnis."',
    legalExample: 'Lajur «Kepala Seksi Infrastruktur» terikat pada jabatan Pengawas yang masih ada di Seksi Infrastruktur.',
    illegalExample: 'Lajur «Kepala Seksi Infrastruktur» yang jabatannya sudah disetarakan menjadi Pranata Komputer Ahli Muda.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'lintas-fungsi') return;
    const { doc } = ctx;
    for (const lane of map.lanes) {
      const b = lane.binding;
      if (b?.kind !== 'position' || b.boundAs === null || !isStructural(b.boundAs.positionKind)) continue;
      const p = doc.positions[b.id];
      if (!p) continue;
      const was = `«${b.boundAs.nama}» (${POSITION_KIND_LABELS[b.boundAs.positionKind]})`;
      let now: string | null = null;
      if (!isStructural(p.kind)) now = `kini «${p.nama}» (${POSITION_KIND_LABELS[p.kind]})`;
      else if (!doc.units[b.boundAs.unitId]) now = 'unitnya sudah tidak ada dalam struktur';
      else if (p.unitId !== b.boundAs.unitId) {
        now = `kini berada di unit «${doc.units[p.unitId]?.nama ?? p.unitId}», bukan «${doc.units[b.boundAs.unitId].nama}»`;
      }
      if (now === null) continue;
      report({
        subjects: [lane.id, map.id, p.id],
        message: `Lajur «${lane.label || lane.id}» pada peta ${mapName(map)} terikat pada jabatan struktural ${was} yang ${now}. Tinjau ulang pelaksana lajur ini.`,
      });
    }
  },
});
