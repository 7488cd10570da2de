// The one shared sanitiser (issue 14 item 6): what XML, PDF and a terminal cannot carry is dropped, the rest kept.
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, needsCleaning, pdfText } from '../../../src/io/text/sanitize';

describe('cleanText', () => {
  it('keeps ordinary text, tabs, newlines and paired surrogates untouched', () => {
    const text = 'Kepala Dinas\tKesehatan\nKota Baru 😀 — «Ahli Madya»';
    expect(cleanText(text)).toBe(text);
    expect(needsCleaning(text)).toBe(false);
  });

  it('drops C0 controls, DEL, C1 controls, lone surrogates and U+FFFE/U+FFFF; VT and FF become a space; CR LF becomes LF', () => {
    const dirty = 'Pengelola\u001B[31m Data\u0000\u007F\u0085 A\u000BB\u000CC\r\nD\rE \uD83D F \uDE00 G\uFFFE\uFFFF';
    expect(needsCleaning(dirty)).toBe(true);
    expect(cleanText(dirty)).toBe('Pengelola[31m Data A B C\nD\nE  F  G');
    // a string made of nothing else comes out empty, and twice cleaned is once cleaned
    expect(cleanText('\u0001\u0002\u001B\u001F')).toBe('');
    expect(cleanText(cleanText(dirty))).toBe(cleanText(dirty));
    expect(needsCleaning(cleanText(dirty))).toBe(false);
  });

  it('cleanLine makes one line of a label; pdfText leaves no control for the PDF', () => {
    expect(cleanLine('Kepala\u001B\nBidang\tUmum')).toBe('Kepala Bidang Umum');
    // eslint-disable-next-line no-control-regex
    expect(pdfText('Kasi\u001B Umum\u0007')).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });
});
