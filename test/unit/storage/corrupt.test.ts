// Whatever is in storage, load() and list() never throw; unreadable content comes back with its raw text.
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { CURRENT_VERSION } from '../../../src/model';
import { sampleDoc, storageHolding } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

function corrupt(store: DocumentStore, id: string) {
  const r = store.load(id);
  if (r.ok || r.reason !== 'corrupt') throw new Error(`expected corrupt, got ${JSON.stringify(r)}`);
  return r;
}

function envelope(doc: unknown, revision = 3): string {
  return JSON.stringify({ savedAt: 5, revision, tabId: 'tab_x', doc });
}

describe('corrupt stored documents', () => {
  it('text that is not JSON is "corrupt" with the raw text, and listed as unreadable', () => {
    const raw = '{"savedAt":1,"revision":2,"tabId":"t","doc":{"format":"petakerja", terpotong';
    const store = new DocumentStore(storageHolding('doc_rusak', raw));
    const r = corrupt(store, 'doc_rusak');
    expect(r.rawText).toBe(raw);
    expect(r.message).toMatch(/^Dokumen di penyimpanan browser rusak/);
    expect(r.message).toMatch(/bukan JSON/);
  });

  it('a document failing the schema is "corrupt" with the problems in Indonesian and the raw text', () => {
    const bad = { ...sampleDoc(), positions: { p1: { id: 'p1', nama: 'X', kind: 'menteri', unitId: 'u1' } } };
    const raw = envelope(bad);
    const store = new DocumentStore(storageHolding('doc_skema', raw));
    const r = corrupt(store, 'doc_skema');
    expect(r.rawText).toBe(raw);
    expect(r.message).toMatch(/tidak sesuai format PetaKerja/);
    expect(r.problems.join('\n')).toMatch(/positions › p1 «X» › kind/);
  });

  it('a document of a newer version is not readable here and says so', () => {
    const raw = envelope({ ...sampleDoc(), version: CURRENT_VERSION + 1 });
    const r = corrupt(new DocumentStore(storageHolding('doc_baru', raw)), 'doc_baru');
    expect(r.message).toMatch(/PetaKerja yang lebih baru/);
    expect(r.rawText).toBe(raw);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['an envelope without a document', '{"savedAt":1,"revision":1,"tabId":"t","doc":null}'],
    ['a foreign object', '{"hello":"world"}'],
    ['an empty string', ''],
  ])('%s never throws', (_name, raw) => {
    const store = new DocumentStore(storageHolding('doc_aneh', raw));
    expect(corrupt(store, 'doc_aneh').rawText).toBe(raw);
    expect(() => store.list()).not.toThrow();
    expect(store.list().map((d) => d.id)).toEqual(['doc_aneh']);
  });

  it('the index lists a document it lost even when that document is unreadable', () => {
    const storage = new MemoryStorageArea();
    storage.poke('petakerja:doc:doc_rusak', 'bukan json');
    const [entry] = new DocumentStore(storage).list();
    expect(entry).toMatchObject({ id: 'doc_rusak', unreadable: true, positions: 0 });
    expect(entry.title).toMatch(/tidak terbaca/);
  });

  it('a bare document without an envelope (stored by hand) opens at revision 0', () => {
    const doc = sampleDoc('Tanpa amplop', 2);
    const store = new DocumentStore(storageHolding(doc.id, JSON.stringify(doc)));
    const r = store.load(doc.id);
    expect(r.ok && r.doc).toEqual(doc);
    expect(r.ok && r.revision).toBe(0);
  });

  it('the document takes the id of its key', () => {
    const doc = sampleDoc();
    const store = new DocumentStore(storageHolding('doc_kunci', envelope({ ...doc, id: 'doc_lain' })));
    const r = store.load('doc_kunci');
    expect(r.ok && r.doc.id).toBe('doc_kunci');
  });

  it('an older document is migrated on load, with a notice', () => {
    const v1 = {
      format: 'petakerja',
      version: 1,
      id: 'doc_v1',
      nama: 'Lama',
      units: [{ id: 'u1', nama: 'Dinas' }],
      positions: [{ id: 'p1', nama: 'Kepala', jenis: 'jpt-pratama', unit: 'u1' }],
    };
    const r = new DocumentStore(storageHolding('doc_v1', envelope(v1))).load('doc_v1');
    expect(r.ok && r.doc.title).toBe('Lama');
    expect(r.ok && r.notices.join(' ')).toMatch(/diperbarui ke versi/);
  });

  it('saving over stored text that cannot be read is refused, so that text is not lost', () => {
    const raw = 'bukan json {';
    const storage = storageHolding('doc_rusak', raw);
    const store = new DocumentStore(storage);
    const r = store.save({ ...sampleDoc(), id: 'doc_rusak' }, 99);
    expect(!r.ok && r.reason).toBe('conflict');
    expect(!r.ok && r.message).toMatch(/tidak terbaca/);
    expect(storage.getItem('petakerja:doc:doc_rusak')).toBe(raw);
  });

  it('renaming a document of a newer version keeps everything it holds', () => {
    const newer = { ...sampleDoc(), version: CURRENT_VERSION + 1, fieldOfTheFuture: { a: 1 } };
    const storage = storageHolding('doc_baru', envelope(newer, 4));
    const store = new DocumentStore(storage);
    expect(store.rename('doc_baru', 'Nama baru')).toEqual({ ok: true, revision: 5 });
    const stored = JSON.parse(storage.getItem('petakerja:doc:doc_baru')!);
    expect(stored.doc).toEqual({ ...newer, title: 'Nama baru' });
  });

  it('rename of unreadable text reports it and changes nothing', () => {
    const storage = storageHolding('doc_rusak', 'xx');
    const before = storage.snapshot();
    const r = new DocumentStore(storage).rename('doc_rusak', 'Baru');
    expect(!r.ok && r.reason).toBe('corrupt');
    expect(storage.snapshot()).toEqual(before);
  });
});
