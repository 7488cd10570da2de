// The one place that decides which characters an export can carry. XML 1.0 forbids the C0 controls other than
// tab, newline and carriage return, lone UTF-16 surrogates and U+FFFE/U+FFFF; a PDF text string and a terminal
// choke on the same controls (U+001B starts an escape sequence). Every exporter — SVG, PDF, PNG (through the SVG),
// the SOP table, the CLI's text — passes its labels through cleanText(). Pure: no DOM.

/**
 * C0 controls except tab and newline, DEL and the C1 controls, unpaired surrogates, and the two non-characters.
 * Vertical tab and form feed (a CSV cell's line break in some spreadsheets) become a space; CR LF becomes LF.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /\r\n?|[\u000B\u000C]|[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character an export cannot carry dropped (line breaks and tabs kept, see UNSAFE). */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\r' || c === '\r\n' ? '\n' : c === '\u000B' || c === '\u000C' ? ' ' : ''));
}

/** The same for one line of text (a label in a box): line breaks and tabs become spaces as well. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\n]/g, ' ');
}

/** Whether `text` holds anything cleanText() would change. */
export function needsCleaning(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** Characters outside WinAnsi (what jsPDF's standard fonts can write), spelled with ones inside it. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPELLED: Record<string, string> = { '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2192': '->', '\u2190': '<-', '\u2265': '>=', '\u2264': '<=', '\u00B1': '±', '\u2713': 'v', '\u25B2': '^' };

/**
 * A line for a PDF drawn with the standard Helvetica: cleaned, then every character the font has no glyph for
 * spelled plainly (arrows, non-breaking spaces) or, failing that, written as "?" rather than as garbage.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of cleanLine(text)) {
    const code = ch.codePointAt(0)!;
    if (code < 256 || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += SPELLED[ch] ?? (ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').length === 1 && ch.normalize('NFD').codePointAt(0)! < 256 ? ch.normalize('NFD')[0] : '?');
  }
  return out;
}
