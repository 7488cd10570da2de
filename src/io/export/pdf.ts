// Struktur as PDF for the lampiran of a regulation: A4 or F4 (215 × 330 mm), portrait or landscape, fitted to one
// page or tiled over several with overlap marks, with the optional lampiran heading and signature blocks. Vector
// shapes and real text (extractable). Loaded lazily: jsPDF is not in the entry bundle.
import { jsPDF } from 'jspdf';
import { PAPER_MM, pageSize, type Orientation, type Paper } from './paper';
import { KIND_STYLE, LINE_STYLE, wrapText, type Scene } from './structureScene';


export interface LampiranHeading {
  /** e.g. "PERATURAN WALI KOTA CONTOH" */
  peraturan: string;
  nomor: string;
  tahun: string;
  tentang: string;
}

export interface SignatureBlock {
  /** e.g. "WALI KOTA CONTOH," */
  jabatan: string;
  nama: string;
}

export { PAPER_MM, pageSize, type Paper };

export interface PdfOptions {
  paper: Paper;
  orientation: Orientation;
  mode: 'fit' | 'tile';
  /** pages across when tiling */
  tilesAcross: number;
  title: string;
  heading: LampiranHeading | null;
  signature: SignatureBlock | null;
}

const MARGIN = 15;
const OVERLAP = 10;
const HEADING_HEIGHT = 34;
const TITLE_HEIGHT = 10;
const SIGNATURE_HEIGHT = 34;
const PT_PER_MM = 72 / 25.4;

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}


export function sceneToPdf(scene: Scene, opts: PdfOptions): jsPDF {
  const page = pageSize(opts);
  const pdf = new jsPDF({ unit: 'mm', format: [PAPER_MM[opts.paper].width, PAPER_MM[opts.paper].height], orientation: opts.orientation });
  pdf.setProperties({ title: opts.title, creator: 'PetaKerja' });
  const top = MARGIN + (opts.heading ? HEADING_HEIGHT : 0) + TITLE_HEIGHT;
  const bottom = page.height - MARGIN - (opts.signature ? SIGNATURE_HEIGHT : 0);
  const area = { x: MARGIN, y: top, width: page.width - 2 * MARGIN, height: Math.max(20, bottom - top) };
  const b = scene.bounds;
  const w = Math.max(b.width, 1);
  const h = Math.max(b.height, 1);

  if (opts.mode === 'fit' || scene.boxes.length === 0) {
    const scale = Math.min(area.width / w, area.height / h);
    const ox = area.x + (area.width - w * scale) / 2;
    drawFrame(pdf, opts, page, true, true);
    drawScene(pdf, scene, scale, ox - b.x * scale, area.y - b.y * scale);
    return pdf;
  }

  const across = Math.max(1, Math.round(opts.tilesAcross));
  const scale = (across * area.width - (across - 1) * OVERLAP) / w;
  const stepX = area.width - OVERLAP;
  const stepY = area.height - OVERLAP;
  const rows = Math.max(1, Math.ceil((h * scale - OVERLAP) / stepY));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < across; c++) {
      const first = r === 0 && c === 0;
      const last = r === rows - 1 && c === across - 1;
      if (!first) pdf.addPage([PAPER_MM[opts.paper].width, PAPER_MM[opts.paper].height], opts.orientation);
      drawFrame(pdf, opts, page, first, last);
      pdf.saveGraphicsState();
      pdf.rect(area.x, area.y, area.width, area.height, null);
      pdf.clip();
      pdf.discardPath();
      drawScene(pdf, scene, scale, area.x - c * stepX - b.x * scale, area.y - r * stepY - b.y * scale);
      pdf.restoreGraphicsState();
      drawOverlapMarks(pdf, area, c < across - 1, r < rows - 1, c > 0, r > 0);
      pdf.setFont('helvetica', 'normal');
      pdf.setFontSize(8);
      pdf.setTextColor(90, 90, 90);
      pdf.text(`Halaman ${r * across + c + 1} dari ${rows * across} (baris ${r + 1}, kolom ${c + 1}; tumpang tindih ${OVERLAP} mm)`, page.width / 2, page.height - 6, { align: 'center' });
    }
  }
  return pdf;
}

function drawFrame(pdf: jsPDF, opts: PdfOptions, page: { width: number; height: number }, first: boolean, last: boolean): void {
  pdf.setTextColor(0, 0, 0);
  let y = MARGIN;
  if (opts.heading && first) {
    const x = page.width - MARGIN - 95;
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(10);
    const h = opts.heading;
    const rows: [string, string][] = [
      ['LAMPIRAN', ''],
      [h.peraturan.toUpperCase(), ''],
      ['NOMOR', h.nomor],
      ['TAHUN', h.tahun],
      ['TENTANG', h.tentang.toUpperCase()],
    ];
    for (const [label, value] of rows) {
      if (!value && label !== 'LAMPIRAN' && label !== h.peraturan.toUpperCase()) continue;
      const text = value ? `${label.padEnd(8)}: ${value}` : label;
      const wrapped = pdf.splitTextToSize(text, 95) as string[];
      pdf.text(wrapped, x, y + 4);
      y += 4.6 * wrapped.length;
    }
    y = MARGIN + HEADING_HEIGHT;
  }
  if (first || opts.mode === 'fit') {
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(11);
    pdf.text(opts.title.toUpperCase(), page.width / 2, y + 5, { align: 'center', maxWidth: page.width - 2 * MARGIN });
  }
  if (opts.signature && last) {
    const x = page.width - MARGIN - 70;
    const sy = page.height - MARGIN - SIGNATURE_HEIGHT + 6;
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(10);
    pdf.text(opts.signature.jabatan.toUpperCase(), x + 35, sy, { align: 'center', maxWidth: 70 });
    pdf.setFont('helvetica', 'bold');
    pdf.text(opts.signature.nama.toUpperCase(), x + 35, sy + 24, { align: 'center', maxWidth: 70 });
  }
}

function drawOverlapMarks(
  pdf: jsPDF,
  area: { x: number; y: number; width: number; height: number },
  right: boolean,
  down: boolean,
  left: boolean,
  up: boolean,
): void {
  pdf.setDrawColor(200, 30, 30);
  pdf.setLineWidth(0.2);
  pdf.setLineDashPattern([1.5, 1.5], 0);
  if (right) pdf.line(area.x + area.width - OVERLAP, area.y, area.x + area.width - OVERLAP, area.y + area.height);
  if (down) pdf.line(area.x, area.y + area.height - OVERLAP, area.x + area.width, area.y + area.height - OVERLAP);
  if (left) pdf.line(area.x + OVERLAP, area.y, area.x + OVERLAP, area.y + area.height);
  if (up) pdf.line(area.x, area.y + OVERLAP, area.x + area.width, area.y + OVERLAP);
  pdf.setLineDashPattern([], 0);
  // corner marks of the printable area, for trimming and gluing the sheets together
  pdf.setDrawColor(0, 0, 0);
  const m = 4;
  for (const [cx, cy, dx, dy] of [
    [area.x, area.y, 1, 1],
    [area.x + area.width, area.y, -1, 1],
    [area.x, area.y + area.height, 1, -1],
    [area.x + area.width, area.y + area.height, -1, -1],
  ]) {
    pdf.line(cx - dx * m, cy, cx, cy);
    pdf.line(cx, cy - dy * m, cx, cy);
  }
}

function drawScene(pdf: jsPDF, scene: Scene, scale: number, dx: number, dy: number): void {
  const X = (x: number) => dx + x * scale;
  const Y = (y: number) => dy + y * scale;
  for (const line of scene.lines) {
    const s = LINE_STYLE[line.kind];
    pdf.setDrawColor(...rgb(s.stroke));
    pdf.setLineWidth(Math.max(0.1, s.width * scale * 0.6));
    for (let i = 1; i < line.points.length; i++) {
      const a = line.points[i - 1];
      const b = line.points[i];
      pdf.line(X(a.x), Y(a.y), X(b.x), Y(b.y));
    }
  }
  const pt = (px: number) => px * scale * PT_PER_MM;
  for (const b of scene.boxes) {
    const s = KIND_STYLE[b.kind];
    pdf.setFillColor(...rgb(s.fill));
    pdf.setDrawColor(...rgb(s.stroke));
    pdf.setLineWidth(Math.max(0.1, 1.5 * scale * 0.6));
    const r = Math.min(s.radius, b.height / 2) * scale;
    pdf.roundedRect(X(b.x), Y(b.y), b.width * scale, b.height * scale, r, r, 'FD');
    pdf.setTextColor(...rgb(s.text));
    const maxChars = Math.floor((b.width - 18) / 6.6);
    let y = b.y + (b.stacked ? 18 : 20);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(pt(10));
    pdf.text([b.kode, b.kindLabel].filter(Boolean).join('  '), X(b.x + 9), Y(y));
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(pt(12.5));
    for (const text of wrapText(b.nama, maxChars, b.stacked ? 1 : 2)) {
      y += 15;
      pdf.text(text, X(b.x + 9), Y(y));
    }
    if (b.holder && !b.stacked) {
      pdf.setFont('helvetica', 'italic');
      pdf.setFontSize(pt(10.5));
      pdf.text(wrapText(b.holder, maxChars, 1)[0] ?? '', X(b.x + 9), Y(Math.min(y + 14, b.y + b.height - 6)));
    }
  }
}
