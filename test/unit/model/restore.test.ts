import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  RestoreError,
  WorkspaceSchema,
  emptyWorkspace,
  restore,
  restoreFromText,
  structureIndex,
  unitPath,
  wouldCreateCycle,
} from '../../../src/model';

const v1Text = readFileSync(new URL('../../fixtures/documents/v1-dinas-kecil.json', import.meta.url), 'utf8');

function expectRefusal(fn: () => unknown, pattern: RegExp): RestoreError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RestoreError);
    const err = e as RestoreError;
    expect([err.message, ...err.problems].join('\n')).toMatch(pattern);
    return err;
  }
  throw new Error('expected a refusal');
}

describe('schema', () => {
  it('accepts a new empty workspace and round-trips it through JSON unchanged', () => {
    const doc = emptyWorkspace('Uji');
    expect(WorkspaceSchema.parse(doc)).toEqual(doc);
    const { doc: back, notices } = restoreFromText(JSON.stringify(doc));
    expect(back).toEqual(doc);
    expect(notices).toEqual([]);
  });

  it('fills defaults for a partial but current document', () => {
    const { doc } = restore({
      format: 'petakerja',
      version: CURRENT_VERSION,
      id: 'd1',
      units: { u: { id: 'u', nama: 'Dinas X' } },
      positions: { p: { id: 'p', nama: 'Kepala Dinas', kind: 'jpt-pratama', unitId: 'u' } },
    });
    expect(doc.profileId).toBe('nasional');
    expect(doc.positions.p).toMatchObject({ kode: '', superiorId: null, kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null, placement: null, jenjang: null });
    expect(doc.units.u).toMatchObject({ parentId: null, isPerangkatDaerah: true, pengecualian: false });
    expect(doc.teams).toEqual({});
    expect(doc.maps).toEqual({});
  });
});

describe('migration v1 → v2', () => {
  it('opens the committed v1 fixture with its structure, codes as text and holder data', () => {
    const { doc, notices } = restoreFromText(v1Text);
    expect(doc.version).toBe(CURRENT_VERSION);
    expect(notices.join(' ')).toMatch(/versi 1 diperbarui/);
    expect(doc.title).toBe('Struktur Dinas Pangan (format v1)');
    expect(doc.instansi.nama).toBe('Pemerintah Kabupaten Contoh');
    expect(doc.profileId).toBe('banjar-39-2024');
    expect(Object.keys(doc.positions)).toHaveLength(5);
    expect(doc.positions.p3.kode).toBe('1.10');
    expect(doc.positions.p2.kode).toBe('1.1');
    expect(doc.positions.p4).toMatchObject({ superiorId: 'p3', jenjang: 'ahli-muda', kind: 'fungsional' });
    expect(doc.positions.p4.pemangku[0]).toMatchObject({ nama: 'Siti Contoh', golongan: 'III/d', pendidikan: 'S1' });
    expect(doc.positions.p1).toMatchObject({ superiorId: null, placement: { x: 400, y: 0 } });
    expect(doc.units.u1).toMatchObject({ isPerangkatDaerah: true, tipePd: 'dinas' });
    expect(unitPath(doc, 'u3')).toBe('Dinas Pangan > Bidang Ketersediaan Pangan');
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
  });
});

describe('restore() on damaged input', () => {
  it('refuses what is not JSON, not an object, or not a PetaKerja document', () => {
    expectRefusal(() => restoreFromText('{ "format": '), /bukan JSON yang sah/);
    expectRefusal(() => restoreFromText('[1,2]'), /bukan objek/);
    expectRefusal(() => restore({ hello: 1 }), /bukan dokumen PetaKerja/);
    expectRefusal(() => restore(null), /bukan objek/);
  });

  it('refuses a newer version and an invalid version', () => {
    expectRefusal(() => restore({ format: 'petakerja', version: CURRENT_VERSION + 1 }), /lebih baru/);
    expectRefusal(() => restore({ format: 'petakerja', version: 'dua' }), /Versi dokumen tidak dikenal/);
  });

  it('lists schema problems in Bahasa Indonesia with the element named', () => {
    const err = expectRefusal(
      () =>
        restore({
          format: 'petakerja',
          version: CURRENT_VERSION,
          id: 'd',
          positions: { a: { id: 'a', nama: 'Kepala Seksi', kind: 'raja', unitId: 'u' } },
        }),
      /tidak sesuai format/,
    );
    expect(err.problems[0]).toMatch(/positions › a «Kepala Seksi» › kind/);
    expect(err.problems[0]).toMatch(/tidak valid/i);
  });

  it('accepts a UTF-8 BOM', () => {
    const { doc } = restoreFromText('\ufeff' + JSON.stringify(emptyWorkspace('BOM')));
    expect(doc.title).toBe('BOM');
  });

  it('repairs dangling references and reports each repair', () => {
    const { doc, notices } = restore({
      format: 'petakerja',
      version: CURRENT_VERSION,
      id: 'd',
      units: {
        u: { id: 'u', nama: 'Dinas', parentId: 'hilang' },
        a: { id: 'a', nama: 'A', parentId: 'b' },
        b: { id: 'b', nama: 'B', parentId: 'a' },
      },
      positions: {
        p: { id: 'p', nama: 'Kepala', kind: 'jpt-pratama', unitId: 'u', superiorId: 'nobody', jenjang: 'ahli-muda' },
        q: { id: 'q', nama: 'Staf', kind: 'pelaksana', unitId: 'tidak-ada', superiorId: 'q' },
        wrongkey: { id: 'r', nama: 'JF', kind: 'fungsional', jenjang: 'ahli-muda', unitId: 'u', superiorId: 'p' },
      },
    });
    expect(doc.units.u.parentId).toBeNull();
    expect([doc.units.a.parentId, doc.units.b.parentId]).toContain(null);
    expect(doc.positions.p.superiorId).toBeNull();
    expect(doc.positions.p.jenjang).toBeNull();
    expect(doc.positions.q.superiorId).toBeNull();
    expect(doc.units[doc.positions.q.unitId].nama).toBe('Tanpa unit');
    expect(doc.positions.r).toBeDefined();
    expect(doc.positions.wrongkey).toBeUndefined();
    expect(notices.length).toBeGreaterThanOrEqual(5);
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
  });

  it('never mutates its input', () => {
    const input = JSON.parse(v1Text);
    const copy = structuredClone(input);
    restore(input);
    expect(input).toEqual(copy);
  });
});

describe('structure index', () => {
  it('derives subordinates, roots, unit children and the Perangkat Daerah of each unit', () => {
    const { doc } = restoreFromText(v1Text);
    const index = structureIndex(doc);
    expect(index.roots.map((p) => p.id)).toEqual(['p1']);
    expect(index.subordinates.get('p1')!.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(index.perangkatDaerahOf.get('u3')!.id).toBe('u1');
    expect(structureIndex(doc)).toBe(index);
  });

  it('detects a would-be cycle', () => {
    const { doc } = restoreFromText(v1Text);
    expect(wouldCreateCycle(doc, 'p1', 'p4')).toBe(true);
    expect(wouldCreateCycle(doc, 'p4', 'p2')).toBe(false);
  });
});
