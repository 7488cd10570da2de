// The Daftar Susunan Keanggotaan Tim as a PDF drawn with jsPDF from the table model (io/teams/susunan.ts): A4
// portrait, the title, TAHUN, the five-column table with wrapped cells (the header repeats on every page), the
// notes, and page numbers. Real text, not a picture. Loaded lazily (dynamic import): jsPDF is not in the entry bundle.
import { jsPDF } from 'jspdf';
import type { SusunanTable } from './';

const PAGE = { width: 210, height: 297 };
const MARGIN = { left: 25, right: 20, top: 20, bottom: 20 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** NO., NAMA, KEDUDUKAN DALAM TIM, INSTANSI/PERANGKAT DAERAH, JABATAN — in mm, summing to the content width */
export const SUSUNAN_COLUMN_WIDTHS = [10, 45, 31, 40, 39] as const;
const PAD = 1.6;
const FONT_SIZE = 10.5;
const HEAD_SIZE = 10;
const PT_PER_MM = 72 / 25.4;
const LINE = (FONT_SIZE * 1.2) / PT_PER_MM;
/** the dotted blank of the printed form, in characters the standard PDF fonts have */
const BLANK = '..............................';

const REPLACEMENTS: Record<string, string> = {
  '\u2026': '...',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
};

/**
 * Text the standard PDF fonts can show: they cover Latin-1 only, and jsPDF drops anything else silently. Common
 * typographic marks become their plain forms; any other character becomes "?".
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const r = REPLACEMENTS[ch];
    if (r !== undefined) out += r;
    else out += ch.charCodeAt(0) <= 0xff && ch.length === 1 ? ch : '?';
  }
  return out;
}

function cellTexts(table: SusunanTable, i: number): string[] {
  const r = table.rows[i];
  const nama = (r.nama ?? BLANK) + (r.nip ? `\nNIP. ${r.nip}` : '');
  return [`${r.no}.`, nama, r.kedudukan, r.instansi.trim() || BLANK, r.jabatan.trim() || BLANK];
}

export function susunanToPdf(table: SusunanTable): jsPDF {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait' });
  pdf.setProperties({ title: pdfSafe(table.judul), creator: 'PetaKerja' });
  pdf.setLineWidth(0.25);
  let y = MARGIN.top;

  // Greedy wrap in the current font that may also break after a slash ("INSTANSI/ PERANGKAT DAERAH"); a word
  // longer than the cell is cut by jsPDF.
  const lines = (text: string, width: number): string[] => {
    const room = width - 2 * PAD;
    const out: string[] = [];
    for (const part of pdfSafe(text).split('\n')) {
      let line = '';
      for (const token of part.match(/[^\s/]+\/?|\/|\s+/g) ?? ['']) {
        if (line.trim() === '') line = token.trimStart();
        else if (pdf.getTextWidth((line + token).trimEnd()) <= room) line += token;
        else {
          out.push(line.trimEnd());
          line = token.trimStart();
        }
      }
      out.push(line.trimEnd());
    }
    return out.flatMap((l) => (pdf.getTextWidth(l) > room ? (pdf.splitTextToSize(l, room) as string[]) : [l]));
  };

  // Title and year, centred.
  pdf.setFont('times', 'bold');
  pdf.setFontSize(12);
  for (const l of lines(table.judul, CONTENT_WIDTH)) {
    pdf.text(l, PAGE.width / 2 + (MARGIN.left - MARGIN.right) / 2, y, { align: 'center', baseline: 'top' });
    y += LINE;
  }
  pdf.text(`TAHUN ${pdfSafe(table.tahun ?? BLANK)}`, PAGE.width / 2 + (MARGIN.left - MARGIN.right) / 2, y, { align: 'center', baseline: 'top' });
  y += LINE + 4;

  const drawRow = (cells: string[], bold: boolean, centreAll: boolean): void => {
    pdf.setFont('times', bold ? 'bold' : 'normal');
    pdf.setFontSize(bold ? HEAD_SIZE : FONT_SIZE);
    const wrapped = cells.map((c, i) => lines(c, SUSUNAN_COLUMN_WIDTHS[i]));
    const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 2 * PAD;
    if (y + height > PAGE.height - MARGIN.bottom) {
      pdf.addPage('a4', 'portrait');
      y = MARGIN.top;
      if (!bold) drawRow([...table.columns], true, true);
      pdf.setFont('times', bold ? 'bold' : 'normal');
      pdf.setFontSize(bold ? HEAD_SIZE : FONT_SIZE);
    }
    let x = MARGIN.left;
    wrapped.forEach((ls, i) => {
      const w = SUSUNAN_COLUMN_WIDTHS[i];
      pdf.rect(x, y, w, height);
      const centre = centreAll || i === 0;
      ls.forEach((l, k) => {
        pdf.text(l, centre ? x + w / 2 : x + PAD, y + PAD + k * LINE, { baseline: 'top', align: centre ? 'center' : 'left' });
      });
      x += w;
    });
    y += height;
  };

  drawRow([...table.columns], true, true);
  table.rows.forEach((_, i) => drawRow(cellTexts(table, i), false, false));

  if (table.catatan.length) {
    y += 4;
    pdf.setFont('times', 'italic');
    pdf.setFontSize(10);
    for (const c of table.catatan) {
      for (const l of lines(`Catatan: ${c}`, CONTENT_WIDTH)) {
        if (y + LINE > PAGE.height - MARGIN.bottom) {
          pdf.addPage('a4', 'portrait');
          y = MARGIN.top;
        }
        pdf.text(l, MARGIN.left + PAD, y, { baseline: 'top' });
        y += LINE;
      }
    }
  }

  const pages = pdf.getNumberOfPages();
  if (pages > 1) {
    pdf.setFont('times', 'normal');
    pdf.setFontSize(9);
    for (let p = 1; p <= pages; p++) {
      pdf.setPage(p);
      pdf.text(`Halaman ${p} dari ${pages}`, PAGE.width - MARGIN.right, PAGE.height - 10, { align: 'right' });
    }
  }
  return pdf;
}
