// Struktur as SVG: vector shapes with text as text (selectable, searchable), every label escaped.
import { KIND_STYLE, LINE_STYLE, wrapText, type Scene } from './structureScene';

const MARGIN = 24;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function sceneToSvg(scene: Scene, title: string): string {
  const { bounds } = scene;
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN);
  const ox = MARGIN - bounds.x;
  const oy = MARGIN - bounds.y;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${ox} ${oy})">`,
  );
  for (const line of scene.lines) {
    const style = LINE_STYLE[line.kind];
    const d = line.points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' ');
    parts.push(`<path class="line-${line.kind}" d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"/>`);
  }
  for (const b of scene.boxes) {
    const s = KIND_STYLE[b.kind];
    const maxChars = Math.floor((b.width - 18) / 6.6);
    const nama = wrapText(b.nama, maxChars, b.stacked ? 1 : 2);
    parts.push(
      `<g class="box kind-${b.kind}" data-id="${escapeXml(b.id)}">`,
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="${s.radius}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>`,
    );
    let y = b.y + (b.stacked ? 18 : 20);
    const head = [b.kode, b.kindLabel].filter(Boolean).join('  ');
    parts.push(`<text x="${b.x + 9}" y="${y}" font-size="10" fill="${s.text}" opacity="0.85">${escapeXml(head)}</text>`);
    for (const text of nama) {
      y += 15;
      parts.push(`<text x="${b.x + 9}" y="${y}" font-size="12.5" font-weight="bold" fill="${s.text}">${escapeXml(text)}</text>`);
    }
    if (b.holder && !b.stacked) {
      y += 14;
      parts.push(`<text x="${b.x + 9}" y="${Math.min(y, b.y + b.height - 6)}" font-size="10.5" font-style="italic" fill="${s.text}">${escapeXml(wrapText(b.holder, maxChars, 1)[0] ?? '')}</text>`);
    }
    parts.push('</g>');
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
