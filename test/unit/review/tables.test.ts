// The Lembar Reviu and the matriks perubahan as tables, PDF (real text, pdftotext-free: jsPDF output parsed for its
// strings) and XLSX (written with write-excel-file, read back with read-excel-file).
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { previewPenyetaraan, selectForPenyetaraan } from '../../../src/commands';
import { jsPDF } from 'jspdf';
import { columnWidths, tableToPdf } from '../../../src/io/export/tablePdf';
import { tablesToXlsx, xlsxSheets } from '../../../src/io/export/xlsx';
import { lembarReviuPdfTable, lembarReviuRows, lembarReviuXlsx } from '../../../src/io/review/lembarReviu';
import { matriksPdfTable, matriksXlsx } from '../../../src/io/review/matriks';
import { restore } from '../../../src/model';
import { lint } from '../../../src/rules';

const v5 = () => restore(JSON.parse(readFileSync(new URL('../../fixtures/documents/v5-kota-contoh-catatan-reviu.json', import.meta.url), 'utf8'))).doc;

/** The strings a jsPDF document draws (its content streams are not compressed by default). */
function pdfStrings(pdf: { output(kind: 'arraybuffer'): ArrayBuffer }): string {
  const raw = Buffer.from(pdf.output('arraybuffer')).toString('latin1');
  return [...raw.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1].replace(/\\(.)/g, '$1')).join(' ');
}

async function readBack(blob: Blob, sheet: string) {
  const buf = Buffer.from(await blob.arrayBuffer());
  const sheets = (await readXlsxFile(buf)) as unknown as { sheet: string; data: (string | number | null)[][] }[];
  const found = sheets.find((s) => s.sheet === sheet);
  if (!found) throw new Error(`no sheet ${sheet}: ${sheets.map((s) => s.sheet).join(', ')}`);
  return found.data;
}

describe('Lembar Reviu', () => {
  it("lists every note with its subject's name, place, status, replies and citations; a gone subject is marked", () => {
    const doc = v5();
    const findings = lint(doc);
    const rows = lembarReviuRows(doc, findings);
    expect(rows.map((r) => r.noteId)).toEqual(['note_kasi', 'note_step', 'note_lane', 'note_finding', 'note_gone']);
    const kasi = rows[0];
    expect(kasi).toMatchObject({ no: 1, jenis: 'Jabatan', letak: 'Struktur', penulis: 'Inspektorat — Dewi', tanggal: '1 Desember 2026', status: 'Ditanggapi' });
    expect(kasi.pokok).toMatch(/^Jabatan «Kepala Subbagian Umum dan Kepegawaian \(Pengawas\)»$/);
    expect(kasi.tanggapan).toBe('Bagian Organisasi (2 Desember 2026): Masuk usulan tahun depan.');
    expect(rows[1]).toMatchObject({ jenis: 'Langkah', status: 'Selesai' });
    expect(rows[1].letak).toMatch(/^Peta «/);
    expect(rows[2]).toMatchObject({ jenis: 'Lajur' });
    expect(rows[3]).toMatchObject({ jenis: 'Temuan KED-05', letak: 'Temuan', rujukan: 'Perwali Serang 23/2023 Pasal 6' });
    expect(rows[3].pokok).toBe('KED-05 — Contoh temuan');
    expect(rows[4]).toMatchObject({ pokok: 'Kepala Seksi Lama [pokok catatan sudah tidak ada]', letak: '—' });
    // an element note carries the citations of the findings on that element now
    const withFinding = findings.find((f) => f.subjects[0] && doc.positions[f.subjects[0]])!;
    const extra = { ...doc, notes: { ...doc.notes, z: { ...doc.notes!.note_kasi, id: 'z', at: '2027-01-01T00:00:00.000Z', subject: { kind: 'element' as const, id: withFinding.subjects[0], mapId: null, label: '' } } } };
    expect(lembarReviuRows(extra, findings).at(-1)!.rujukan).toContain(`${withFinding.ruleId}: ${withFinding.citation}`);
  });

  it('prints as a PDF with the notes as text, and exports to XLSX that reads back', async () => {
    const doc = v5();
    const rows = lembarReviuRows(doc, lint(doc));
    for (const paper of ['a4', 'f4'] as const) {
      const pdf = tableToPdf(lembarReviuPdfTable(doc, rows, '2026-12-07T08:00:00.000Z'), paper);
      const text = pdfStrings(pdf);
      expect(text).toContain('LEMBAR REVIU');
      expect(text).toContain('Usulkan penyetaraan jabatan ini.');
      expect(text).toContain('Perwali Serang 23/2023 Pasal 6');
      expect(text).toContain('5 catatan, 4 belum selesai');
      const size = pdf.internal.pageSize;
      expect([Math.round(size.getWidth()), Math.round(size.getHeight())]).toEqual(paper === 'a4' ? [297, 210] : [330, 215]);
    }
    const back = await readBack(await tablesToXlsx(lembarReviuXlsx(rows)), 'Lembar Reviu');
    expect(back[0]).toEqual(['No', 'Jenis', 'Pokok catatan', 'Letak', 'Catatan', 'Penulis', 'Tanggal', 'Status', 'Tanggapan', 'Rujukan peraturan']);
    expect(back).toHaveLength(6);
    expect(back[1][4]).toBe('Usulkan penyetaraan jabatan ini.');
    expect(back[4][9]).toBe('Perwali Serang 23/2023 Pasal 6');
  });
});

describe('matriks perubahan', () => {
  it('PDF on A4 and F4 and XLSX of a penyetaraan; a formula-looking name stays text', async () => {
    const doc = v5();
    const ids = selectForPenyetaraan(doc, { kind: 'pengawas', namaAwalan: 'Kepala Seksi' });
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const { comparison } = previewPenyetaraan(doc, { positionIds: ids, names: { [ids[0]]: '=HYPERLINK("x")' } });
    const table = matriksPdfTable(comparison, { lama: 'Sebelum', baru: 'Sesudah', judul: 'Penyetaraan jabatan', printedAt: '2026-12-07T08:00:00.000Z' });
    expect(table.rows.length).toBe(comparison.rows.length);
    const text = pdfStrings(tableToPdf(table, 'f4'));
    expect(text).toContain('MATRIKS PERUBAHAN PENYETARAAN JABATAN');
    expect(text).toContain('Jabatan lama');
    expect(text).toContain('Atasan lama -> baru');
    expect(text).toContain('disetarakan (Pengawas');
    const sheets = xlsxSheets(matriksXlsx(comparison));
    expect(sheets.map((s) => s.sheet)).toEqual(['Matriks Perubahan', 'Temuan']);
    const back = await readBack(await tablesToXlsx(matriksXlsx(comparison)), 'Matriks Perubahan');
    expect(back[0]).toEqual(['No', 'Jabatan lama', 'Jabatan baru', 'Unit', 'Atasan lama → baru', 'Keterangan']);
    expect(back).toHaveLength(comparison.rows.length + 1);
    expect(back.some((r) => String(r[2]).startsWith('=HYPERLINK("x")'))).toBe(true);
    expect(back.filter((r) => String(r[5]).startsWith('disetarakan'))).toHaveLength(ids.length);
  });
});

describe('table columns', () => {
  const table = (rows: string[][]) => ({
    columns: [
      { label: 'No', weight: 3 },
      { label: 'Catatan', weight: 60 },
      { label: 'Status', weight: 4 },
    ],
    rows,
  });
  const longestWordFits = (pdf: jsPDF, words: string[], width: number) => words.every((w) => pdf.getTextWidth(w) + 3 <= width);

  it('widen a narrow column to its longest word (Ditanggapi in a Status column) and take the room from the others', () => {
    const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape' });
    const t = table([['1', 'Usulkan penyetaraan jabatan ini.', 'Ditanggapi']]);
    const widths = columnWidths(pdf, t, 267);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(9);
    expect(longestWordFits(pdf, ['Ditanggapi'], widths[2])).toBe(true);
    expect(widths[2]).toBeGreaterThan((4 / 67) * 267); // wider than its weight alone gives
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(267, 6);
    expect(pdf.splitTextToSize('Ditanggapi', widths[2] - 3)).toEqual(['Ditanggapi']);
  });

  it('keep the weights when every word fits them', () => {
    const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape' });
    const widths = columnWidths(pdf, { columns: [{ label: 'A', weight: 1 }, { label: 'B', weight: 3 }], rows: [['x', 'y']] }, 200);
    expect(widths).toEqual([50, 150]);
  });
});
