// The TIM rules inside the engine: the team-rule contract (check = checkTeam over every team, findings about that
// team), the incremental linter equal to the full lint after random edits of teams and of the positions they name,
// a fully legal team silent under every profile, and the registry.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../../bench/generate';
import {
  CARA_PENUGASAN,
  GOLONGAN,
  INSTRUMENT_JENIS,
  JENJANG,
  PENANDATANGAN,
  POSITION_KINDS,
  PROFILE_IDS,
  structureIndex,
  TEAM_ROLES,
  TIPE_PD,
  type Workspace,
} from '../../../../src/model';
import { compareFindings, createLinter, lint, RULES, TIM_RULES, ruleById, type Finding, type ReportedFinding } from '../../../../src/rules';
import { makeContext, settingsOf } from '../../../../src/rules/engine';
import { TIM_TABLE, bidangTeam, timSeverity, world } from './helpers';

const asFinding = (f: ReportedFinding): Finding => ({ ruleId: '', citation: '', severity: f.severity ?? 'error', ...f });

/** A 600-position structure with 40 generated teams, some of them damaged. */
function withTeams(seed: number): Workspace {
  const doc = generateWorkspace({ positions: 600, seed, placements: false, teams: 40 });
  const ids = Object.keys(doc.positions);
  return produce(doc, (d) => {
    const teams = Object.values(d.teams);
    teams[0].members.push({ id: 'x1', role: 'ketua', positionId: ids[3], personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null });
    teams[1].members[0].positionId = 'pos_hilang';
    teams[2].selesai = '2025-01-01';
    teams[3].ownerUnitId = null;
    teams[4].members[0].role = 'koordinator';
    teams[5].instrument = { jenis: 'keputusan', penandatangan: 'sekretaris-daerah', nomor: '1', tanggal: null };
    const official = Object.values(d.positions).find((p) => p.kind === 'pengawas')!;
    teams[6].members.push({ id: 'x2', role: 'anggota', positionId: official.id, personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null });
    teams[7].members.push({
      id: 'x3',
      role: 'anggota',
      positionId: null,
      personId: null,
      external: { nama: 'Budi', instansi: 'Provinsi', jabatan: '', nip: '' },
      cara: 'pengajuan-sukarela',
      mulai: null,
      selesai: null,
    });
  });
}

describe('team rule contract', { timeout: 30_000 }, () => {
  for (const seed of [1, 2]) {
    it(`check equals checkTeam over every team, each finding about its team (seed ${seed})`, () => {
      const doc = withTeams(seed);
      for (const profileId of PROFILE_IDS) {
        const ctx = () => makeContext(doc, structureIndex(doc), settingsOf(doc, { profileId }));
        for (const rule of TIM_RULES) {
          const whole: Finding[] = [];
          rule.check(ctx(), (f) => whole.push(asFinding(f)));
          if (rule.scope !== 'team') {
            expect(rule.scope, rule.id).toBe('team-set');
            continue;
          }
          const pieces: Finding[] = [];
          const c = ctx();
          for (const t of Object.values(doc.teams)) {
            const own = new Set([t.id, ...t.members.flatMap((m) => (m.positionId ? [m.positionId] : []))]);
            rule.checkTeam(c, t, (f) => {
              expect(own.has(f.subjects[0]), `${rule.id}: ${f.subjects[0]} belongs to ${t.id}`).toBe(true);
              expect(f.subjects.includes(t.id), `${rule.id} names its team`).toBe(true);
              pieces.push(asFinding(f));
            });
          }
          expect(pieces.sort(compareFindings), `${rule.id} ${profileId}`).toEqual(whole.sort(compareFindings));
        }
      }
    });
  }

  it('sees every TIM rule fire on generated teams under some profile', () => {
    const fired = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const doc = withTeams(seed);
      for (const profileId of ['banjar-39-2024', 'serang-23-2023', 'palembang-30-2023'] as const) {
        for (const f of lint(doc, { profileId, rules: TIM_RULES })) fired.add(f.ruleId);
      }
    }
    expect([...fired].sort()).toEqual(TIM_RULES.map((r) => r.id));
  });
});

// ── incremental == full ────────────────────────────────────────────────────────────────────────────────────

type Op = [kind: number, a: number, b: number, c: number];

const at = <T>(xs: readonly T[], n: number): T => xs[n % xs.length];
const DATES = ['2026-01-01', '2026-03-31', '2026-07-31', '2027-02-28', '2025-12-31', '2026-02-30', null] as const;

function applyOp(doc: Workspace, [kind, a, b, c]: Op, history: Workspace[]): Workspace {
  const ids = Object.keys(doc.positions);
  const unitIds = Object.keys(doc.units);
  const teamIds = Object.keys(doc.teams);
  if (ids.length === 0) return doc;
  const pos = at(ids, a);
  switch (kind % 16) {
    case 0: // a new team
      return produce(doc, (d) => {
        const id = `tim_${a}_${b}_${c}`;
        d.teams[id] = {
          id,
          nama: `Tim ${c}`,
          targetKinerja: '',
          ownerUnitId: c % 9 === 0 ? null : at(unitIds, b),
          pimpinanUnitId: c % 4 === 0 ? at(ids, c) : null,
          penilaiKinerjaId: null,
          penanggungjawabId: c % 5 === 0 ? at(ids, b + c) : null,
          members: [0, 1, 2].slice(0, 1 + (c % 3)).map((i) => ({
            id: `${id}_${i}`,
            role: i === 0 ? at(TEAM_ROLES, b) : 'anggota',
            positionId: at(ids, a + i * 17),
            personId: null,
            external: null,
            cara: at(CARA_PENUGASAN, c + i),
            mulai: null,
            selesai: null,
          })),
          mulai: at(DATES, b),
          selesai: at(DATES, c),
          instrument: null,
          rekomendasiTimVerifikasi: null,
          rincianTugas: { penanggungjawab: [], ketua: [], anggota: [] },
        };
      });
    case 1: // delete a team
      return teamIds.length ? produce(doc, (d) => void delete d.teams[at(teamIds, b)]) : doc;
    case 2: // a member joins (a position, or a person of another instansi)
      if (!teamIds.length) return doc;
      return produce(doc, (d) => {
        const t = d.teams[at(teamIds, b)];
        t.members.push({
          id: `m_${a}_${c}`,
          role: at(TEAM_ROLES, c),
          positionId: c % 6 === 0 ? null : pos,
          personId: null,
          external: c % 6 === 0 ? { nama: `Orang ${c % 4}`, instansi: 'Provinsi', jabatan: '', nip: '' } : null,
          cara: at(CARA_PENUGASAN, a),
          mulai: c % 5 === 0 ? at(DATES, a) : null,
          selesai: c % 7 === 0 ? at(DATES, b) : null,
        });
      });
    case 3: // a member leaves, or changes role / cara
      if (!teamIds.length) return doc;
      return produce(doc, (d) => {
        const t = d.teams[at(teamIds, b)];
        if (!t.members.length) return;
        const i = a % t.members.length;
        if (c % 3 === 0) t.members.splice(i, 1);
        else if (c % 3 === 1) t.members[i].role = at(TEAM_ROLES, c);
        else t.members[i].cara = at(CARA_PENUGASAN, c);
      });
    case 4: // owner, dates, instrument, recommendation
      if (!teamIds.length) return doc;
      return produce(doc, (d) => {
        const t = d.teams[at(teamIds, b)];
        const r = c % 4;
        if (r === 0) t.ownerUnitId = c % 8 === 0 ? null : at(unitIds, a);
        else if (r === 1) [t.mulai, t.selesai] = [at(DATES, a), at(DATES, c)];
        else if (r === 2) t.instrument = { jenis: at([...INSTRUMENT_JENIS, '', 'SK'], a), penandatangan: at([...PENANDATANGAN, ''], c), nomor: '', tanggal: null };
        else t.rekomendasiTimVerifikasi = t.rekomendasiTimVerifikasi ? null : { nomor: '1', tanggal: null };
      });
    case 5: // holder data of a position (a member's, often)
      return produce(doc, (d) => {
        const team = teamIds.length ? d.teams[at(teamIds, b)] : undefined;
        const target = team?.members.find((m) => m.positionId && d.positions[m.positionId])?.positionId ?? pos;
        const p = d.positions[target];
        p.kelasJabatan = c % 12 || null;
        p.pemangku = c % 5 === 0 ? [] : [{ id: `${p.id}-pemangku-1`, nama: 'X', nip: '', pendidikan: at(['SMA/SMK', 'D3', 'D4', 'S1', null] as const, c), golongan: at([...GOLONGAN, null], a), predikatKinerja: at(['baik', 'butuh-perbaikan', null] as const, b), pengalamanTahun: c % 4 }];
      });
    case 6: // a named position changes unit (scope, origin) or kind (who may lead)
      return produce(doc, (d) => {
        const team = teamIds.length ? d.teams[at(teamIds, b)] : undefined;
        const target = team?.members.find((m) => m.positionId && d.positions[m.positionId])?.positionId ?? pos;
        if (c % 2) d.positions[target].unitId = at(unitIds, c);
        else {
          const k = at(POSITION_KINDS, c >> 1);
          d.positions[target].kind = k;
          d.positions[target].jenjang = k === 'fungsional' ? at(JENJANG, a) : null;
        }
      });
    case 7: // delete a position a team names (dangling reference), or any position
      return produce(doc, (d) => {
        const team = teamIds.length ? d.teams[at(teamIds, b)] : undefined;
        const target = c % 2 && team ? team.members.find((m) => m.positionId && d.positions[m.positionId])?.positionId : pos;
        if (target) delete d.positions[target];
      });
    case 8: // the head of an owner unit changes (Palembang's Koordinator)
      return produce(doc, (d) => {
        const team = teamIds.length ? d.teams[at(teamIds, b)] : undefined;
        const unit = team?.ownerUnitId ?? at(unitIds, a);
        const inUnit = Object.values(d.positions).filter((p) => p.unitId === unit);
        if (inUnit.length) inUnit[c % inUnit.length].kind = at(['jpt-pratama', 'administrator', 'fungsional'] as const, a);
      });
    case 9: // a unit edit (rebuild)
      return produce(doc, (d) => {
        d.units[at(unitIds, b)].tipePd = at(TIPE_PD, c);
      });
    case 10: // profile or override switch
      return produce(doc, (d) => {
        if (c % 2 === 0) d.profileId = at(PROFILE_IDS, b);
        else d.severityOverrides[at(TIM_RULES, b).id] = at(['off', 'info', 'warning', 'error'] as const, c);
      });
    case 11: // undo / redo: jump to an older document
    case 12:
      return history.length ? at(history, b) : doc;
    case 13: // a structural move that does not touch teams
      return produce(doc, (d) => {
        d.positions[pos].superiorId = at(ids, b);
      });
    case 14: // a team and a position in one step (deletePositions clears team references)
      return produce(doc, (d) => {
        delete d.positions[pos];
        for (const t of Object.values(d.teams)) t.members = t.members.filter((m) => m.positionId !== pos);
      });
    default: // a new position with the id a dangling member points at
      return produce(doc, (d) => {
        const dangling = Object.values(d.teams).flatMap((t) => t.members).find((m) => m.positionId && !d.positions[m.positionId]);
        if (!dangling?.positionId) return;
        const src = d.positions[pos];
        d.positions[dangling.positionId] = { ...src, id: dangling.positionId, kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null, placement: null };
      });
  }
}

/**
 * After each op the incremental result equals the full lint; with `fresh`, the full lint also equals a lint of a
 * deep copy (new objects everywhere), so a rule's cache keyed on immutable objects (TIM-07) cannot hide a stale entry.
 */
function runSequence(start: Workspace, ops: Op[], fresh: 'each' | 'end' = 'each'): void {
  const linter = createLinter();
  const history: Workspace[] = [start];
  let doc = start;
  expect(linter.lint(doc)).toEqual(lint(doc));
  for (const op of ops) {
    doc = applyOp(doc, op, history);
    history.push(doc);
    const full = lint(doc);
    expect(linter.lint(doc), `after op ${JSON.stringify(op)}`).toEqual(full);
    if (fresh === 'each') expect(lint(structuredClone(doc)), `fresh after op ${JSON.stringify(op)}`).toEqual(full);
  }
  expect(lint(structuredClone(doc))).toEqual(lint(doc));
}

const opArb = fc.tuple(fc.nat(15), fc.nat(5000), fc.nat(5000), fc.nat(5000)) as fc.Arbitrary<Op>;

describe('createLinter with teams equals lint', { timeout: 60_000 }, () => {
  it('on random edit sequences of teams and the positions they name (property, shrinking)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(opArb, { maxLength: 30 }), (seed, ops) => {
        const start = produce(generateWorkspace({ positions: 120, seed, placements: false, teams: 8 }), (d) => {
          d.profileId = seed % 2 ? 'banjar-39-2024' : at(PROFILE_IDS, seed); // Banjar has every TIM rule on
        });
        runSequence(start, ops);
      }),
      { numRuns: 80 },
    );
  });

  it('on a long edit sequence of a 1,500-position document with 60 teams under Perbup Banjar', () => {
    const start = produce(generateWorkspace({ positions: 1500, seed: 4, placements: false, teams: 60 }), (d) => {
      d.profileId = 'banjar-39-2024';
    });
    runSequence(start, fc.sample(opArb, { numRuns: 150, seed: 7 }), 'end');
  });

  it('re-checks a team when a position it names is edited, and leaves TIM-07 alone when no team is touched', () => {
    const w = world('banjar-39-2024');
    const t = bidangTeam(w);
    const doc = w.b.build();
    const linter = createLinter();
    const before = linter.lint(doc);
    expect(before.filter((f) => f.ruleId === 'TIM-05')).toEqual([]);
    const worse = produce(doc, (d) => {
      d.positions[w.jfMuda].pemangku[0].golongan = 'II/c';
    });
    const after = linter.lint(worse);
    expect(after).toEqual(lint(worse));
    expect(after.filter((f) => f.ruleId === 'TIM-05').map((f) => f.subjects)).toEqual([[w.jfMuda, t]]);
    const unrelated = produce(worse, (d) => {
      d.positions[w.d.kabidB].nama = 'Kepala Bidang B (baru)';
    });
    expect(linter.lint(unrelated)).toEqual(lint(unrelated));
  });

  it('TIM-07 follows a member\'s position into another unit while the team itself is unchanged', () => {
    const w = world('banjar-39-2024');
    const t = w.b.team('Tim Statistik', w.d.bidangA, { mulai: '2026-01-01', selesai: '2026-09-30' });
    w.b.member(t, 'ketua', w.jfMuda);
    w.b.member(t, 'anggota', w.jfB); // from Bidang B: 6 months at most
    const doc = w.b.build();
    const linter = createLinter();
    const tim07 = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'TIM-07').map((f) => f.subjects);
    expect(tim07(linter.lint(doc))).toEqual([[w.jfB, t]]);
    const moved = produce(doc, (d) => {
      d.positions[w.jfB].unitId = w.d.bidangA; // now from the owner unit: 12 months allowed
    });
    expect(moved.teams[t]).toBe(doc.teams[t]);
    expect(tim07(linter.lint(moved))).toEqual([]);
    expect(tim07(lint(moved))).toEqual([]);
    expect(tim07(lint(doc))).toEqual([[w.jfB, t]]);
  });

  it('re-checks a team when the head of its owner unit changes (Palembang: Koordinator only under a JPT Pratama)', () => {
    const w = world('palembang-30-2023');
    const t = w.b.team('Tim Dinas', w.d.pd);
    w.b.member(t, 'koordinator', w.jfMuda);
    w.b.member(t, 'anggota', w.jfPertama);
    const doc = w.b.build();
    const linter = createLinter();
    expect(linter.lint(doc).filter((f) => f.ruleId === 'TIM-06')).toEqual([]);
    const demoted = produce(doc, (d) => {
      d.positions[w.d.kepala].kind = 'administrator';
    });
    const after = linter.lint(demoted);
    expect(after).toEqual(lint(demoted));
    expect(after.filter((f) => f.ruleId === 'TIM-06').map((f) => f.subjects)).toEqual([[t, w.jfMuda]]);
    const restored = produce(demoted, (d) => {
      d.positions[w.d.kepala].kind = 'jpt-pratama';
    });
    expect(linter.lint(restored).filter((f) => f.ruleId === 'TIM-06')).toEqual([]);
  });
});

// ── a fully legal team, and the catalogue ───────────────────────────────────────────────────────────────────

describe('a legal team', () => {
  it.each(PROFILE_IDS)('gives no TIM finding under %s', (profileId) => {
    const w = world(profileId);
    const t = bidangTeam(w);
    w.b.declareRequired(t);
    expect(lint(w.b.build(), { profileId, rules: TIM_RULES })).toEqual([]);
  });
});

describe('TIM catalogue', () => {
  it('registers TIM-01 … TIM-11 after the KED rules, with the DOMAIN §5 severities', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('TIM-'))).toEqual(Object.keys(TIM_TABLE));
    expect(ids.indexOf('TIM-01')).toBeGreaterThan(ids.indexOf('KED-10'));
    for (const rule of TIM_RULES) {
      expect(ruleById(rule.id)).toBe(rule);
      for (const profileId of PROFILE_IDS) expect(rule.defaultSeverity[profileId], `${rule.id} ${profileId}`).toBe(timSeverity(rule.id, profileId));
    }
  });
});
