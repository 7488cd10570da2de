import { describe, expect, it } from 'vitest';
import type { SheetData } from 'write-excel-file/node';
import { formatProblem, importPetaJabatan, parsePejabatCsv, type ImportResult } from '../../../src/io/import';
import { parsePejabatXlsx } from '../../../src/io/import/pejabatXlsx';
import { unitPath, WorkspaceSchema, type Workspace } from '../../../src/model';
import { csvRecords, fixtureBytes, textSheet, xlsxBytes } from './helpers';

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error('expected the import to succeed:\n' + result.problems.map(formatProblem).join('\n'));
  return result;
}

function refused(result: ImportResult): Extract<ImportResult, { ok: false }>['problems'] {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

/** Everything but the random ids, in row order: what must not depend on the file format. */
function shape(doc: Workspace) {
  return Object.values(doc.positions).map((p) => ({
    kode: p.kode,
    nama: p.nama,
    kind: p.kind,
    jenjang: p.jenjang,
    unit: unitPath(doc, p.unitId),
    atasan: p.superiorId ? doc.positions[p.superiorId].kode : null,
    memimpinUnitMandiri: p.memimpinUnitMandiri,
    substansi: p.substansi,
    kelasJabatan: p.kelasJabatan,
    pemangku: p.pemangku.map(({ id: _, ...x }) => x),
  }));
}

const HEAD = ['kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'atasan'];
const t = (value: string) => ({ value, type: String, format: '@' });

describe('xlsx with text cells (the Dinas fixture, made with write-excel-file)', () => {
  it('reads to the same document as the CSV', async () => {
    const bytes = await xlsxBytes(textSheet(csvRecords('dinas-kominfo.csv')));
    const fromXlsx = ok(await parsePejabatXlsx(bytes));
    const fromCsv = ok(parsePejabatCsv(fixtureBytes('dinas-kominfo.csv')));
    expect(shape(fromXlsx.doc)).toEqual(shape(fromCsv.doc));
    expect(fromXlsx.summary).toEqual(fromCsv.summary);
    expect(fromXlsx.notices).toEqual([]);
    expect(() => WorkspaceSchema.parse(fromXlsx.doc)).not.toThrow();
  });

  it('accepts a Uint8Array, an ArrayBuffer and a Blob', async () => {
    const bytes = await xlsxBytes(textSheet(csvRecords('kutip-koma.csv')));
    const buffer = bytes.slice().buffer;
    for (const input of [bytes, buffer, new Blob([buffer])]) {
      expect(ok(await parsePejabatXlsx(input)).summary.positions).toBe(5);
    }
  });

  it('is chosen by importPetaJabatan from the content, whatever the name', async () => {
    const bytes = await xlsxBytes(textSheet(csvRecords('kutip-koma.csv')));
    expect(ok(await importPetaJabatan({ name: 'peta.bin', bytes })).summary.positions).toBe(5);
  });
});

describe('what a spreadsheet does to typed values', () => {
  it('reads number cells as the number text stored, with advice to use Text cells', async () => {
    const sheet: SheetData = [
      HEAD,
      [1, 'Kepala Dinas', 'jpt-pratama', null, 'Dinas A', null],
      [1.1, 'Sekretaris', 'administrator', null, 'Dinas A > Sekretariat', 1],
      [t('1.10'), 'Analis', 'fungsional', 'ahli-muda', 'Dinas A', 1],
    ];
    const result = ok(await parsePejabatXlsx(await xlsxBytes(sheet)));
    expect(Object.values(result.doc.positions).map((p) => p.kode)).toEqual(['1', '1.1', '1.10']);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(/tersimpan sebagai angka di Excel \(baris 2, 3, 4\).*format kolom kode dan atasan sebagai Teks/);
  });

  it('refuses kode 1.10 typed as a number (it is stored as 1.1) as a duplicate, with the hint', async () => {
    const sheet: SheetData = [
      HEAD,
      [1, 'Kepala Dinas', 'jpt-pratama', null, 'Dinas A', null],
      [1.1, 'Sekretaris', 'administrator', null, 'Dinas A > Sekretariat', 1],
      [1.1, 'Analis', 'fungsional', 'ahli-muda', 'Dinas A', 1],
    ];
    const problems = refused(await parsePejabatXlsx(await xlsxBytes(sheet)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4, column: 'kode' });
    expect(problems[0].message).toMatch(/«1\.10» menjadi 1\.1/);
  });

  it('refuses a kode Excel turned into a date', async () => {
    const sheet: SheetData = [
      HEAD,
      [t('1'), 'Kepala Dinas', 'jpt-pratama', null, 'Dinas A', null],
      [{ value: new Date(Date.UTC(2024, 9, 1)), type: Date, format: 'dd/mm/yyyy' }, 'Sekretaris', 'administrator', null, 'Dinas A', t('1')],
    ];
    const problems = refused(await parsePejabatXlsx(await xlsxBytes(sheet)));
    expect(problems).toMatchObject([{ row: 3, column: 'kode' }]);
    expect(problems[0].message).toMatch(/tersimpan sebagai tanggal.*Teks/);
  });

  it('reads booleans as ya/tidak and integers for kelas jabatan; drops a NIP stored as a number', async () => {
    const sheet: SheetData = [
      [...HEAD, 'memimpin_unit_mandiri', 'nip', 'kelas_jabatan', 'pengalaman_tahun'],
      [t('1'), 'Kepala Dinas', 'jpt-pratama', null, 'Dinas A', null, false, t('197005121995031002'), 14, 28],
      [t('2'), 'Kepala UPT', 'fungsional', 'ahli-muda', 'Dinas A > UPT', t('1'), true, 198001012005011001, 9, 2.5],
    ];
    const result = ok(await parsePejabatXlsx(await xlsxBytes(sheet)));
    const [head, upt] = Object.values(result.doc.positions);
    expect(head.pemangku[0]).toMatchObject({ nip: '197005121995031002', pengalamanTahun: 28 });
    expect(head.kelasJabatan).toBe(14);
    expect(upt.memimpinUnitMandiri).toBe(true);
    expect(upt.pemangku[0]).toMatchObject({ nip: '', pengalamanTahun: 2.5 });
    expect(upt.kelasJabatan).toBe(9);
    expect(result.notices.join('\n')).toMatch(/NIP tersimpan sebagai angka sehingga digitnya hilang \(baris 3\)/);
  });

  it('reports sheet row numbers, below a title block and across empty rows', async () => {
    const sheet: SheetData = [
      ['PETA JABATAN DINAS A'],
      [],
      HEAD,
      [t('1'), 'Kepala Dinas', 'jpt-pratama', null, 'Dinas A', null],
      [],
      [t('1.1'), 'Sekretaris', 'kabid', null, 'Dinas A', t('1')],
    ];
    const problems = refused(await parsePejabatXlsx(await xlsxBytes(sheet)));
    expect(problems).toMatchObject([{ row: 6, column: 'jenis' }]);
  });

  it('refuses bytes that are not an xlsx', async () => {
    const problems = refused(await parsePejabatXlsx(new TextEncoder().encode('bukan xlsx')));
    expect(problems[0].message).toMatch(/bukan XLSX yang sah/);
  });
});
