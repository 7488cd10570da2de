// A Scene as PDF for the lampiran of a regulation: A4 or F4 (215 × 330 mm), portrait or landscape, fitted to one
// page or tiled over several with overlap marks, with the optional lampiran heading and signature blocks. Vector
// shapes and real text (extractable). Several pictures (every Tim Kerja) each start on a page of their own, the
// heading on the first page and the signature on the last. Loaded lazily: jsPDF is not in the entry bundle.
import { jsPDF } from 'jspdf';
import { pdfText } from '../text/sanitize';
import {
  HEADING_HEIGHT,
  MARGIN,
  OVERLAP,
  PAPER_MM,
  PT_PER_MM,
  SIGNATURE_HEIGHT,
  layoutPicture,
  pageSize,
  type OrientationChoice,
  type Paper,
} from './paper';
import { arrowHead, labelLines, labelRect, offpagePoints, type ExportPage, type Scene, type SceneShape, type TextLine } from './scene';

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
  /** auto: each picture the way round it prints larger (paper.ts layoutPicture) */
  orientation: OrientationChoice;
  mode: 'fit' | 'tile';
  /** pages across when tiling */
  tilesAcross: number;
  title: string;
  heading: LampiranHeading | null;
  signature: SignatureBlock | null;
  /** the heading and signature on every page (one page per unit) */
  everyPage?: boolean;
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function sceneToPdf(scene: Scene, opts: PdfOptions): jsPDF {
  return pagesToPdf([{ scene, title: opts.title }], opts);
}

/** Each picture from a new page, under its own title; `opts.title` is the document's title. */
export function pagesToPdf(pages: readonly ExportPage[], opts: PdfOptions): jsPDF {
  let pdf: jsPDF | null = null;
  const format = [PAPER_MM[opts.paper].width, PAPER_MM[opts.paper].height];
  const newPage = (orientation: 'portrait' | 'landscape'): jsPDF => {
    if (!pdf) {
      pdf = new jsPDF({ unit: 'mm', format, orientation });
      pdf.setProperties({ title: pdfText(opts.title), creator: 'PetaKerja' });
    } else pdf.addPage(format, orientation);
    return pdf;
  };
  pages.forEach((p, index) => {
    const firstPicture = index === 0;
    const lastPicture = index === pages.length - 1;
    const l = layoutPicture(p.scene, opts, firstPicture, lastPicture);
    const b = p.scene.bounds;
    const { area, scale, page } = l;
    const every = !!opts.everyPage;

    if (opts.mode === 'fit' || p.scene.items.length === 0) {
      const w = Math.max(b.width, 1);
      const ox = area.x + (area.width - w * scale) / 2;
      const doc = newPage(l.orientation);
      drawFrame(doc, opts, p.title, page, firstPicture || every, lastPicture || every, true);
      drawScene(doc, p.scene, scale, ox - b.x * scale, area.y - b.y * scale);
      return;
    }

    // tiles: every sheet keeps the first sheet's drawing area, so the sheets glue together at one scale
    const { rows, across } = l;
    const stepX = area.width - OVERLAP;
    const stepY = area.height - OVERLAP;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < across; c++) {
        const first = r === 0 && c === 0;
        const last = r === rows - 1 && c === across - 1;
        const doc = newPage(l.orientation);
        drawFrame(doc, opts, p.title, page, (firstPicture || every) && first, (lastPicture || every) && last, first);
        doc.saveGraphicsState();
        doc.rect(area.x, area.y, area.width, area.height, null);
        doc.clip();
        doc.discardPath();
        drawScene(doc, p.scene, scale, area.x - c * stepX - b.x * scale, area.y - r * stepY - b.y * scale);
        doc.restoreGraphicsState();
        drawOverlapMarks(doc, area, c < across - 1, r < rows - 1, c > 0, r > 0);
        doc.setFont('helvetica', 'normal');
        doc.setFontSize(8);
        doc.setTextColor(90, 90, 90);
        doc.text(`Halaman ${r * across + c + 1} dari ${rows * across} (baris ${r + 1}, kolom ${c + 1}; tumpang tindih ${OVERLAP} mm)`, page.width / 2, page.height - 6, { align: 'center' });
      }
    }
  });
  return pdf ?? newPage('landscape');
}

function drawFrame(
  pdf: jsPDF,
  opts: PdfOptions,
  title: string,
  page: { width: number; height: number },
  first: boolean,
  last: boolean,
  withTitle: boolean,
): void {
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
      const wrapped = pdf.splitTextToSize(pdfText(text), 95) as string[];
      pdf.text(wrapped, x, y + 4);
      y += 4.6 * wrapped.length;
    }
    y = MARGIN + HEADING_HEIGHT;
  }
  if (withTitle) {
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(11);
    pdf.text(pdf.splitTextToSize(pdfText(title.toUpperCase()), page.width - 2 * MARGIN) as string[], page.width / 2, y + 5, { align: 'center' });
  }
  if (opts.signature && last) {
    const x = page.width - MARGIN - 70;
    const sy = page.height - MARGIN - SIGNATURE_HEIGHT + 6;
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(10);
    pdf.text(pdf.splitTextToSize(pdfText(opts.signature.jabatan.toUpperCase()), 70) as string[], x + 35, sy, { align: 'center' });
    pdf.setFont('helvetica', 'bold');
    pdf.text(pdf.splitTextToSize(pdfText(opts.signature.nama.toUpperCase()), 70) as string[], x + 35, sy + 24, { align: 'center' });
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
  const width = (px: number) => Math.max(0.1, px * scale * 0.6);
  const dash = (on: boolean, px: number) => pdf.setLineDashPattern(on ? [px * scale, (px * 2 * scale) / 3] : [], 0);
  const text = (t: TextLine) => {
    pdf.setFont('helvetica', t.bold && t.italic ? 'bolditalic' : t.bold ? 'bold' : t.italic ? 'italic' : 'normal');
    pdf.setFontSize(t.size * scale * PT_PER_MM);
    pdf.setTextColor(...rgb(t.color));
    const line = pdfText(t.text);
    if (t.angle) {
      // turned a quarter counter-clockwise (SVG's rotate(-90)); jsPDF does not align turned text, so shift it here
      const w = pdf.getTextWidth(line);
      const shift = t.anchor === 'middle' ? w / 2 : t.anchor === 'end' ? w : 0;
      pdf.text(line, X(t.x), Y(t.y) + shift, { angle: 90 });
      return;
    }
    pdf.text(line, X(t.x), Y(t.y), { align: t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left' });
  };
  for (const item of scene.items) {
    if (item.type === 'text') text(item);
    else if (item.type === 'shape') {
      drawShape(pdf, item, X, Y, scale, width);
      for (const t of item.texts) text(t);
    } else {
      pdf.setDrawColor(...rgb(item.stroke));
      pdf.setLineWidth(width(item.width));
      dash(!!item.dashed, 6);
      for (let i = 1; i < item.points.length; i++) {
        const a = item.points[i - 1];
        const b = item.points[i];
        pdf.line(X(a.x), Y(a.y), X(b.x), Y(b.y));
      }
      dash(false, 0);
      const head = item.arrow ? arrowHead(item.points) : null;
      if (head) {
        pdf.setFillColor(...rgb(item.stroke));
        pdf.triangle(X(head[0].x), Y(head[0].y), X(head[1].x), Y(head[1].y), X(head[2].x), Y(head[2].y), 'F');
      }
    }
  }
  // arrow labels over everything, as in the SVG
  for (const item of scene.items) {
    if (item.type !== 'path' || !item.label?.lines.length) continue;
    const r = labelRect(item.label);
    pdf.setFillColor(255, 255, 255);
    pdf.rect(X(r.x), Y(r.y), r.width * scale, r.height * scale, 'F');
    for (const t of labelLines(item.label)) text(t);
  }
}

function drawShape(pdf: jsPDF, s: SceneShape, X: (x: number) => number, Y: (y: number) => number, scale: number, width: (px: number) => number): void {
  pdf.setFillColor(...rgb(s.fill));
  pdf.setDrawColor(...rgb(s.stroke));
  pdf.setLineWidth(width(s.strokeWidth));
  pdf.setLineDashPattern(s.dashed ? [5 * scale, 4 * scale] : [], 0);
  const x = X(s.x);
  const y = Y(s.y);
  const w = s.width * scale;
  const h = s.height * scale;
  if (s.shape === 'diamond') {
    pdf.lines([[w / 2, h / 2], [-w / 2, h / 2], [-w / 2, -h / 2], [w / 2, -h / 2]], x + w / 2, y, [1, 1], 'FD', true);
  } else if (s.shape === 'offpage') {
    const pts = offpagePoints(s).map((p) => ({ x: X(p.x), y: Y(p.y) }));
    pdf.lines(pts.slice(1).map((p, i) => [p.x - pts[i].x, p.y - pts[i].y]), pts[0].x, pts[0].y, [1, 1], 'FD', true);
  } else if (s.shape === 'circle') {
    pdf.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 'FD');
  } else {
    const r = Math.min(s.shape === 'terminator' ? s.height / 2 : (s.radius ?? 0), s.height / 2) * scale;
    const rect = (style: 'F' | 'FD' | 'S') => (r > 0 ? pdf.roundedRect(x, y, w, h, r, r, style) : pdf.rect(x, y, w, h, style));
    if (s.header) {
      rect('F');
      const hs = s.header.size * scale;
      pdf.setFillColor(...rgb(s.header.fill));
      // the strip: rounded on the outer side by the band's own corners, square where it meets the body
      if (s.header.side === 'top') {
        if (r > 0) pdf.roundedRect(x, y, w, hs, r, r, 'F');
        pdf.rect(x, y + Math.min(r, hs), w, hs - Math.min(r, hs), 'F');
        pdf.line(x, y + hs, x + w, y + hs);
      } else {
        if (r > 0) pdf.roundedRect(x, y, hs, h, r, r, 'F');
        pdf.rect(x + Math.min(r, hs), y, hs - Math.min(r, hs), h, 'F');
        pdf.line(x + hs, y, x + hs, y + h);
      }
      rect('S');
    } else rect('FD');
  }
  pdf.setLineDashPattern([], 0);
}
