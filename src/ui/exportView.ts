// Export of what the user is looking at — the struktur, the open process map, the open Tim Kerja (or every team) —
// as SVG and PDF drawn from the document (vector, text as text), PNG as a picture of the canvas through
// html-to-image 1.11.11 (later versions drop the edges), and print through the same SVG with the print stylesheet.
// Loaded when the user exports; jsPDF and html-to-image load only for their format.
import type { ReactFlowInstance } from '@xyflow/react';
import { petaState, selectInMap } from '../editor/petaState';
import { mapScene } from '../io/export/mapScene';
import { pageSize } from '../io/export/paper';
import type { PdfOptions } from '../io/export/pdf';
import { stackPages, type ExportPage } from '../io/export/scene';
import { structureScene, type SceneOptions } from '../io/export/structureScene';
import { sceneToSvg } from '../io/export/svg';
import { allTeamPages, teamScene } from '../io/export/teamScene';
import { downloadBlob, downloadText, slug } from '../io/file/browserFile';
import type { Workspace } from '../model';
import { viewport } from '../editor/viewport';

/** What the export dialog exports: the view the user is looking at. */
export type ExportTarget =
  | { kind: 'struktur' }
  | { kind: 'map'; mapId: string }
  /** teamId null: every team, one page each */
  | { kind: 'team'; teamId: string | null };

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'print';

export interface ExportRequest {
  target: ExportTarget;
  format: ExportFormat;
  /** the struktur's scope (subtree, collapsed boxes) */
  scope: SceneOptions;
  pdf: PdfOptions;
  /** PNG of a canvas: without the findings' badges, outlines and coloured lines (the picture for a lampiran) */
  hideFindings?: boolean;
}

/** The pictures of a target, each with its title. Refuses, in Bahasa Indonesia, a target that is gone or empty. */
function pagesOf(doc: Workspace, target: ExportTarget, scope: SceneOptions, title: string): ExportPage[] {
  if (target.kind === 'struktur') return [{ title, scene: structureScene(doc, scope) }];
  if (target.kind === 'map') {
    const map = doc.maps[target.mapId];
    if (!map) throw new Error('peta yang dibuka sudah tidak ada');
    return [{ title, scene: mapScene(doc, map) }];
  }
  if (target.teamId === null) {
    const pages = allTeamPages(doc);
    if (pages.length === 0) throw new Error('dokumen ini belum memiliki Tim Kerja');
    return pages;
  }
  const team = doc.teams[target.teamId];
  if (!team) throw new Error('tim yang dibuka sudah tidak ada');
  return [{ title, scene: teamScene(doc, team) }];
}

function svgOf(pages: readonly ExportPage[], title: string): string {
  return sceneToSvg(pages.length === 1 ? pages[0].scene : stackPages(pages), title);
}

export async function runExport(doc: Workspace, req: ExportRequest): Promise<void> {
  const title = req.pdf.title;
  const pages = pagesOf(doc, req.target, req.scope, title);
  if (req.format === 'svg') downloadText(`${slug(title)}.svg`, svgOf(pages, title), 'image/svg+xml');
  else if (req.format === 'pdf') {
    const { pagesToPdf } = await import('../io/export/pdf');
    downloadBlob(`${slug(title)}.pdf`, pagesToPdf(pages, req.pdf).output('blob'));
  } else if (req.format === 'print') printPages(pages, req.pdf);
  else downloadBlob(`${slug(title)}.png`, await withoutFindings(req.hideFindings ?? true, () => pngOf(req.target, pages, title)));
}

/** Runs the capture with the findings' marks hidden (styles.css, .no-findings), then shows them again. */
async function withoutFindings<T>(hide: boolean, capture: () => Promise<T>): Promise<T> {
  const app = document.querySelector('.app');
  if (!hide || !app || app.classList.contains('no-findings')) return capture();
  app.classList.add('no-findings');
  try {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return await capture();
  } finally {
    app.classList.remove('no-findings');
  }
}

// ── PNG ─────────────────────────────────────────────────────────────────────────────────────────────────────

const MAX_PNG_SIDE = 8000;
const PAD = 24;

/**
 * The canvas as the user sees it where there is one: the struktur and the React Flow maps (lintas fungsi,
 * relasi) from their viewport, the level map from its bands. The subproses editor is a form and the Tim Kerja
 * view shows the struktur, so their picture is the exported chart itself, rasterised.
 */
async function pngOf(target: ExportTarget, pages: readonly ExportPage[], title: string): Promise<Blob> {
  if (target.kind === 'struktur') {
    const rf = viewport();
    if (!rf) throw new Error('kanvas belum siap');
    return strukturPng(rf);
  }
  if (target.kind === 'map') {
    // a picture for a document, not of the editing: no selection outline while it is taken
    const selected = petaState.get().selected;
    selectInMap(null);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      const flow = document.querySelector<HTMLElement>('.peta-body .react-flow__viewport');
      if (flow) return await flowPng(flow);
      const level = document.querySelector<HTMLElement>('[data-testid="lv-map"]');
      if (level) return await levelPng(level);
    } finally {
      selectInMap(selected);
    }
  }
  return svgToPng(svgOf(pages, title));
}

async function toPng(el: HTMLElement, options: Parameters<typeof import('html-to-image').toBlob>[1]): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(el, { backgroundColor: '#ffffff', pixelRatio: 2, ...options });
  if (!blob) throw new Error('gambar tidak dapat dibuat');
  return blob;
}

/** A picture of the whole struktur canvas. Boxes outside the view are not drawn by React Flow, so fit first. */
async function strukturPng(rf: ReactFlowInstance): Promise<Blob> {
  const { getNodesBounds } = await import('@xyflow/react');
  const before = rf.getViewport();
  await rf.fitView({ padding: 0.02, duration: 0, maxZoom: 1 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  try {
    if (!viewportEl) throw new Error('kanvas tidak ditemukan');
    return await framedPng(viewportEl, getNodesBounds(rf.getNodes()));
  } finally {
    await rf.setViewport(before);
  }
}

/** A React Flow viewport framed around its nodes, at scale 1 (smaller only past MAX_PNG_SIDE). */
async function framedPng(viewportEl: HTMLElement, bounds: { x: number; y: number; width: number; height: number }, filter?: (node: HTMLElement) => boolean): Promise<Blob> {
  const zoom = Math.min(1, MAX_PNG_SIDE / Math.max(bounds.width + 2 * PAD, bounds.height + 2 * PAD));
  const width = Math.ceil((bounds.width + 2 * PAD) * zoom);
  const height = Math.ceil((bounds.height + 2 * PAD) * zoom);
  return toPng(viewportEl, {
    width,
    height,
    filter,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${(PAD - bounds.x) * zoom}px, ${(PAD - bounds.y) * zoom}px) scale(${zoom})` },
  });
}

/**
 * A map's React Flow viewport. These canvases draw every node (no onlyRenderVisibleElements), so the frame is the
 * nodes' own rectangles read from the DOM; the connection handles are left out.
 */
function flowPng(viewportEl: HTMLElement): Promise<Blob> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of viewportEl.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(n.style.transform);
    if (!m) continue;
    const x = Number(m[1]);
    const y = Number(m[2]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + n.offsetWidth);
    maxY = Math.max(maxY, y + n.offsetHeight);
  }
  if (minX === Infinity) throw new Error('peta ini masih kosong');
  const notHandle = (node: HTMLElement) => !node.classList?.contains('react-flow__handle');
  return framedPng(viewportEl, { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, notHandle);
}

/** The level map's bands and stakeholders without the editing controls (add buttons, the stakeholder field). */
function levelPng(el: HTMLElement): Promise<Blob> {
  const editing = (node: HTMLElement) => node.tagName === 'BUTTON' || node.tagName === 'FORM';
  return toPng(el, { filter: (node) => !editing(node), width: el.scrollWidth, height: el.scrollHeight });
}

/** An SVG drawn on a canvas at twice its size (at most MAX_PNG_SIDE px a side). */
async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const ratio = Math.min(2, MAX_PNG_SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * ratio);
    canvas.height = Math.ceil(img.naturalHeight * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('kanvas gambar tidak tersedia');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('gambar tidak dapat dibuat');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

// ── Print ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Print the same pages as the PDF: the lampiran heading on the first, each picture under its title fitted to its
 * sheet, the signature on the last; the editor is hidden by the print stylesheet (styles.css, #print-root).
 */
function printPages(pages: readonly ExportPage[], options: Pick<PdfOptions, 'paper' | 'orientation' | 'title' | 'heading' | 'signature'>): void {
  const root = document.getElementById('print-root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'print-root' }));
  const page = pageSize(options);
  const pageStyle = document.getElementById('print-page-style') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'print-page-style' }));
  pageStyle.textContent = [
    `@page { size: ${page.width}mm ${page.height}mm; margin: 15mm; }`,
    `#print-root .print-page { display: flex; flex-direction: column; height: ${page.height - 30 - 1}mm; break-after: page; font: 10pt Arial, Helvetica, sans-serif; }`,
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
