// The version policy: fields this build does not know survive opening and saving; a newer file is refused whole.
import { describe, expect, it } from 'vitest';
import { serializeDocument, readDocumentFile } from '../../../src/io/file/documentFile';
import { execute, updatePosition } from '../../../src/commands';
import { CURRENT_VERSION, RestoreError, restore } from '../../../src/model';
import { mapFixture } from '../maps/fixture';

/** A current document as a newer build might write it: extra fields at every depth. */
function withFutureFields(): Record<string, unknown> {
  const raw = JSON.parse(JSON.stringify(mapFixture())) as Record<string, any>;
  raw.fieldOfTheFuture = { a: 1 };
  const firstPosition = Object.keys(raw.positions)[0];
  raw.positions[firstPosition].warnaKotak = 'biru';
  const firstUnit = Object.keys(raw.units)[0];
  raw.units[firstUnit].kodeWilayah = '36.73';
  const map = Object.values(raw.maps)[0] as Record<string, any>;
  map.catatanPeta = ['baru'];
  return raw;
}

describe('schema version policy', () => {
  it('keeps unknown fields of the document and of its records through open, edit and save', () => {
    const raw = withFutureFields();
    const { doc } = restore(raw);
    const firstPosition = Object.keys(raw.positions as object)[0];
    const edited = execute(doc, updatePosition, { id: firstPosition, changes: { nama: 'Nama baru' } }).doc;
    const saved = JSON.parse(serializeDocument(edited)) as Record<string, any>;
    expect(saved.fieldOfTheFuture).toEqual({ a: 1 });
    expect(saved.positions[firstPosition].warnaKotak).toBe('biru');
    expect(saved.positions[firstPosition].nama).toBe('Nama baru');
    expect(saved.units[Object.keys(raw.units as object)[0]].kodeWilayah).toBe('36.73');
    expect((Object.values(saved.maps)[0] as Record<string, unknown>).catatanPeta).toEqual(['baru']);
  });

  it('refuses a file of a newer version instead of opening it cut down', () => {
    const raw = { ...withFutureFields(), version: CURRENT_VERSION + 1 };
    expect(() => restore(raw)).toThrow(RestoreError);
    const r = readDocumentFile(JSON.stringify(raw), 'baru.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/PetaKerja yang lebih baru/);
  });

  it('opens a version-2 file as a version-3 one (the 2 → 3 step only renumbers; 3 → 4 is the peta jabatan step)', () => {
    const raw = { ...JSON.parse(JSON.stringify(mapFixture())), version: 2 };
    const { doc, notices } = restore(raw);
    expect(doc.version).toBe(CURRENT_VERSION);
    const asV3 = restore({ ...raw, version: 3 });
    expect(doc).toEqual({ ...asV3.doc, id: doc.id });
    expect(notices).toEqual(asV3.notices.map((n) => n.replace('versi 3', 'versi 2')));
  });
});
