// The words of a regulation behind a citation: given the text of a regional regulation (docs/regulations) and the
// clause part of a citation ("Pasal 5 ayat (3) dan ayat (4)", "Pasal 1 angka 11 dan angka 12"), the Pasal/ayat/angka
// it names, quoted from that same text. Pure: the rule dialog loads the text, this finds the words.
//
// The texts are conversions of PDFs and differ in shape: ayat marked "- (1) …" or "(1) …" on one line (Banjarmasin,
// Serang, Palembang, Padang Panjang), or unmarked paragraphs wrapped over several lines (Banjar); headings with or
// without "###". A Lampiran is a picture in the original and is not quoted.

export interface ClauseQuote {
  /** "Pasal 5 ayat (4)" */
  ref: string;
  text: string;
}

export interface CitationQuotes {
  quotes: ClauseQuote[];
  /** the citation (also) names a Lampiran, which is not quoted */
  lampiran: boolean;
}

/** A citation without its remarks in parentheses ("(keutuhan data susunan tim)"); "(A–D angka 1 huruf c)" stays. */
export function withoutRemarks(clause: string): string {
  return clause.replace(/\s*\(([^()]*)\)/g, (all, inner: string) =>
    /^\d+$/.test(inner) || !(inner.match(/[a-z]{4,}/g) ?? []).some((w) => !/^(angka|huruf|butir)$/.test(w)) ? all : '',
  );
}

const HEADING = /^\s*(?:#+\s*)?(?:Pasal\s+\d+[A-Z]?|Bagian\s+\S+|BAB\s+\S+|Paragraf\s+\S+)\b/i;

function pasalLines(text: string, pasal: string): string[] | null {
  const lines = text.split(/\r?\n/);
  const head = new RegExp(`^\\s*(?:#+\\s*)?Pasal\\s+${pasal}\\s*$`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return null;
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    if (HEADING.test(lines[i]) && !/^\s*-?\s*\(\d+\)/.test(lines[i])) break;
    out.push(lines[i]);
  }
  return out;
}

/** Paragraphs of a Pasal: one per blank-line block, wrapped lines joined; conversion stubs ("6. Aparatur...") dropped. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) out.push(cur.join(' ').replace(/\s+/g, ' ').trim());
    cur = [];
  };
  for (const l of lines) {
    if (!l.trim()) flush();
    else cur.push(l.trim());
  }
  flush();
  return out.filter((p) => p && !/^\S+(\s\S+)?\.\.\.$/.test(p));
}

const clean = (s: string) => s.replace(/^-\s*/, '').replace(/\s+/g, ' ').trim();

const isStub = (s: string) => /\.\.\.$/.test(s) && s.length < 60;

/**
 * The ayat of a Pasal, numbered 1…n. An ayat starts at a line "(k) …" (or "- (k) …") when k is the next number, or —
 * in texts whose markers were lost — at a blank line. A wrapped line that happens to start with "(2)" (a reference
 * such as "ayat\n(2) yang …") is not the next number and stays part of its ayat; a stub "(3) Ketua..." left by the
 * conversion gives way to the full ayat that follows it.
 */
function ayatList(lines: string[]): string[] {
  const firstText = lines.find((l) => l.trim());
  const marked = !!firstText && /^\s*-?\s*\(1\)\s/.test(firstText);
  const items: string[] = [];
  let open = false;
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) {
      if (!marked) open = false;
      continue;
    }
    const k = Number(/^-?\s*\((\d+)\)\s/.exec(l)?.[1] ?? 0);
    if (k && k === items.length + 1) {
      items.push(clean(l).replace(/^\(\d+\)\s*/, ''));
      open = true;
    } else if (k && k === items.length && isStub(items[k - 1])) {
      items[k - 1] = clean(l).replace(/^\(\d+\)\s*/, '');
      open = true;
    } else if (!marked && !open) {
      if (/^\S+(\s\S+)?\.\.\.$/.test(l)) continue;
      items.push(clean(l));
      open = true;
    } else if (items.length) {
      items[items.length - 1] += ` ${clean(l)}`;
    }
  }
  return items;
}

function ayatOf(lines: string[], ayat: string): string | null {
  const items = ayatList(lines);
  const k = Number(ayat);
  return items.length > 1 && items[k - 1] ? `(${k}) ${items[k - 1]}` : null;
}

/** "k. …" definitions of a Pasal 1: the first full text of each number (empty "21." lines and stubs skipped). */
function angkaOf(lines: string[], angka: string): string | null {
  let current: string | null = null;
  let text = '';
  for (const raw of lines) {
    const l = raw.trim();
    const m = /^-?\s*(\d+)\.\s*(.*)$/.exec(l);
    if (m) {
      if (current !== null && text && !isStub(text)) break;
      current = m[1] === angka && m[2] && !isStub(m[2]) ? m[1] : null;
      text = current ? m[2] : '';
    } else if (current !== null) {
      if (!l) continue;
      text += ` ${l}`;
    }
  }
  return text ? `${angka}. ${text.replace(/\s+/g, ' ').trim()}` : null;
}

/** Split "Pasal 8 ayat (2) dan ayat (3), Pasal 9 ayat (1)" into the parts to quote. */
interface Reference {
  pasal: string;
  ayat: string[];
  angka: string[];
  huruf?: string;
}

function references(clause: string): Reference[] {
  const main = withoutRemarks(clause).split(';')[0];
  const refs: Reference[] = [];
  const token = /Pasal\s+(\d+)|ayat\s+\((\d+)\)|angka\s+(\d+)|huruf\s+([a-z])\b|Lampiran/g;
  let m: RegExpExecArray | null;
  let current: Reference | null = null;
  while ((m = token.exec(main))) {
    if (m[1]) refs.push((current = { pasal: m[1], ayat: [], angka: [] }));
    else if (m[0] === 'Lampiran') current = null;
    else if (current && m[2]) current.ayat.push(m[2]);
    else if (current && m[3]) current.angka.push(m[3]);
    else if (current && m[4] && !current.ayat.length && !current.huruf) current.huruf = m[4];
  }
  return refs;
}

/** The lines of item "b." of a Pasal (up to the next lettered item), for "Pasal 6 huruf b angka 2". */
function hurufLines(lines: string[], huruf: string): string[] {
  const at = (l: string) => /^\s*-?\s*([a-z])\.\s/.exec(l)?.[1];
  const start = lines.findIndex((l) => at(l) === huruf);
  if (start < 0) return lines;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => at(l) !== undefined);
  return end < 0 ? rest : rest.slice(0, end);
}

const MAX_QUOTE = 900;
const shorten = (s: string) => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')} …` : s);

/** The quotes a citation's clause names, from the regulation text it cites. */
export function quoteCitation(regulationText: string, clause: string): CitationQuotes {
  const lampiran = /Lampiran/.test(withoutRemarks(clause).split(';')[0]);
  const quotes: ClauseQuote[] = [];
  for (const ref of references(clause)) {
    const all = pasalLines(regulationText, ref.pasal);
    if (!all) continue;
    const lines = ref.huruf && ref.angka.length ? hurufLines(all, ref.huruf) : all;
    if (ref.ayat.length) {
      for (const a of ref.ayat) {
        const t = ayatOf(lines, a);
        if (t) quotes.push({ ref: `Pasal ${ref.pasal} ayat (${a})`, text: shorten(t) });
      }
    } else if (ref.angka.length) {
      for (const a of ref.angka) {
        const t = angkaOf(lines, a);
        if (t) quotes.push({ ref: `Pasal ${ref.pasal} angka ${a}`, text: shorten(t) });
      }
    } else {
      const whole = paragraphs(lines).join(' ');
      if (whole) quotes.push({ ref: `Pasal ${ref.pasal}`, text: shorten(whole) });
    }
  }
  return { quotes, lampiran };
}
