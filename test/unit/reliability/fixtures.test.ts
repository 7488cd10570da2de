// Every committed document of an older (or the current) format version still opens, whole.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../src/io/file/documentFile';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { CURRENT_VERSION } from '../../../src/model';
import { MemoryStorageArea } from '../../../src/editor/storage';
import { count, createTally, documentProblems, type Tally } from './helpers';

const tally: Tally = createTally('fixtures');
const DIR = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

function recordCount(raw: Record<string, unknown>, name: string): number {
  const coll = raw[name];
  if (Array.isArray(coll)) return new Set(coll.map((r: { id?: unknown }) => r.id)).size;
  return coll && typeof coll === 'object' ? Object.keys(coll).length : 0;
}

describe('document fixtures of every format version', () => {
  it('there is one for every version up to the current one', () => {
    const versions = new Set(files.map((f) => (JSON.parse(readFileSync(DIR + f, 'utf8')) as { version?: number }).version ?? 1));
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(versions.has(v), `fixture of version ${v}`).toBe(true);
  });

  for (const file of files) {
    it(`${file} opens as a full valid document with every unit and position`, () => {
      const text = readFileSync(DIR + file, 'utf8');
      const raw = JSON.parse(text) as Record<string, unknown>;
      const r = readDocumentFile(text, file);
      count(tally.badInputs, 'old document fixtures');
      if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
      tally.accepted++;
      expect(documentProblems(r.doc)).toEqual([]);
      expect(Object.keys(r.doc.units)).toHaveLength(recordCount(raw, 'units'));
      expect(Object.keys(r.doc.positions)).toHaveLength(recordCount(raw, 'positions'));
      expect(r.doc.version).toBe(CURRENT_VERSION);
    });

    it(`${file} stored by an older build in local storage (bare, without envelope) loads too`, () => {
      const storage = new MemoryStorageArea();
      storage.poke('petakerja:doc:lama', readFileSync(DIR + file, 'utf8'));
      const store = new DocumentStore(storage);
      expect(store.list().map((d) => d.id)).toEqual(['lama']);
      const loaded = store.load('lama');
      count(tally.badInputs, 'old document fixtures');
      if (!loaded.ok) throw new Error(loaded.message);
      expect(documentProblems(loaded.doc)).toEqual([]);
    });
  }
});
