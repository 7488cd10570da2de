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

export function tableToPdf(table: PdfTable, paper: Paper = 'a4'): jsPDF {
  const size = PAPER_MM[paper];
  const page = { width: size.height, height: size.width };
  const format: [number, number] = [size.width, size.height];
  const pdf = new jsPDF({ unit: 'mm', format, orientation: 'landscape' });
  pdf.setProperties({ title: pdfText(table.title), creator: 'PetaKerja' });
  pdf.setLineWidth(0.2);
  const contentWidth = page.width - MARGIN.left - MARGIN.right;
  const total = table.columns.reduce((n, c) => n + c.weight, 0);
  const widths = table.columns.map((c) => (c.weight / total) * contentWidth);
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
