// The CLI as the user runs it: a child process, its exit status, stdout and stderr.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePejabatCsv } from '../../../src/io/import';
import { bigCsv, csvRecords, fixtureBytes, fixturePath, textSheet, xlsxBytes } from '../import/helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node src/cli/run.mjs …` is what the npm script runs; one test goes through npm itself. */
function run(args: string[], viaNpm = false): Promise<Run> {
  const [cmd, argv] = viaNpm ? ['npm', ['run', '-s', 'validate', '--', ...args]] : [process.execPath, ['src/cli/run.mjs', ...args]];
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(cmd, argv, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      // npm's own warnings (e.g. about "nodedir") are not the CLI's output.
      const ownStderr = stderr
        .split('\n')
        .filter((l) => !l.startsWith('npm warn'))
        .join('\n');
      resolve({ code, stdout, stderr: ownStderr, ms: performance.now() - t0 });
    });
  });
}

interface JsonReport {
  profile: string;
  findings: { ruleId: string; severity: string; subjects: string[]; message: string; citation: string }[];
}

function report(r: Run): JsonReport {
  return JSON.parse(r.stdout) as JsonReport;
}

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'petakerja-cli-'));
  // Build the cached bundle once so the tests below measure and exercise the warm path.
  await run(['--help']);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kodesOf = (name: string): Set<string> => new Set(csvRecords(name).slice(1).map((r) => r[0]));

describe('validate CLI', { timeout: 30_000 }, () => {
  it('round trip CSV → document → findings whose subjects are kode values', async () => {
    const r = await run([fixturePath('masalah-kedudukan.csv'), '--format', 'json']);
    expect(r.code).toBe(1);
    const out = report(r);
    expect(Object.keys(out).sort()).toEqual(['findings', 'profile']);
    expect(out.profile).toBe('nasional');
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['citation', 'message', 'ruleId', 'severity', 'subjects']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    const kodes = kodesOf('masalah-kedudukan.csv');
    const positionSubjects = out.findings.flatMap((f) => f.subjects).filter((s) => !s.includes(' > ') && !s.startsWith('Dinas'));
    expect(positionSubjects.every((s) => kodes.has(s))).toBe(true);
    const at = (ruleId: string) => out.findings.filter((f) => f.ruleId === ruleId).map((f) => f.subjects[0]);
    expect(at('KED-01')).toEqual(['1.1.2']); // a Pelaksana without a superior
    expect(at('KED-02')).toEqual(['1.2.1']); // a JF under a Pelaksana
    expect(at('KED-03')).toEqual(['1.2']); // an Administrator under a Pengawas
  });

  it('exits 0 on a clean peta jabatan and prints a readable Indonesian report', async () => {
    const r = await run([fixturePath('dinas-kominfo.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Validasi «dinas-kominfo\.csv»\nProfil: Nasional \(PermenPANRB 7\/2022\) \(nasional\)\nIsi: 25 jabatan dalam 6 unit/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^(Tidak ada temuan\.|Temuan: 0 kesalahan, \d+ peringatan, \d+ info\.)$/);
  });

  it('--profile overrides the profile, in the JSON and in the findings', async () => {
    const r = await run([fixturePath('kecamatan-titik-koma-bom.csv'), '--format=json', '--profile', 'banjar-39-2024']);
    const out = report(r);
    expect(out.profile).toBe('banjar-39-2024');
    for (const f of out.findings) expect(f.citation).not.toBe('');
    // Notices of the reader go to stderr, never into the JSON on stdout.
    expect(r.stderr).toMatch(/Catatan: Kolom yang tidak dikenal diabaikan: «Keterangan»\./);
    expect(r.code).toBe(out.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('reads a JSON document (subjects are element ids) and an XLSX (subjects are kode)', async () => {
    const imported = parsePejabatCsv(fixtureBytes('masalah-kedudukan.csv'));
    if (!imported.ok) throw new Error('fixture must import');
    const doc = { ...imported.doc, profileId: 'serang-23-2023' };
    const jsonFile = join(dir, 'dokumen.json');
    writeFileSync(jsonFile, JSON.stringify(doc));
    const xlsxFile = join(dir, 'peta.xlsx');
    writeFileSync(xlsxFile, await xlsxBytes(textSheet(csvRecords('masalah-kedudukan.csv'))));

    const [fromJson, fromXlsx] = await Promise.all([run([jsonFile, '--format', 'json']), run([xlsxFile, '--format', 'json'])]);
    expect(fromJson.code).toBe(1);
    const jsonOut = report(fromJson);
    expect(jsonOut.profile).toBe('serang-23-2023');
    const ked01 = jsonOut.findings.find((f) => f.ruleId === 'KED-01')!;
    expect(doc.positions[ked01.subjects[0]].kode).toBe('1.1.2');

    expect(fromXlsx.code).toBe(1);
    const xlsxOut = report(fromXlsx);
    expect(xlsxOut.findings.find((f) => f.ruleId === 'KED-01')!.subjects[0]).toBe('1.1.2');
  });

  it('text output of a document with a hostile label: escapes visible, no raw control character, exit 1', async () => {
    const imported = parsePejabatCsv(fixtureBytes('masalah-kedudukan.csv'));
    if (!imported.ok) throw new Error('fixture must import');
    const hostile = '\x1b[2J\x1b[HValidasi: tidak ada kesalahan\x1b[8m';
    const orphan = Object.values(imported.doc.positions).find((p) => p.kode === '1.1.2')!;
    const doc = { ...imported.doc, positions: { ...imported.doc.positions, [orphan.id]: { ...orphan, nama: hostile } } };
    const file = join(dir, 'jahat.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = await run([file]);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toContain('\\x1b[2J\\x1b[HValidasi: tidak ada kesalahan\\x1b[8m');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Temuan: [1-9]\d* kesalahan/);
    // JSON keeps the label exactly (a JSON reader un-escapes it)
    const json = report(await run([file, '--format', 'json']));
    expect(json.findings.some((f) => f.message.includes(hostile))).toBe(true);
  });

  it('exits 2 with every problem of a refused file, by row, on stderr', async () => {
    const r = await run([fixturePath('tolak-banyak-masalah.csv'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/tidak dapat dibaca \(4 masalah\)/);
    for (const line of [
      'Baris 3, kolom jenis: Jenis «kabid» tidak dikenal',
      'Baris 4, kolom kode: Kode «1.1» sudah dipakai di baris 3',
      'Baris 5, kolom jenjang: Jenjang wajib diisi',
      'Baris 5, kolom atasan: Atasan «1.2» tidak ada',
    ]) {
      expect(r.stderr).toContain(line);
    }
  });

  it('exits 2 for a missing file, a broken JSON document and an unknown profile', async () => {
    const broken = join(dir, 'rusak.json');
    writeFileSync(broken, '{"format": "petakerja", "version": 2, ');
    const [missing, badJson, badProfile] = await Promise.all([
      run([join(dir, 'tidak-ada.csv')]),
      run([broken]),
      run([fixturePath('dinas-kominfo.csv'), '--profile', 'jakarta']),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak ditemukan/);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/bukan JSON yang sah/);
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toMatch(/Profil «jakarta» tidak dikenal\. Id yang sah: nasional, banjarmasin-147-2023/);
    expect(badProfile.stdout).toBe('');
  });

  it('runs through the npm script', async () => {
    const r = await run([fixturePath('masalah-kedudukan.csv'), '--format', 'json'], true);
    expect(r.code).toBe(1);
    expect(report(r).findings.length).toBeGreaterThan(0);
  });

  // Its speed (< 1.5 s whole process) is measured by `npm run bench` as cli_validate_5000_ms, not asserted here.
  it('validates a 5,000-row CSV, whole process', async () => {
    const big = join(dir, 'besar.csv');
    writeFileSync(big, bigCsv(5000));
    const r = await run([big, '--format', 'json'], true);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(report(r).profile).toBe('nasional');
  });

  it('reuses its cached bundle, and rebuilds it when a source file changes', async () => {
    const cache = join(ROOT, 'node_modules/.cache/petakerja-cli');
    const bundleTime = () => statSync(join(cache, 'validate.mjs')).mtimeMs;
    const meta = JSON.parse(readFileSync(join(cache, 'validate.meta.json'), 'utf-8')) as { inputs: Record<string, string> };
    expect(Object.keys(meta.inputs)).toEqual(
      expect.arrayContaining(['src/cli/validate.ts', 'src/io/import/buildWorkspace.ts', 'src/model/restore.ts']),
    );
    expect(Object.keys(meta.inputs).some((f) => f.startsWith('src/rules/'))).toBe(true);

    const before = bundleTime();
    expect((await run(['--help'])).code).toBe(0);
    expect(bundleTime()).toBe(before);

    // Same content, newer mtime: what an editor's save looks like to the cache.
    const entry = join(ROOT, 'src/cli/validate.ts');
    const later = new Date(Date.now() + 2000);
    utimesSync(entry, later, later);
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pemakaian: npm run -s validate/);
    expect(bundleTime()).toBeGreaterThan(before);
  });
});
