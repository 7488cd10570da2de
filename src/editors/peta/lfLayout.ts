// "Rapikan" for a lintas fungsi map: ELK (in its worker, loaded on first use) places the symbols per lane and
// sizes the lanes; the result is one undo step. Shared by the map's own toolbar and the main toolbar.
import { applyMapLayout } from '../../commands';
import type { Editor } from '../../editor/types';

/** Lay the map out; true when the new placements were applied. */
export async function rapikanLintasFungsi(editor: Editor, mapId: string, mode: 'elk' | 'sop'): Promise<boolean> {
  try {
    const [{ getElk }, { layoutLintasFungsi }] = await Promise.all([import('../../layout/elkWorker'), import('../../layout/lintasFungsi')]);
    const current = editor.get().doc?.maps[mapId];
    if (current?.kind !== 'lintas-fungsi') return false;
    const out = await layoutLintasFungsi(current, getElk(), { mode });
    // a layout of an older state must not overwrite what the user did meanwhile
    if (editor.get().doc?.maps[mapId] !== current) {
      editor.showToast({ kind: 'info', text: 'Peta berubah selama dirapikan; jalankan Rapikan lagi.' });
      return false;
    }
    return editor.run(applyMapLayout, { mapId, placements: out.placements, laneSizes: out.laneSizes });
  } catch (e) {
    editor.showToast({ kind: 'error', text: `Peta tidak dapat dirapikan: ${e instanceof Error ? e.message : String(e)}` });
    return false;
  }
}
