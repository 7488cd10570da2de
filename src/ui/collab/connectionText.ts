import type { CollabState } from '../../editor/types';

function pendingText(n: number): string {
  return n === 0 ? "" : ` · ${n} belum terkirim`;
}

/** The pill's short word for the connection. */
export function connectionLabel(s: Pick<CollabState, 'connection' | 'synced' | 'drop' | 'pending'>): string {
  if (s.connection === 'online' && s.synced) return (s.drop === 'back' ? 'Tersambung ulang' : 'Tersambung') + pendingText(s.pending);
  if (s.connection === 'online' || (s.connection === 'connecting' && s.drop === 'none')) return 'Menyinkronkan…' + pendingText(s.pending);
  if (s.connection === 'connecting') return 'Menyambung ulang…' + pendingText(s.pending);
  return 'Terputus' + pendingText(s.pending);
}

/** One sentence on the connection and what waits, for the dialog and the pill's tooltip. */
export function connectionText(s: Pick<CollabState, 'connection' | 'synced' | 'drop' | 'pending'>): string {
  const waiting = s.pending === 0 ? 'Semua perubahan Anda sudah di server.' : `${s.pending} perubahan Anda disimpan di browser ini dan dikirim saat tersambung.`;
  if (s.connection === 'online' && s.synced) return `${s.drop === 'back' ? 'Tersambung ulang' : 'Tersambung'} ke server. ${waiting}`;
  if (s.connection === 'offline') return `Terputus dari server. Lanjutkan saja: ${s.pending === 0 ? 'perubahan Anda disimpan di browser ini dan dikirim saat tersambung lagi.' : waiting}`;
  return `Menyambung ke server… ${waiting}`;
}
