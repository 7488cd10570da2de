// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, pickFile, readFileAsBytes, readFileAsText } from '../../../src/io/file/browserFile';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('browserFile', () => {
  it('downloadText clicks a temporary <a download> on an object URL and revokes it later', async () => {
    vi.useFakeTimers();
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:petakerja/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inDocument: document.body.contains(this) });
    });

    downloadText('dinas.petakerja.json', '{"a":"é"}', 'application/json');

    expect(clicked).toEqual([{ download: 'dinas.petakerja.json', href: 'blob:petakerja/1', inDocument: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(blob!.type).toBe('application/json;charset=utf-8');
    expect(await blob!.text()).toBe('{"a":"é"}');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40_000);
    expect(revoke).toHaveBeenCalledWith('blob:petakerja/1');
  });

  it('pickFile resolves with the chosen file and removes its input', async () => {
    const file = new File(['isi'], 'peta.json', { type: 'application/json' });
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.type).toBe('file');
      expect(this.accept).toBe('.json');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    await expect(pickFile('.json')).resolves.toBe(file);
    expect(document.querySelectorAll('input')).toHaveLength(0);
  });

  it('pickFile resolves null when the user cancels', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(pickFile('.json')).resolves.toBeNull();
    expect(document.querySelectorAll('input')).toHaveLength(0);
  });

  it('reads a file as text (UTF-8, without a byte-order mark) and as bytes', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x22, 0xc3, 0xa9, 0x22, 0x7d]);
    const file = new File([bytes], 'a.json');
    expect(await readFileAsText(file)).toBe('{"é"}');
    expect(await readFileAsBytes(file)).toEqual(bytes);
  });
});
