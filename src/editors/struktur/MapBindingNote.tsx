// Warns, before anything changes, that a position is a pelaksana on process maps (a lintas fungsi lane or the
// pejabat pengampu of subproses steps): changing its kind, unit or superior shows up on those maps (LF-05/LF-06).
import { useMemo } from 'react';
import { mapsBoundTo, MAP_KIND_LABELS, type Workspace } from '../../model';
import { teamNoteFor, warnTeamsAfterMove } from '../tim/teamActions';
import type { Editor } from '../../editor/types';
import { useEditor } from '../../editor/context';

export function MapBindingNote({ doc, positionId }: { doc: Workspace; positionId: string }) {
  const editor = useEditor();
  const maps = useMemo(() => mapsBoundTo(doc, [positionId]), [doc.maps, positionId]);
  if (maps.length === 0) return null;
  return (
    <div className="team-warning" data-testid="position-maps-note">
      Jabatan ini menjadi pelaksana pada {maps.length} peta proses bisnis; mengubah jenis, unit atau atasannya akan
      terlihat pada lajur dan langkah peta tersebut:
      <ul>
        {maps.map((m) => (
          <li key={m.mapId}>
            <button className="linklike" onClick={() => editor.openMap(m.mapId)}>
              {MAP_KIND_LABELS[m.kind]} «{m.title}»
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * After a move or a change of kind: one message (the toast has one place) naming the Tim Kerja the position is in
 * and the maps it is a pelaksana on, with a way back.
 */
export function warnAfterPositionChange(editor: Editor, before: Workspace, positionId: string, opts: { teams: boolean }): void {
  const maps = mapsBoundTo(before, [positionId]);
  if (maps.length === 0) {
    if (opts.teams) warnTeamsAfterMove(editor, before, [positionId]);
    return;
  }
  const names = maps.slice(0, 3).map((m) => `«${m.title}»`).join(', ') + (maps.length > 3 ? ` dan ${maps.length - 3} lainnya` : '');
  const teams = opts.teams ? teamNoteFor(before, [positionId]) : '';
  editor.showToast({
    kind: 'info',
    text: `«${before.positions[positionId]?.nama ?? positionId}» adalah pelaksana pada peta ${names}. Periksa lajur dan langkahnya.${teams}`,
    action: { label: 'Batalkan perubahan', run: editor.undo },
  });
}
