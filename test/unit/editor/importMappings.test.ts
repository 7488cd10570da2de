// The import dialog's column mappings remembered per header shape (editor/importMappings.ts).
import { describe, expect, it } from 'vitest';
import { createEditor } from '../../../src/editor/Editor';
import { createImportMappings, IMPORT_MAPPINGS_KEY, MAX_REMEMBERED_SHAPES } from '../../../src/editor/importMappings';
import { MemoryStorageArea } from '../../../src/editor/storage';

const MAPPING = { kd: 'kode', uraian_jabatan: 'nama_jabatan', catatan: null } as const;

describe('import mappings', () => {
  it('a mapping remembered by one editor is recalled by the next one on the same storage (a reload)', () => {
    const area = new MemoryStorageArea();
    const first = createEditor({ storage: { legacy: area, open: async () => null } });
    expect(first.importMappings.remember('kd|uraian_jabatan|catatan', MAPPING)).toBe(true);
    const second = createEditor({ storage: { legacy: area, open: async () => null } });
    expect(second.importMappings.recall('kd|uraian_jabatan|catatan')).toEqual(MAPPING);
    expect(second.importMappings.all()).toEqual({ 'kd|uraian_jabatan|catatan': MAPPING });
    expect(second.importMappings.recall('lain')).toBeNull();
  });

  it('two editors on two storages do not share (no module state)', () => {
    const a = createImportMappings(new MemoryStorageArea());
    const b = createImportMappings(new MemoryStorageArea());
    a.remember('x', MAPPING);
    expect(b.recall('x')).toBeNull();
  });

  it('remembering the same shape again replaces it; forget removes it', () => {
    const m = createImportMappings(new MemoryStorageArea());
    m.remember('x', MAPPING);
    m.remember('x', { kd: 'nomor' });
    expect(m.recall('x')).toEqual({ kd: 'nomor' });
    m.forget('x');
    expect(m.recall('x')).toBeNull();
  });

  it('keeps the most recent shapes only', () => {
    const m = createImportMappings(new MemoryStorageArea());
    for (let i = 0; i <= MAX_REMEMBERED_SHAPES; i++) m.remember(`s${i}`, { kd: 'kode' });
    expect(Object.keys(m.all())).toHaveLength(MAX_REMEMBERED_SHAPES);
    expect(m.recall('s0')).toBeNull();
    expect(m.recall(`s${MAX_REMEMBERED_SHAPES}`)).toEqual({ kd: 'kode' });
  });

  it('a damaged or foreign stored value is ignored entry by entry, unknown columns dropped', () => {
    const area = new MemoryStorageArea();
    area.setItem(IMPORT_MAPPINGS_KEY, JSON.stringify([{ key: 'a', mapping: { kd: 'kode', x: 'bukan-kolom', y: null } }, 7, { key: 3 }]));
    expect(createImportMappings(area).all()).toEqual({ a: { kd: 'kode', y: null } });
    area.setItem(IMPORT_MAPPINGS_KEY, '{rusak');
    expect(createImportMappings(area).all()).toEqual({});
  });

  it('a full storage keeps the mapping for this page and says so (false); no storage at all works the same', () => {
    const area = new MemoryStorageArea();
    area.quota = 10;
    const m = createImportMappings(area);
    expect(m.remember('x', MAPPING)).toBe(false);
    expect(m.recall('x')).toEqual(MAPPING);
    const none = createImportMappings(null);
    expect(none.remember('x', MAPPING)).toBe(false);
    expect(none.recall('x')).toEqual(MAPPING);
  });
});
