// Builders and the rule tester for process-map tests. Structures come from the KED test builder (DocBuilder,
// dinas); maps are built with readable ids so findings and subjects read well in test output.
import { describe, expect, it } from 'vitest';
import {
  emptySopIdentitas,
  isStructural,
  type Lane,
  type LaneBinding,
  type LevelMap,
  type LfArrow,
  type LfNode,
  type LintasFungsiMap,
  type MapProcess,
  type PartyRef,
  type ProcessCategory,
  type ProcessMap,
  type ProfileId,
  type RelasiMap,
  type SubprosesMap,
  type Workspace,
} from '../../../src/model';
import { createLinter, lint, RULE_ERROR_ID, type Finding, type Rule } from '../../../src/rules';
import { DocBuilder, dinas } from '../rules/helpers/build';

export { DocBuilder, dinas };

export const PROFILE_ORDER: ProfileId[] = [
  'nasional',
  'banjarmasin-147-2023',
  'palembang-30-2023',
  'padang-panjang-48-2024',
  'banjar-39-2024',
  'serang-23-2023',
];

/** DOMAIN.md §6 defaults, transcribed by hand (E/W: the first grade is the rule's ceiling unless noted). */
export const MAP_TABLE: Record<string, string> = {
  'PETA-01': 'E E E E E E',
  'PETA-02': 'W W W W W W',
  'PETA-03': 'E E E E E E',
  'PETA-04': 'W W W W W W',
  'PETA-05': 'W W W W W W',
  'PETA-06': 'W W W W W E',
  'PETA-07': 'W W W W W W',
  'LF-01': 'E E E E E E',
  'LF-02': 'E E E E E E',
  'LF-03': 'E E E E E E',
  'LF-04': 'E E E E E E',
  'LF-05': 'E E E E E E',
  'LF-06': 'W W W W W W',
  'LF-07': 'E E E E E E',
  // "W/E": a missing label is W, a missing end E — the ceiling is E
  'REL-01': 'E E E E E E',
  'REL-02': 'I I I I I I',
};

const LETTER = { E: 'error', W: 'warning', I: 'info' } as const;

export function mapSeverity(ruleId: string, profile: ProfileId): 'error' | 'warning' | 'info' {
  return LETTER[MAP_TABLE[ruleId].split(' ')[PROFILE_ORDER.indexOf(profile)] as keyof typeof LETTER];
}

/** Every id a finding may name: structure elements, maps and everything inside maps. */
export function knownIds(doc: Workspace): Set<string> {
  const ids = new Set<string>([...Object.keys(doc.positions), ...Object.keys(doc.units), ...Object.keys(doc.teams)]);
  for (const m of Object.values(doc.maps)) {
    ids.add(m.id);
    if (m.kind === 'level') for (const p of m.processes) ids.add(p.id);
    if (m.kind === 'subproses') for (const s of m.steps) ids.add(s.id);
    if (m.kind === 'relasi') for (const x of [...m.boxes, ...m.arrows]) ids.add(x.id);
    if (m.kind === 'lintas-fungsi') for (const x of [...m.lanes, ...m.nodes, ...m.arrows]) ids.add(x.id);
  }
  return ids;
}

function run(rule: Rule, doc: Workspace, profile: ProfileId): Finding[] {
  const findings = lint(doc, { rules: [rule], profileId: profile });
  expect(findings.filter((f) => f.ruleId === RULE_ERROR_ID), 'the rule threw').toEqual([]);
  expect(createLinter({ rules: [rule], profileId: profile }).lint(doc)).toEqual(findings);
  return findings;
}

export interface MapCase {
  doc: Workspace;
  /** partial findings; severity defaults to the table's for the profile */
  expect: Partial<Finding>[];
  name?: string;
}

/** The bpmnlint RuleTester shape for map rules, across every profile (the rules are on everywhere). */
export function verifyMapRule(rule: Rule, cases: { valid: Workspace[]; invalid: MapCase[] }, profiles = PROFILE_ORDER): void {
  for (const profile of profiles) {
    describe(`${rule.id} — ${profile}`, () => {
      it(`valid (${cases.valid.length})`, () => {
        cases.valid.forEach((doc, i) => expect(run(rule, doc, profile), `valid #${i + 1}`).toEqual([]));
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1}${c.name ? ` (${c.name})` : ''}`, () => {
          const findings = run(rule, c.doc, profile);
          const severity = mapSeverity(rule.id, profile);
          expect(findings).toHaveLength(c.expect.length);
          expect(findings).toEqual(expect.arrayContaining(c.expect.map((e) => expect.objectContaining({ severity, ...e }))));
          const ids = knownIds(c.doc);
          const mapIds = new Set(Object.keys(c.doc.maps));
          for (const f of findings) {
            expect(f.ruleId).toBe(rule.id);
            expect(f.citation).toBe(rule.citation[profile]);
            expect(f.subjects.length).toBeGreaterThan(0);
            for (const id of f.subjects) expect(ids.has(id), `subject ${id}`).toBe(true);
            expect(f.subjects.some((id) => mapIds.has(id)), 'a map id among the subjects').toBe(true);
            expect(f.message.length).toBeGreaterThan(20);
          }
        });
      });
    });
  }
}

// ── Map builders ────────────────────────────────────────────────────────────────────────────────────────────

const META = { status: 'draf' as const, skNomor: '', skTanggal: null, tahun: null, revisi: 0 };

export function process(
  id: string,
  kode: string,
  nama: string,
  kategori: ProcessCategory | null,
  pengampuUnitId: string | null,
  sipoc: Partial<MapProcess['sipoc']> = {},
): MapProcess {
  return {
    id,
    kode,
    nama,
    kategori,
    pengampuUnitId,
    sipoc: { supplier: [], input: [], output: [], customer: [], ...sipoc },
    keterangan: '',
  };
}

/** A SIPOC that PETA-05 accepts. */
export function fullSipoc(from: PartyRef, to: PartyRef, output = 'Dokumen hasil'): MapProcess['sipoc'] {
  return { supplier: [from], input: ['Bahan masukan'], output: [output], customer: [to] };
}

export function levelMap(id: string, title: string, processes: MapProcess[], extra: Partial<LevelMap> = {}): LevelMap {
  return { id, kind: 'level', title, ownerUnitId: null, parent: null, meta: { ...META }, level: 1, processes, stakeholders: [], ...extra };
}

export function subprosesMap(id: string, title: string, steps: SubprosesMap['steps'], extra: Partial<SubprosesMap> = {}): SubprosesMap {
  return { id, kind: 'subproses', title, ownerUnitId: null, parent: null, meta: { ...META }, steps, ...extra };
}

export function relasiMap(id: string, title: string, extra: Partial<RelasiMap> = {}): RelasiMap {
  return { id, kind: 'relasi', title, ownerUnitId: null, parent: null, meta: { ...META }, boxes: [], arrows: [], ...extra };
}

/** A position binding that remembers the position as it is in `doc` now. */
export function bindPosition(doc: Workspace, id: string): LaneBinding {
  const p = doc.positions[id];
  return { kind: 'position', id, boundAs: p ? { nama: p.nama, positionKind: p.kind, unitId: p.unitId } : null };
}

/** Fluent builder of a lintas fungsi map; nodes are placed in their lanes top to bottom. */
export class LfBuilder {
  private readonly map: LintasFungsiMap;
  private n = 0;
  constructor(id: string, title: string) {
    this.map = {
      id,
      kind: 'lintas-fungsi',
      sop: emptySopIdentitas(),
      title,
      ownerUnitId: null,
      parent: null,
      meta: { ...META },
      orientation: 'columns',
      lanes: [],
      nodes: [],
      arrows: [],
    };
  }
  private id(prefix: string): string {
    return `${this.map.id}_${prefix}${++this.n}`;
  }
  lane(label: string, binding: LaneBinding | null = { kind: 'luar', nama: label }, id = this.id('l')): string {
    const lane: Lane = { id, label, binding, size: 260 };
    this.map.lanes.push(lane);
    return id;
  }
  private node(node: LfNode): string {
    this.map.nodes.push(node);
    return node.id;
  }
  private base(label: string, laneId: string | null, id?: string) {
    return { id: id ?? this.id('n'), label, laneId, placement: null, sumber: '' };
  }
  start(laneId: string | null, id?: string): string {
    return this.node({ ...this.base('Mulai', laneId, id), type: 'terminator', peran: 'mulai' });
  }
  end(laneId: string | null, id?: string): string {
    return this.node({ ...this.base('Selesai', laneId, id), type: 'terminator', peran: 'selesai' });
  }
  activity(label: string, laneId: string | null, id?: string): string {
    return this.node({ ...this.base(label, laneId, id), type: 'activity', mutuBaku: { kelengkapan: '', waktu: '', output: '' }, keterangan: '' });
  }
  decision(label: string, laneId: string | null, id?: string): string {
    return this.node({ ...this.base(label, laneId, id), type: 'decision', keterangan: '' });
  }
  connector(label: string, laneId: string | null = null, id?: string): string {
    return this.node({ ...this.base(label, laneId, id), type: 'connector' });
  }
  arrow(source: string, target: string, label = '', id = this.id('a')): string {
    const a: LfArrow = { id, source, target, label };
    this.map.arrows.push(a);
    return id;
  }
  /** arrows along the given nodes */
  chain(...ids: string[]): this {
    for (let i = 1; i < ids.length; i++) this.arrow(ids[i - 1], ids[i]);
    return this;
  }
  edit(fn: (m: LintasFungsiMap) => void): this {
    fn(this.map);
    return this;
  }
  build(): LintasFungsiMap {
    return structuredClone(this.map);
  }
}

/** A sound lintas fungsi map over two outside-party lanes: start → activity → decision (Ya/Tidak) → end. */
export function soundLf(id = 'lf1', title = 'Peta Uji'): LintasFungsiMap {
  const b = new LfBuilder(id, title);
  const l1 = b.lane('Pemohon');
  const l2 = b.lane('Penyetuju');
  const s = b.start(l1, `${id}_mulai`);
  const a = b.activity('Menyusun surat permohonan', l1, `${id}_susun`);
  const d = b.decision('Disetujui?', l2, `${id}_putus`);
  const ok = b.activity('Menetapkan surat', l2, `${id}_tetap`);
  const no = b.activity('Menjawab dengan alasan', l2, `${id}_jawab`);
  const e = b.end(l1, `${id}_selesai`);
  b.chain(s, a, d);
  b.arrow(d, ok, 'Ya');
  b.arrow(d, no, 'Tidak');
  b.arrow(ok, e);
  b.arrow(no, e);
  return b.build();
}

/** A document with the dinas() structure and the given maps. */
export function docWith(maps: ProcessMap[], build: (b: DocBuilder) => void = () => {}): Workspace {
  const b = new DocBuilder();
  build(b);
  const doc = b.build();
  for (const m of maps) doc.maps[m.id] = m;
  return doc;
}

export function withMaps(doc: Workspace, maps: ProcessMap[]): Workspace {
  const out = structuredClone(doc);
  for (const m of maps) out.maps[m.id] = structuredClone(m);
  return out;
}

export function structuralIds(doc: Workspace): string[] {
  return Object.values(doc.positions)
    .filter((p) => isStructural(p.kind))
    .map((p) => p.id);
}
