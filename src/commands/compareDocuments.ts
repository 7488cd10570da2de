// Compare two documents with their findings: the structure diff of model/compare.ts plus the findings introduced and
// resolved. Shared by the CLI (`npm run -s compare`), the editor's compare view and the penyetaraan preview.
import {
  compareStructures,
  matriksRows,
  pairChanged,
  type CompareOptions,
  type MatriksRow,
  type StructureComparison,
  type Workspace,
} from '../model';
import { lint, type Finding } from '../rules';

export interface FindingsDiff {
  introduced: Finding[];
  resolved: Finding[];
}

export interface DocumentComparison {
  structure: StructureComparison;
  rows: MatriksRow[];
  findings: FindingsDiff;
}

/** A finding's identity across the two documents: its rule and its subjects, the old ids read as the new ones. */
function findingKey(f: Finding, translate: (id: string) => string): string {
  return `${f.ruleId}|${f.subjects.map(translate).join(',')}`;
}

export function diffFindings(before: Finding[], after: Finding[], cmp: StructureComparison): FindingsDiff {
  const translate = (id: string): string => cmp.positions.byLama.get(id)?.baru.id ?? cmp.units.byLama.get(id)?.baru.id ?? id;
  const keysBefore = new Set(before.map((f) => findingKey(f, translate)));
  const keysAfter = new Set(after.map((f) => findingKey(f, (id) => id)));
  return {
    introduced: after.filter((f) => !keysBefore.has(findingKey(f, (id) => id))),
    resolved: before.filter((f) => !keysAfter.has(findingKey(f, translate))),
  };
}

export interface CompareDocumentsOptions extends CompareOptions {
  /** findings already computed (the editor has them) */
  findingsBefore?: Finding[];
  findingsAfter?: Finding[];
}

export function compareDocuments(a: Workspace, b: Workspace, options: CompareDocumentsOptions = {}): DocumentComparison {
  const structure = compareStructures(a, b, options);
  const findings = diffFindings(options.findingsBefore ?? lint(a), options.findingsAfter ?? lint(b), structure);
  return { structure, rows: matriksRows(a, b, structure), findings };
}

// ── The CLI's JSON (one object; lists of element ids with their fields) ──

export interface ComparisonJson {
  lama: { id: string; title: string };
  baru: { id: string; title: string };
  added: { id: string; type: 'jabatan' | 'unit' | 'tim' | 'peta'; fields: Record<string, unknown> }[];
  removed: { id: string; type: 'jabatan' | 'unit' | 'tim' | 'peta'; fields: Record<string, unknown> }[];
  changed: {
    id: string;
    idLama: string;
    type: 'jabatan' | 'unit' | 'tim' | 'peta';
    matchedBy: string;
    fields: Record<string, { lama: unknown; baru: unknown }>;
  }[];
  moved: {
    id: string;
    idLama: string;
    type: 'jabatan' | 'unit';
    matchedBy: string;
    unit?: { lama: string | null; baru: string | null };
    atasan?: { lama: string | null; baru: string | null };
    parent?: { lama: string | null; baru: string | null };
  }[];
  unmatched: { side: 'lama' | 'baru'; type: string; id: string; nama: string; reason: string }[];
  findings: { introduced: Finding[]; resolved: Finding[] };
  matriks: MatriksRow[];
}

function plain(o: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
}

export function comparisonJson(a: Workspace, b: Workspace, dc: DocumentComparison): ComparisonJson {
  const s = dc.structure;
  const out: ComparisonJson = {
    lama: { id: a.id, title: a.title },
    baru: { id: b.id, title: b.title },
    added: [],
    removed: [],
    changed: [],
    moved: [],
    unmatched: s.unmatched.map((u) => ({ ...u })),
    findings: { introduced: dc.findings.introduced, resolved: dc.findings.resolved },
    matriks: dc.rows,
  };
  for (const p of s.positions.added) out.added.push({ id: p.id, type: 'jabatan', fields: plain(p) });
  for (const u of s.units.added) out.added.push({ id: u.id, type: 'unit', fields: plain(u) });
  for (const t of s.teams.added) out.added.push({ id: t.id, type: 'tim', fields: plain(t) });
  for (const m of s.maps.added) out.added.push({ id: m.id, type: 'peta', fields: { kind: m.kind, title: m.title } });
  for (const p of s.positions.removed) out.removed.push({ id: p.id, type: 'jabatan', fields: plain(p) });
  for (const u of s.units.removed) out.removed.push({ id: u.id, type: 'unit', fields: plain(u) });
  for (const t of s.teams.removed) out.removed.push({ id: t.id, type: 'tim', fields: plain(t) });
  for (const m of s.maps.removed) out.removed.push({ id: m.id, type: 'peta', fields: { kind: m.kind, title: m.title } });
  for (const pair of s.positions.pairs) {
    if (!pairChanged(pair)) continue;
    if (pair.changes.length) {
      out.changed.push({
        id: pair.baru.id,
        idLama: pair.lama.id,
        type: 'jabatan',
        matchedBy: pair.basis,
        fields: Object.fromEntries(pair.changes.map((c) => [c.field, { lama: c.lama, baru: c.baru }])),
      });
    }
    if (pair.moved.unit || pair.moved.atasan) {
      out.moved.push({
        id: pair.baru.id,
        idLama: pair.lama.id,
        type: 'jabatan',
        matchedBy: pair.basis,
        ...(pair.moved.unit ? { unit: { lama: pair.lama.unitId, baru: pair.baru.unitId } } : {}),
        ...(pair.moved.atasan ? { atasan: { lama: pair.lama.superiorId, baru: pair.baru.superiorId } } : {}),
      });
    }
  }
  for (const pair of s.units.pairs) {
    if (pair.changes.length) {
      out.changed.push({
        id: pair.baru.id,
        idLama: pair.lama.id,
        type: 'unit',
        matchedBy: pair.basis,
        fields: Object.fromEntries(pair.changes.map((c) => [c.field, { lama: c.lama, baru: c.baru }])),
      });
    }
    if (pair.moved) {
      out.moved.push({ id: pair.baru.id, idLama: pair.lama.id, type: 'unit', matchedBy: pair.basis, parent: { lama: pair.lama.parentId, baru: pair.baru.parentId } });
    }
  }
  for (const c of s.teams.changed) {
    out.changed.push({ id: c.baru.id, idLama: c.lama.id, type: 'tim', matchedBy: c.lama.id === c.baru.id ? 'id' : 'nama', fields: fieldsOf(c.lama, c.baru, c.fields) });
  }
  for (const c of s.maps.changed) {
    out.changed.push({ id: c.baru.id, idLama: c.lama.id, type: 'peta', matchedBy: c.lama.id === c.baru.id ? 'id' : 'nama', fields: fieldsOf(c.lama, c.baru, c.fields) });
  }
  return out;
}

function fieldsOf(a: object, b: object, fields: string[]): Record<string, { lama: unknown; baru: unknown }> {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, { lama: ra[f] ?? null, baru: rb[f] ?? null }]));
}
