// Messages of the local storage layer, in Bahasa Indonesia. One place so the UI and the tests read the same words.
import type { SnapshotReason } from './snapshots';

export const QUOTA_MESSAGE =
  'Penyimpanan lokal browser penuh: perubahan terakhir BELUM tersimpan di browser. Unduh dokumen sebagai berkas JSON agar tidak hilang.';

export function writeRefusedMessage(detail: string): string {
  return `Browser menolak menyimpan ke penyimpanan lokal (${detail}): perubahan terakhir BELUM tersimpan di browser. Unduh dokumen sebagai berkas JSON agar tidak hilang.`;
}

function when(savedAt: number | null): string {
  if (savedAt === null || savedAt <= 0) return '';
  const d = new Date(savedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return ` pada ${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function conflictMessage(theirSavedAt: number | null): string {
  return (
    `Dokumen ini telah diubah di tab lain${when(theirSavedAt)}. Perubahan di tab ini BELUM disimpan agar tidak menimpa versi tersebut: ` +
    'unduh dokumen ini sebagai berkas JSON, lalu buka ulang dokumen dari daftar Dokumen.'
  );
}

export const UNREADABLE_STORED_MESSAGE =
  'Salinan dokumen ini di penyimpanan browser tidak terbaca, jadi tidak ditimpa: perubahan di tab ini BELUM disimpan. Unduh dokumen sebagai berkas JSON agar tidak hilang.';

export const ALREADY_EXISTS_MESSAGE =
  'Sudah ada dokumen dengan ID yang sama di browser ini; dokumen tersebut tidak ditimpa. Simpan sebagai dokumen baru.';

export function missingMessage(id: string): string {
  return `Dokumen «${id}» tidak ditemukan di penyimpanan browser (mungkin sudah dihapus di tab lain).`;
}

export function corruptMessage(detail: string): string {
  return `Dokumen di penyimpanan browser rusak dan tidak dapat dibuka: ${detail} Isi mentahnya dapat diunduh sebagai berkas untuk diperiksa.`;
}

export const NOT_JSON_DETAIL = 'isinya bukan JSON yang sah.';

export const COPY_SUFFIX = ' (salinan)';

export function unreadableTitle(id: string): string {
  return `Dokumen tidak terbaca (${id})`;
}

export const SNAPSHOT_MISSING_MESSAGE = 'Versi tersebut sudah tidak ada di riwayat (mungkin dihapus untuk memberi ruang penyimpanan).';

/** How each kind of history copy is named in "Riwayat versi". */
export const SNAPSHOT_REASON_LABELS: Record<SnapshotReason, string> = {
  open: 'Saat dokumen dibuka',
  interval: 'Otomatis (berkala)',
  'before-restore': 'Sebelum versi lain dipulihkan',
  'before-reload': 'Versi tab ini sebelum memuat versi tab lain',
  unsaved: 'Perubahan yang belum tersimpan saat dokumen ditinggalkan',
  corrupt: 'Isi rusak (hanya dapat diunduh)',
  'other-tab': 'Versi dari tab lain (perubahannya belum tersimpan ketika dokumen diubah di tab lain)',
  migrated: 'Salinan dari penyimpanan lama browser (localStorage)',
};

export const IDB_QUOTA_MESSAGE =
  'Penyimpanan browser penuh: perubahan terakhir BELUM tersimpan. Agar tidak hilang: unduh dokumen ini sebagai berkas JSON, ' +
  'lalu beri ruang — hapus versi lama di Riwayat versi atau dokumen yang tidak dipakai di daftar Dokumen — dan tekan «Coba simpan lagi».';

export function idbWriteRefusedMessage(detail: string): string {
  return `Browser menolak menyimpan ke penyimpanan browser (${detail}): perubahan terakhir BELUM tersimpan. Unduh dokumen sebagai berkas JSON agar tidak hilang, lalu tekan «Coba simpan lagi».`;
}

export const MIGRATION_FAILED_MESSAGE =
  'Dokumen dari penyimpanan lama browser belum dapat dipindahkan ke penyimpanan baru; salinan lamanya tidak dihapus dan tetap dipakai.';

export const STORAGE_UNAVAILABLE_MESSAGE =
  'Penyimpanan browser tidak tersedia (mode privat atau diblokir kebijakan): pekerjaan hanya ada di tab ini. Unduh dokumen sebagai berkas agar tidak hilang.';
