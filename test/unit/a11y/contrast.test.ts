// Text contrast ≥ 4.5:1 (WCAG 2.1 AA) in every style sheet of the app (issue 20 item 8). The palette's text tokens
// are checked on every surface they are used on; each rule that sets a text colour is checked against its own
// background, or, where it sets none, against the two page surfaces (panel white and the page grey). A rule whose
// text sits on backgrounds set elsewhere (a modifier class) names them in a `/* on: #hex, #hex */` comment inside
// the rule, and the test checks each.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_STYLE } from '../../../src/io/export/structureScene';

type Rgb = [number, number, number];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.css') ? [p] : [];
  });
}

/** Top-level and @media rules as [selector, declarations]; keyframes and comments left out. */
function rules(css: string): { selector: string; body: string }[] {
  const out: { selector: string; body: string }[] = [];
  const text = css.replace(/\/\*(?!\s*on:)[\s\S]*?\*\//g, '');
  let i = 0;
  const walk = (end: number) => {
    while (i < end) {
      const open = text.indexOf('{', i);
      if (open < 0 || open >= end) return;
      const prelude = text.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (depth > 0 && j < text.length) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
        i = open + 1;
        walk(j - 1);
      } else if (!prelude.startsWith('@')) out.push({ selector: prelude.split('}').pop()!.trim(), body: text.slice(open + 1, j - 1) });
      i = j;
    }
  };
  walk(text.length);
  return out;
}

const tokens: Record<string, string> = {};
for (const file of files('src')) {
  for (const r of rules(readFileSync(file, 'utf8')).filter((r) => r.selector === ':root')) {
    for (const m of r.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) tokens[m[1]!] = m[2]!.trim();
  }
}

function parse(value: string): { rgb: Rgb; alpha: number } | null {
  let v = value.trim().replace(/\s*!important$/, '');
  const ref = v.match(/^var\((--[\w-]+)(?:,\s*([^)]+))?\)$/);
  if (ref) v = tokens[ref[1]!] ?? ref[2] ?? '';
  if (v === 'white') v = '#fff';
  if (v === 'black') v = '#000';
  const hex = v.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { rgb: [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16)) as Rgb, alpha: 1 };
  }
  const rgb = v.match(/^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+))?\s*\)$/);
  if (rgb) return { rgb: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  return null;
}

const over = (c: { rgb: Rgb; alpha: number }, under: Rgb): Rgb => c.rgb.map((x, k) => x * c.alpha + under[k]! * (1 - c.alpha)) as Rgb;
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const PAGE = parse('var(--bg)')!.rgb;

function declared(body: string, prop: RegExp): string | undefined {
  return [...body.matchAll(new RegExp(`(?:^|;|\\s)${prop.source}\\s*:\\s*([^;]+)`, 'g'))].at(-1)?.[1]?.trim();
}

describe('kontras teks ≥ 4.5:1', () => {
  it('the palette tokens for text read on panel white and the page grey', () => {
    for (const t of ['--ink', '--muted', '--accent', '--error', '--warning-text', '--info-text', '--ok-text']) {
      const c = parse(`var(${t})`);
      expect(c, t).not.toBeNull();
      expect(contrast(c!.rgb, WHITE), `${t} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c!.rgb, PAGE), `${t} on --bg`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('white text reads on the filled buttons (accent, error)', () => {
    for (const t of ['--accent', '--error']) expect(contrast(WHITE, parse(`var(${t})`)!.rgb), t).toBeGreaterThanOrEqual(4.5);
  });

  it('every rule that sets a text colour reads on its background', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const file of files('src')) {
      for (const { selector, body } of rules(readFileSync(file, 'utf8'))) {
        const colour = declared(body, /color/);
        const fg = colour && parse(colour);
        if (!fg || /:disabled|::placeholder/.test(selector)) continue;
        const on = body.match(/\/\*\s*on:\s*([^*]+)\*\//i)?.[1]?.split(',').map((c) => parse(c)!.rgb);
        const bgValue = declared(body, /background(?:-color)?/);
        const bg = bgValue ? parse(bgValue) : null;
        const surfaces: Rgb[] = on ?? (bg ? [over(bg, WHITE)] : [WHITE, PAGE]);
        for (const s of surfaces) {
          checked++;
          const ratio = contrast(over(fg, s), s);
          if (ratio < 4.5) bad.push(`${file} «${selector}»: ${colour} on rgb(${s.map(Math.round).join(',')}) = ${ratio.toFixed(2)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('box text of every position kind reads on its fill (canvas and export share KIND_STYLE)', () => {
    for (const [kind, s] of Object.entries(KIND_STYLE)) {
      expect(contrast(parse(s.text)!.rgb, parse(s.fill)!.rgb), kind).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the checker fails on a low-contrast sample (the warning text the issue found)', () => {
    expect(contrast(parse('#a86b00')!.rgb, WHITE)).toBeLessThan(4.5);
    expect(contrast(parse('#1c7ed6')!.rgb, WHITE)).toBeLessThan(4.5);
    expect(rules('.a { color: #fff; } @media print { .b { color: red; } }').map((r) => r.selector)).toEqual(['.a', '.b']);
  });
});
