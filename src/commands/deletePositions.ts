// Delete positions. What happens to their subordinates is the user's choice (the UI asks with dependantsOf):
// 'reattach' hands each surviving direct subordinate to the nearest surviving superior, 'delete-subtree' deletes
// every descendant too. Team memberships and team fields that named a deleted position are cleared, so nothing
// in the document points at a position that is gone.
import { descendantsOf, structureIndex, type Position, type Workspace } from '../model';
import { defineCommand } from './command';
import { baseOf, positionName, requirePosition } from './guards';

export type DependantsMode = 'reattach' | 'delete-subtree';

export interface DeletePositionsArgs {
  ids: string[];
  dependants: DependantsMode;
}

/** Direct subordinates of the given positions that are not themselves being deleted, in document order. */
export function dependantsOf(doc: Workspace, ids: string[]): Position[] {
  const deleting = new Set(ids);
  const subordinates = structureIndex(doc).subordinates;
  const out: Position[] = [];
  for (const id of deleting) {
    for (const sub of subordinates.get(id) ?? []) if (!deleting.has(sub.id)) out.push(sub);
  }
  return out;
}

/** Ids to delete: the given ones plus, for 'delete-subtree', all their descendants. */
function deletionSet(doc: Workspace, ids: string[], mode: DependantsMode): Set<string> {
  const out = new Set(ids);
  if (mode === 'delete-subtree') {
    const index = structureIndex(doc);
    for (const id of ids) for (const d of descendantsOf(index, id)) out.add(d.id);
  }
  return out;
}

/** The nearest superior of `id` that survives; null when the whole chain above is deleted. */
function nearestSurvivor(doc: Workspace, id: string, deleting: Set<string>): string | null {
  let cursor = doc.positions[id]?.superiorId ?? null;
  const seen = new Set<string>();
  while (cursor !== null && deleting.has(cursor)) {
    if (seen.has(cursor)) return null; // a cycle made only of deleted positions
    seen.add(cursor);
    cursor = doc.positions[cursor]?.superiorId ?? null;
  }
  return cursor !== null && doc.positions[cursor] ? cursor : null;
}

export const deletePositions = defineCommand<DeletePositionsArgs>({
  id: 'position.delete',
  label: ({ ids, dependants }, doc) => {
    const what = ids.length === 1 ? `jabatan «${positionName(doc, ids[0])}»` : `${ids.length} jabatan`;
    return dependants === 'delete-subtree' ? `Hapus ${what} beserta bawahannya` : `Hapus ${what}`;
  },
  recipe: (draft, { ids, dependants }) => {
    const doc = baseOf(draft);
    for (const id of ids) requirePosition(doc, id);
    if (ids.length === 0) return;
    const deleting = deletionSet(doc, ids, dependants);

    if (dependants === 'reattach') {
      for (const sub of dependantsOf(doc, ids)) {
        draft.positions[sub.id].superiorId = nearestSurvivor(doc, sub.id, deleting);
      }
    }
    for (const id of deleting) delete draft.positions[id];

    for (const team of Object.values(doc.teams)) {
      const staleMembers = team.members.some((m) => m.positionId !== null && deleting.has(m.positionId));
      const staleFields = (['pimpinanUnitId', 'penilaiKinerjaId', 'penanggungjawabId'] as const).filter((f) => {
        const v = team[f];
        return v !== null && deleting.has(v);
      });
      if (!staleMembers && staleFields.length === 0) continue;
      const t = draft.teams[team.id];
      if (staleMembers) t.members = team.members.filter((m) => m.positionId === null || !deleting.has(m.positionId));
      for (const f of staleFields) t[f] = null;
    }
  },
});
