// Opens the training sample "Kota Contoh". The sample (about 190 positions, teams and maps) is loaded on demand so
// that it does not grow the entry bundle.
import { openRestored } from '../editor/documentActions';
import type { Editor } from '../editor/types';

export async function openKotaContoh(editor: Editor): Promise<void> {
  let create: typeof import('../samples/kotaContoh').createKotaContoh;
  try {
    ({ createKotaContoh: create } = await import('../samples/kotaContoh'));
  } catch (e) {
    editor.showToast({ kind: 'error', text: `Contoh pelatihan tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}. Muat ulang halaman lalu coba lagi.` });
    return;
  }
  openRestored(editor, 
    create(),
    [],
    'Contoh pelatihan «Kota Contoh» dibuka sebagai dokumen baru. Contoh ini sengaja memuat 7 kesalahan untuk ditemukan peserta (lihat panduan pelatih).',
  );
}
