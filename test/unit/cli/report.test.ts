// The formatter on hand-written findings (the rule engine itself is exercised by validate.test.ts).
import { describe, expect, it } from 'vitest';
import { toJson, toText, type ValidationOutcome } from '../../../src/cli/report';
import { emptyWorkspace } from '../../../src/model';

const finding = (ruleId: string, severity: 'error' | 'warning' | 'info', subjects: string[]) => ({
  ruleId,
  severity,
  subjects,
  message: `Pesan ${ruleId}`,
  citation: `Perbup Banjar 39/2024 Pasal ${ruleId.slice(-1)}`,
});

function outcome(findings: ValidationOutcome['findings'], notices: string[] = []): ValidationOutcome {
  return { file: 'peta.csv', source: 'csv', doc: emptyWorkspace(), profile: 'banjar-39-2024', findings, notices };
}

describe('JSON report', () => {
  it('is exactly {profile, findings[ruleId, severity, subjects, message, citation]}', () => {
    const extra = { ...finding('KED-01', 'error', ['1.2']), internal: true };
    const parsed = JSON.parse(toJson(outcome([extra])));
    expect(parsed).toEqual({
      profile: 'banjar-39-2024',
      findings: [{ ruleId: 'KED-01', severity: 'error', subjects: ['1.2'], message: 'Pesan KED-01', citation: 'Perbup Banjar 39/2024 Pasal 1' }],
    });
  });
});

describe('text report', () => {
  it('groups by severity with counts, in Indonesian', () => {
    const text = toText(
      outcome(
        [finding('KED-09', 'info', ['1']), finding('KED-01', 'error', ['1.2']), finding('KED-05', 'warning', ['1.3', '1'])],
        ['Kolom yang tidak dikenal diabaikan: «Keterangan».'],
      ),
    );
    expect(text).toMatch(/Profil: Perbup Banjar 39\/2024 \(banjar-39-2024\)/);
    expect(text).toMatch(/Catatan saat membaca berkas:\n {2}- Kolom yang tidak dikenal/);
    expect(text.indexOf('KESALAHAN (1)')).toBeLessThan(text.indexOf('PERINGATAN (1)'));
    expect(text.indexOf('PERINGATAN (1)')).toBeLessThan(text.indexOf('INFO (1)'));
    expect(text).toMatch(/KED-05 {2}Pesan KED-05\n {10}Kode: 1\.3, 1\n {10}Dasar: Perbup Banjar 39\/2024 Pasal 5/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('Temuan: 1 kesalahan, 1 peringatan, 1 info.');
  });

  it('says so when there is nothing to report', () => {
    expect(toText(outcome([])).trimEnd().split('\n').at(-1)).toBe('Tidak ada temuan.');
  });
});

describe('text report with a hostile label', () => {
  const hostile = '\x1b[2J\x1b[HValidasi: tidak ada kesalahan\x1b[8m';

  it('prints control characters as visible escapes, never raw', () => {
    const f = {
      ruleId: 'KED-01',
      severity: 'error' as const,
      subjects: [hostile],
      message: `Jabatan «${hostile}» tidak punya atasan langsung.`,
      citation: 'PermenPANRB 7/2022\u202e',
    };
    const text = toText({ ...outcome([f], [`Catatan «${hostile}»\r`]), file: 'a\x07.csv' });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(text).toContain('Jabatan «\\x1b[2J\\x1b[HValidasi: tidak ada kesalahan\\x1b[8m» tidak punya atasan langsung.');
    expect(text).toContain('Kode: \\x1b[2J\\x1b[HValidasi');
    expect(text).toContain('Dasar: PermenPANRB 7/2022\\u202e');
    expect(text).toContain('Validasi «a\\x07.csv»');
    expect(text).toContain('Catatan «\\x1b[2J');
    // the fake all-clear never starts a line of its own; the real summary is still the last line
    expect(text.split('\n').some((l) => l.startsWith('Validasi: tidak ada kesalahan'))).toBe(false);
    expect(text.trimEnd().split('\n').at(-1)).toBe('Temuan: 1 kesalahan, 0 peringatan, 0 info.');
  });

  it('leaves ordinary Indonesian text as it is', () => {
    const f = finding('KED-05', 'warning', ['1.3']);
    f.message = 'Pelaksana «Pengadministrasi Umum» di bawah Kepala Bidang — “ya”, 50 %';
    expect(toText(outcome([f]))).toContain('KED-05  Pelaksana «Pengadministrasi Umum» di bawah Kepala Bidang — “ya”, 50 %');
  });
});
