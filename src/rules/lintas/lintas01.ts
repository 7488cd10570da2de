import { normalNip, type CrossFinding, type CrossRule } from './types';

/** LINTAS-01: one person (NIP) holds jabatan in two documents of the workspace — two PD claim the same ASN. */
export const LINTAS_01: CrossRule = {
  id: 'LINTAS-01',
  title: 'Satu NIP memangku jabatan di dua dokumen',
  severity: 'warning',
  citation: 'integritas data peta jabatan (DOMAIN.md §8.3: satu NIP di dua jabatan)',
  clause:
    'Seorang ASN memangku satu jabatan. NIP yang sama tercatat sebagai pemangku di dua dokumen (dua Perangkat Daerah) berarti salah satu data sudah usang atau salah ketik.',
  check(docs) {
    const byNip = new Map<string, { docId: string; title: string; positionId: string; jabatan: string; nama: string }[]>();
    for (const d of docs) {
      for (const p of d.people) {
        const nip = normalNip(p.nip);
        if (!nip) continue;
        let list = byNip.get(nip);
        if (!list) byNip.set(nip, (list = []));
        list.push({ docId: d.docId, title: d.title, positionId: p.positionId, jabatan: p.jabatan, nama: p.nama });
      }
    }
    const out: CrossFinding[] = [];
    for (const [nip, places] of byNip) {
      if (new Set(places.map((p) => p.docId)).size < 2) continue;
      const who = places.find((p) => p.nama)?.nama ?? 'tanpa nama';
      out.push({
        ruleId: LINTAS_01.id,
        severity: LINTAS_01.severity,
        message: `NIP ${nip} (${who}) memangku jabatan di ${places.length} tempat: ${places.map((p) => `«${p.jabatan}» di «${p.title}»`).join(', ')}.`,
        places: places.map((p) => ({ docId: p.docId, subjectId: p.positionId })),
      });
    }
    return out;
  },
};
