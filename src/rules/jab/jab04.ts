// JAB-04: one NIP held in two jabatan. A person holds one jabatan; the same NIP twice is a copied row or a
// per-person import that split one jabatan. Whole-document: one pass over every pemangku with a Map keyed by NIP
// (20,000 pemangku in the bench), so it stays a document rule rather than a per-position search. The incremental
// linter re-runs it only when a position's pemangku or name changes (affectedBy): not on a team edit or a move.
import type { Position } from '../../model';
import { describe } from '../ked/common';
import { defineDocumentRule } from '../types';
import { jabCitation, JAB_SEVERITY, nipsOf, PETA_JABATAN_CLAUSE } from './common';

interface Holder {
  position: Position;
  personId: string;
}

export const jab04 = defineDocumentRule({
  id: 'JAB-04',
  scope: 'document',
  title: 'Satu NIP pada dua jabatan',
  description:
    'Seorang pegawai memangku satu jabatan. NIP yang sama pada dua jabatan (atau dua kali pada satu jabatan) ' +
    'biasanya berasal dari baris yang tersalin.',
  defaultSeverity: JAB_SEVERITY,
  citation: jabCitation(),
  docs: {
    clause: PETA_JABATAN_CLAUSE,
    legalExample: 'Dua pemangku dengan NIP yang berbeda.',
    illegalExample: 'NIP 198703122010011002 tercatat pada Pranata Komputer dan pada Analis Kebijakan.',
  },
  // what it reads of a position: its pemangku (the NIPs) and what the message names it by
  affectedBy: (before, after) => !before || !after || before.pemangku !== after.pemangku || describe(before) !== describe(after),
  check(ctx, report) {
    // the first holder of each NIP by its position only (no object per person); its person is looked up on a repeat
    const first = new Map<string, Position>();
    const repeats = new Map<string, Holder[]>();
    for (const p of ctx.positions()) {
      if (p.pemangku.length === 0) continue;
      // parsed once per lint, shared with JAB-03
      const nips = nipsOf(ctx, p);
      for (let i = 0; i < nips.length; i++) {
        // only well-formed NIPs are compared: a malformed one is JAB-03's finding, and "-" or "0" fillers are not ids
        const nip = nips[i];
        if (nip === null || nip === '') continue;
        const person = p.pemangku[i];
        const seen = first.get(nip);
        if (!seen) {
          first.set(nip, p);
          continue;
        }
        let list = repeats.get(nip);
        if (!list) {
          const at = nipsOf(ctx, seen).indexOf(nip);
          repeats.set(nip, (list = [{ position: seen, personId: seen.pemangku[at].id }]));
        }
        list.push({ position: p, personId: person.id });
      }
    }
    for (const [nip, holders] of repeats) {
      // stable order whatever the index order: by position id, then person id
      holders.sort((a, b) => (a.position.id < b.position.id ? -1 : a.position.id > b.position.id ? 1 : a.personId < b.personId ? -1 : 1));
      const names = [...new Set(holders.map((h) => describe(h.position)))];
      for (const h of holders) {
        const others = holders.filter((o) => o !== h);
        report({
          subjects: [h.position.id, h.personId, ...new Set(others.map((o) => o.position.id))].filter((id, i, a) => a.indexOf(id) === i),
          message:
            names.length === 1
              ? `NIP ${nip} tercatat ${holders.length} kali pada ${names[0]}; hapus pemangku yang tersalin.`
              : `NIP ${nip} tercatat pada ${names.join(', ')}; seorang pegawai memangku satu jabatan.`,
        });
      }
    }
  },
});
