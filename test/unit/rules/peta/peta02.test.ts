import { describe, expect, it } from 'vitest';
import { peta02 } from '../../../../src/rules/peta';
import { DocBuilder, dinas, levelMap, process, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();

const top = levelMap('m1', 'Level 1', [
  process('p1', '01', 'Perencanaan', 'manajemen', d.pd),
  process('p2', '1.1', 'Layanan A', 'inti', d.bidangA),
  process('p3', '1.10', 'Layanan B', 'inti', d.bidangA), // "1.10" is not "1.1"
  process('p4', '01.03', 'Anggaran', 'pendukung', d.pd),
]);
const child = (codes: string[], parentProcess = 'p4') =>
  levelMap(
    'm2',
    'Turunan Anggaran',
    codes.map((c, i) => process(`q${i + 1}`, c, `Sub ${i + 1}`, 'pendukung', d.pd)),
    { level: 2, parent: { mapId: 'm1', processId: parentProcess } },
  );

// m1 hangs from a process of m2 and m2 from a process of m1: a cycle (PETA-03). Codes along it derive from nothing.
const cycleTop = levelMap('m1', 'Level 1', [process('p1', '01', 'Perencanaan', 'inti', d.pd), process('p4', '01.03', 'Anggaran', 'inti', d.pd)], {
  level: 1,
  parent: { mapId: 'm2', processId: 'q1' },
});
const cycleChild = child(['07.01']);
/** a map hanging below the cycle (not on it): its own parent is readable, so its codes are judged */
const belowCycle = levelMap('m3', 'Di bawah lingkaran', [process('r1', '08.01', 'Sub', 'inti', d.pd)], {
  level: 3,
  parent: { mapId: 'm2', processId: 'q1' },
});

describe('PETA-02', () => {
  verifyMapRule(peta02, {
    valid: [
      withMaps(base, [top, child(['01.03.01', '01.03.02', '01.03.10'])]),
      // a derivative whose parent process is gone is PETA-03's finding
      withMaps(base, [top, child(['09.09'], 'p_hilang')]),
      // maps along a cycle of the map tree: PETA-03 reports the cycle, PETA-02 says nothing of their codes
      withMaps(base, [cycleTop, cycleChild]),
    ],
    invalid: [
      {
        name: 'kode ganda',
        doc: withMaps(base, [levelMap('m1', 'Level 1', [process('p1', '01', 'A', 'inti', d.pd), process('p2', '01', 'B', 'inti', d.pd)])]),
        expect: [{ subjects: ['p2', 'p1', 'm1'] }],
      },
      {
        name: 'kode kosong',
        doc: withMaps(base, [levelMap('m1', 'Level 1', [process('p1', '', 'A', 'inti', d.pd)])]),
        expect: [{ subjects: ['p1', 'm1'] }],
      },
      {
        name: 'turunan tidak menurunkan kode induk',
        doc: withMaps(base, [top, child(['01.03.01', '01.04.01', '01.03', '01.03.01.01'])]),
        expect: [{ subjects: ['q2', 'm2'] }, { subjects: ['q3', 'm2'] }, { subjects: ['q4', 'm2'] }],
      },
      {
        name: 'a map below a cycle (not on it) is still judged against its parent process',
        doc: withMaps(base, [cycleTop, cycleChild, belowCycle]),
        expect: [{ subjects: ['r1', 'm3'] }],
      },
    ],
  });
});

describe('PETA-02 and PETA-03 on a cycle of the map tree', () => {
  it('the whole linter reports the cycle once (PETA-03) and nothing of the codes along it', async () => {
    const { lint } = await import('../../../../src/rules');
    const ids = lint(withMaps(base, [cycleTop, cycleChild])).filter((f) => f.ruleId.startsWith('PETA-0')).map((f) => f.ruleId);
    expect(ids).toContain('PETA-03');
    expect(ids).not.toContain('PETA-02');
  });
});
