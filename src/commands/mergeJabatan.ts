// "Gabungkan jabatan yang sama": merge each planned group into its kept jabatan in one undo step — K summed, the
// pemangku joined (B follows), a count-only B summed, kelas kept from whichever jabatan had one, and everything that
// named a merged jabatan re-pointed to the kept one through the reference table (refsOf/retargetRef: team members —
// a member that named a one-holder jabatan now names that person, since the kept jabatan has several —, team fields,
// lintas fungsi lanes, subproses pengampu), and notes.
// The groups come from planMergeJabatan and are re-checked here, so a stale preview cannot merge what is now blocked.
import type { Draft } from 'immer';
import type { Workspace } from '../model';
import { refsOfAny, retargetRef } from '../model/refs';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { planMergeJabatan } from './mergeJabatanPlan';

export interface MergeJabatanArgs {
  /** keepId of each group to merge (MergeGroup.keepId) */
  keepIds: string[];
}

function repoint(draft: Draft<Workspace>, doc: Workspace, into: Map<string, string>): void {
  // every place the reference table knows (team members and fields, lanes, pengampu …) names the kept jabatan
  for (const { target, site } of refsOfAny(doc, into.keys())) {
    retargetRef(draft, site, into.get(target)!, { keepBoundAs: true });
    if (site.kind !== 'team-member') continue;
    // the kept jabatan has several holders: a member that named a one-holder jabatan now names that person
    const from = doc.positions[target];
    const m = draft.teams[site.teamId]?.members.find((x) => x.id === site.memberId);
    if (m && m.personId === null && from?.pemangku.length === 1) m.personId = from.pemangku[0].id;
  }
  // notes are not references of the structure (model/refs.ts): their subjects follow here
  for (const note of Object.values(doc.notes ?? {})) {
    const s = note.subject;
    const d = draft.notes![note.id].subject;
    if (s.kind === 'element') {
      const to = into.get(s.id);
      if (to && d.kind === 'element') d.id = to;
    } else if (s.subjects.some((id) => into.has(id)) && d.kind !== 'element') {
      d.subjects = [...new Set(s.subjects.map((id) => into.get(id) ?? id))];
    }
  }
}

export const mergeJabatan = defineCommand<MergeJabatanArgs>({
  id: 'position.merge-same',
  label: ({ keepIds }) => (keepIds.length === 1 ? 'Gabungkan jabatan yang sama' : `Gabungkan ${keepIds.length} kelompok jabatan yang sama`),
  recipe: (draft, { keepIds }) => {
    const doc = baseOf(draft);
    const plan = planMergeJabatan(doc);
    const byKeep = new Map(plan.groups.map((g) => [g.keepId, g]));
    const into = new Map<string, string>();
    for (const keepId of keepIds) {
      const g = byKeep.get(keepId);
      if (!g) throw new CommandError('Kelompok jabatan yang akan digabung tidak ditemukan lagi; tinjau ulang pratinjaunya.');
      if (g.blocked.length) throw new CommandError(`«${g.nama}» tidak dapat digabung: ${g.blocked.join('; ')}.`);
      const members = g.ids.map((id) => doc.positions[id]);
      const keep = draft.positions[g.keepId];
      keep.kebutuhan = g.kebutuhan;
      keep.pemangku = members.flatMap((p) => p.pemangku);
      const counts = members.filter((p) => p.pemangku.length === 0 && p.bezetting !== null);
      keep.bezetting = keep.pemangku.length === 0 && counts.length > 0 ? counts.reduce((n, p) => n + p.bezetting!, 0) : null;
      keep.kelasJabatan = members.find((p) => p.kelasJabatan !== null)?.kelasJabatan ?? null;
      keep.substansi = members.find((p) => p.substansi.trim() !== '')?.substansi ?? '';
      for (const id of g.ids.slice(1)) {
        into.set(id, g.keepId);
        delete draft.positions[id];
      }
    }
    repoint(draft, doc, into);
  },
});
