// Issue 14: `convert` writes the app's export scenes from the command line: SVG and PDF of every view, the SOP.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConvertArgs, runConvert } from '../../../src/cli/runConvert';
import { createKotaContoh } from '../../../src/samples/kotaContoh';

const dir = mkdtempSync(join(tmpdir(), 'convert-'));
const doc = createKotaContoh();
const input = join(dir, 'kota.json');
writeFileSync(input, JSON.stringify(doc));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConvert(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('convert', () => {
  it('struktur to SVG: every name whole', async () => {
    const to = join(dir, 's.svg');
    expect((await run(input, '--to', to)).code).toBe(0);
    const svg = readFileSync(to, 'utf-8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('…');
    expect(svg).toContain('data-id');
  });

  it('struktur to PDF on A4 warns when the text is under 6 pt; per unit it does not', async () => {
    const one = await run(input, '--to', join(dir, 's.pdf'), '--paper', 'a4');
    expect(one.code).toBe(0);
    expect(one.err).toMatch(/teks terkecil .* pt/);
    const units = await run(input, '--to', join(dir, 'u.pdf'), '--paper', 'a4', '--per-unit');
    expect(units.code).toBe(0);
    expect(readFileSync(join(dir, 'u.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('every map, every team and the SOP', async () => {
    for (const id of Object.keys(doc.maps)) expect((await run(input, '--to', join(dir, `${id}.pdf`), '--view', `peta:${id}`)).code).toBe(0);
    for (const id of Object.keys(doc.teams)) expect((await run(input, '--to', join(dir, `${id}.svg`), '--view', `tim:${id}`)).code).toBe(0);
    const sop = await run(input, '--to', join(dir, 'sop.pdf'), '--view', 'sop:map_sop_sip', '--paper', 'f4');
    expect(sop.code).toBe(0);
  });

  it('refuses what it cannot do, in Bahasa Indonesia, with exit 2', async () => {
    expect((await run(input, '--to', join(dir, 'x.doc'))).err).toMatch(/tidak didukung/);
    expect((await run(input, '--to', join(dir, 'x.svg'), '--view', 'peta:tidak-ada')).code).toBe(2);
    expect((await run(input, '--to', join(dir, 'x.svg'), '--view', 'sop:map_kota_l0')).err).toMatch(/lintas fungsi/);
    expect((await run(join(dir, 'hilang.json'), '--to', join(dir, 'x.svg'))).err).toMatch(/tidak ditemukan/);
    expect(parseConvertArgs(['a.json', '--to', 'b.pdf', '--orientation', 'miring']).kind).toBe('error');
  });

  it('a label with U+001B and U+000B exports valid SVG', async () => {
    const evil = structuredClone(doc);
    const first = Object.values(evil.positions)[0];
    first.nama = 'Kepala\u001b[2J Dinas\u000bBaru\ud800';
    const file = join(dir, 'evil.json');
    writeFileSync(file, JSON.stringify(evil));
    expect((await run(file, '--to', join(dir, 'evil.svg'))).code).toBe(0);
    const svg = readFileSync(join(dir, 'evil.svg'), 'utf-8');
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain('Kepala[2J Dinas Baru');
  });
});
