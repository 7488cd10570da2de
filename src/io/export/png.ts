// PNG export: the export's own scene (every box with all its text, no collapse buttons, handles or selection,
// whatever the canvas's zoom tier) drawn through its SVG onto a canvas at 150 or 300 dpi. The scene's px are CSS
// px (96 per inch, the canvas at 100 %), so 150 dpi is 150/96 of that. Browsers refuse or crawl on very large
// canvases, so the size is checked first and a picture too large is refused with the way out.
import regular from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url';
import italic from '@fontsource/arimo/files/arimo-latin-400-italic.woff2?url';
import bold from '@fontsource/arimo/files/arimo-latin-700-normal.woff2?url';
import boldItalic from '@fontsource/arimo/files/arimo-latin-700-italic.woff2?url';
import { sceneToSvg, SVG_MARGIN } from './svg';
import type { Scene } from './scene';

// An SVG drawn as an image reaches no font but the machine's and its own: without Arial, Chromium on Linux draws
// DejaVu Sans, a fifth wider than the widths the text was fitted with, and names run over their boxes. So the
// picture carries Arimo (Arial's widths, OFL), ~48 kB, fetched once on the first PNG.
const FACES = [
  { url: regular, weight: 400, style: 'normal' },
  { url: italic, weight: 400, style: 'italic' },
  { url: bold, weight: 700, style: 'normal' },
  { url: boldItalic, weight: 700, style: 'italic' },
] as const;
let fontCss: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('huruf gambar tidak dapat dibaca'));
    reader.readAsDataURL(blob);
  });
}

function embeddedFonts(): Promise<string> {
  fontCss ??= Promise.all(
    FACES.map(async (f) => `@font-face{font-family:'Arimo';font-weight:${f.weight};font-style:${f.style};src:url(${await dataUrl(f.url)}) format('woff2');}`),
  )
    .then((faces) => faces.join(''))
    .catch((e) => {
      fontCss = null;
      throw e;
    });
  return fontCss;
}

/** The scene's SVG with the embedded faces first in its font list, so every machine draws the same widths. */
async function svgWithFonts(scene: Scene, title: string): Promise<string> {
  const svg = sceneToSvg(scene, title);
  const css = await embeddedFonts();
  return svg.replace(/<svg ([^>]*)font-family="([^"]*)">/, (_all, attrs: string, family: string) => `<svg ${attrs}font-family="Arimo, ${family}"><defs><style>${css}</style></defs>`);
}

export const PNG_DPI_CHOICES = [150, 300] as const;
export type PngDpi = (typeof PNG_DPI_CHOICES)[number];
/** Chromium draws up to 32,767 px a side and ~268 Mpx; encoding past ~120 Mpx takes tens of seconds. */
export const PNG_MAX_SIDE = 16384;
export const PNG_MAX_PIXELS = 120_000_000;

export interface PngSize {
  width: number;
  height: number;
  ratio: number;
  /** why the browser cannot make it, in Bahasa Indonesia; null when it can */
  tooLarge: string | null;
}

export function pngSize(scene: Scene, dpi: number): PngSize {
  const ratio = dpi / 96;
  const width = Math.ceil((Math.ceil(scene.bounds.width) + 2 * SVG_MARGIN) * ratio);
  const height = Math.ceil((Math.ceil(scene.bounds.height) + 2 * SVG_MARGIN) * ratio);
  const mpx = (width * height) / 1e6;
  const tooLarge =
    width > PNG_MAX_SIDE || height > PNG_MAX_SIDE || width * height > PNG_MAX_PIXELS
      ? `Gambar ${width.toLocaleString('id-ID')} × ${height.toLocaleString('id-ID')} piksel (${Math.round(mpx)} megapiksel) pada ${dpi} dpi terlalu besar untuk browser ` +
        `(batas ${PNG_MAX_SIDE.toLocaleString('id-ID')} piksel per sisi dan ${PNG_MAX_PIXELS / 1e6} megapiksel). ` +
        (dpi > 150 ? 'Pilih 150 dpi, ' : 'Pilih ') +
        'ekspor sebagai PDF atau SVG (vektor, tajam pada ukuran berapa pun), atau ekspor hanya jabatan terpilih dan bawahannya.'
      : null;
  return { width, height, ratio, tooLarge };
}

/** Draws the scene at `dpi` and encodes it (browser only). Throws a Bahasa Indonesia message on every failure. */
export async function sceneToPng(scene: Scene, title: string, dpi: number): Promise<Blob> {
  const size = pngSize(scene, dpi);
  if (size.tooLarge) throw new Error(size.tooLarge);
  const svg = await svgWithFonts(scene, title);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error('gambar SVG tidak dapat dibaca oleh browser');
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('browser tidak menyediakan kanvas gambar sebesar ini');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(img, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('browser tidak dapat menyimpan gambar sebesar ini; pilih dpi yang lebih kecil');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
