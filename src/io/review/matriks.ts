// The matriks perubahan (DOMAIN.md §9) as a printable table and an XLSX workbook: Jabatan lama · Jabatan baru ·
// Unit · Atasan lama → baru · Keterangan, then the findings introduced and resolved and what could not be matched.
import type { MatriksRow } from '../../model';
import type { DocumentComparison } from '../../commands/compareDocuments';
import type { PdfTable } from '../export/tablePdf';
import type { XlsxTable } from '../export/xlsx';

export const MATRIKS_COLUMNS = ['No', 'Jabatan lama', 'Jabatan baru', 'Unit', 'Atasan lama → baru', 'Keterangan'] as const;

export interface MatriksTitles {
  lama: string;
  baru: string;
  /** e.g. "Penyetaraan jabatan" or "Evaluasi kelembagaan" */
  judul?: string;
  printedAt: string;
}

function atasan(r: MatriksRow): string {
  return r.atasanLama === r.atasanBaru ? r.atasanBaru : `${r.atasanLama} → ${r.atasanBaru}`;
}

export function matriksCells(rows: MatriksRow[]): string[][] {
  return rows.map((r, i) => [String(i + 1), r.jabatanLama, r.jabatanBaru, r.unit, atasan(r), r.keterangan]);
}

function unmatchedLines(cmp: DocumentComparison): string[] {
  return cmp.structure.unmatched.map((u) => `Tidak dapat dicocokkan (${u.side === 'lama' ? 'struktur lama' : 'struktur baru'}): ${u.type} «${u.nama}» — ${u.reason}`);
}

export function matriksPdfTable(cmp: DocumentComparison, t: MatriksTitles): PdfTable {
  const f = cmp.findings;
  const footer = [
    `Temuan baru: ${f.introduced.length}; temuan yang teratasi: ${f.resolved.length}.`,
    ...f.introduced.slice(0, 30).map((x) => `+ ${x.ruleId}: ${x.message}`),
    ...f.resolved.slice(0, 30).map((x) => `- ${x.ruleId}: ${x.message}`),
    ...unmatchedLines(cmp),
  ];
  return {
    title: `MATRIKS PERUBAHAN${t.judul ? ` ${t.judul.toUpperCase()}` : ''}`,
    subtitle: [`Struktur lama: ${t.lama}`, `Struktur baru: ${t.baru}`, `${cmp.rows.length} jabatan berubah`],
    columns: [
      { label: 'No', weight: 4, align: 'center' },
      { label: 'Jabatan lama', weight: 22 },
      { label: 'Jabatan baru', weight: 22 },
      { label: 'Unit', weight: 20 },
      { label: 'Atasan lama → baru', weight: 20 },
      { label: 'Keterangan', weight: 16 },
    ],
    rows: matriksCells(cmp.rows),
    footer,
    empty: 'Tidak ada perubahan jabatan.',
  };
}

export function matriksXlsx(cmp: DocumentComparison): XlsxTable[] {
  return [
    {
      sheet: 'Matriks Perubahan',
      columns: MATRIKS_COLUMNS.map((label, i) => ({ label, width: [5, 40, 40, 40, 40, 36][i] })),
      rows: matriksCells(cmp.rows).map(([no, ...rest]) => [Number(no), ...rest]),
    },
    {
      sheet: 'Temuan',
      columns: [
        { label: 'Perubahan', width: 14 },
        { label: 'Aturan', width: 10 },
        { label: 'Pesan', width: 80 },
        { label: 'Rujukan', width: 60 },
      ],
      rows: [
        ...cmp.findings.introduced.map((f) => ['baru', f.ruleId, f.message, f.citation]),
        ...cmp.findings.resolved.map((f) => ['teratasi', f.ruleId, f.message, f.citation]),
      ],
    },
  ];
}
