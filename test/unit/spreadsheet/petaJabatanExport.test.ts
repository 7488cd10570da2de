// XLSX and CSV export of the peta jabatan (DOMAIN.md §8.5): the re-import gives the same peta jabatan, and a text
// cell a spreadsheet would evaluate is written as text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bezettingOf, unitPath, type Workspace } from '../../../src/model';
import { parsePejabatCsv, type ImportResult } from '../../../src/io/import';
import { parsePejabatXlsx } from '../../../src/io/import/pejabatXlsx';
import { petaJabatanCsv, petaJabatanXlsx } from '../../../src/io/spreadsheet/petaJabatanExport';
import { formulaSafe } from '../../../src/io/spreadsheet/petaJabatanTable';

const DIR = fileURLToPath(new URL('../../fixtures/peta-jabatan/', import.meta.url));

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.row}: ${p.message}`).join('\n'));
  return r.doc;
}

/** The peta jabatan of a document, independent of ids. */
function peta(doc: Workspace) {
  const kode = (id: string | null) => (id ? doc.positions[id].kode : null);
  return Object.values(doc.positions)
    .map((p) => ({
      kode: p.kode, nama: p.nama, kind: p.kind, jenjang: p.jenjang, unit: unitPath(doc, p.unitId), atasan: kode(p.superiorId),
      kelas: p.kelasJabatan, k: p.kebutuhan, b: bezettingOf(p),
      pemangku: p.pemangku.map(({ id: _id, ...rest }) => rest),
    }))
    .sort((a, b) => a.kode.localeCompare(b.kode));
}

const source = () => ok(parsePejabatCsv(readFileSync(DIR + 'per-orang.csv')));
const counted = () => ok(parsePejabatCsv(readFileSync(DIR + 'nomor-anjab.csv')));

describe('peta jabatan export', () => {
  it('CSV: ";" with a UTF-8 BOM, one row per person; re-import gives the same peta jabatan', () => {
    for (const doc of [source(), counted()]) {
      const csv = petaJabatanCsv(doc);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFkode;nama_jabatan;jenis;/);
      expect(peta(ok(parsePejabatCsv(csv)))).toEqual(peta(doc));
    }
  });

  it('XLSX: sheets Peta Jabatan, Pemangku, Rekap, Temuan; re-import gives the same peta jabatan', async () => {
    for (const doc of [source(), counted()]) {
      const bytes = await petaJabatanXlsx(doc, []);
      const files = unzipSync(bytes);
      const wb = strFromU8(files['xl/workbook.xml']);
      for (const name of ['Peta Jabatan', 'Pemangku', 'Rekap', 'Temuan']) expect(wb).toContain(`name="${name}"`);
      expect(peta(ok(await parsePejabatXlsx(bytes)))).toEqual(peta(doc));
    }
  });

  it('writes formula-like text as text: CSV prefixed with an apostrophe, XLSX as a text cell (no formula)', async () => {
    const doc = source();
    const first = Object.values(doc.positions)[0];
    first.nama = '=HYPERLINK("http://x","klik")';
    first.substansi = '@SUM(A1)';
    const csv = petaJabatanCsv(doc);
    expect(csv).toContain(`'=HYPERLINK(""http://x"",""klik"")`);
    expect(csv).toContain("'@SUM(A1)");
    expect(formulaSafe('+62')).toBe("'+62");
    expect(formulaSafe('-1')).toBe("'-1");
    expect(formulaSafe('\tx')).toBe("'\tx");
    expect(formulaSafe('Kepala')).toBe('Kepala');
    const files = unzipSync(await petaJabatanXlsx(doc, []));
    const sheets = Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet'));
    for (const f of sheets) expect(strFromU8(files[f])).not.toMatch(/<f[ >]/);
    // and both read back to the original text
    expect(peta(ok(parsePejabatCsv(csv))).find((p) => p.kode === first.kode)?.nama).toBe(first.nama);
  });
});
