// Structure templates of the gallery (kedudukan patterns, penugasan structures): grounded in the regulation text,
// valid documents, clean under their own profile except for what they declare, laid out without overlaps, and
// inserted into an open document as one undo step. The lintas fungsi templates open as documents without errors.
import { readFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo } from '../../../src/commands';
import { blockRects } from '../../../src/layout/placeNewBox';
import { isStacked } from '../../../src/layout/geometry';
import { structureIndex, teamScope, WorkspaceSchema, type Workspace } from '../../../src/model';
import { lint } from '../../../src/rules';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { TEMPLATES } from '../../../src/templates';
import {
  buildMapTemplateWorkspace,
  buildTemplateWorkspace,
  insertStructureTemplate,
  KEDUDUKAN_TEMPLATES,
  PENUGASAN_TEMPLATES,
  STRUCTURE_TEMPLATES,
  structureTemplateById,
  type StructureTemplate,
} from '../../../src/templates/kedudukan';
import { problemsOf, refusal } from '../commands/fixture';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const TEXT: Record<string, string> = {
  'Perwali Banjarmasin 147/2023': norm(readFileSync(new URL('../../fixtures/regulations/banjarmasin-147-2023.txt', import.meta.url), 'utf8')),
  'Perwali Serang 23/2023': norm(readFileSync(new URL('../../fixtures/regulations/serang-23-2023.txt', import.meta.url), 'utf8')),
};

function template(id: string): StructureTemplate {
  const t = structureTemplateById(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

const ruleIds = (doc: Workspace) => lint(doc).map((f) => f.ruleId).sort();
const errorsOf = (doc: Workspace) => lint(doc).filter((f) => f.severity === 'error');

describe('structure templates', () => {
  it('cover every point of Banjarmasin Lampiran I b–e, Lampiran II a 1–6 and Serang Pasal 6 a–f, with unique ids', () => {
    const ids = STRUCTURE_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const points = new Set(STRUCTURE_TEMPLATES.flatMap((t) => t.citations.map((c) => `${c.regulation}: ${c.point}`)));
    const bjm = ['Lampiran I huruf b angka 1', 'Lampiran I huruf b angka 2', 'Lampiran I huruf b angka 3', 'Lampiran I huruf c', 'Lampiran I huruf d', 'Lampiran I huruf e'];
    const bjmII = [1, 2, 3, 4, 5, 6].map((n) => `Lampiran II huruf a angka ${n}`);
    const srg = [
      ...[1, 2, 3].map((n) => `Pasal 6 huruf a angka ${n}`),
      'Pasal 6 huruf b angka 1',
      'Pasal 6 huruf b angka 2',
      'Pasal 6 huruf c',
      'Pasal 6 huruf d',
      'Pasal 6 huruf e',
      ...[1, 2, 3].map((n) => `Pasal 6 huruf f angka ${n}`),
    ];
    for (const p of [...bjm, ...bjmII]) expect(points).toContain(`Perwali Banjarmasin 147/2023: ${p}`);
    for (const p of srg) expect(points).toContain(`Perwali Serang 23/2023: ${p}`);
    expect(KEDUDUKAN_TEMPLATES.every((t) => t.group === 'kedudukan')).toBe(true);
    expect(PENUGASAN_TEMPLATES.map((t) => t.citations[0].point)).toEqual(bjmII);
  });

  it('quote every citation word for word from the regulation it names', () => {
    for (const t of STRUCTURE_TEMPLATES) {
      for (const c of t.citations) {
        expect(TEXT[c.regulation], `${t.id}: ${c.regulation}`).toBeDefined();
        expect(TEXT[c.regulation].includes(norm(c.quote)), `${t.id}: «${c.quote}»`).toBe(true);
      }
      expect(t.explanation.length).toBeGreaterThan(100);
    }
  });

  for (const t of STRUCTURE_TEMPLATES) {
    it(`${t.id}: a valid, laid-out document with exactly the findings it declares under ${t.profileId}`, () => {
      const doc = buildTemplateWorkspace(t);
      expect(WorkspaceSchema.parse(doc)).toStrictEqual(doc);
      expect(problemsOf(doc)).toEqual([]);
      expect(doc.profileId).toBe(t.profileId);
      expect(ruleIds(doc)).toEqual([...t.expectedFindings].sort());

      // every free box has a place, and no two blocks (box + its stack) overlap
      for (const p of Object.values(doc.positions)) if (!isStacked(p, doc)) expect(p.placement, p.nama).not.toBeNull();
      const rects = [...blockRects(doc).values()];
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${t.id}: blocks ${i} and ${j} overlap`).toBe(false);
        }
      }
      // one head at the top: the pattern hangs from one official
      expect(structureIndex(doc).roots).toHaveLength(1);
    });
  }

  it('the lint is live: breaking a pattern produces the finding its rule owes', () => {
    // Serang e without the pengecualian mark on the UPT: the Kepala UPT at level 3 is reported (KED-07).
    const deep = buildTemplateWorkspace(template('kedudukan-srg-e-lebih-dari-dua-level'));
    const unmarked = produce(deep, (d) => {
      d.units.u_upt.pengecualian = false;
    });
    expect(ruleIds(unmarked)).toEqual(['KED-07']);
    // Banjarmasin b.1 with a Pelaksana moved from the Kepala Seksi to the Camat, who has Pengawas (KED-05).
    const b1 = buildTemplateWorkspace(template('kedudukan-bjm-b1-administrator-pengawas'));
    const moved = produce(b1, (d) => {
      d.positions.p_pem_1.superiorId = 'p_camat';
    });
    expect(ruleIds(moved)).toEqual(['KED-05']);
    // The JF-led unit without its "memimpin unit kerja mandiri" mark: its subordinates have no valid superior.
    const jf = buildTemplateWorkspace(template('kedudukan-bjm-d-fungsional'));
    const unmandated = produce(jf, (d) => {
      d.positions.p_kapus.memimpinUnitMandiri = false;
    });
    expect(ruleIds(unmandated)).toContain('KED-02');
  });

  it('penugasan structures name the Pejabat Penilai Kinerja and Pimpinan Unit Organisasi their sentence names', () => {
    const roles = PENUGASAN_TEMPLATES.map((t) => {
      const doc = buildTemplateWorkspace(t);
      const [team] = Object.values(doc.teams);
      expect(Object.keys(doc.teams)).toHaveLength(1);
      expect(teamScope(doc, team)).toBe('dalam-pd');
      // every member's kedudukan goes to the team's Pejabat Penilai Kinerja, and the PUO heads the owner unit
      for (const m of team.members) expect(doc.positions[m.positionId!].superiorId).toBe(team.penilaiKinerjaId);
      expect(doc.positions[team.pimpinanUnitId!].unitId).toBe(team.ownerUnitId);
      return [doc.positions[team.penilaiKinerjaId!].nama, doc.positions[team.pimpinanUnitId!].nama];
    });
    expect(roles).toEqual([
      ['Kepala Dinas Komunikasi dan Informatika', 'Kepala Bidang Aplikasi Informatika'],
      ['Kepala Bidang Informasi dan Komunikasi Publik', 'Kepala Bidang Informasi dan Komunikasi Publik'],
      ['Kepala Badan Riset dan Inovasi Daerah', 'Kepala Badan Riset dan Inovasi Daerah'],
      ['Sekretaris Daerah', 'Asisten Perekonomian dan Pembangunan'],
      ['Asisten Perekonomian dan Pembangunan', 'Kepala Bagian Perekonomian dan Sumber Daya Alam'],
      ['Kepala Bagian Hukum', 'Kepala Bagian Hukum'],
    ]);
  });

  it('lintas fungsi templates open as documents without errors (only their unbound lanes are reported)', () => {
    for (const t of TEMPLATES) {
      const { doc, mapId } = buildMapTemplateWorkspace(t);
      expect(WorkspaceSchema.parse(doc)).toStrictEqual(doc);
      expect(doc.maps[mapId].kind).toBe('lintas-fungsi');
      expect(new Set(ruleIds(doc))).toEqual(new Set(['LF-05']));
    }
  });
});

describe('insertStructureTemplate ("Sisipkan di sini")', () => {
  let counter = 0;
  const makeId = (prefix: string) => `${prefix}_t${++counter}`;

  it('pastes a pattern under the selected official as one command: execute → undo → redo', () => {
    const doc = createDinasContoh();
    const bidang = template('kedudukan-bjm-b3-administrator-tanpa-pengawas');
    const done = insertStructureTemplate(doc, bidang, 'jab_1', { makeId });
    expect(problemsOf(done.doc)).toEqual([]);
    const added = Object.values(done.doc.positions).filter((p) => !doc.positions[p.id]);
    expect(added).toHaveLength(Object.keys(bidang.spec.positions).length);
    const root = added.find((p) => p.superiorId === 'jab_1')!;
    expect(root.nama).toBe('Kepala Bidang Aplikasi Informatika');
    // numbered on from the Kepala Dinas's last subordinate (1.11)
    expect(root.kode).toBe('1.12');
    expect(added.filter((p) => p !== root).map((p) => p.kode).sort()).toEqual(['1.12.1', '1.12.2', '1.12.3', '1.12.4', '1.12.5', '1.12.6']);
    // the Bidang becomes a sub-unit of the Dinas (same name as an existing unit, so it is told apart)
    const unit = done.doc.units[root.unitId];
    expect(unit.parentId).toBe('unit_diskominfo');
    expect(unit.isPerangkatDaerah).toBe(false);
    expect(unit.nama).toBe('Bidang Aplikasi Informatika (2)');
    expect(errorsOf(done.doc)).toEqual([]);
    // placed below the Kepala Dinas's block, clear of every box already drawn
    const before = blockRects(doc);
    const placed = blockRects(done.doc).get(root.id)!;
    for (const r of before.values()) {
      const overlap = placed.x < r.x + r.width && r.x < placed.x + placed.width && placed.y < r.y + r.height && r.y < placed.y + placed.height;
      expect(overlap).toBe(false);
    }
    expect(done.label).toBe(
      'Sisipkan templat «Unit dipimpin Administrator tanpa Pejabat Pengawas» di bawah «Kepala Dinas Komunikasi dan Informatika»',
    );

    const history = record(emptyHistory(), done);
    expect(history.past).toHaveLength(1);
    const undone = undo(history, done.doc)!;
    expect(undone.doc).toStrictEqual(doc);
    const redone = redo(undone.history, undone.doc)!;
    expect(redone.doc).toStrictEqual(done.doc);
  });

  it('without a selection adds the pattern as a new top-level unit, its Tim Kerja remapped, in one undo step', () => {
    const doc = createDinasContoh();
    const penugasan = template('penugasan-bjm-2-dua-level-ppkin-level-2');
    const done = insertStructureTemplate(doc, penugasan, null, { makeId });
    expect(problemsOf(done.doc)).toEqual([]);
    const pd = Object.values(done.doc.units).find((u) => !doc.units[u.id] && u.parentId === null)!;
    expect(pd.isPerangkatDaerah).toBe(true);
    expect(pd.nama).toBe('Dinas Komunikasi dan Informatika (2)');
    const head = Object.values(done.doc.positions).find((p) => !doc.positions[p.id] && p.superiorId === null)!;
    expect(head.kode).toBe('2');
    const [team] = Object.values(done.doc.teams);
    expect(team.members.every((m) => m.positionId !== null && !doc.positions[m.positionId] && done.doc.positions[m.positionId])).toBe(true);
    expect(done.doc.positions[team.pimpinanUnitId!].nama).toBe('Kepala Bidang Informasi dan Komunikasi Publik');
    expect(done.doc.units[team.ownerUnitId!].parentId).toBe(pd.id);
    expect(teamScope(done.doc, team)).toBe('dalam-pd');
    expect(errorsOf(done.doc)).toEqual([]);

    const undone = undo(record(emptyHistory(), done), done.doc)!;
    expect(undone.doc).toStrictEqual(doc);
    expect(undone.doc.teams).toStrictEqual({});
  });

  it('a pattern inserted into an empty document lints as the pattern itself', () => {
    const t = template('kedudukan-bjm-e-sekretariat-daerah');
    const empty = { ...buildTemplateWorkspace(t), units: {}, positions: {}, teams: {} };
    const done = insertStructureTemplate(empty, t, null, { makeId });
    expect(ruleIds(done.doc)).toEqual([]);
    expect(Object.keys(done.doc.positions)).toHaveLength(t.spec.positions.length);
  });

  it('refuses an official that cannot have subordinates, and a position that is gone, leaving the document as it was', () => {
    const doc = createDinasContoh();
    const t = template('kedudukan-bjm-c-pengawas');
    expect(refusal(() => insertStructureTemplate(doc, t, 'jab_1_2_1'))).toMatch(/tidak dapat disisipkan di bawah «Pranata Humas Ahli Muda»/);
    expect(refusal(() => insertStructureTemplate(doc, t, 'jab_tidak_ada'))).toMatch(/tidak ada lagi/);
  });
});
