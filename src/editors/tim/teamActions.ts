// User actions of the Tim Kerja view, shared by the panels and the canvas. Each document change is one command
// (or one compound) through the editor, so every action is one undo step.
import { addTeamMembers, newMembers } from '../../commands/addTeamMembers';
import { createTeam } from '../../commands/createTeam';
import { duplicateTeam } from '../../commands/duplicateTeam';
import { newId, teamsAffectedBy, type Team, type Workspace } from '../../model';
import { STRUKTUR_CANVAS } from '../../editor/canvases';
import { describeAffected, highlightRoles, listTeams, newTeamName } from '../../editor/teamViewModel';
import type { Editor } from '../../editor/types';

/** Show a team in the Tim Kerja view. */
export function openTeam(editor: Editor, teamId: string | null): void {
  editor.set({ view: 'tim', activeTeamId: teamId });
}

/** A new, empty team owned by the unit of the selected position (if any); it becomes the active team. */
export function createNewTeam(editor: Editor): string | null {
  const { doc, selection } = editor.get();
  if (!doc) return null;
  const id = newId('team');
  const selected = selection.length === 1 ? doc.positions[selection[0]] : undefined;
  const ok = editor.run(createTeam, { team: { id, nama: newTeamName(doc.teams), ownerUnitId: selected?.unitId ?? null } });
  if (!ok) return null;
  openTeam(editor, id);
  return id;
}

/** Fit the canvas to the team's positions (members and Penanggungjawab), opening collapsed subtrees that hide them. */
export function showTeamOnCanvas(editor: Editor, team: Team): void {
  const ids = [...highlightRoles(team).keys()];
  if (ids.length === 0) return;
  for (const id of ids) editor.revealAncestors(id);
  // after the revealed boxes are rendered
  setTimeout(() => void editor.canvases.flow(STRUKTUR_CANVAS)?.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.25, maxZoom: 1, duration: 300 }), 0);
}

export function duplicateTeamAndOpen(editor: Editor, teamId: string): void {
  const id = newId('team');
  if (editor.run(duplicateTeam, { id: teamId, newTeamId: id })) openTeam(editor, id);
}

/**
 * Add positions to a team as Anggota, as one undo step; positions already in the team are left as they are and
 * named in the message.
 */
export function addPositionsToTeam(editor: Editor, teamId: string, positionIds: readonly string[]): void {
  const doc = editor.get().doc;
  const team = doc?.teams[teamId];
  if (!doc || !team) return;
  const fresh = newMembers(doc, teamId, positionIds);
  const already = positionIds.filter((id) => team.members.some((m) => m.positionId === id)).map((id) => `«${doc.positions[id]?.nama ?? id}»`);
  if (fresh.length === 0) {
    if (already.length) editor.showToast({ kind: 'info', text: `${already.join(', ')} sudah menjadi anggota Tim «${team.nama}».` });
    return;
  }
  if (!editor.run(addTeamMembers, { teamId, positionIds: fresh })) return;
  const names = fresh.map((id) => `«${doc.positions[id].nama}»`);
  editor.showToast({
    kind: 'info',
    text:
      `${names.length === 1 ? names[0] : `${names.length} jabatan`} ditambahkan ke Tim «${team.nama}» sebagai Anggota.` +
      (already.length ? ` ${already.join(', ')} sudah menjadi anggota.` : ''),
  });
}

/**
 * After a position was moved (another superior or unit), name the teams it takes part in: its Pejabat Penilai
 * Kinerja, the team's scope or the Ketua's origin may have changed. The move stays (users draw what is); the message
 * offers to undo it.
 */
export function warnTeamsAfterMove(editor: Editor, before: Workspace, positionIds: readonly string[]): void {
  const affected = teamsAffectedBy(before, positionIds);
  if (affected.length === 0) return;
  const who = positionIds.length === 1 ? `«${before.positions[positionIds[0]]?.nama ?? positionIds[0]}»` : `${positionIds.length} jabatan`;
  editor.showToast({
    kind: 'info',
    text:
      `${who} tercatat dalam ${listTeams(describeAffected(affected))}. Periksa kembali lingkup tim, asal Ketua dan ` +
      'Pejabat Penilai Kinerja tim tersebut.',
    action: { label: 'Batalkan pemindahan', run: editor.undo },
  });
}

/** A short note for the drop tip: the teams of the dragged positions, before the drop. */
export function teamNoteFor(doc: Workspace, positionIds: readonly string[]): string {
  const affected = teamsAffectedBy(doc, positionIds);
  return affected.length ? ` Tercatat dalam ${listTeams(describeAffected(affected), 2)}.` : '';
}
