// Issue 14: one text measurement for every export — lines break at spaces; a word is never split inside a
// syllable (the font steps down first, then the word is hyphenated at a syllable boundary); nothing is cut.
import { describe, expect, it } from 'vitest';
import { fitBlock, softHyphens, syllableBreaks, textWidth, widestWord, wordsFit, wrapWords } from '../../../src/io/text/measure';

const pieces = (word: string) => {
  const at = [0, ...syllableBreaks(word), word.length];
  return at.slice(1).map((end, i) => word.slice(at[i], end));
};

describe('syllables (Indonesian rules)', () => {
  it('breaks before a consonant between vowels, between two consonants, keeps ng/ny/kh/sy and diphthongs whole', () => {
    expect(pieces('Administrator')).toEqual(['Ad', 'mi', 'nis', 'tra', 'tor']);
    expect(pieces('pengadilan')).toEqual(['pe', 'nga', 'di', 'lan']);
    expect(pieces('Kesekretariatan')).toEqual(['Ke', 'sek', 're', 'ta', 'ri', 'a', 'tan']);
    expect(pieces('bangsa')).toEqual(['bang', 'sa']);
    expect(pieces('pantai')).toEqual(['pan', 'tai']);
    expect(pieces('masyarakat')).toEqual(['ma', 'sya', 'ra', 'kat']);
  });

  it('leaves at least two letters on each side, and a short word whole', () => {
    expect(syllableBreaks('ilmu')).toEqual([2]);
    expect(syllableBreaks('ia')).toEqual([]);
    expect(syllableBreaks('UPT')).toEqual([]);
  });

  it('soft hyphens mark the syllables of the longer words only', () => {
    expect(softHyphens('Kepala Administrator UPT')).toBe('Ke\u00ADpa\u00ADla Ad\u00ADmi\u00ADnis\u00ADtra\u00ADtor UPT');
    expect(softHyphens('Kepala Administrator UPT').replace(/\u00AD/g, '')).toBe('Kepala Administrator UPT');
  });
});

describe('wrapWords', () => {
  it('breaks at spaces and keeps every word whole when it fits a line', () => {
    const text = 'Kepala Bidang Pencegahan dan Pengendalian Penyakit';
    const lines = wrapWords(text, 120, 12, true);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 12, true)).toBeLessThanOrEqual(120);
  });

  it('a word wider than the line is hyphenated at a syllable, every letter kept, no "…"', () => {
    const width = textWidth('Administrator', 8.5, true) - 4;
    expect(wordsFit('Administrator', width, 8.5, true)).toBe(false);
    const lines = wrapWords('Administrator Kesehatan', width, 8.5, true);
    expect(lines[0]).toMatch(/-$/);
    expect(lines.join('').replace(/-/g, '').replace(/ /g, '')).toBe('AdministratorKesehatan');
    // the break is at a syllable: the piece before the hyphen is a head of syllables
    const head = lines[0].slice(0, -1);
    expect(syllableBreaks('Administrator')).toContain(head.length);
    for (const l of lines) expect(textWidth(l, 8.5, true)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).not.toContain('…');
  });

  it('keeps a break after a "/" the word already has', () => {
    const lines = wrapWords('Barang/Jasa', textWidth('Barang/', 12) + 1, 12);
    expect(lines).toEqual(['Barang/', 'Jasa']);
  });

  it('widestWord is the longest word', () => {
    expect(widestWord('a Administrator b', 10, true)).toBeCloseTo(textWidth('Administrator', 10, true));
  });
});

describe('fitBlock', () => {
  it('steps the font down before it would hyphenate a word', () => {
    const width = textWidth('Administrator', 12, true) - 2;
    const block = fitBlock([{ text: 'Administrator Kesehatan', size: 12, bold: true }], width, 200, 0.6);
    expect(block.scale).toBeLessThan(1);
    expect(block.fits).toBe(true);
    expect(block.parts[0].lines.join(' ')).toBe('Administrator Kesehatan');
  });

  it('starts at maxScale when asked', () => {
    const block = fitBlock([{ text: 'Sekretaris', size: 10 }], 200, 100, 0.5, 0.8);
    expect(block.scale).toBe(0.8);
    expect(block.parts[0].size).toBe(8);
  });
});
