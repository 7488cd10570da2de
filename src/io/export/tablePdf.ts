// A lampiran-grade table as a PDF drawn with jsPDF: A4 or F4 landscape, a centred title and sub-title lines, the
// column header repeated on every page, wrapped cells (never cut), page numbers. Real text, not a picture. Used by
// the matriks perubahan and the Lembar Reviu. Load lazily (dynamic import): jsPDF is not in the entry bundle.
import { jsPDF } from 'jspdf';
import { pdfSafe } from '../teams/susunanPdf';
import { PAPER_MM, type Paper } from './paper';

export interface PdfTable {
  title: string;
  /** lines under the title (what is compared, when it was printed) */
  subtitle: string[];
  columns: { label: string; /** relative width */ weight: number; align?: 'left' | 'center' }[];
  rows: string[][];
  /** printed under the table */
  footer?: string[];
  /** shown when there are no rows */
  empty: string;
}

/** pdfSafe plus the arrows these tables use (the standard fonts have no →) */
const pdfText = (text: string): string => pdfSafe(text.replace(/\u2192/g, '->').replace(/\u2190/g, '<-'));

const MARGIN = { left: 15, right: 15, top: 15, bottom: 15 };
const PAD = 1.5;
const FONT = 9;
const HEAD = 9;
const PT_PER_MM = 72 / 25.4;
const LINE = (FONT * 1.2) / PT_PER_MM;

/**
 * Column widths by weight, but never narrower than the column's longest word (header in bold, cells in the body
 * font): a word such as «Ditanggapi» in a narrow Status column would otherwise be broken in the middle. The room a
 * widened column needs comes from the others in proportion to their weight. Only where even the longest words
 * together do not fit the page are the widths those words' shares (and a word may then break).
 */
export function columnWidths(pdf: jsPDF, table: Pick<PdfTable, 'columns' | 'rows'>, contentWidth: number): number[] {
  const n = table.columns.length;
  const longest = new Array<number>(n).fill(0);
  const measure = (i: number, text: string) => {
    for (const word of pdfText(text).split(/\s+/)) {
      if (!word) continue;
      const w = pdf.getTextWidth(word);
      if (w > longest[i]) longest[i] = w;
    }
  };
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(HEAD);
  table.columns.forEach((c, i) => measure(i, c.label));
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(FONT);
  for (const row of table.rows) row.forEach((cell, i) => i < n && measure(i, cell));
  // a hair over the word: jsPDF's wrap compares with <=, rounding must not push the word to a second line
  const min = longest.map((w) => w + 2 * PAD + 0.3);
  const minTotal = min.reduce((a, b) => a + b, 0);
  if (minTotal >= contentWidth) return min.map((m) => (m / minTotal) * contentWidth);
  const widths = new Array<number>(n).fill(0);
  const fixed = new Set<number>();
  for (;;) {
    const free = table.columns.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = contentWidth - [...fixed].reduce((a, i) => a + min[i], 0);
    const weight = free.reduce((a, i) => a + table.columns[i].weight, 0);
    let grew = false;
    for (const i of free) {
      widths[i] = (table.columns[i].weight / weight) * room;
      if (widths[i] < min[i]) {
        fixed.add(i);
        grew = true;
      }
    }
    if (!grew) break;
  }
  for (const i of fixed) widths[i] = min[i];
  return widths;
}

export function tableToPdf(table: PdfTable, paper: Paper = 'a4'): jsPDF {
  const size = PAPER_MM[paper];
  const page = { width: size.height, height: size.width };
  const format: [number, number] = [size.width, size.height];
  const pdf = new jsPDF({ unit: 'mm', format, orientation: 'landscape' });
  pdf.setProperties({ title: pdfText(table.title), creator: 'PetaKerja' });
  pdf.setLineWidth(0.2);
  const contentWidth = page.width - MARGIN.left - MARGIN.right;
  const widths = columnWidths(pdf, table, contentWidth);
  let y = MARGIN.top;

  const wrap = (text: string, width: number): string[] => {
    const room = width - 2 * PAD;
    return pdfText(text)
      .split('\n')
      .flatMap((part) => (part === '' ? [''] : (pdf.splitTextToSize(part, room) as string[])));
  };
  const newPage = () => {
    pdf.addPage(format, 'landscape');
    y = MARGIN.top;
  };

  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(12);
  for (const l of wrap(table.title, contentWidth)) {
    pdf.text(l, page.width / 2, y, { align: 'center', baseline: 'top' });
    y += (12 * 1.25) / PT_PER_MM;
  }
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(FONT);
  for (const s of table.subtitle) {
    for (const l of wrap(s, contentWidth)) {
      pdf.text(l, page.width / 2, y, { align: 'center', baseline: 'top' });
      y += LINE;
    }
  }
  y += 3;

  const drawRow = (cells: string[], head: boolean): void => {
    pdf.setFont('helvetica', head ? 'bold' : 'normal');
    pdf.setFontSize(head ? HEAD : FONT);
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    let lines = Math.max(1, ...wrapped.map((w) => w.length));
    const room = Math.floor((page.height - MARGIN.top - MARGIN.bottom - 2 * PAD) / LINE) - 4;
    // a row taller than a page is split across pages, never cut
    let from = 0;
    while (lines > 0) {
      const take = Math.min(lines, room);
      const height = take * LINE + 2 * PAD;
      if (y + height > page.height - MARGIN.bottom) {
        newPage();
        if (!head) drawRow(table.columns.map((c) => c.label), true);
        pdf.setFont('helvetica', head ? 'bold' : 'normal');
        pdf.setFontSize(head ? HEAD : FONT);
      }
      let x = MARGIN.left;
      wrapped.forEach((ls, i) => {
        const w = widths[i];
        if (head) {
          pdf.setFillColor(235, 235, 235);
          pdf.rect(x, y, w, height, 'FD');
        } else pdf.rect(x, y, w, height);
        const centre = head || table.columns[i].align === 'center';
        ls.slice(from, from + take).forEach((l, k) => {
          pdf.text(l, centre ? x + w / 2 : x + PAD, y + PAD + k * LINE, { baseline: 'top', align: centre ? 'center' : 'left' });
        });
        x += w;
      });
      y += height;
      from += take;
      lines -= take;
    }
  };

  drawRow(table.columns.map((c) => c.label), true);
  if (table.rows.length === 0) drawRow([table.empty, ...table.columns.slice(1).map(() => '')], false);
  for (const r of table.rows) drawRow(r, false);

  if (table.footer?.length) {
    y += 3;
    pdf.setFont('helvetica', 'italic');
    pdf.setFontSize(8.5);
    for (const f of table.footer) {
      for (const l of wrap(f, contentWidth)) {
        if (y + LINE > page.height - MARGIN.bottom) newPage();
        pdf.text(l, MARGIN.left, y, { baseline: 'top' });
        y += LINE;
      }
    }
  }

  const pages = pdf.getNumberOfPages();
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(8);
  for (let p = 1; p <= pages; p++) {
    pdf.setPage(p);
    pdf.text(`Halaman ${p} dari ${pages}`, page.width - MARGIN.right, page.height - 8, { align: 'right' });
  }
  return pdf;
}
