// The shipped sample: a valid document that opens laid out, and legal by the KED rules of the nasional profile
// (checked here directly from DOMAIN.md §4, independent of src/rules).
import { describe, expect, it } from 'vitest';
import { isStacked } from '../../../src/layout/geometry';
import { WorkspaceSchema, restore, isStructural, STRUCTURAL_RANK, structureIndex, type Workspace } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';

const doc = createDinasContoh();
const positions = Object.values(doc.positions);
const byId = (id: string) => doc.positions[id];

function structuralDepth(d: Workspace, id: string): number {
  let depth = 1;
  for (let p = d.positions[id]; p.superiorId; p = d.positions[p.superiorId]) depth++;
  return depth;
}

describe('createDinasContoh', () => {
  it('is a valid current document that restore() takes without notices', () => {
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
    const restored = restore(JSON.parse(JSON.stringify(doc)));
    expect(restored.notices).toEqual([]);
    expect(restored.doc).toEqual(doc);
  });

  it('is one Dinas of about 60 positions of Pemerintah Kota Contoh, profile nasional', () => {
    expect(positions.length).toBeGreaterThanOrEqual(55);
    expect(positions.length).toBeLessThanOrEqual(65);
    expect(doc.profileId).toBe('nasional');
    expect(doc.instansi.nama).toBe('Pemerintah Kota Contoh');
    const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
    expect(pds.map((u) => u.tipePd)).toEqual(['dinas']);
    const kinds = new Set(positions.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['administrator', 'fungsional', 'jpt-pratama', 'pelaksana', 'pengawas']);
    expect(positions.filter((p) => p.pemangku.length > 0).length).toBeGreaterThanOrEqual(15);
    for (const p of positions) for (const x of p.pemangku) expect(x.nip).toMatch(/^\d{18}$/);
  });

  it('keeps kode as unique text, "1.10" distinct from "1.1"', () => {
    const kodes = positions.map((p) => p.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
    expect(kodes).toContain('1.10');
    expect(kodes).toContain('1.1');
  });

  it('is fresh on every call', () => {
    const a = createDinasContoh();
    a.positions.jab_1.nama = 'diubah';
    a.units.unit_diskominfo.nama = 'diubah';
    a.positions.jab_1.placement!.x = -999;
    expect(createDinasContoh()).toEqual(doc);
  });

  it('opens laid out: every free box placed, stacked JF/Pelaksana never', () => {
    for (const p of positions) expect(p.placement !== null).toBe(!isStacked(p, doc));
  });

  describe('legal by the KED rules (nasional)', () => {
    const index = structureIndex(doc);

    it('KED-01/02: every JF and Pelaksana sits under a structural official', () => {
      for (const p of positions.filter((x) => !isStructural(x.kind))) {
        expect(p.superiorId, p.nama).not.toBeNull();
        expect(isStructural(byId(p.superiorId!).kind), p.kode).toBe(true);
      }
    });

    it('KED-03/04: no structural post under a lower rank, no cycle, one top', () => {
      for (const p of positions.filter((x) => isStructural(x.kind) && x.superiorId)) {
        expect(STRUCTURAL_RANK[byId(p.superiorId!).kind]!, p.kode).toBeGreaterThanOrEqual(STRUCTURAL_RANK[p.kind]!);
      }
      expect(index.roots.map((r) => r.kode)).toEqual(['1']);
      for (const p of positions) expect(structuralDepth(doc, p.id)).toBeLessThan(10);
    });

    it('KED-05: no Pelaksana directly under an Administrator who has a Pengawas', () => {
      for (const p of positions.filter((x) => x.kind === 'pelaksana')) {
        const sup = byId(p.superiorId!);
        const hasPengawas = (index.subordinates.get(sup.id) ?? []).some((s) => s.kind === 'pengawas');
        expect(sup.kind === 'administrator' && hasPengawas, p.kode).toBe(false);
      }
    });

    it('KED-07: a third structural level only in a unit marked pengecualian', () => {
      for (const p of positions.filter((x) => isStructural(x.kind) && structuralDepth(doc, x.id) > 2)) {
        expect(doc.units[p.unitId].pengecualian, p.nama).toBe(true);
      }
    });

    it('KED-08: every unit has exactly one head', () => {
      for (const u of Object.values(doc.units)) {
        const heads = (index.positionsByUnit.get(u.id) ?? []).filter((p) => isStructural(p.kind));
        expect(heads.length, u.nama).toBe(1);
      }
    });

    it('KED-09/10: spans of control within 25, everything in one Perangkat Daerah', () => {
      for (const [, subs] of index.subordinates) {
        expect(subs.filter((s) => !isStructural(s.kind)).length).toBeLessThanOrEqual(25);
      }
      for (const p of positions) expect(index.perangkatDaerahOf.get(p.unitId)!.id).toBe('unit_diskominfo');
    });

    it('JF and Pelaksana share the unit of their superior; JF have a jenjang, others none', () => {
      for (const p of positions) {
        if (!isStructural(p.kind)) expect(p.unitId).toBe(byId(p.superiorId!).unitId);
        expect(p.jenjang !== null).toBe(p.kind === 'fungsional');
      }
    });
  });
});
