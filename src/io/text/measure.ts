// One text measurement for the canvas, SVG, PDF and PNG: Helvetica's glyph widths (metrics.ts), word wrap that
// never cuts (a word longer than a line is broken between characters, never shortened with "…"), and fitting a
// block of lines into a box by stepping the font down. What the canvas draws is what the exports print. Pure.
import { FIRST_CODE, HELVETICA, HELVETICA_BOLD } from './metrics';
import { cleanLine } from './sanitize';

/** Width of a character outside the table (Latin Extended, CJK …): a wide average, so the text never overflows. */
const FALLBACK = 0.62;

export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? HELVETICA_BOLD : HELVETICA;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - FIRST_CODE;
    w += c >= 0 && c < table.length ? table[c] / 100 : FALLBACK;
  }
  return w * size;
}

/**
 * Greedy word wrap to `width` px at `size`. Every character of `text` is kept: a word too long for a line is broken
 * between characters (after a "/" or "-" when there is one), never cut with an ellipsis.
 */
export function wrapWords(text: string, width: number, size: number, bold = false): string[] {
  const words = cleanLine(text).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, size, bold) <= width;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    // a word wider than the line: break it, preferring a break after "/" or "-"
    let rest = word;
    while (rest && !fits(rest)) {
      let cut = 1;
      while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
      const soft = Math.max(rest.lastIndexOf('/', cut - 1), rest.lastIndexOf('-', cut - 1));
      if (soft > 0 && soft + 1 >= cut / 2) cut = soft + 1;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) out.push(line);
  return out;
}

export interface BlockPart {
  text: string;
  /** size at the block's full scale, px */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** line height as a multiple of the size (default 1.2) */
  leading?: number;
  /** this part keeps its size when the others step down (a small kode/kind line) */
  fixed?: boolean;
  /** at most this many lines; past it the part's font steps down (default: no limit) */
  maxLines?: number;
}

export interface FittedPart {
  lines: string[];
  size: number;
  lineHeight: number;
  bold?: boolean;
  italic?: boolean;
}

export interface FittedBlock {
  parts: FittedPart[];
  /** total height of the lines, px */
  height: number;
  /** the scale applied to the parts that are not fixed (1 = as asked) */
  scale: number;
  /** false when even the smallest size overflows the height: the lines are all there, the box must grow */
  fits: boolean;
}

const STEP = 0.05;

/**
 * Parts (kode line, name, holder …) wrapped to `width` and stacked; when they are taller than `height` (or a part
 * needs more than its maxLines), every part that is not fixed steps down in size together, to `minScale` at the
 * smallest. Nothing is dropped or cut: if the smallest size still does not fit, `fits` says so and the lines are
 * returned whole.
 */
export function fitBlock(parts: readonly BlockPart[], width: number, height: number, minScale = 0.6): FittedBlock {
  const layout = (scale: number) => {
    let total = 0;
    let linesOk = true;
    const out = parts
      .filter((p) => p.text.trim() !== '')
      .map((p): FittedPart => {
        const size = p.fixed ? p.size : round(p.size * scale);
        const lines = wrapWords(p.text, width, size, p.bold);
        if (p.maxLines !== undefined && lines.length > p.maxLines) linesOk = false;
        const lineHeight = round(size * (p.leading ?? 1.2));
        total += lines.length * lineHeight;
        return { lines, size, lineHeight, bold: p.bold, italic: p.italic };
      });
    return { parts: out, height: round(total), scale, fits: total <= height + 0.01 && linesOk };
  };
  let scale = 1;
  let best = layout(scale);
  while (!best.fits && scale - STEP >= minScale - 1e-9) {
    scale = round(scale - STEP, 100);
    best = layout(scale);
  }
  return best;
}

function round(n: number, by = 100): number {
  return Math.round(n * by) / by;
}
