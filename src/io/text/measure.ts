// One text measurement for the canvas, SVG, PDF and PNG: Helvetica's glyph widths (metrics.ts), word wrap that
// never cuts (lines break at spaces; a word longer than a line is hyphenated at a syllable, never shortened with "…"), and fitting a
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
 * Greedy word wrap to `width` px at `size`. Lines break at spaces only; every character of `text` is kept. A word
 * too long for a line on its own is hyphenated at a syllable boundary ("Adminis-" / "trator", Indonesian rules,
 * see syllableBreaks) or after a "/" or "-" it already has — never cut mid-syllable unless it has no boundary that
 * fits, never shortened with "…". Callers that can step the font down do so first (fitBlock, wordsFit).
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
    let rest = word;
    while (rest && !fits(rest)) {
      const piece = hyphenPiece(rest, fits);
      out.push(piece.line);
      rest = rest.slice(piece.taken);
    }
    line = rest;
  }
  if (line) out.push(line);
  return out;
}

/** Whether every word of `text` fits a line of `width` on its own (so wrapWords breaks at spaces only). */
export function wordsFit(text: string, width: number, size: number, bold = false): boolean {
  return cleanLine(text)
    .split(/\s+/)
    .every((w) => textWidth(w, size, bold) <= width);
}

/** The width of the widest word of `text`, px. */
export function widestWord(text: string, size: number, bold = false): number {
  return Math.max(0, ...cleanLine(text).split(/\s+/).map((w) => textWidth(w, size, bold)));
}

/** The longest head of `word` that fits a line: up to a "/" or "-" of its own, or a syllable boundary plus "-". */
function hyphenPiece(word: string, fits: (s: string) => boolean): { line: string; taken: number } {
  const breaks = new Set(syllableBreaks(word));
  for (let i = word.length - 1; i >= 1; i--) {
    const soft = word[i - 1] === '/' || word[i - 1] === '-';
    if (soft && fits(word.slice(0, i))) return { line: word.slice(0, i), taken: i };
    if (breaks.has(i) && fits(`${word.slice(0, i)}-`)) return { line: `${word.slice(0, i)}-`, taken: i };
  }
  // no boundary fits (a line narrower than any syllable): as many characters as fit, with the hyphen
  let cut = 1;
  while (cut < word.length - 1 && fits(`${word.slice(0, cut + 1)}-`)) cut++;
  return { line: `${word.slice(0, cut)}-`, taken: cut };
}

/**
 * `text` with a soft hyphen (U+00AD) at every syllable boundary of its longer words, for an HTML cell too narrow
 * for a word: the browser then hyphenates there ("Adminis-trator") instead of splitting anywhere.
 */
export function softHyphens(text: string): string {
  return text.replace(/\p{L}{6,}/gu, (word) => {
    const at = syllableBreaks(word);
    let out = '';
    let from = 0;
    for (const i of at) {
      out += `${word.slice(from, i)}\u00AD`;
      from = i;
    }
    return out + word.slice(from);
  });
}

const VOWEL = /[aeiouAEIOU\u00C0-\u00FF]/;
const LETTER = /\p{L}/u;
/** consonant pairs that are one sound in Indonesian and stay together: ng, ny, kh, sy, tr/pr/… stay as written */
const DIGRAPH = new Set(['ng', 'ny', 'kh', 'sy']);
const DIPHTHONG = new Set(['ai', 'au', 'oi', 'ei']);

/**
 * Where `word` may be hyphenated (indices i: a break between word[i-1] and word[i]), by the Indonesian rules
 * (KBBI/PUEBI pemenggalan): between two vowels that are not a diphthong (ma-af), before a single consonant
 * between vowels (ba-pak), between two consonants (lam-pu; ng/ny/kh/sy count as one: pe-nga-dil-an), after the
 * first of three (in-stru-men). At least two letters stay on each side.
 */
export function syllableBreaks(word: string): number[] {
  const out: number[] = [];
  const n = word.length;
  const isV = (i: number) => VOWEL.test(word[i]);
  const isC = (i: number) => LETTER.test(word[i]) && !isV(i);
  let i = 0;
  while (i < n && !isV(i)) i++;
  while (i < n) {
    // i is a vowel: find the next vowel j and the consonants between
    let j = i + 1;
    while (j < n && isC(j)) j++;
    if (j >= n || !isV(j)) {
      i = j + 1;
      while (i < n && !isV(i)) i++;
      continue;
    }
    const cons = j - i - 1;
    let at = -1;
    if (cons === 0) at = DIPHTHONG.has(word.slice(i, j + 1).toLowerCase()) ? -1 : j;
    else if (cons === 1) at = i + 1;
    else {
      const pair = word.slice(i + 1, i + 3).toLowerCase();
      const last = word.slice(j - 2, j).toLowerCase();
      if (cons === 2) at = DIGRAPH.has(pair) ? i + 1 : i + 2;
      else at = DIGRAPH.has(pair) ? i + 3 : DIGRAPH.has(last) ? j - 2 : i + 2;
    }
    if (at >= 2 && n - at >= 2) out.push(at);
    i = j;
  }
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
 * needs more than its maxLines, or has a word wider than the line), every part that is not fixed steps down in
 * size together, from `maxScale` to `minScale` at the smallest. Nothing is dropped or cut: if the smallest size still does not fit, `fits` says so and the lines are
 * returned whole.
 */
export function fitBlock(parts: readonly BlockPart[], width: number, height: number, minScale = 0.6, maxScale = 1): FittedBlock {
  const layout = (scale: number) => {
    let total = 0;
    let linesOk = true;
    const out = parts
      .filter((p) => p.text.trim() !== '')
      .map((p): FittedPart => {
        const size = p.fixed ? p.size : round(p.size * scale);
        const lines = wrapWords(p.text, width, size, p.bold);
        if (p.maxLines !== undefined && lines.length > p.maxLines) linesOk = false;
        // a word wider than the line would be hyphenated: step down first, so words stay whole where they can
        if (!wordsFit(p.text, width, size, p.bold)) linesOk = false;
        const lineHeight = round(size * (p.leading ?? 1.2));
        total += lines.length * lineHeight;
        return { lines, size, lineHeight, bold: p.bold, italic: p.italic };
      });
    return { parts: out, height: round(total), scale, fits: total <= height + 0.01 && linesOk };
  };
  let scale = maxScale;
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
