// The penyetaraan dialog's work (issue 17 item 3): the preview of converting the chosen posts (nothing changes), and
// applying that preview as one undo step. A refusal of the plan comes back as its message for the dialog to show.
import { CommandError } from '../commands/command';
import { previewPenyetaraan, type PenyetaraanPreview } from '../commands/penyetaraan';
import type { PenyetaraanArgs } from '../commands/penyetaraanPlan';
import type { Editor } from './types';

export function penyetaraanPreview(editor: Editor, args: PenyetaraanArgs): PenyetaraanPreview | string | null {
  if (args.positionIds.length === 0) return null;
  try {
    return previewPenyetaraan(editor.currentDoc(), args);
  } catch (e) {
    if (e instanceof CommandError) return e.message;
    throw e;
  }
}

/** Apply a preview made on the open document; false (with a message) when the document has changed since. */
export function applyPenyetaraan(editor: Editor, preview: PenyetaraanPreview): boolean {
  if (preview.before !== editor.currentDoc()) {
    editor.showToast({ kind: 'error', text: 'Dokumen berubah sejak pratinjau dibuat; buka Penyetaraan lagi untuk pratinjau yang baru.' });
    return false;
  }
  editor.commit(preview.executed);
  editor.showToast({ kind: 'info', text: `${preview.executed.label}: diterapkan sebagai satu langkah. Batalkan (Ctrl+Z) mengembalikan struktur semula.` });
  return true;
}
