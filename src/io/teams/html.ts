// Printable HTML pieces for the team documents: escaping and a standalone A4 page. Every text that comes from the
// document goes through escapeHtml; markup is written here only. Pure strings — no DOM — so node tests and the
// browser (print to PDF from a new window) use the same output.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Dotted blank for a value the user fills in by hand (or the document does not know yet). */
export const BLANK = '……………………';

/** Escaped text, or the dotted blank when the value is missing. */
export function textOrBlank(text: string | null | undefined): string {
  return text && text.trim() ? escapeHtml(text) : BLANK;
}

const PAGE_CSS = `
@page { size: A4; margin: 2cm 2cm 2cm 2.5cm; }
* { box-sizing: border-box; }
body { font-family: 'Bookman Old Style', 'Times New Roman', serif; font-size: 12pt; line-height: 1.4; color: #000; margin: 0; }
main { max-width: 17cm; margin: 0 auto; padding: 1cm 0; }
h1, h2, h3, p { margin: 0; }
.center { text-align: center; }
.upper { text-transform: uppercase; }
.kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 6pt; margin-bottom: 12pt; font-weight: bold; }
.judul { text-align: center; font-weight: bold; margin: 12pt 0 0; }
.judul + .nomor, .nomor { text-align: center; }
.tentang { text-align: center; font-weight: bold; }
.pejabat { text-align: center; font-weight: bold; margin: 12pt 0; }
table.klausul { width: 100%; border-collapse: collapse; margin: 6pt 0; }
table.klausul td { vertical-align: top; padding: 2pt 4pt; }
table.klausul td.label { width: 3.6cm; white-space: nowrap; }
table.klausul td.titik { width: 0.4cm; }
ol { margin: 0; padding-left: 1.4em; }
ol.huruf { list-style-type: lower-alpha; }
ol.angka { list-style-type: decimal; }
.amar { text-align: center; font-weight: bold; margin: 10pt 0 6pt; }
.ttd { margin: 24pt 0 0 50%; }
.ttd .nama { margin-top: 60pt; font-weight: bold; text-decoration: underline; }
.lampiran { break-before: page; page-break-before: always; }
.lampiran-kepala { margin-left: 50%; margin-bottom: 18pt; }
table.susunan { width: 100%; border-collapse: collapse; margin-top: 12pt; }
table.susunan th, table.susunan td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: top; }
table.susunan th { text-align: center; font-weight: bold; }
table.susunan td.no { text-align: center; width: 1.2cm; }
.catatan { margin-top: 12pt; font-size: 10pt; font-style: italic; }
@media screen { body { background: #eee; } main { background: #fff; padding: 2cm 2cm 2cm 2.5cm; margin: 1cm auto; box-shadow: 0 0 4px rgba(0,0,0,.3); } }
`;

/** A standalone page (no scripts, no outside resources) with A4 print styles; `body` is already escaped markup. */
export function printablePage(title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${PAGE_CSS}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
}
