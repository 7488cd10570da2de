// A Scene as SVG: vector shapes with text as text (selectable, searchable), every label escaped.
import { cleanText } from '../text/sanitize';
import { arrowHead, labelLines, labelRect, offpagePoints, type Scene, type SceneItem, type ScenePath, type SceneShape, type TextLine } from './scene';

/** px around the picture */
export const SVG_MARGIN = 24;
const MARGIN = SVG_MARGIN;

/** Text for XML: characters XML cannot carry dropped (the shared sanitiser), markup escaped. */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function sceneToSvg(scene: Scene, title: string): string {
  const { bounds } = scene;
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, 'Liberation Sans', Arimo, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${round(MARGIN - bounds.x)} ${round(MARGIN - bounds.y)})">`,
  ];
  for (const item of scene.items) parts.push(itemSvg(item));
  // arrow labels over everything, so no symbol covers the "Ya" of a short arrow
  for (const item of scene.items) if (item.type === 'path' && item.label?.lines.length) parts.push(labelSvg(item.label));
  parts.push('</g></svg>');
  return parts.join('\n');
}

function itemSvg(item: SceneItem): string {
  if (item.type === 'text') return textSvg(item);
  if (item.type === 'shape') return shapeSvg(item);
  const out: string[] = [];
  const d = item.points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' ');
  const cls = item.className ? ` class="${escapeXml(item.className)}"` : '';
  const dash = item.dashed ? ` stroke-dasharray="6 4"` : '';
  out.push(`<path${cls} d="${d}" fill="none" stroke="${item.stroke}" stroke-width="${item.width}"${dash}/>`);
  const head = item.arrow ? arrowHead(item.points) : null;
  if (head) out.push(`<polygon points="${head.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" fill="${item.stroke}"/>`);
  return out.join('\n');
}

function labelSvg(label: NonNullable<ScenePath['label']>): string {
  const r = labelRect(label);
  return [
    `<rect class="label" x="${round(r.x)}" y="${round(r.y)}" width="${round(r.width)}" height="${round(r.height)}" rx="3" fill="#ffffff" fill-opacity="0.92"/>`,
    ...labelLines(label).map(textSvg),
  ].join('\n');
}

function shapeSvg(s: SceneShape): string {
  const cls = s.className ? ` class="${escapeXml(s.className)}"` : '';
  const id = s.id ? ` data-id="${escapeXml(s.id)}"` : '';
  const stroke = `stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.dashed ? ' stroke-dasharray="5 4"' : ''}`;
  const paint = `fill="${s.fill}" ${stroke}`;
  const out = [`<g${cls}${id}>`];
  if (s.shape === 'diamond') {
    const cx = s.x + s.width / 2;
    const cy = s.y + s.height / 2;
    out.push(`<polygon points="${round(cx)},${round(s.y)} ${round(s.x + s.width)},${round(cy)} ${round(cx)},${round(s.y + s.height)} ${round(s.x)},${round(cy)}" ${paint}/>`);
  } else if (s.shape === 'offpage') {
    out.push(`<polygon points="${offpagePoints(s).map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" ${paint}/>`);
  } else if (s.shape === 'circle') {
    out.push(`<ellipse cx="${round(s.x + s.width / 2)}" cy="${round(s.y + s.height / 2)}" rx="${round(s.width / 2)}" ry="${round(s.height / 2)}" ${paint}/>`);
  } else {
    const r = round(Math.min(s.shape === 'terminator' ? s.height / 2 : (s.radius ?? 0), s.height / 2));
    const rect = (x: number, y: number, w: number, h: number, rx: number, attrs: string) =>
      `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}"${rx ? ` rx="${rx}"` : ''} ${attrs}/>`;
    if (s.header) {
      // fill, then the header strip (rounded on the outer side only), the parting line, and the outline over all
      const h = s.header;
      const fill = `fill="${h.fill}"`;
      out.push(rect(s.x, s.y, s.width, s.height, r, `fill="${s.fill}"`));
      if (h.side === 'top') {
        out.push(rect(s.x, s.y, s.width, h.size, r, fill), rect(s.x, s.y + Math.min(r, h.size), s.width, h.size - Math.min(r, h.size), 0, fill));
        out.push(`<line x1="${round(s.x)}" y1="${round(s.y + h.size)}" x2="${round(s.x + s.width)}" y2="${round(s.y + h.size)}" ${stroke}/>`);
      } else {
        out.push(rect(s.x, s.y, h.size, s.height, r, fill), rect(s.x + Math.min(r, h.size), s.y, h.size - Math.min(r, h.size), s.height, 0, fill));
        out.push(`<line x1="${round(s.x + h.size)}" y1="${round(s.y)}" x2="${round(s.x + h.size)}" y2="${round(s.y + s.height)}" ${stroke}/>`);
      }
      out.push(rect(s.x, s.y, s.width, s.height, r, `fill="none" ${stroke}`));
    } else out.push(rect(s.x, s.y, s.width, s.height, r, paint));
  }
  for (const t of s.texts) out.push(textSvg(t));
  out.push('</g>');
  return out.join('\n');
}

function textSvg(t: TextLine): string {
  const attrs = [`x="${round(t.x)}"`, `y="${round(t.y)}"`, `font-size="${t.size}"`, `fill="${t.color}"`];
  if (t.bold) attrs.push('font-weight="bold"');
  if (t.italic) attrs.push('font-style="italic"');
  if (t.anchor && t.anchor !== 'start') attrs.push(`text-anchor="${t.anchor}"`);
  if (t.opacity !== undefined) attrs.push(`opacity="${t.opacity}"`);
  if (t.angle) attrs.push(`transform="rotate(${t.angle} ${round(t.x)} ${round(t.y)})"`);
  return `<text ${attrs.join(' ')}>${escapeXml(t.text)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
