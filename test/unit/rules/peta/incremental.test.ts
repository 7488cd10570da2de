// The incremental linter with process maps: after any sequence of edits to maps, positions, units, teams, the
// profile and overrides — and jumps back to older documents (undo) — it gives exactly what a full lint gives.
// And it does not re-run map rules when the edit cannot concern any map.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, TeamSchema, type LevelMap, type LintasFungsiMap, type Workspace } from '../../../../src/model';
import { createLinter, lint, MAP_RULES, RULES, type Rule } from '../../../../src/rules';
import { defineMapRule } from '../../../../src/rules/types';
import { withMaps } from './generateMaps';

type Op = [kind: number, a: number, b: number, c: number];
const at = <T>(xs: readonly T[], n: number): T => xs[n % xs.length];

function applyOp(doc: Workspace, [kind, a, b, c]: Op, history: Workspace[]): Workspace {
  const ids = Object.keys(doc.positions);
  const units = Object.keys(doc.units);
  const mapIds = Object.keys(doc.maps);
  if (ids.length === 0) return doc;
  // positions named by maps are picked often, so map-affecting position edits happen
  const named = [...new Set(Object.values(doc.maps).flatMap((m) => (m.kind === 'lintas-fungsi' ? m.lanes.flatMap((l) => (l.binding?.kind === 'position' ? [l.binding.id] : [])) : m.kind === 'subproses' ? m.steps.flatMap((s) => (s.pengampuId ? [s.pengampuId] : [])) : [])))].filter((id) => doc.positions[id]);
  const pid = b % 2 && named.length ? at(named, a) : at(ids, a);
  switch (kind % 13) {
    case 0:
      return produce(doc, (d) => {
        d.positions[pid].superiorId = at(ids, c);
      });
    case 1:
      return produce(doc, (d) => {
        const p = d.positions[pid];
        p.kind = p.kind === 'fungsional' ? 'pengawas' : 'fungsional';
        p.jenjang = p.kind === 'fungsional' ? 'ahli-muda' : null;
      });
    case 2:
      return produce(doc, (d) => {
        delete d.positions[pid];
      });
    case 3:
      return produce(doc, (d) => {
        d.positions[pid].unitId = at(units, c);
      });
    case 4:
      return produce(doc, (d) => {
        const m = d.maps.lf as LintasFungsiMap | undefined;
        if (!m || m.nodes.length === 0) return;
        const n = at(m.nodes, b);
        if (c % 4 === 0) n.laneId = c % 8 === 0 ? null : at(m.lanes, c).id;
        else if (c % 4 === 1) m.arrows.push({ id: `x${a}_${c}`, source: n.id, target: at(m.nodes, c).id, label: c % 3 ? '' : 'Ya' });
        else if (c % 4 === 2 && m.arrows.length) m.arrows.splice(c % m.arrows.length, 1);
        else if (m.lanes.length) m.lanes[c % m.lanes.length].binding = c % 3 ? { kind: 'position', id: at(ids, a), boundAs: null } : null;
      });
    case 5:
      return produce(doc, (d) => {
        const m = d.maps[at(['m1', 'm2'], b)] as LevelMap | undefined;
        if (!m || m.processes.length === 0) return;
        const p = at(m.processes, c);
        if (a % 4 === 0) p.kategori = a % 8 === 0 ? null : 'inti';
        else if (a % 4 === 1) p.kode = at(['01', '02', '02.01', '02.09', '1.10', ''], c);
        else if (a % 4 === 2) p.pengampuUnitId = a % 8 === 2 ? 'u_hilang' : at(units, c);
        else p.sipoc.output = a % 8 === 3 ? [] : ['Output 1'];
      });
    case 6:
      return produce(doc, (d) => {
        if (c % 2 === 0) delete d.maps[at(mapIds, b)];
        else {
          const older = at(history, b).maps;
          const back = Object.keys(older).filter((id) => !d.maps[id]);
          if (back.length) d.maps[at(back, c)] = older[at(back, c)] as (typeof d.maps)[string];
        }
      });
    case 7:
      return produce(doc, (d) => {
        if (d.teams.t1) delete d.teams.t1;
        else d.teams.t1 = TeamSchema.parse({ id: 't1', nama: `Tim ${c}`, ownerUnitId: at(units, b) });
      });
    case 8:
      return produce(doc, (d) => {
        const u = d.units[at(units, b)];
        if (c % 2) u.pengecualian = !u.pengecualian;
        else if (u.parentId !== null) u.parentId = null;
      });
    case 9:
      return produce(doc, (d) => {
        if (c % 2 === 0) d.profileId = at(PROFILE_IDS, b);
        else d.severityOverrides[at(RULES, b + c).id] = at(['off', 'info', 'warning', 'error'] as const, c);
      });
    case 10:
      return history.length ? at(history, b) : doc;
    case 11:
      return produce(doc, (d) => {
        const s = d.maps.s1;
        if (s?.kind === 'subproses' && s.steps.length) at(s.steps, b).pengampuId = c % 3 ? at(ids, c) : null;
        const r = d.maps.r1;
        if (r?.kind === 'relasi' && r.arrows.length) at(r.arrows, c).label = b % 2 ? '' : 'Output 3';
      });
    default:
      return produce(doc, (d) => {
        const m = d.maps[at(mapIds, b)];
        if (!m) return;
        m.meta = c % 2 ? { status: 'ditetapkan', skNomor: 'SK 1', skTanggal: '2024-01-01', tahun: 2024, revisi: 0 } : { ...m.meta, status: 'draf' };
      });
  }
}

function runSequence(start: Workspace, ops: Op[]): void {
  const linter = createLinter();
  const history: Workspace[] = [start];
  let doc = start;
  expect(linter.lint(doc)).toEqual(lint(doc));
  for (const op of ops) {
    doc = applyOp(doc, op, history);
    history.push(doc);
    expect(linter.lint(doc), `after op ${JSON.stringify(op)}`).toEqual(lint(doc));
  }
}

const opArb = fc.tuple(fc.nat(12), fc.nat(5000), fc.nat(5000), fc.nat(5000)) as fc.Arbitrary<Op>;

describe('createLinter with process maps equals lint', () => {
  it('on random edit sequences (property, shrinking)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { maxLength: 30 }), (seed, ops) => {
        runSequence(withMaps(60, seed), ops);
      }),
      { numRuns: 60 },
    );
  });

  it('sees the map rules fire on these documents', () => {
    const fired = new Set(lint(withMaps(60, 3)).map((f) => f.ruleId));
    for (const id of ['PETA-01', 'PETA-04', 'PETA-05', 'PETA-06', 'LF-03', 'LF-07', 'LF-05', 'REL-01', 'REL-02']) expect(fired).toContain(id);
  });
});

describe('map rules are re-run only where an edit can matter', () => {
  function counting(): { rules: Rule[]; calls: Map<string, number> } {
    const calls = new Map<string, number>();
    const rules = MAP_RULES.map((r) =>
      defineMapRule({
        ...r,
        checkMap(ctx, map, report) {
          calls.set(map.id, (calls.get(map.id) ?? 0) + 1);
          r.checkMap(ctx, map, report);
        },
      }),
    );
    return { rules: [...RULES.filter((r) => r.scope !== 'map'), ...rules], calls };
  }

  it('a position no map names: no map rule runs; a named position: only the maps naming it (and crossMap rules stay put)', () => {
    const doc = withMaps(200, 5);
    const { rules, calls } = counting();
    const linter = createLinter({ rules });
    linter.lint(doc);
    const lf = doc.maps.lf as LintasFungsiMap;
    const namedByLane = lf.lanes[0].binding!.kind === 'position' ? (lf.lanes[0].binding as { id: string }).id : '';
    const unnamed = Object.values(doc.positions).find(
      (p) => p.kind === 'fungsional' && p.id !== namedByLane && !(doc.maps.s1 as { steps: { pengampuId: string | null }[] }).steps.some((s) => s.pengampuId === p.id),
    )!;
    calls.clear();
    const moved = produce(doc, (d) => {
      d.positions[unnamed.id].nama = 'Diubah';
    });
    const afterMove = linter.lint(moved);
    expect(calls.size).toBe(0);
    expect(afterMove).toEqual(lint(moved, { rules }));
    const renamed = produce(moved, (d) => {
      d.positions[namedByLane].kind = 'fungsional';
      d.positions[namedByLane].jenjang = 'ahli-muda';
    });
    calls.clear();
    const afterKindChange = linter.lint(renamed);
    expect([...calls.keys()]).toEqual(['lf']);
    expect(calls.get('lf')).toBe(MAP_RULES.length);
    expect(afterKindChange).toEqual(lint(renamed, { rules }));
  });

  it('a map edit re-runs own-map rules on that map and crossMap rules on every map', () => {
    const doc = withMaps(100, 6);
    const { rules, calls } = counting();
    const linter = createLinter({ rules });
    linter.lint(doc);
    calls.clear();
    const next = produce(doc, (d) => {
      (d.maps.lf as LintasFungsiMap).nodes[1].label = 'Baru';
    });
    const result = linter.lint(next);
    const crossMap = MAP_RULES.filter((r) => r.crossMap).length;
    expect(calls.get('lf')).toBe(MAP_RULES.length);
    expect(calls.get('m1')).toBe(crossMap);
    expect(result).toEqual(lint(next, { rules }));
  });
});
