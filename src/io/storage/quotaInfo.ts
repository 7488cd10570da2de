// The browser's storage quota: ask it not to evict this origin's data, and tell the user how much is used.
export interface StorageEstimateInfo {
  usage: number;
  quota: number;
  /** true when the browser granted persistent storage (not evicted under pressure) */
  persisted: boolean | null;
}

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function manager(): StorageManagerLike | null {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage ?? null;
}

/** navigator.storage.persist(), once; false where it is not offered. Never throws. */
export async function requestPersistence(): Promise<boolean> {
  try {
    const m = manager();
    if (!m?.persist) return false;
    if (m.persisted && (await m.persisted())) return true;
    return await m.persist();
  } catch {
    return false;
  }
}

export async function storageEstimate(): Promise<StorageEstimateInfo | null> {
  try {
    const m = manager();
    if (!m?.estimate) return null;
    const e = await m.estimate();
    const persisted = m.persisted ? await m.persisted().catch(() => null) : null;
    return { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted };
  } catch {
    return null;
  }
}

/** "12,3 MB dari 1,2 GB (1 %)" in Indonesian number style. */
export function describeEstimate(e: StorageEstimateInfo): string {
  const fmt = (n: number) => {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = n;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return `${v.toLocaleString('id-ID', { maximumFractionDigits: v < 10 ? 1 : 0 })} ${units[i]}`;
  };
  const pct = e.quota > 0 ? Math.max(e.usage / e.quota, 0) * 100 : 0;
  const pctText = pct < 1 && e.usage > 0 ? '< 1' : pct.toLocaleString('id-ID', { maximumFractionDigits: 0 });
  const kept =
    e.persisted === true
      ? 'penyimpanan tetap (tidak dihapus otomatis oleh browser)'
      : 'browser dapat menghapus data ini bila ruang disk hampir habis — unduh cadangan secara berkala';
  return `Terpakai ${fmt(e.usage)} dari ${fmt(e.quota)} (${pctText} %); ${kept}.`;
}
