// `npm run validate` on a workspace JSON with process maps reports the map findings (DOMAIN.md §8.2 format).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = 'test/fixtures/documents/v2-peta-proses-bisnis.json';

function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/cli/run.mjs', ...args], { cwd: ROOT }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

interface Report {
  profile: string;
  findings: { ruleId: string; severity: string; subjects: string[]; message: string; citation: string }[];
}

describe('validate CLI with process maps', { timeout: 60_000 }, () => {
  it('reports the map findings of the fixture with their severities, subjects and citations', async () => {
    const r = await run([FIXTURE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.profile).toBe('serang-23-2023');
    const maps = report.findings.filter((f) => /^(PETA|LF|REL)-/.test(f.ruleId)).map((f) => [f.ruleId, f.severity, f.subjects]);
    expect(maps).toEqual([
      ['LF-04', 'error', ['n_kerja', 'm_lf_aplikasi']],
      ['LF-05', 'error', ['ln_kasi_lama', 'm_lf_aplikasi']],
      ['PETA-01', 'error', ['m_level1']],
      ['PETA-06', 'error', ['st_pasang', 'm_sub_jaringan']],
      ['REL-01', 'warning', ['ra_1', 'm_relasi']],
      ['REL-02', 'info', ['pr_rencana', 'm_level1', 'u_aptika']],
      ['REL-02', 'info', ['pr_umum', 'm_level1', 'u_ikp']],
    ]);
    for (const f of report.findings) expect(f.citation.startsWith('Perwali Serang 23/2023, ')).toBe(true);
  });

  it('follows --profile: PETA-06 is a warning under Perbup Banjar', async () => {
    const r = await run([FIXTURE, '--format', 'json', '--profile', 'banjar-39-2024']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.find((f) => f.ruleId === 'PETA-06')).toMatchObject({
      severity: 'warning',
      citation: expect.stringContaining('Perbup Banjar 39/2024, Pasal 21 ayat (4) huruf a'),
    });
  });
});
