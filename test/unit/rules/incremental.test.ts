// The incremental linter must give exactly what a full lint gives, after any sequence of edits — including edits
// that make the document worse (cycles, lines across PDs, dangling superiors), unit edits, profile and override
// switches, and jumps back to an older document (undo).
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/commands/command';
import { movePosition } from '../../../src/commands/movePosition';
import { JENJANG, POSITION_KINDS, PROFILE_IDS, TeamSchema, TIPE_PD, type Workspace } from '../../../src/model';
import { createLinter, lint, RULES } from '../../../src/rules';
import type { Rule } from '../../../src/rules';
import { definePositionRule } from '../../../src/rules/types';
import { generate } from './helpers/generate';

type Op = [kind: number, a: number, b: number, c: number];

function at<T>(xs: readonly T[], n: number): T {
  return xs[n % xs.length];
}

/** Apply one encoded edit; returns the new document (history keeps old ones for "undo" jumps). */
function applyOp(doc: Workspace, [kind, a, b, c]: Op, history: Workspace[]): Workspace {
  const ids = Object.keys(doc.positions);
  const unitIds = Object.keys(doc.units);
  if (ids.length === 0) return doc;
  const id = at(ids, a);
  switch (kind % 13) {
    case 0: // re-attach anywhere, even into a cycle or another PD
    case 1:
      return produce(doc, (d) => {
        d.positions[id].superiorId = b % 7 === 0 ? null : at(ids, b);
      });
    case 2: {
      // the real command (refuses cycles and cross-PD lines)
      try {
        return execute(doc, movePosition, { id, superiorId: at(ids, b) }).doc;
      } catch {
        return doc;
      }
    }
    case 3:
      return produce(doc, (d) => {
        const kind = at(POSITION_KINDS, b);
        d.positions[id].kind = kind;
        d.positions[id].jenjang = kind === 'fungsional' ? at(JENJANG, c) : null;
      });
    case 4:
      return produce(doc, (d) => {
        d.positions[id].unitId = at(unitIds, b);
      });
    case 5:
      return produce(doc, (d) => {
        delete d.positions[id];
      });
    case 6:
      return produce(doc, (d) => {
        const nid = `new_${a}_${b}_${c}`;
        d.positions[nid] = {
          id: nid,
          kode: nid,
          nama: `Baru ${c}`,
          kind: at(POSITION_KINDS, c),
          jenjang: at(POSITION_KINDS, c) === 'fungsional' ? at(JENJANG, b) : null,
          unitId: at(unitIds, b),
          superiorId: at(ids, b),
          memimpinUnitMandiri: c % 5 === 0,
          substansi: c % 3 === 0 ? 'penanaman modal' : '',
          kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
          placement: null,
        };
      });
    case 7:
      return produce(doc, (d) => {
        const p = d.positions[id];
        if (p.kind === 'fungsional') p.memimpinUnitMandiri = !p.memimpinUnitMandiri;
        p.substansi = p.substansi ? '' : 'PTSP';
        p.nama = `${p.nama}*`;
      });
    case 8:
      return produce(doc, (d) => {
        const u = d.units[at(unitIds, b)];
        if (c % 3 === 0) u.pengecualian = !u.pengecualian;
        else if (c % 3 === 1) u.tipePd = at(TIPE_PD, c);
        else if (u.parentId !== null) u.parentId = null;
      });
    case 9:
      return produce(doc, (d) => {
        if (c % 2 === 0) d.profileId = at(PROFILE_IDS, b);
        else d.severityOverrides[at(RULES, b).id] = at(['off', 'info', 'warning', 'error'] as const, c);
      });
    case 10: // undo / redo: jump to an older document
      return history.length ? at(history, b) : doc;
    case 12: // pemangku: one person copied onto another jabatan (the same NIP twice: JAB-04), or all taken off
      return produce(doc, (d) => {
        const from = d.positions[at(ids, b)];
        const to = d.positions[id];
        if (c % 3 === 0) to.pemangku = [];
        else {
          const nip = `19870312201001${String(1000 + (b % 7)).slice(-4)}`;
          to.pemangku.push({ id: `o_${a}_${c}`, nama: `Pegawai ${b % 7}`, nip, pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: null });
          if (c % 3 === 2) from.pemangku = [...from.pemangku, { id: `o_${b}_${c}`, nama: 'Salinan', nip, pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: null }];
        }
      });
    default: // several moves at once (one paste or multi-drag)
      return produce(doc, (d) => {
        for (let i = 0; i < 3; i++) d.positions[at(ids, a + i * 13)].superiorId = at(ids, b + i * 7);
      });
  }
}

function runSequence(start: Workspace, ops: Op[], rules?: readonly Rule[]): void {
  const options = rules ? { rules } : {};
  const linter = createLinter(options);
  const history: Workspace[] = [start];
  let doc = start;
  expect(linter.lint(doc)).toEqual(lint(doc, options));
  for (const op of ops) {
    doc = applyOp(doc, op, history);
    history.push(doc);
    expect(linter.lint(doc), `after op ${JSON.stringify(op)}`).toEqual(lint(doc, options));
  }
}

function runSequenceOf(docs: Workspace[]): void {
  const linter = createLinter();
  for (const doc of docs) expect(linter.lint(doc)).toEqual(lint(doc));
}

const opArb = fc.tuple(fc.nat(12), fc.nat(5000), fc.nat(5000), fc.nat(5000)) as fc.Arbitrary<Op>;

describe('createLinter (incremental) equals lint (full)', () => {
  it('on random edit sequences of a small document (property, shrinking)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { maxLength: 30 }), (seed, ops) => {
        runSequence(generate(60, seed), ops);
      }),
      { numRuns: 80 },
    );
  });

  it('on a long edit sequence of a 1,500-position document', () => {
    const ops = fc.sample(opArb, { numRuns: 150, seed: 42 });
    runSequence(generate(1500, 7), ops);
  });

  it('keeps subordinates of a deleted superior across a rebuild, for an undo of the delete', () => {
    const start = generate(120, 9);
    const official = Object.values(start.positions).find((p) => p.kind === 'pengawas')!;
    const deleted = produce(start, (d) => {
      delete d.positions[official.id];
    });
    const rebuilt = produce(deleted, (d) => {
      d.profileId = 'nasional'; // a profile switch rebuilds the linter's state from the dangling document
    });
    const undone = produce(start, (d) => {
      d.profileId = 'nasional';
    });
    runSequenceOf([start, deleted, rebuilt, undone]);
  });

  it('returns a fresh array and the same findings when nothing changed', () => {
    const doc = generate(200, 3);
    const linter = createLinter();
    const first = linter.lint(doc);
    const again = linter.lint(doc);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reports a rule that throws only for some positions as rule-error, and recovers when it stops', () => {
    const doc = generate(100, 5);
    const victim = Object.values(doc.positions)[10];
    const fragile = definePositionRule({
      ...RULES[0],
      id: 'UJI-RAPUH',
      scope: 'position',
      checkPosition(_ctx, p) {
        if (p.nama.startsWith('RUSAK')) throw new Error('data rusak');
      },
    });
    const linter = createLinter({ rules: [fragile] });
    expect(linter.lint(doc)).toEqual([]);
    const broken = produce(doc, (d) => {
      d.positions[victim.id].nama = 'RUSAK';
    });
    const found = linter.lint(broken);
    expect(found).toEqual(lint(broken, { rules: [fragile] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'rule-error', severity: 'error' });
    expect(found[0].message).toContain('UJI-RAPUH');
    expect(linter.lint(doc)).toEqual([]);
  });

  it('re-runs JAB-04 (a whole-document rule) only when a pemangku or a name changes: not on a team edit or a move', () => {
    const doc = generate(200, 11);
    const [a, b] = Object.values(doc.positions).filter((p) => p.superiorId !== null);
    let runs = 0;
    const jab04 = { ...RULES.find((r) => r.id === 'JAB-04')! } as Extract<Rule, { scope: 'document' }>;
    const check = jab04.check;
    jab04.check = (ctx, report) => {
      runs++;
      check(ctx, report);
    };
    const options = { rules: [jab04] };
    const linter = createLinter(options);
    const person = (id: string) => ({ id, nama: 'Pegawai', nip: '198703122010011002', pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: null });
    const twice = produce(doc, (d) => {
      d.positions[a.id].pemangku = [person('o1')];
      d.positions[b.id].pemangku = [person('o2')];
    });
    expect(linter.lint(twice)).toHaveLength(2);
    expect(runs).toBe(1);
    // a team edit and a move: the positions' pemangku and names are the same objects and texts
    const withTeam = produce(twice, (d) => {
      d.teams.t1 = TeamSchema.parse({ id: 't1', nama: 'Tim Uji', ownerUnitId: null, members: [] });
    });
    expect(linter.lint(withTeam)).toEqual(lint(withTeam, options));
    const moved = produce(withTeam, (d) => {
      d.positions[a.id].placement = { x: 5, y: 5 };
    });
    expect(linter.lint(moved)).toEqual(lint(moved, options));
    expect(runs).toBe(1 + 2); // the two full lint() calls above, none by the incremental linter
    // a rename is in the message: re-run
    const renamed = produce(moved, (d) => {
      d.positions[a.id].nama = 'Jabatan Berganti Nama';
    });
    const found = linter.lint(renamed);
    expect(found).toEqual(lint(renamed, options));
    expect(found.some((f) => f.message.includes('Jabatan Berganti Nama'))).toBe(true);
  });
});
