// An .xlsx is a zip. The unzip library sizes its output buffers from the sizes the zip's central directory
// declares, so a small file that declares (or really holds) gigabytes of XML would exhaust the browser's memory
// before any row is read. This guard reads the central directory — a few hundred bytes — and refuses such a file
// first. It never decides that a file IS a valid workbook: anything it cannot read is left to the reader's errors.

/** Far above any real peta jabatan (20,000 rows of XML is ~30 MB), far below what hurts a browser tab. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 5_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export type ZipVerdict = { ok: true; entries: number; uncompressed: number } | { ok: false; message: string } | { ok: null };

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

const MB = (n: number): string => `${Math.round(n / 1024 / 1024).toLocaleString('id-ID')} MB`;

/**
 * `{ ok: false }` with a message for a workbook too large once unpacked; `{ ok: null }` when the bytes have no
 * readable zip directory (not judged here); `{ ok: true }` with the totals otherwise.
 */
export function checkZipSize(bytes: Uint8Array): ZipVerdict {
  if (bytes.length < EOCD_MIN) return { ok: null };
  let eocd = -1;
  const stop = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN; i >= stop; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: null };
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  // 0xffff / 0xffffffff mean "see the ZIP64 record": no spreadsheet program needs ZIP64 for a peta jabatan.
  if (count === 0xffff || dirOffset === 0xffffffff) {
    return { ok: false, message: 'Berkas XLSX ini memakai format zip berukuran raksasa (ZIP64) dan tidak dibuka.' };
  }
  if (count > MAX_XLSX_ENTRIES) {
    return { ok: false, message: `Berkas XLSX ini berisi ${count.toLocaleString('id-ID')} bagian; batasnya ${MAX_XLSX_ENTRIES.toLocaleString('id-ID')}. Berkas tidak dibuka.` };
  }
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) return { ok: null };
    const size = u32(bytes, at + 24);
    if (size === 0xffffffff) {
      return { ok: false, message: 'Berkas XLSX ini memakai format zip berukuran raksasa (ZIP64) dan tidak dibuka.' };
    }
    total += size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
      return {
        ok: false,
        message: `Isi berkas XLSX ini bila dibuka berukuran lebih dari ${MB(MAX_XLSX_UNCOMPRESSED_BYTES)}; berkas tidak dibuka. Simpan ulang lembar peta jabatan saja, atau pakai CSV.`,
      };
    }
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { ok: true, entries: count, uncompressed: total };
}

/** The bytes actually inflated are counted too: a zip directory may lie about its sizes (says 2 KB, holds 3 GB). */
export const MAX_XLSX_INFLATED_BYTES = 150 * 1024 * 1024;

export type InflateVerdict = { ok: true; files: Record<string, Uint8Array>; inflated: number } | { ok: false; message: string } | { ok: null };

const inflatedTooLarge = (limit: number, kind: string): string =>
  `Isi berkas ${kind} ini bila dibuka melebihi ${MB(limit)} (ukuran yang tertulis di dalam berkasnya tidak benar); ` +
  'pembukaan dihentikan. Berkas mungkin rusak atau sengaja dibuat untuk menghabiskan memori. ' +
  (kind === 'XLSX' ? 'Simpan ulang dari Excel, atau pakai CSV.' : 'Buat ulang arsipnya, atau impor berkas JSON-nya satu per satu.');

/**
 * Unzips the .xml parts of an .xlsx with fflate's streaming inflater, counting every byte it produces, and stops
 * at `limit` — whatever the directory declares. `{ ok: null }` when the bytes are not a zip fflate can read (the
 * reader's own message is better then).
 */
export async function inflateGuarded(
  bytes: Uint8Array,
  limit = MAX_XLSX_INFLATED_BYTES,
  /** which entries to keep (an .xlsx: its XML parts; a ZIP of documents: its .json files), and how to name the file */
  wanted: { name: RegExp; kind: string } = { name: /\.(xml|rels)$/i, kind: 'XLSX' },
  /** compressed bytes pushed so far of the total, after each piece */
  onPiece?: (done: number, total: number) => void,
): Promise<InflateVerdict> {
  const { Unzip, UnzipInflate } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let over = false;
  let broken = false;
  const unzip = new Unzip((entry) => {
    if (!wanted.name.test(entry.name)) return;
    const chunks: Uint8Array[] = [];
    entry.ondata = (err, chunk, final) => {
      if (err) {
        broken = true;
        return;
      }
      if (over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        entry.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        files[entry.name] = out;
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  // small pieces: one piece of deflate inflates to at most ~1,000× its size, so the limit is checked often
  const PIECE = 16 * 1024;
  try {
    for (let i = 0; i < bytes.length && !over; i += PIECE) {
      unzip.push(bytes.subarray(i, i + PIECE), i + PIECE >= bytes.length);
      onPiece?.(Math.min(bytes.length, i + PIECE), bytes.length);
    }
  } catch {
    return over ? { ok: false, message: inflatedTooLarge(limit, wanted.kind) } : { ok: null };
  }
  if (over) return { ok: false, message: inflatedTooLarge(limit, wanted.kind) };
  if (broken) return { ok: null };
  return { ok: true, files, inflated: total };
}
