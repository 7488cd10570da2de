// Every sample file the guide offers (docs/contoh/) imports as the guide says: no refusal, the units and positions of
// the file, and the guide links each one.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPetaJabatan } from '../../../src/io/import';

const files = readdirSync('docs/contoh').filter((f) => /\.(csv|xlsx)$/.test(f));
const guide = readFileSync('docs/panduan.md', 'utf8');

describe('docs/contoh', () => {
  it('has a sample for the import layouts the guide lists, each linked from the guide', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(guide, f).toContain(`(contoh/${f})`);
  });

  for (const f of files) {
    it(`${f} imports without a refusal`, async () => {
      const bytes = new Uint8Array(readFileSync(`docs/contoh/${f}`));
      const r = await importPetaJabatan({ name: f, bytes });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(Object.keys(r.doc.positions).length).toBeGreaterThan(5);
    });
  }

  it('the XLSX sample holds the same jabatan as its CSV', async () => {
    const read = async (f: string) => {
      const r = await importPetaJabatan({ name: f, bytes: new Uint8Array(readFileSync(`docs/contoh/${f}`)) });
      if (!r.ok) throw new Error(f);
      return Object.values(r.doc.positions).map((p) => `${p.kode} ${p.nama} ${p.kind}`).sort();
    };
    expect(await read('peta-jabatan-kode-atasan.xlsx')).toEqual(await read('peta-jabatan-kode-atasan.csv'));
  });
});
