// Issue 13: `convert` turns any supported sheet into a workspace file and back, with --layout; exit 2 with the
// reasons by row for an unreadable sheet.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/cli/runConvert';
import { runValidate } from '../../../src/cli/runValidate';

const dir = mkdtempSync(join(tmpdir(), 'convert-pj-'));
const fixture = (n: string) => fileURLToPath(new URL(`../../fixtures/peta-jabatan/${n}`, import.meta.url));

async function run(fn: typeof runConvert, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('convert peta jabatan', () => {
  it('csv (nomor) → xlsx → csv → json keeps kode, K and B', async () => {
    const xlsx = join(dir, 'a.xlsx');
    const csv = join(dir, 'b.csv');
    const json = join(dir, 'c.json');
    expect((await run(runConvert, fixture('nomor-anjab.csv'), '--to', xlsx, '--layout', 'nomor')).code).toBe(0);
    expect(readFileSync(xlsx)[0]).toBe(0x50);
    expect((await run(runConvert, xlsx, '--to', csv)).code).toBe(0);
    const text = readFileSync(csv, 'utf-8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('1.10;Kepala Bidang Pembinaan SMP;administrator');
    expect((await run(runConvert, csv, '--to', json)).code).toBe(0);
    const doc = JSON.parse(readFileSync(json, 'utf-8'));
    const ps = Object.values(doc.positions as Record<string, { nama: string; kebutuhan: number; bezetting: number }>).find((p) => p.nama === 'Pengawas Sekolah Ahli Madya')!;
    expect([ps.kebutuhan, ps.bezetting]).toEqual([10, 7]);
  });

  it('exit 2 with the reasons by row; an unknown --layout is refused', async () => {
    const bad = await run(runConvert, fixture('sebagian-salah.csv'), '--to', join(dir, 'x.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Baris 4, kolom jenis/);
    expect((await run(runConvert, fixture('indent.csv'), '--to', join(dir, 'y.json'), '--layout', 'miring')).code).toBe(2);
  });

  it('validate accepts the same layouts', async () => {
    const r = await run(runValidate, fixture('siasn-parent-id.csv'), '--layout', 'parent-id', '--format', 'json');
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.out).findings).toBeInstanceOf(Array);
  });
});
