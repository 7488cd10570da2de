import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/model';
import { lint, RULES, summarize, type Finding } from '../../../src/rules';
import { ked03, ked05, ked08, ked09 } from '../../../src/rules/ked';
import { definePositionRule } from '../../../src/rules/types';
import { DocBuilder, dinas } from './helpers/build';
import { generate } from './helpers/generate';

/** A Banjar Dinas drawn by the book: no finding at all. */
function legalBanjar(): Workspace {
  const b = new DocBuilder('banjar-39-2024');
  const pd = b.pd('Dinas Kominfo', 'dinas');
  const kadis = b.pos('jpt-pratama', 'Kepala Dinas Kominfo', pd);
  b.jf('ahli-madya', 'Pranata Komputer Ahli Madya', pd, kadis);
  const sekretariat = b.unit('Sekretariat', pd);
  const sekretaris = b.pos('administrator', 'Sekretaris', sekretariat, kadis);
  b.jf('ahli-muda', 'Analis Kebijakan Ahli Muda', sekretariat, sekretaris);
  b.pos('pelaksana', 'Pengadministrasi Umum', sekretariat, sekretaris);
  const bidang = b.unit('Bidang Aptika', pd);
  const kabid = b.pos('administrator', 'Kepala Bidang Aptika', bidang, kadis);
  b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', bidang, kabid);
  b.jf('terampil', 'Pranata Komputer Terampil', bidang, kabid);
  return b.build();
}

describe('lint', () => {
  it('finds nothing in a structure drawn by the regulation', () => {
    expect(lint(legalBanjar())).toEqual([]);
  });

  it('uses the document profile unless the options name another', () => {
    const b = new DocBuilder('banjar-39-2024');
    const d = dinas(b);
    b.pos('pelaksana', 'Pengolah Data', d.bidangA, d.kabidA);
    const doc = b.build();
    expect(lint(doc, { rules: [ked05] })[0]).toMatchObject({ severity: 'error', citation: expect.stringContaining('Perbup Banjar 39/2024') });
    expect(lint(doc, { rules: [ked05], profileId: 'serang-23-2023' })[0]).toMatchObject({
      severity: 'warning',
      citation: 'Perwali Serang 23/2023, Pasal 6 huruf b angka 2',
    });
    expect(lint(doc, { rules: [ked05], profileId: 'padang-panjang-48-2024' })).toEqual([]);
  });

  it('applies the document overrides: off, info, warning, error', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    b.pos('administrator', 'Kepala Bidang X', d.seksi, d.kasi); // KED-03 error
    const base = b.build();
    const only = (doc: Workspace) => lint(doc, { rules: [ked03] });
    expect(only(base)[0].severity).toBe('error');
    for (const setting of ['info', 'warning', 'error'] as const) {
      expect(only({ ...base, severityOverrides: { 'KED-03': setting } })[0].severity).toBe(setting);
    }
    expect(only({ ...base, severityOverrides: { 'KED-03': 'off' } })).toEqual([]);
    // an override turns on a rule the profile has off
    const jf = new DocBuilder();
    const d2 = dinas(jf);
    jf.jf('ahli-muda', 'Ahli Muda di bawah Pengawas', d2.seksi, d2.kasi);
    const doc = jf.build();
    expect(lint(doc)).not.toContainEqual(expect.objectContaining({ ruleId: 'KED-06' }));
    expect(lint({ ...doc, severityOverrides: { 'KED-06': 'warning' } })).toContainEqual(
      expect.objectContaining({ ruleId: 'KED-06', severity: 'warning', citation: expect.stringContaining('PermenPANRB 7/2022') }),
    );
  });

  it('lets a rule ask for a lower severity, capped by the profile and overruled by an override (KED-08)', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    b.unit('Bidang Kosong', d.pd);
    b.pos('administrator', 'Kepala Bidang A (kedua)', d.bidangA, d.kepala);
    const doc = b.build();
    const sev = (w: Workspace) => lint(w, { rules: [ked08] }).map((f) => f.severity);
    expect(sev(doc)).toEqual(['error', 'warning']);
    expect(sev({ ...doc, severityOverrides: { 'KED-08': 'info' } })).toEqual(['info', 'info']);
    expect(sev({ ...doc, severityOverrides: { 'KED-08': 'error' } })).toEqual(['error', 'error']);
  });

  it('takes the rentang kendali threshold from the options', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    for (let i = 0; i < 6; i++) b.pos('pelaksana', `Pelaksana ${i}`, d.seksi, d.kasi);
    const doc = b.build();
    expect(lint(doc, { rules: [ked09] })).toEqual([]);
    expect(lint(doc, { rules: [ked09], thresholds: { maxRentangKendali: 5 } })).toEqual([
      expect.objectContaining({ ruleId: 'KED-09', subjects: [d.kasi], message: expect.stringContaining('6 Pejabat Fungsional/Pelaksana, melebihi rentang kendali 5') }),
    ]);
  });

  it('turns a rule that throws into one rule-error finding naming the rule; the other rules still report', () => {
    const broken = definePositionRule({
      ...ked03,
      id: 'UJI-01',
      title: 'Aturan uji yang rusak',
      checkPosition() {
        throw new Error('tak terduga');
      },
    });
    const b = new DocBuilder();
    const d = dinas(b);
    b.pos('administrator', 'Kepala Bidang X', d.seksi, d.kasi);
    const doc = b.build();
    const findings = lint(doc, { rules: [broken, ked03] });
    expect(findings).toHaveLength(2);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'KED-03' }));
    const err = findings.find((f) => f.ruleId === 'rule-error')!;
    expect(err).toMatchObject({ severity: 'error', subjects: [] });
    expect(err.message).toContain('UJI-01');
    expect(err.message).toContain('tak terduga');
    // an 'off' rule is not run at all
    expect(lint({ ...doc, severityOverrides: { 'UJI-01': 'off' } }, { rules: [broken] })).toEqual([]);
  });

  it('sorts by severity, rule and subject, the same whatever the document key order', () => {
    const doc = generate(400, 4);
    const findings = lint(doc);
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1];
      const b = findings[i];
      const key = (f: Finding) => [rank[f.severity], f.ruleId, f.subjects[0] ?? ''] as const;
      const [ka, kb] = [key(a), key(b)];
      expect(ka[0] < kb[0] || (ka[0] === kb[0] && (ka[1] < kb[1] || (ka[1] === kb[1] && ka[2] <= kb[2])))).toBe(true);
    }
    const reversed: Workspace = {
      ...doc,
      positions: Object.fromEntries(Object.entries(doc.positions).reverse()),
      units: Object.fromEntries(Object.entries(doc.units).reverse()),
    };
    expect(lint(reversed)).toEqual(findings);
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(2);
  });

  it('summarizes findings by severity', () => {
    const f = (severity: Finding['severity']): Finding => ({ ruleId: 'X', severity, subjects: [], message: '', citation: '' });
    expect(summarize([f('error'), f('info'), f('error'), f('warning')])).toEqual({ error: 2, warning: 1, info: 1 });
    expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('never throws on a damaged document', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    b.pos('pelaksana', 'Yatim', 'unit_tidak_ada', 'p_tidak_ada');
    b.pos('pengawas', 'Lingkar', d.seksi, 'lk2', { id: 'lk1' });
    b.pos('pengawas', 'Lingkar 2', d.seksi, 'lk1', { id: 'lk2' });
    const findings = lint(b.build());
    expect(findings.filter((x) => x.ruleId === 'rule-error')).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
    expect(RULES.filter((r) => r.id.startsWith('KED-')).length).toBe(10);
  });
});
