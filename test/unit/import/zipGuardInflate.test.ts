// A zip whose directory lies about its sizes (says 2 KB, inflates to far more) is stopped by the bytes actually
// inflated, with a clear message; a real workbook passes.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePejabatXlsx } from '../../../src/io/import/pejabatXlsx';
import { checkZipSize, inflateGuarded } from '../../../src/io/import/zipGuard';
import { textSheet, xlsxBytes } from './helpers';

/** A zip of `size` zero bytes whose local header and central directory both claim 2,048 bytes. */
function lyingZip(size: number): Uint8Array {
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(size) }, { level: 9 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 2048, true); // local header: uncompressed size
    if (sig === 0x02014b50) view.setUint32(i + 24, 2048, true); // central directory: uncompressed size
  }
  return bytes;
}

describe('zip guard by inflated bytes', () => {
  it('stops a lying zip at the byte limit, whatever the directory says', async () => {
    const zip = lyingZip(40 * 1024 * 1024);
    expect(zip.length).toBeLessThan(200 * 1024);
    expect(checkZipSize(zip).ok).toBe(true); // the directory alone looks harmless
    // how fast it stops is a bench figure (zip_lying_stop_ms), not a unit assertion
    const v = await inflateGuarded(zip, 4 * 1024 * 1024);
    expect(v.ok).toBe(false);
    if (v.ok === false) expect(v.message).toMatch(/melebihi 4 MB .*tidak benar.*dihentikan/);
  });

  it('the xlsx reader refuses it with that message (default limit)', async () => {
    const r = await parsePejabatXlsx(lyingZip(160 * 1024 * 1024));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/melebihi 150 MB/);
  }, 120_000); // building the 160 MB input alone takes seconds on a loaded machine

  it('lets a real workbook through with its real size', async () => {
    const bytes = await xlsxBytes(textSheet([['kode', 'nama_jabatan', 'jenis', 'unit'], ['1', 'Kepala Dinas Sosial', 'jpt-pratama', 'Dinas Sosial']]));
    const v = await inflateGuarded(bytes);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.inflated).toBeGreaterThan(bytes.length);
    const r = await parsePejabatXlsx(bytes);
    expect(r.ok).toBe(true);
  });
});
