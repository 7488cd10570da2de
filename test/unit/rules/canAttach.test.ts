import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { structureIndex, type ProfileId, type Workspace } from '../../../src/model';
import { canAttach, lint, ruleById, SEVERITY_ORDER } from '../../../src/rules';
import { DocBuilder, dinas } from './helpers/build';
import { generate, prng } from './helpers/generate';

function fixture(profile: ProfileId = 'banjar-39-2024') {
  const b = new DocBuilder(profile);
  const d = dinas(b);
  const muda = b.jf('ahli-muda', 'Analis Kebijakan Ahli Muda', d.bidangB, d.kabidB);
  const pelaksana = b.pos('pelaksana', 'Pengolah Data', d.bidangB, d.kabidB);
  const jfBiasa = b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi);
  const bidangC = b.unit('Bidang C', d.pd);
  const kabidC = b.pos('administrator', 'Kepala Bidang C', bidangC, d.kepala);
  const other = b.pd('Sekretariat Daerah', 'setda');
  const sekda = b.pos('jpt-pratama', 'Sekretaris Daerah', other);
  return { doc: b.build(), d, muda, pelaksana, jfBiasa, kabidC, sekda };
}

describe('canAttach', () => {
  it('refuses a cycle (KED-04) with the active profile citation', () => {
    const f = fixture('serang-23-2023');
    expect(canAttach(f.doc, f.d.kabidA, f.d.kasi)).toMatchObject({
      verdict: 'refuse',
      ruleId: 'KED-04',
      citation: ruleById('KED-04')!.citation['serang-23-2023'],
      message: expect.stringContaining('lingkaran'),
    });
    expect(canAttach(f.doc, f.d.kasi, f.d.kasi)).toMatchObject({ verdict: 'refuse', ruleId: 'KED-04' });
  });

  it('refuses a line across Perangkat Daerah (KED-10), whatever the severity settings', () => {
    const f = fixture();
    const doc = { ...f.doc, severityOverrides: { 'KED-10': 'off' as const } };
    expect(canAttach(doc, f.muda, f.sekda)).toMatchObject({
      verdict: 'refuse',
      ruleId: 'KED-10',
      citation: 'Perbup Banjar 39/2024, Pasal 8 ayat (3)',
      message: expect.stringContaining('melintasi Perangkat Daerah'),
    });
  });

  it('warns when a JF Ahli Muda is dragged over a Pengawas under Perbup Banjar (KED-06)', () => {
    const f = fixture();
    const answer = canAttach(f.doc, f.muda, f.d.kasi);
    expect(answer).toMatchObject({ verdict: 'warn', ruleId: 'KED-06' });
    expect(answer.message).toContain('Ahli Muda berkedudukan di bawah Pejabat Administrator');
    expect(answer.citation).toContain('Perbup Banjar 39/2024, Lampiran I');
    // the same drag is fine where KED-06 is off
    expect(canAttach({ ...f.doc, profileId: 'nasional' }, f.muda, f.d.kasi).verdict).toBe('ok');
  });

  it('says ok for a legal placement', () => {
    const f = fixture();
    expect(canAttach(f.doc, f.muda, f.kabidC)).toMatchObject({ verdict: 'ok', message: expect.stringContaining('dapat ditempatkan') });
    expect(canAttach(f.doc, f.pelaksana, f.d.kasi).verdict).toBe('ok');
  });

  it('warns for KED-02, KED-03 and KED-05 with the finding message; follows the profile and the overrides', () => {
    const f = fixture('nasional');
    expect(canAttach(f.doc, f.pelaksana, f.jfBiasa)).toMatchObject({ verdict: 'warn', ruleId: 'KED-02' });
    expect(canAttach(f.doc, f.kabidC, f.d.kasi)).toMatchObject({ verdict: 'warn', ruleId: 'KED-03', message: expect.stringContaining('«Kepala Bidang C» (Administrator)') });
    expect(canAttach(f.doc, f.pelaksana, f.d.kabidA)).toMatchObject({
      verdict: 'warn',
      ruleId: 'KED-05',
      citation: expect.stringMatching(/^PermenPANRB 7\/2022, pola kedudukan Pelaksana; sama dengan .*Perwali Palembang 30\/2023 Pasal 6 ayat \(4\)/),
    });
    expect(canAttach(f.doc, f.pelaksana, f.d.kabidA).severity).toBe('warning'); // the tip is yellow, as the finding will be
    expect(canAttach({ ...f.doc, profileId: 'palembang-30-2023' }, f.pelaksana, f.d.kabidA)).toMatchObject({ ruleId: 'KED-05', severity: 'error' });
    expect(canAttach(f.doc, f.pelaksana, f.jfBiasa).severity).toBe('error');
    expect(canAttach({ ...f.doc, profileId: 'padang-panjang-48-2024' }, f.pelaksana, f.d.kabidA).verdict).toBe('ok');
    expect(canAttach({ ...f.doc, severityOverrides: { 'KED-03': 'off' } }, f.kabidC, f.d.kasi).verdict).toBe('ok');
    expect(canAttach({ ...f.doc, severityOverrides: { 'KED-03': 'info' } }, f.kabidC, f.d.kasi).verdict).toBe('ok');
  });

  it('counts the dragged position into the span of control (KED-09: info by default, warn when raised)', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    for (let i = 0; i < 25; i++) b.pos('pelaksana', `Pelaksana ${i}`, d.seksi, d.kasi);
    const extra = b.pos('pelaksana', 'Pelaksana baru', d.bidangB, d.kabidB);
    const doc = b.build();
    expect(canAttach(doc, extra, d.kasi).verdict).toBe('ok');
    const raised = { ...doc, severityOverrides: { 'KED-09': 'warning' as const } };
    expect(canAttach(raised, extra, d.kasi)).toMatchObject({ verdict: 'warn', ruleId: 'KED-09', message: expect.stringContaining('26') });
    // one already there is not counted twice
    const inside = Object.values(doc.positions).find((p) => p.nama === 'Pelaksana 3')!;
    expect(canAttach(raised, inside.id, d.kasi).verdict).toBe('ok');
  });

  it('prefers an error to a warning', () => {
    const b = new DocBuilder();
    const d = dinas(b);
    const jf = b.jf('ahli-muda', 'Pranata Komputer', d.seksi, d.kasi);
    for (let i = 0; i < 25; i++) b.pos('pelaksana', `Pelaksana ${i}`, d.seksi, jf);
    const extra = b.pos('pelaksana', 'Pelaksana baru', d.seksi, d.kasi);
    const doc = { ...b.build(), severityOverrides: { 'KED-09': 'warning' as const } };
    expect(canAttach(doc, extra, jf)).toMatchObject({ verdict: 'warn', ruleId: 'KED-02' });
  });

  it('refuses unknown ids without throwing', () => {
    const f = fixture();
    expect(canAttach(f.doc, 'tidak-ada', f.d.kasi).verdict).toBe('refuse');
  });

  it('agrees with the lint of the document after the move', () => {
    const doc0 = generate(300, 21, 'banjar-39-2024');
    const ids = Object.keys(doc0.positions);
    const pdOf = structureIndex(doc0).perangkatDaerahOf;
    const samePd = (a: string, b: string) => pdOf.get(doc0.positions[a].unitId) === pdOf.get(doc0.positions[b].unitId);
    const rnd = prng(3);
    let checked = 0;
    const verdicts = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const sub = ids[Math.floor(rnd() * ids.length)];
      // mostly inside one PD, where the interesting answers are
      let sup = ids[Math.floor(rnd() * ids.length)];
      for (let t = 0; t < 30 && !samePd(sub, sup) && i % 10 !== 0; t++) sup = ids[Math.floor(rnd() * ids.length)];
      const answer = canAttach(doc0, sub, sup);
      verdicts.add(`${answer.verdict} ${answer.ruleId ?? ''}`);
      if (answer.verdict === 'refuse') continue;
      checked++;
      const after: Workspace = produce(doc0, (d) => {
        d.positions[sub].superiorId = sup;
      });
      // findings the placement itself is answerable for: about the dragged position, or KED-09 about the superior
      const own = lint(after).filter(
        (f) =>
          f.severity !== 'info' &&
          f.ruleId !== 'KED-08' &&
          (f.subjects[0] === sub || (f.ruleId === 'KED-09' && f.subjects[0] === sup)),
      );
      if (own.length === 0) {
        expect(answer.verdict, `${sub} → ${sup}`).toBe('ok');
      } else {
        expect(answer.verdict).toBe('warn');
        const worst = Math.min(...own.map((f) => SEVERITY_ORDER[f.severity]));
        expect(own.filter((f) => SEVERITY_ORDER[f.severity] === worst)).toContainEqual(
          expect.objectContaining({ ruleId: answer.ruleId, message: answer.message, citation: answer.citation }),
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
    for (const v of ['ok ', 'warn KED-02', 'warn KED-03', 'warn KED-05', 'warn KED-06', 'refuse KED-04', 'refuse KED-10']) {
      expect(verdicts, v).toContain(v);
    }
  });
});
