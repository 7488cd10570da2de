// Export of the struktur canvas: SVG and PDF from the document's own geometry (vector, text as text), PNG as a
// picture of the canvas through html-to-image 1.11.11 (later versions drop the edges), print through the same SVG.
// The heavy parts (jsPDF, html-to-image) are loaded only when used.
import type { ReactFlowInstance } from '@xyflow/react';
import { downloadBlob, downloadText } from '../io/file/browserFile';
import type { PdfOptions } from '../io/export/pdf';
import { pageSize } from '../io/export/paper';
import { structureScene, type SceneOptions } from '../io/export/structureScene';
import { sceneToSvg } from '../io/export/svg';
import type { Workspace } from '../model';

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'struktur'
  );
}

export function exportSvg(doc: Workspace, scope: SceneOptions, title: string): void {
  downloadText(`${slug(title)}.svg`, sceneToSvg(structureScene(doc, scope), title), 'image/svg+xml');
}

export async function exportPdf(doc: Workspace, scope: SceneOptions, options: PdfOptions): Promise<void> {
  const { sceneToPdf } = await import('../io/export/pdf');
  const pdf = sceneToPdf(structureScene(doc, scope), options);
  downloadBlob(`${slug(options.title)}.pdf`, pdf.output('blob'));
}

const MAX_PNG_SIDE = 8000;

/** A picture of the whole canvas. Boxes outside the view are not drawn by React Flow, so fit first. */
export async function exportPng(rf: ReactFlowInstance, title: string): Promise<void> {
  const { toBlob } = await import('html-to-image');
  const { getNodesBounds } = await import('@xyflow/react');
  const before = rf.getViewport();
  await rf.fitView({ padding: 0.02, duration: 0, maxZoom: 1 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const bounds = getNodesBounds(rf.getNodes());
  const pad = 24;
  const zoom = Math.min(1, MAX_PNG_SIDE / Math.max(bounds.width + 2 * pad, bounds.height + 2 * pad));
  const width = Math.ceil((bounds.width + 2 * pad) * zoom);
  const height = Math.ceil((bounds.height + 2 * pad) * zoom);
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  try {
    if (!viewportEl) throw new Error('kanvas tidak ditemukan');
    const blob = await toBlob(viewportEl, {
      backgroundColor: '#ffffff',
      width,
      height,
      pixelRatio: 2,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${(pad - bounds.x) * zoom}px, ${(pad - bounds.y) * zoom}px) scale(${zoom})`,
      },
    });
    if (!blob) throw new Error('gambar tidak dapat dibuat');
    downloadBlob(`${slug(title)}.png`, blob);
  } finally {
    await rf.setViewport(before);
  }
}

/** Print the same picture as the PDF: the SVG alone on the page, the editor hidden by the print stylesheet. */
export function printStructure(doc: Workspace, scope: SceneOptions, options: Pick<PdfOptions, 'paper' | 'orientation' | 'title'>): void {
  const root = document.getElementById('print-root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'print-root' }));
  const page = pageSize(options);
  const pageStyle = document.getElementById('print-page-style') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'print-page-style' }));
  pageStyle.textContent = `@page { size: ${page.width}mm ${page.height}mm; margin: 15mm; }`;
  const title = document.createElement('h1');
  title.textContent = options.title;
  const svgHost = document.createElement('div');
  svgHost.className = 'print-svg';
  // The SVG is built by sceneToSvg with every label escaped; it carries no script.
  svgHost.innerHTML = sceneToSvg(structureScene(doc, scope), options.title);
  root.replaceChildren(title, svgHost);
  window.print();
}
