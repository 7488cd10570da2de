// Drill-down keeps codes and parent links consistent: after every command of a session, and back through undo
// and forward through redo, every derivative level map sits one level below its parent map and every code
// extends its parent process's code by one segment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addProcess,
  createMap,
  emptyHistory,
  execute,
  moveProcess,
  record,
  redo,
  removeProcess,
  undo,
  updateProcess,
  type Executed,
  type History,
} from '../../../src/commands';
import { findProcess, isChildCode, newMap, PROCESS_CATEGORIES, type LevelMap, type MapProcess, type Workspace } from '../../../src/model';
import { lint } from '../../../src/rules';
import { peta02, peta03 } from '../../../src/rules/peta';
import { mapFixture } from './fixture';

function inconsistencies(doc: Workspace): string[] {
  const out: string[] = [];
  for (const m of Object.values(doc.maps)) {
    if (m.kind !== 'level' || !m.parent) continue;
    const found = findProcess(doc, m.parent);
    if (!found) {
      out.push(`${m.id}: parent missing`);
      continue;
    }
    if (m.level !== found.map.level + 1) out.push(`${m.id}: level ${m.level} under ${found.map.level}`);
    for (const p of m.processes) if (!isChildCode(found.process.kode, p.kode)) out.push(`${m.id}: ${p.kode} under ${found.process.kode}`);
  }
  const codes = new Set<string>();
  for (const m of Object.values(doc.maps)) {
    if (m.kind !== 'level') continue;
    for (const p of m.processes) {
      if (codes.has(p.kode)) out.push(`duplicate ${p.kode}`);
      codes.add(p.kode);
    }
  }
  const findings = lint(doc, { rules: [peta02, peta03] });
  return [...out, ...findings.map((f) => `${f.ruleId}: ${f.message}`)];
}

const proc = (id: string, nama: string, kategori: MapProcess['kategori']): MapProcess => ({
  id,
  kode: '',
  nama,
  kategori,
  pengampuUnitId: 'u_umum',
  sipoc: { supplier: [], input: [], output: [], customer: [] },
  keterangan: '',
});

/** Run steps with a history; returns every document along the way. */
function session(start: Workspace, steps: ((d: Workspace) => Executed)[]): { docs: Workspace[]; history: History } {
  let history = emptyHistory();
  const docs = [start];
  let doc = start;
  for (const step of steps) {
    const done = step(doc);
    if (done.patches.length === 0) continue; // a no-op (e.g. a move to where it already is) is not recorded
    history = record(history, done, undefined, docs.length * 10_000);
    doc = done.doc;
    docs.push(doc);
  }
  return { docs, history };
}

function walkBackAndForth(docs: Workspace[], history: History): void {
  let h = history;
  let doc = docs[docs.length - 1];
  for (let i = docs.length - 2; i >= 0; i--) {
    const u = undo(h, doc)!;
    expect(u.doc).toStrictEqual(docs[i]);
    expect(inconsistencies(u.doc)).toEqual([]);
    h = u.history;
    doc = u.doc;
  }
  for (let i = 1; i < docs.length; i++) {
    const r = redo(h, doc)!;
    expect(r.doc).toStrictEqual(docs[i]);
    h = r.history;
    doc = r.doc;
  }
}

describe('drill-down', () => {
  it('a drill-down session stays consistent after every step, through undo and redo', () => {
    const start = mapFixture();
    expect(inconsistencies(start)).toEqual([]);
    const { docs, history } = session(start, [
      (d) => execute(d, createMap, { map: newMap(d, { id: 'm_umum', kind: 'level', title: 'Turunan Umum', parent: { mapId: 'm_l1', processId: 'p_umum' } }) }),
      (d) => execute(d, addProcess, { mapId: 'm_umum', process: proc('u1', 'Kepegawaian', 'pendukung') }),
      (d) => execute(d, addProcess, { mapId: 'm_umum', process: proc('u2', 'Arsip', 'pendukung') }),
      (d) => execute(d, createMap, { map: newMap(d, { id: 'm_peg', kind: 'level', title: 'Turunan Kepegawaian', parent: { mapId: 'm_umum', processId: 'u1' } }) }),
      (d) => execute(d, addProcess, { mapId: 'm_peg', process: proc('v1', 'Cuti', 'pendukung') }),
      (d) => execute(d, moveProcess, { mapId: 'm_l1', processId: 'p_umum', kategori: 'manajemen', bandIndex: 0 }),
      (d) => execute(d, moveProcess, { mapId: 'm_umum', processId: 'u2', kategori: 'pendukung', bandIndex: 0 }),
      (d) => execute(d, updateProcess, { mapId: 'm_l1', processId: 'p_apl', changes: { kode: '07' } }),
      (d) => execute(d, removeProcess, { mapId: 'm_umum', processId: 'u1' }),
    ]);
    for (const d of docs) expect(inconsistencies(d)).toEqual([]);
    const last = docs[docs.length - 1];
    expect((last.maps.m_l1 as LevelMap).processes.map((p) => p.kode)).toEqual(['01', '02', '07']);
    expect((last.maps.m_umum as LevelMap).processes.map((p) => p.kode)).toEqual(['01.01']);
    expect((last.maps.m_l3 as LevelMap).processes.map((p) => p.kode)).toEqual(['07.01.01']);
    expect(last.maps.m_peg).toBeUndefined();
    walkBackAndForth(docs, history);
  });

  it('random moves and additions keep the tree consistent (property)', () => {
    const levelIds = ['m_l1', 'm_l2', 'm_l3'];
    const op = fc.tuple(fc.nat(2), fc.nat(20), fc.nat(2), fc.nat(5));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const steps = ops.map(([kind, a, b, c], i) => (d: Workspace): Executed => {
          const mapId = levelIds[a % levelIds.length];
          const map = d.maps[mapId] as LevelMap;
          if (kind === 0 || map.processes.length === 0) {
            return execute(d, addProcess, { mapId, process: proc(`n${i}`, `Baru ${i}`, PROCESS_CATEGORIES[b]), bandIndex: c });
          }
          const p = map.processes[a % map.processes.length];
          return execute(d, moveProcess, { mapId, processId: p.id, kategori: PROCESS_CATEGORIES[b], bandIndex: c });
        });
        const { docs, history } = session(mapFixture(), steps);
        for (const d of docs) expect(inconsistencies(d)).toEqual([]);
        walkBackAndForth(docs, history);
      }),
      { numRuns: 40 },
    );
  });
});
