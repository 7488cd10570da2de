import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { escapeWideChars, readEnvelopeHeader, serializeEnvelope } from '../../../src/io/storage/envelope';
import { sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

afterEach(() => vi.restoreAllMocks());

describe('stored envelope', () => {
  it('puts the header first so it is read without parsing the document', () => {
    const text = serializeEnvelope({ savedAt: 1_700_000_000_123, revision: 42, tabId: 'tab_"x"' }, sampleDoc());
    expect(text.startsWith('{"savedAt":1700000000123,"revision":42,"tabId":"tab_\\"x\\"","doc":{')).toBe(true);
    const parse = vi.spyOn(JSON, 'parse');
    expect(readEnvelopeHeader(text)).toEqual({ savedAt: 1_700_000_000_123, revision: 42, tabId: 'tab_"x"' });
    expect(parse.mock.calls.every(([arg]) => String(arg).length < 100)).toBe(true);
  });

  it('reads the header of an envelope written in another key order by parsing it whole', () => {
    expect(readEnvelopeHeader('{"doc":{},"revision":7,"tabId":"t","savedAt":3}')).toEqual({ savedAt: 3, revision: 7, tabId: 't' });
    expect(readEnvelopeHeader('bukan json')).toBeNull();
  });

  it('stores non-Latin-1 characters as JSON escapes, and loads them back unchanged', () => {
    const storage = new MemoryStorageArea();
    const store = new DocumentStore(storage);
    const doc = sampleDoc('Sekretariat — “Revisi” «2» № 😀');
    doc.positions.p1 = { ...doc.positions.p1, nama: 'Analis – Kebijakan ’Ahli’' };
    store.create(doc);
    const text = storage.getItem(`petakerja:doc:${doc.id}`)!;
    expect([...text].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(text).toContain('\\u2014');
    const back = store.load(doc.id);
    expect(back.ok && back.doc).toEqual(doc);
  });

  it('leaves a text of mostly wide characters as it is', () => {
    const json = JSON.stringify({ nama: 'ڤتاکرجا'.repeat(50) });
    expect(escapeWideChars(json)).toBe(json);
    expect(escapeWideChars('{"a":"é"}')).toBe('{"a":"é"}');
    expect(JSON.parse(escapeWideChars(JSON.stringify({ a: 'x'.repeat(200) + '—' })))).toEqual({ a: 'x'.repeat(200) + '—' });
  });

  it('serialises the document exactly once per save', () => {
    const store = new DocumentStore(new MemoryStorageArea());
    const doc = sampleDoc('Sekali', 20);
    store.create(doc);
    const stringify = vi.spyOn(JSON, 'stringify');
    expect(store.save({ ...doc, title: 'Dua' }, 1).ok).toBe(true);
    const withDocument = stringify.mock.calls.filter(([value]) => containsPositions(value));
    expect(withDocument).toHaveLength(1);
  });
});

function containsPositions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return 'positions' in v || (typeof v.doc === 'object' && v.doc !== null && 'positions' in v.doc);
}
