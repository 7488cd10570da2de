// Export of what the user is looking at — the struktur, the open process map, the open Tim Kerja (or every team) —
// as SVG, PDF and PNG, all drawn from the document's export scene (io/export/plan.ts): the same picture at any
// on-screen zoom, every box with its whole text and no editing control. Print goes through the same SVG with the
// print stylesheet. Loaded when the user exports; jsPDF loads only for its format.
import { orientationFor, pageSize, readableOn } from '../io/export/paper';
import type { PdfOptions } from '../io/export/pdf';
import { pagesOf, type ExportTarget } from '../io/export/plan';
import { sceneToPng } from '../io/export/png';
import { stackPages, type ExportPage } from '../io/export/scene';
import { structureScene, type FindingMark, type SceneOptions } from '../io/export/structureScene';
import { sceneToSvg } from '../io/export/svg';
import { downloadBlob, downloadText, slug } from '../io/file/browserFile';
import type { Workspace } from '../model';
import type { Editor } from '../editor/types';

export type { ExportTarget };

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'print';

export interface ExportRequest {
  target: ExportTarget;
  format: ExportFormat;
  /** the struktur's scope (subtree, collapsed boxes) */
  scope: SceneOptions;
  pdf: PdfOptions;
  /** one page per Bidang/Bagian with a key page (struktur, PDF and print) */
  perUnit?: boolean;
  /** PNG: dots per inch (150 or 300) */
  dpi?: number;
  /** PNG of the struktur: without the findings' outlines (the picture for a lampiran; default true) */
  hideFindings?: boolean;
}

function svgOf(pages: readonly ExportPage[], title: string): string {
  return sceneToSvg(pages.length === 1 ? pages[0].scene : stackPages(pages), title);
}

/** The boxes to outline in a PNG that keeps the findings' marks: the worst error or warning of each. */
function findingMarks(editor: Editor): Map<string, FindingMark> {
  const marks = new Map<string, FindingMark>();
  for (const [id, worst] of editor.findings.get().worstBySubject) if (worst === 'error' || worst === 'warning') marks.set(id, worst);
  return marks;
}

export async function runExport(editor: Editor, doc: Workspace, req: ExportRequest): Promise<void> {
  const title = req.pdf.title;
  const perUnit = !!req.perUnit && req.format !== 'svg' && req.format !== 'png';
  const pages = pagesOf(doc, req.target, req.scope, title, perUnit, perUnit ? readableOn({ ...req.pdf, everyPage: true }) : undefined);
  if (req.format === 'svg') downloadText(`${slug(title)}.svg`, svgOf(pages, title), 'image/svg+xml');
  else if (req.format === 'pdf') {
    const { pagesToPdf } = await import('../io/export/pdf');
    downloadBlob(`${slug(title)}.pdf`, pagesToPdf(pages, { ...req.pdf, everyPage: req.pdf.everyPage || !!req.perUnit }).output('blob'));
  } else if (req.format === 'print') printPages(pages, req.pdf);
  else {
    const marked = req.target.kind === 'struktur' && req.hideFindings === false;
    const scene = marked ? structureScene(doc, { ...req.scope, marks: findingMarks(editor) }) : pages.length === 1 ? pages[0].scene : stackPages(pages);
    downloadBlob(`${slug(title)}.png`, await sceneToPng(scene, title, req.dpi ?? 150));
  }
}

// ── Print ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Print the same pages as the PDF: the lampiran heading on the first, each picture under its title fitted to its
 * sheet, the signature on the last; the editor is hidden by the print stylesheet (styles.css, #print-root).
 */
function printPages(pages: readonly ExportPage[], options: Pick<PdfOptions, 'paper' | 'orientation' | 'title' | 'heading' | 'signature'>): void {
  const orientation = orientationFor(pages[0].scene, options.orientation);
  const root = document.getElementById('print-root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'print-root' }));
  const page = pageSize({ paper: options.paper, orientation });
  const pageStyle = document.getElementById('print-page-style') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'print-page-style' }));
  pageStyle.textContent = [
    `@page { size: ${page.width}mm ${page.height}mm; margin: 15mm; }`,
    `#print-root .print-page { display: flex; flex-direction: column; height: ${page.height - 30 - 1}mm; break-after: page; font: 10pt Arial, Helvetica, 'Liberation Sans', Arimo, sans-serif; }`,
    `#print-root .print-page:last-child { break-after: auto; }`,
    `#print-root .print-heading { align-self: flex-end; width: 95mm; margin-bottom: 4mm; border-collapse: collapse; }`,
    `#print-root .print-heading td { padding: 0 1mm 0 0; vertical-align: top; }`,
    `#print-root .print-heading td.label { width: 18mm; }`,
    // the lanes' and bands' fills are part of the picture
    `#print-root { print-color-adjust: exact; -webkit-print-color-adjust: exact; }`,
    `#print-root .print-svg { flex: 1; min-height: 0; }`,
    `#print-root .print-svg svg { width: 100%; height: 100%; max-height: none; }`,
    `#print-root .print-signature { align-self: flex-end; width: 70mm; text-align: center; margin-top: 4mm; }`,
    `#print-root .print-signature .nama { margin-top: 18mm; font-weight: bold; }`,
  ].join('\n');

  const sections = pages.map((p, i) => {
    const section = document.createElement('section');
    section.className = 'print-page';
    if (i === 0 && options.heading) section.append(headingTable(options.heading));
    const h1 = document.createElement('h1');
    h1.textContent = p.title;
    const svgHost = document.createElement('div');
    svgHost.className = 'print-svg';
    // The SVG is built by sceneToSvg with every label escaped; it carries no script.
    svgHost.innerHTML = sceneToSvg(p.scene, p.title);
    section.append(h1, svgHost);
    if (i === pages.length - 1 && options.signature) {
      const sig = document.createElement('div');
      sig.className = 'print-signature';
      const jabatan = document.createElement('div');
      jabatan.textContent = options.signature.jabatan.toUpperCase();
      const nama = document.createElement('div');
      nama.className = 'nama';
      nama.textContent = options.signature.nama.toUpperCase();
      sig.append(jabatan, nama);
      section.append(sig);
    }
    return section;
  });
  root.replaceChildren(...sections);
  window.print();
}

/** LAMPIRAN / PERATURAN … / NOMOR : … / TAHUN : … / TENTANG : …, as the PDF writes it. */
function headingTable(h: NonNullable<PdfOptions['heading']>): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'print-heading';
  const rows: [string, string | null][] = [
    ['LAMPIRAN', null],
    [h.peraturan.toUpperCase(), null],
    ['NOMOR', h.nomor],
    ['TAHUN', h.tahun],
    ['TENTANG', h.tentang.toUpperCase()],
  ];
  for (const [label, value] of rows) {
    if (value === '') continue;
    const tr = table.insertRow();
    const a = tr.insertCell();
    a.textContent = label;
    if (value === null) a.colSpan = 3;
    else {
      a.className = 'label';
      tr.insertCell().textContent = ':';
      tr.insertCell().textContent = value;
    }
  }
  return table;
}
