// REL-01: a relasi arrow says what passes (a label) — a warning when it does not; both of its ends are boxes
// that stand for a unit of the structure, a process of a level map, or a named outside party — an error when a
// box names something that no longer exists or an arrow end is not a box. A broken box is reported once, as
// the box, not again for every arrow touching it.
import { findProcess, type RelasiBox, type Workspace } from '../../model';
import { defineMapRule } from '../types';
import { everywhere, isBlank, mapCitation, mapName } from '../peta/common';

function brokenBox(doc: Pick<Workspace, 'units' | 'maps'>, box: RelasiBox): string | null {
  const r = box.ref;
  if (r.kind === 'unit') return doc.units[r.id] ? null : 'menunjuk unit yang tidak ada lagi dalam struktur';
  if (r.kind === 'luar') return isBlank(r.nama) ? 'adalah pihak luar tanpa nama' : null;
  return findProcess(doc, { mapId: r.mapId, processId: r.processId }) ? null : 'menunjuk proses yang tidak ada lagi';
}

export const rel01 = defineMapRule({
  id: 'REL-01',
  scope: 'map',
  crossMap: true,
  title: 'Panah relasi tanpa label atau tanpa ujung',
  description:
    'Setiap panah pada peta relasi menyebut apa yang mengalir (dokumen, data, layanan). Kedua ujungnya adalah ' +
    'unit dalam struktur, proses, atau pihak luar yang dinyatakan.',
  defaultSeverity: everywhere('error'),
  citation: mapCitation('relasi'),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 21 ayat (1): Proses Bisnis menggambarkan "hubungan kerja yang efektif dan ' +
      'efisien antar Perangkat Daerah dan/atau antar unit organisasi"; ayat (4) huruf b: "peta relasi".',
    legalExample: 'Panah «Dokumen RKA» dari Bidang Anggaran ke BPKAD.',
    illegalExample: 'Panah tanpa label, atau panah ke kotak unit yang sudah dihapus dari struktur.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'relasi') return;
    const boxes = new Set<string>();
    for (const box of map.boxes) {
      boxes.add(box.id);
      const why = brokenBox(ctx.doc, box);
      if (why) report({ subjects: [box.id, map.id], message: `Kotak pada peta relasi ${mapName(map)} ${why}.` });
    }
    for (const a of map.arrows) {
      const loose = [!boxes.has(a.source) ? 'pangkal' : '', !boxes.has(a.target) ? 'ujung' : ''].filter(Boolean);
      if (loose.length) {
        report({
          subjects: [a.id, map.id],
          message: `Panah${a.label ? ` «${a.label}»` : ''} pada peta relasi ${mapName(map)}: ${loose.join(' dan ')}nya tidak tersambung ke kotak mana pun.`,
        });
      } else if (isBlank(a.label)) {
        report({
          severity: 'warning',
          subjects: [a.id, map.id],
          message: `Panah pada peta relasi ${mapName(map)} belum menyebut apa yang mengalir (dokumen, data atau layanan).`,
        });
      }
    }
  },
});
