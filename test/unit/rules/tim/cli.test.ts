// The validate CLI reports TIM findings for a workspace JSON with teams (test/fixtures/documents/v2-tim-kerja-banjar.json).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const FIXTURE = 'test/fixtures/documents/v2-tim-kerja-banjar.json';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/cli/run.mjs', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

interface Report {
  profile: string;
  findings: { ruleId: string; severity: string; subjects: string[]; message: string; citation: string }[];
}

describe('validate CLI with Tim Kerja', { timeout: 60_000 }, () => {
  it('reports the TIM findings of the document\'s profile (Perbup Banjar) and exits 1', async () => {
    const r = await run([FIXTURE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Report;
    expect(out.profile).toBe('banjar-39-2024');
    const tim = out.findings.filter((f) => f.ruleId.startsWith('TIM-')).map((f) => [f.ruleId, f.severity, f.subjects]);
    expect(tim).toEqual(
      expect.arrayContaining([
        // lintas PD team led from the other PD
        ['TIM-02', 'error', ['t_anggaran', 'p_analis']],
        // a Pelaksana Ketua with golongan II/d
        ['TIM-05', 'error', ['p_pengelola', 't_pengelola']],
        // a 7-month assignment of a member from another unit
        ['TIM-07', 'error', ['p_statistisi', 't_anggaran']],
        // the Ketua of t_pengelola (6 months) is within the limit; its dangling Anggota is TIM-09's
        ['TIM-09', 'error', ['t_pengelola']],
        // lintas PD with a Surat Tugas: Keputusan Sekretaris Daerah required
        ['TIM-08', 'warning', ['t_anggaran']],
        // signatory not recorded
        ['TIM-08', 'info', ['t_pengelola']],
      ]),
    );
    expect(tim.filter(([, , s]) => (s as string[]).includes('t_layanan'))).toEqual([]);
    const tim02 = out.findings.find((f) => f.ruleId === 'TIM-02')!;
    expect(tim02.citation).toBe('Perbup Banjar 39/2024, Pasal 9 ayat (3)');
    expect(tim02.message).toContain('diwajibkan');
  });

  it('applies another profile from --profile and prints TIM findings in the text report', async () => {
    const r = await run([FIXTURE, '--profile', 'nasional']);
    expect(r.stdout).toMatch(/PERINGATAN \(\d+\)/);
    expect(r.stdout).toMatch(/ {2}TIM-02 {2}Tim «Tim Anggaran Digital» bersifat lintas Perangkat Daerah/);
    expect(r.stdout).toContain('Elemen: t_anggaran, p_analis');
    expect(r.stdout).not.toContain('TIM-07'); // off outside Banjar
    expect(r.code).toBe(1); // TIM-09 is an error everywhere
  });
});
