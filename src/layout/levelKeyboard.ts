// Moving a process of a peta level with the arrow keys (issue 20 item 5): ←/→ one place along its band (Shift: to
// the band's start or end), ↑/↓ into the band above or below at the same place. Pure, so the map and the tests
// share it; the map runs the answer through moveProcess (one undo step, codes renumbered).
import { PROCESS_CATEGORIES, readingOrder, type LevelMap, type ProcessCategory } from '../model';
import type { ArrowKey } from './lfKeyboard';

export interface LevelMove {
  kategori: ProcessCategory;
  bandIndex: number;
}

/** Where the process goes, or null when it cannot move that way (already first, last, or in the top/bottom band). */
export function levelKeyboardMove(map: LevelMap, processId: string, key: ArrowKey, shift: boolean): LevelMove | null {
  const p = map.processes.find((x) => x.id === processId);
  if (!p) return null;
  const band = readingOrder(map).filter((x) => x.kategori === p.kategori);
  const i = band.findIndex((x) => x.id === processId);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    if (p.kategori === null) return null;
    const last = band.length - 1;
    const to = key === 'ArrowLeft' ? (shift ? 0 : i - 1) : shift ? last : i + 1;
    return to < 0 || to > last || to === i ? null : { kategori: p.kategori, bandIndex: to };
  }
  // a process not yet in a band stands below the bands: ↑ takes it into the last band
  const k = p.kategori === null ? PROCESS_CATEGORIES.length : PROCESS_CATEGORIES.indexOf(p.kategori);
  const next = PROCESS_CATEGORIES[key === 'ArrowUp' ? k - 1 : k + 1];
  return next ? { kategori: next, bandIndex: i } : null;
}
