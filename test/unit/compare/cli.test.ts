import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../src/cli/runCompare';
import { baruOtherDocument, baruSameDocument, lama } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'pk-compare-'));
const write = (name: string, doc: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};
const fileLama = write('lama.json', lama());
const fileBaru = write('baru.json', baruSameDocument());
const fileImpor = write('impor.json', baruOtherDocument());

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCompare(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run compare', () => {
  it('--format json: one object with added, removed, changed, moved and findings introduced/resolved; exit 0', async () => {
    const r = await run([fileLama, fileBaru, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.added.map((x: { id: string; type: string }) => `${x.type}:${x.id}`)).toEqual(['jabatan:p_prakom']);
    expect(j.added[0].fields).toMatchObject({ nama: 'Pranata Komputer', kind: 'fungsional', jenjang: 'ahli-pertama' });
    expect(j.removed.map((x: { id: string }) => x.id)).toEqual(['p_arsip']);
    expect(j.changed.find((c: { id: string }) => c.id === 'p_ptp').fields).toEqual({ jenjang: { lama: 'ahli-pertama', baru: 'ahli-muda' } });
    expect(j.moved.find((m: { id: string }) => m.id === 'p_analis')).toMatchObject({
      unit: { lama: 'u_smp', baru: 'u_sd' },
      atasan: { lama: 'p_kabid_smp', baru: 'p_kabid_sd' },
      matchedBy: 'id',
    });
    expect(Array.isArray(j.findings.introduced) && Array.isArray(j.findings.resolved)).toBe(true);
  });

  it('matches another document by kode and says so', async () => {
    const j = JSON.parse((await run([fileLama, fileImpor, '--format=json'])).out);
    expect(j.moved.find((m: { id: string }) => m.id === 'x_p_analis')).toMatchObject({ idLama: 'p_analis', matchedBy: 'kode' });
    expect(j.changed.find((c: { id: string }) => c.id === 'x_p_adm')).toMatchObject({ idLama: 'p_adm', matchedBy: 'nama' });
  });

  it('text output escapes control characters in names', async () => {
    const evil = baruSameDocument();
    evil.positions.p_prakom = { ...evil.positions.p_prakom, nama: 'Pranata\u001b[31m Komputer\r\nPalsu' };
    const r = await run([fileLama, write('evil.json', evil)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Pranata\\x1b[31m Komputer\\x0d\\x0aPalsu');
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.out)).toBe(false);
    expect(r.out).toContain('dibentuk');
  });

  it('a file that cannot be read: exit 2 with the reason; wrong arguments: exit 2', async () => {
    const r = await run([fileLama, join(dir, 'tidak-ada.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak ditemukan/);
    expect((await run([fileLama])).code).toBe(2);
    expect((await run([fileLama, fileBaru, '--format', 'xml'])).code).toBe(2);
  });

  it('runs through npm run -s compare', () => {
    const out = execFileSync('npm', ['run', '-s', 'compare', '--', fileLama, fileBaru, '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(out).removed[0].id).toBe('p_arsip');
    const bad = spawnSync('npm', ['run', '-s', 'compare', '--', fileLama], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
