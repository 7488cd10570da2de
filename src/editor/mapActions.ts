// The main toolbar's "Rapikan" and "Lihat semua" act on the open map in the Peta view. Each map canvas (lintas
// fungsi, relasi) registers what those mean for it in the canvas registry while it is shown; level and subproses
// maps are laid out by their bands and rows, so there the buttons are off, with the reason in their tooltip.
import { MAP_KIND_LABELS } from '../model';
import type { CanvasHandle, Editor } from './types';

function activeHandle(editor: Editor): CanvasHandle | null {
  const { activeMapId } = editor.get();
  return activeMapId ? editor.canvases.handle(activeMapId) : null;
}

/** Why "Rapikan" / "Lihat semua" cannot act on the open map, or null when they can. */
export function mapActionBlocked(editor: Editor): string | null {
  const { doc, activeMapId } = editor.get();
  const map = doc && activeMapId ? doc.maps[activeMapId] : undefined;
  if (!map) return 'Belum ada peta yang dibuka.';
  const only = 'Rapikan dan Lihat semua hanya untuk peta lintas fungsi dan peta relasi.';
  if (map.kind === 'level') return `${MAP_KIND_LABELS.level} tersusun menurut kelompoknya. ${only}`;
  if (map.kind === 'subproses') return `${MAP_KIND_LABELS.subproses} berupa daftar langkah berurutan. ${only}`;
  if (!activeHandle(editor)?.rapikan) return `${MAP_KIND_LABELS[map.kind]} belum siap.`;
  return null;
}

export function rapikanMap(editor: Editor): void {
  void activeHandle(editor)?.rapikan?.();
}

export function fitMap(editor: Editor): void {
  activeHandle(editor)?.fit?.();
}
