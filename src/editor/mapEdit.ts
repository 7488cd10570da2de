// Salin, Potong, Tempel, Duplikat and Hapus on the map in front of the user. Each map canvas registers what they
// mean for it with its canvas handle while it is shown (actions.ts asks through mapEdit()); a view or map kind
// without a meaning for a shortcut says so once, and never touches another view. What was copied stays in the Peta
// view's state (editor.peta), so a paste into another map of the same kind works, and a paste into a map of
// another kind says why not.
import { pasteMapElements } from '../commands/pasteMapElements';
import { removeNodes } from '../commands/removeNodes';
import { clipboardSize, copyMapElements, laneAt, MAP_KIND_LABELS, type MapClipboard, type Point, type ProcessMap } from '../model';
import { RELASI_BOX } from '../layout/relasiView';
import { clearOffset, symbolBoxes } from '../layout/lfPlacement';
import { newId } from '../model/ids';
import type { Editor, MapEdit, MapEditOp } from './types';

export type { MapEdit, MapEditOp } from './types';

/** What `op` does on the open map now, or null when it has no meaning there. */
export function mapEdit(editor: Editor, op: MapEditOp): (() => void) | null {
  const { activeMapId } = editor.get();
  return (activeMapId ? editor.canvases.handle(activeMapId)?.edit?.[op] : null) ?? null;
}

const UNIT: Record<'lintas-fungsi' | 'relasi', string> = { 'lintas-fungsi': 'simbol', relasi: 'kotak' };

function place(map: ProcessMap, clip: MapClipboard, pointer: Point | null, sameMap: boolean): Point {
  if (clip.kind === 'lintas-fungsi' && map.kind === 'lintas-fungsi') {
    const rows = map.orientation === 'rows';
    const boxes = symbolBoxes(map, clip.nodes);
    const others = symbolBoxes(map, map.nodes);
    const step = rows ? { x: 40, y: 0 } : { x: 0, y: 40 };
    let start: Point = sameMap ? step : { x: 0, y: 0 };
    const lane = pointer ? laneAt(map, pointer) : null;
    if (pointer && lane) {
      // into the lane under the pointer: centred across it, its first symbol at the pointer along the flow
      const span = map.lanes.reduce((acc, l) => (acc.found ? acc : l.id === lane.id ? { at: acc.at, found: true } : { at: acc.at + l.size, found: false }), { at: 0, found: false });
      const mid = span.at + lane.size / 2;
      const lo = Math.min(...boxes.map((b) => (rows ? b.y : b.x)));
      const hi = Math.max(...boxes.map((b) => (rows ? b.y + b.height : b.x + b.width)));
      const first = Math.min(...boxes.map((b) => (rows ? b.x : b.y)));
      const cross = Math.round(mid - (lo + hi) / 2);
      const along = Math.round((rows ? pointer.x : pointer.y) - first);
      start = rows ? { x: along, y: cross } : { x: cross, y: along };
    }
    return clearOffset(boxes, others, start, step);
  }
  if (clip.kind === 'relasi' && map.kind === 'relasi') {
    const at = (b: { placement: Point | null }) => b.placement ?? { x: 0, y: 0 };
    const boxes = clip.boxes.map((b) => ({ ...at(b), ...RELASI_BOX }));
    const others = map.boxes.map((b) => ({ ...at(b), ...RELASI_BOX }));
    let start: Point = sameMap ? { x: 40, y: 40 } : { x: 0, y: 0 };
    if (pointer) {
      const x0 = Math.min(...boxes.map((b) => b.x));
      const y0 = Math.min(...boxes.map((b) => b.y));
      start = { x: Math.round(pointer.x - x0), y: Math.round(pointer.y - y0) };
    }
    return clearOffset(boxes, others, start, { x: 0, y: 40 });
  }
  return { x: 0, y: 0 };
}

/** Put `clip` into map `mapId`; true when it was pasted (the pasted elements are then selected). */
function pasteInto(editor: Editor, mapId: string, clip: MapClipboard, pointer: Point | null, sameMap: boolean): boolean {
  const map = editor.get().doc?.maps[mapId];
  if (!map) return false;
  if (map.kind !== clip.kind) {
    editor.sayOnce(`Yang disalin berasal dari ${MAP_KIND_LABELS[clip.kind].toLowerCase()}; tempel pada ${MAP_KIND_LABELS[clip.kind].toLowerCase()} lain.`);
    return false;
  }
  const fresh: string[] = [];
  const offset = place(map, clip, pointer, sameMap);
  const ok = editor.run(pasteMapElements, {
    mapId,
    clip,
    offset,
    idFor: (kind) => {
      const id = newId(kind === 'arrow' ? 'ar' : kind === 'node' ? 'nd' : 'bx');
      if (kind !== 'arrow') fresh.push(id);
      return id;
    },
  });
  if (ok && fresh[0]) editor.selectInMap({ kind: clip.kind === 'relasi' ? 'box' : 'node', id: fresh[0] });
  return ok;
}

/**
 * The four clipboard shortcuts for a lintas fungsi or relasi canvas: `selected` gives the ids of the symbols or
 * boxes selected now, `pointer` the flow point under the mouse while it is over the canvas.
 */
export function clipboardEdit(editor: Editor, mapId: string, selected: () => string[], pointer: () => Point | null): MapEdit {
  const grab = (): MapClipboard | null => {
    const map = editor.get().doc?.maps[mapId];
    const clip = map ? copyMapElements(map, selected()) : null;
    if (!clip && map) editor.sayOnce(`Pilih ${map.kind === 'relasi' ? 'kotak' : 'simbol'} pada peta lebih dahulu.`);
    return clip;
  };
  return {
    copy: () => {
      const clip = grab();
      if (!clip) return;
      editor.peta.set({ clipboard: clip });
      editor.showToast({ kind: 'info', text: `${clipboardSize(clip)} ${UNIT[clip.kind]} disalin.` });
    },
    cut: () => {
      const clip = grab();
      if (!clip) return;
      editor.peta.set({ clipboard: clip });
      const ids = clip.kind === 'lintas-fungsi' ? clip.nodes.map((n) => n.id) : clip.boxes.map((b) => b.id);
      if (editor.run(removeNodes, { mapId, ids })) editor.selectInMap(null);
    },
    paste: () => {
      const clip = editor.peta.get().clipboard;
      if (!clip) {
        editor.sayOnce('Belum ada simbol atau kotak peta yang disalin.');
        return;
      }
      const ids = new Set(clip.kind === 'lintas-fungsi' ? clip.nodes.map((n) => n.id) : clip.boxes.map((b) => b.id));
      const map = editor.get().doc?.maps[mapId];
      const sameMap = !!map && (map.kind === 'lintas-fungsi' ? map.nodes.some((n) => ids.has(n.id)) : map.kind === 'relasi' && map.boxes.some((b) => ids.has(b.id)));
      pasteInto(editor, mapId, clip, pointer(), sameMap);
    },
    duplicate: () => {
      const clip = grab();
      if (clip) pasteInto(editor, mapId, clip, null, true);
    },
  };
}
