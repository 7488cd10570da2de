// Adding a box to a peta relasi, shared by the canvas (drop), its toolbar and the structure list ("+"). A unit,
// outside party or process already on the map is not added twice: it is selected instead, with a note.
import { addNode } from '../../commands';
import { relasiBoxName, type Point, type RelasiRef } from '../../model';
import { newId } from '../../model/ids';
import { nextFreeSpot } from '../../layout/relasiView';
import type { Editor } from '../../editor/types';


function sameRef(a: RelasiRef, b: RelasiRef): boolean {
  if (a.kind === 'unit' && b.kind === 'unit') return a.id === b.id;
  if (a.kind === 'luar' && b.kind === 'luar') return a.nama.trim().toLowerCase() === b.nama.trim().toLowerCase();
  if (a.kind === 'process' && b.kind === 'process') return a.mapId === b.mapId && a.processId === b.processId;
  return false;
}

/** Add a box for `ref` at `placement` (default: a free grid spot near the middle of the view); returns its id. */
export function addRelasiBox(editor: Editor, mapId: string, ref: RelasiRef, placement?: Point): string | null {
  const doc = editor.get().doc;
  const map = doc?.maps[mapId];
  if (!doc || map?.kind !== 'relasi') return null;
  const existing = map.boxes.find((b) => sameRef(b.ref, ref));
  if (existing) {
    editor.showToast({ kind: 'info', text: `«${relasiBoxName(doc, existing)}» sudah ada di peta ini.` });
    editor.selectInMap({ kind: 'box', id: existing.id });
    return existing.id;
  }
  const box = { id: newId('bx'), ref, placement: placement ?? nextFreeSpot(map, editor.canvases.handle(mapId)?.centre?.() ?? undefined) };
  if (!editor.run(addNode, { mapId, node: box })) return null;
  editor.selectInMap({ kind: 'box', id: box.id });
  return box.id;
}
