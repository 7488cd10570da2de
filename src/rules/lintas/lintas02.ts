import { normalNip, type CrossFinding, type CrossRule, type DocumentExtract } from './types';

/**
 * LINTAS-02: a Tim Kerja lintas PD names members from other Perangkat Daerah — in a per-PD document they are outside
 * members, since their jabatan lives in another document. Where that document is in the workspace the member must be
 * found in it: a member whose NIP is a pemangku of another document must carry the same name there, and a member
 * who says they come from a PD of the workspace (instansi = that document's instansi or title) must be a pemangku
 * of it.
 */
export const LINTAS_02: CrossRule = {
  id: 'LINTAS-02',
  title: 'Anggota Tim Kerja lintas PD tidak cocok dengan dokumen PD-nya',
  severity: 'warning',
  citation: 'Perbup Banjar 39/2024 Pasal 14; Perwali Serang 23/2023 Pasal 13 ayat (2): Tim Kerja lintas Perangkat Daerah',
  clause:
    'Anggota Tim Kerja lintas Perangkat Daerah adalah pemangku jabatan di Perangkat Daerah lain pada Pemda yang sama. Bila dokumen PD itu ada di Ruang kerja, anggota itu harus tercatat di sana sebagai pemangku dengan NIP dan nama yang sama.',
  check(docs) {
    const holders = new Map<string, { doc: DocumentExtract; nama: string; jabatan: string }[]>();
    for (const d of docs) {
      for (const p of d.people) {
        const nip = normalNip(p.nip);
        if (!nip) continue;
        let list = holders.get(nip);
        if (!list) holders.set(nip, (list = []));
        list.push({ doc: d, nama: p.nama, jabatan: p.jabatan });
      }
    }
    const out: CrossFinding[] = [];
    for (const d of docs) {
      for (const m of d.outsideMembers) {
        const nip = normalNip(m.nip);
        const elsewhere = (nip ? holders.get(nip) ?? [] : []).filter((h) => h.doc.docId !== d.docId);
        const place = { docId: d.docId, subjectId: m.teamId };
        if (elsewhere.length > 0) {
          const h = elsewhere[0];
          if (sameName(h.nama, m.nama)) continue;
          out.push(finding(`Anggota «${m.nama}» (NIP ${nip}) Tim Kerja «${m.team}» tercatat dengan nama «${h.nama}» pada «${h.jabatan}» di «${h.doc.title}».`, [place, { docId: h.doc.docId, subjectId: '' }]));
          continue;
        }
        const from = docs.find((o) => o.docId !== d.docId && (same(o.instansi, m.instansi) || same(o.title, m.instansi)));
        if (!from) continue; // a PD (or instansi) that is not in this workspace: nothing to compare with
        out.push(
          finding(
            nip
              ? `Anggota «${m.nama}» (NIP ${nip}) Tim Kerja «${m.team}» tidak tercatat sebagai pemangku di «${from.title}».`
              : `Anggota «${m.nama}» Tim Kerja «${m.team}» tanpa NIP: tidak dapat dicocokkan dengan «${from.title}».`,
            [place, { docId: from.docId, subjectId: '' }],
          ),
        );
      }
    }
    return out;
  },
};

function finding(message: string, places: CrossFinding['places']): CrossFinding {
  return { ruleId: LINTAS_02.id, severity: LINTAS_02.severity, message, places };
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function same(a: string, b: string): boolean {
  return norm(a) !== '' && norm(a) === norm(b);
}
function sameName(a: string, b: string): boolean {
  return !norm(a) || !norm(b) || norm(a) === norm(b);
}
