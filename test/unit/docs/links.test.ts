// Every relative link in README.md, CHANGELOG.md and docs/ resolves inside the repository (scripts/doc-links.mjs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deadLinks, documentationFiles, headingAnchors } from '../../../scripts/doc-links.mjs';

describe('documentation links', () => {
  it('README.md and docs/ have no dead relative link', () => {
    const files = documentationFiles(process.cwd());
    expect(files).toContain('README.md');
    expect(files).toContain('docs/regulations/README.md');
    expect(deadLinks(process.cwd())).toEqual([]);
  });

  describe('the checker', () => {
    const root = mkdtempSync(join(tmpdir(), 'pk-links-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'docs', 'contoh'), { recursive: true });
    writeFileSync(join(root, 'docs', 'contoh', 'a.csv'), 'x\n');
    writeFileSync(join(root, 'docs', 'panduan.md'), '# Panduan\n\n## Impor peta jabatan\n\n## Impor peta jabatan\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '[ok](docs/panduan.md#impor-peta-jabatan) [ok2](docs/panduan.md#impor-peta-jabatan-1) ![gambar](docs/contoh/a.csv)',
        '[mati](docs/tidak-ada.md) [judul](docs/panduan.md#tidak-ada) [luar](../shared/DOMAIN.md) `../shared/regulations/`',
        '`docs/contoh/a.csv` `docs/contoh/b.csv` [web](https://example.org/x.md) `npm run docs`',
        '```sh\ncat docs/dalam-blok-kode.md\n```',
      ].join('\n'),
    );

    it('reports a missing file, a missing heading and a path outside the repository, links and code paths alike', () => {
      expect(deadLinks(root).map((d) => `${d.target} ${d.reason}`)).toEqual([
        'docs/tidak-ada.md berkas tidak ada',
        'docs/panduan.md#tidak-ada judul #tidak-ada tidak ada di docs/panduan.md',
        '../shared/DOMAIN.md di luar repositori',
        '../shared/regulations/ di luar repositori',
        'docs/contoh/b.csv berkas tidak ada',
      ]);
    });

    it('makes GitHub’s heading anchors', () => {
      expect([...headingAnchors('# Mulai\n## Tim Kerja & penugasan\n## `npm test`\n## Mulai\n')]).toEqual([
        'mulai',
        'tim-kerja--penugasan',
        'npm-test',
        'mulai-1',
      ]);
    });
  });
});
