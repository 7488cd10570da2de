// REL-02: when the document draws peta relasi, every output a process hands to a customer unit (its SIPOC) shows
// as a relasi arrow from the process's pengampu unit (or the process's own box) to that unit, whose label names
// the output. Labels match when the arrow's label contains the output, ignoring case and spacing. A document
// without any relasi map uses another method ("sesuai dengan metode yang digunakan"): the rule stays silent.
import { type LevelMap, type MapProcess, type RelasiRef } from '../../model';
import { defineMapRule, type RuleContext } from '../types';
import { everywhere, isBlank, mapCitation, mapName, normalizeLabel, processName } from '../peta/common';

function refKey(ref: RelasiRef): string {
  if (ref.kind === 'unit') return `u:${ref.id}`;
  if (ref.kind === 'process') return `p:${ref.mapId}/${ref.processId}`;
  return `l:${normalizeLabel(ref.nama)}`;
}

/** "source>target" → normalised labels of the relasi arrows between boxes standing for those ends; null without relasi maps. */
function relasiIndex(ctx: RuleContext): Map<string, string[]> | null {
  return ctx.memo('rel02:index', () => {
    let any = false;
    const index = new Map<string, string[]>();
    for (const m of Object.values(ctx.doc.maps)) {
      if (m.kind !== 'relasi') continue;
      any = true;
      const boxes = new Map(m.boxes.map((b) => [b.id, refKey(b.ref)]));
      for (const a of m.arrows) {
        const s = boxes.get(a.source);
        const t = boxes.get(a.target);
        if (s === undefined || t === undefined || isBlank(a.label)) continue;
        const key = `${s}>${t}`;
        const list = index.get(key);
        if (list) list.push(normalizeLabel(a.label));
        else index.set(key, [normalizeLabel(a.label)]);
      }
    }
    return any ? index : null;
  });
}

function missingOutputs(index: Map<string, string[]>, map: LevelMap, p: MapProcess, customerId: string): string[] {
  const labels = [
    ...(p.pengampuUnitId !== null ? (index.get(`u:${p.pengampuUnitId}>u:${customerId}`) ?? []) : []),
    ...(index.get(`p:${map.id}/${p.id}>u:${customerId}`) ?? []),
  ];
  return p.sipoc.output.filter((o) => !isBlank(o) && !labels.some((l) => l.includes(normalizeLabel(o))));
}

export const rel02 = defineMapRule({
  id: 'REL-02',
  scope: 'map',
  crossMap: true,
  title: 'Output SIPOC belum tergambar di peta relasi',
  description:
    'Bila dokumen memuat peta relasi, setiap output proses untuk unit pelanggan (SIPOC) tergambar sebagai panah ' +
    'relasi dari unit pengampu proses (atau kotak proses itu) ke unit pelanggan, berlabel output tersebut.',
  defaultSeverity: everywhere('info'),
  citation: mapCitation('relasi'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 21 ayat (4): reviu dilakukan terhadap "peta relasi ... dan/atau peta level 1 dan ' +
      'turunannya, sesuai dengan metode yang digunakan" — bila keduanya digambar, keduanya menceritakan hubungan yang sama.',
    legalExample: 'Proses Bidang Anggaran dengan output «Dokumen RKA» untuk BPKAD, dan panah relasi «Dokumen RKA» Bidang Anggaran → BPKAD.',
    illegalExample: 'Output «Laporan Keuangan» untuk Inspektorat yang tidak tergambar di peta relasi mana pun.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'level') return;
    const index = relasiIndex(ctx);
    if (index === null) return;
    for (const p of map.processes) {
      if (!p.sipoc.output.some((o) => !isBlank(o))) continue;
      const done = new Set<string>();
      for (const c of p.sipoc.customer) {
        if (c.kind !== 'unit' || done.has(c.id) || c.id === p.pengampuUnitId) continue;
        done.add(c.id);
        const unit = ctx.doc.units[c.id];
        if (!unit) continue; // PETA-05 reports a customer that is gone
        const missing = missingOutputs(index, map, p, c.id);
        if (missing.length === 0) continue;
        report({
          subjects: [p.id, map.id, c.id],
          message:
            `Output ${missing.map((o) => `«${o}»`).join(', ')} proses ${processName(p)} (peta ${mapName(map)}) untuk ` +
            `«${unit.nama}» belum tergambar sebagai panah di peta relasi.`,
        });
      }
    }
  },
});
