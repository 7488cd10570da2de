// restore()/restoreFromText()/readDocumentFile() against random and damaged documents: each input ends as a full
// valid document or a RestoreError/refusal, never another exception, never a document with a record silently
// missing, and nothing reaches Object.prototype.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_FILE_BYTES, readDocumentFile } from '../../../src/io/file/documentFile';
import { CURRENT_VERSION, RestoreError, restore, restoreFromText, type Restored } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { count, createTally, FUZZ_TIMEOUT, documentProblems, expectNoPollution, fuzz, NASTY_KEYS, type Tally } from './helpers';
import { applyMutations, damageText, mutationsArb, textMutationArb } from './mutate';

const tally: Tally = createTally('restore');

const v1Text = readFileSync(new URL('../../fixtures/documents/v1-dinas-kecil.json', import.meta.url), 'utf8');
const v1 = JSON.parse(v1Text) as unknown;
const sample = JSON.parse(JSON.stringify(createDinasContoh())) as unknown;
const sampleText = JSON.stringify(sample, null, 1);

type Outcome = { ok: true; restored: Restored } | { ok: false; error: RestoreError };

/** restore() may refuse with RestoreError; anything else thrown fails the property. */
function attempt(fn: () => Restored): Outcome {
  try {
    const restored = fn();
    tally.accepted++;
    return { ok: true, restored };
  } catch (e) {
    if (!(e instanceof RestoreError)) throw e;
    expect(e.message.length).toBeGreaterThan(0);
    for (const p of e.problems) expect(typeof p).toBe('string');
    tally.refused++;
    return { ok: false, error: e };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The ids a raw document holds records for (v2 records or v1 arrays), to prove none disappears without a word. */
function rawIds(raw: unknown, name: 'units' | 'positions'): string[] {
  if (!isObject(raw)) return [];
  const coll = raw[name];
  if (Array.isArray(coll)) return coll.filter(isObject).map((r) => r.id).filter((id): id is string => typeof id === 'string' && id !== '');
  if (!isObject(coll)) return [];
  return Object.keys(coll).flatMap((k) => [k, ...(isObject(coll[k]) && typeof coll[k].id === 'string' ? [coll[k].id as string] : [])]);
}

/** A full valid document, and every record of the input is still there unless a notice says what happened. */
function checkOutcome(raw: unknown, outcome: Outcome): void {
  expectNoPollution();
  if (!outcome.ok) return;
  const { doc, notices } = outcome.restored;
  expect(documentProblems(doc)).toEqual([]);
  if (notices.length > 0) return;
  for (const name of ['units', 'positions'] as const) {
    const out = doc[name] as Record<string, unknown>;
    if (isObject(raw) && Array.isArray(raw[name])) {
      // v1: every record of the array is there, under its id
      for (const id of rawIds(raw, name)) expect(Object.hasOwn(out, id), `${name} ${id} kept`).toBe(true);
      expect(Object.keys(out)).toHaveLength((raw[name] as unknown[]).filter(isObject).length);
    } else if (isObject(raw) && isObject(raw[name])) {
      const coll = raw[name] as Record<string, unknown>;
      for (const key of Object.keys(coll)) {
        const inner = isObject(coll[key]) ? coll[key].id : undefined;
        expect(Object.hasOwn(out, key) || (typeof inner === 'string' && Object.hasOwn(out, inner)), `${name} ${key} kept`).toBe(true);
      }
    }
  }
}

describe('restore() on damaged documents', { timeout: FUZZ_TIMEOUT }, () => {
  it('any JSON value: a document or a RestoreError', () => {
    fuzz(
      tally,
      'restore: arbitrary JSON',
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => checkOutcome(raw, attempt(() => restore(raw)))),
      400,
    );
  });

  it('objects that look like a document (format tag, version, random records)', () => {
    const record = fc.dictionary(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 4,
    });
    const docArb = fc.record(
      {
        format: fc.constantFrom('petakerja', 'petakerja ', 'x'),
        version: fc.oneof(fc.constantFrom(1, CURRENT_VERSION, CURRENT_VERSION + 1, 0, -1, 1.5), fc.jsonValue({ maxDepth: 1 })),
        id: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY_KEYS)),
        units: fc.oneof(record, fc.array(record, { maxLength: 4 })),
        positions: fc.oneof(record, fc.array(record, { maxLength: 4 })),
        severityOverrides: record,
      },
      { requiredKeys: ['format'] },
    );
    fuzz(tally, 'restore: document-shaped objects', fc.property(docArb, (raw) => checkOutcome(raw, attempt(() => restore(raw)))), 400);
  });

  it('the sample document with up to six structural mutations', () => {
    fuzz(
      tally,
      'restore: mutated sample (v2)',
      fc.property(mutationsArb, (mutations) => {
        const raw = applyMutations(sample, mutations);
        checkOutcome(raw, attempt(() => restore(raw)));
      }),
      600,
    );
  });

  it('the v1 fixture with up to six structural mutations (migration path)', () => {
    fuzz(
      tally,
      'restore: mutated v1 fixture',
      fc.property(mutationsArb, (mutations) => {
        const raw = applyMutations(v1, mutations);
        checkOutcome(raw, attempt(() => restore(raw)));
      }),
      600,
    );
  });

  it('damaged text (truncated, flipped, inserted, deleted) of both documents', () => {
    fuzz(
      tally,
      'restoreFromText: damaged text',
      fc.property(fc.constantFrom(sampleText, v1Text), fc.array(textMutationArb, { minLength: 1, maxLength: 4 }), (text, ms) => {
        const damaged = damageText(text, ms);
        const outcome = attempt(() => restoreFromText(damaged));
        let raw: unknown = null;
        try {
          raw = JSON.parse(damaged);
        } catch {
          // unparsable text must have been refused
          expect(outcome.ok).toBe(false);
        }
        checkOutcome(raw, outcome);
      }),
      400,
    );
  });

  it('arbitrary text through readDocumentFile: a document or a message, never a throw', () => {
    fuzz(
      tally,
      'readDocumentFile: arbitrary text',
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const r = readDocumentFile(text, 'acak.json');
        if (r.ok) {
          tally.accepted++;
          expect(documentProblems(r.doc)).toEqual([]);
        } else {
          tally.refused++;
          expect(r.message).toMatch(/^Berkas «acak\.json» tidak dapat dibuka/);
        }
        expectNoPollution();
      }),
      300,
    );
  });
});

describe('keys that mean something to JavaScript', { timeout: FUZZ_TIMEOUT }, () => {
  const base = () => JSON.parse(JSON.stringify(sample)) as Record<string, Record<string, Record<string, unknown>>>;

  /** Text with an own `"__proto__"` key at `where`, as a file would carry it. */
  function withKey(where: (doc: Record<string, Record<string, Record<string, unknown>>>, key: string) => void, key: string): string {
    const doc = base();
    where(doc, key);
    return JSON.stringify(doc).replaceAll('"__KEY__"', JSON.stringify(key));
  }

  const unitId = Object.keys((sample as { units: object }).units)[0];
  const posId = Object.keys((sample as { positions: object }).positions)[1];
  const placements: [string, (doc: Record<string, Record<string, Record<string, unknown>>>, key: string) => void][] = [
    ['top level', (d) => ((d as Record<string, unknown>).__KEY__ = { polluted: 1 })],
    ['as a unit key', (d) => (d.units.__KEY__ = { id: '__KEY__', nama: 'Unit jahat', polluted: 1 })],
    ['as a position key', (d) => (d.positions.__KEY__ = { ...d.positions[posId], id: '__KEY__' })],
    ['as a position id under an ordinary key', (d) => (d.positions[posId] = { ...d.positions[posId], id: '__KEY__' })],
    ['inside a position', (d) => (d.positions[posId].__KEY__ = { polluted: 1 })],
    ['inside a holder', (d) => (d.positions[posId].holder = { __KEY__: { polluted: 1 }, nama: 'X' })],
    ['as a unitId reference', (d) => (d.positions[posId].unitId = '__KEY__')],
    ['as a superiorId reference', (d) => (d.positions[posId].superiorId = '__KEY__')],
    ['as a parentId reference', (d) => (d.units[unitId].parentId = '__KEY__')],
    ['in severityOverrides', (d) => ((d as Record<string, unknown>).severityOverrides = { __KEY__: 'off' })],
    ['in settings', (d) => ((d as Record<string, unknown>).settings = { __KEY__: { polluted: 1 } })],
    ['in instansi', (d) => ((d as Record<string, unknown>).instansi = { nama: 'X', __KEY__: { polluted: 1 } })],
    ['as the document id', (d) => ((d as Record<string, unknown>).id = '__KEY__')],
    ['in teams', (d) => ((d as Record<string, unknown>).teams = { __KEY__: { id: '__KEY__', nama: 'T' } })],
    ['in maps', (d) => ((d as Record<string, unknown>).maps = { __KEY__: { id: '__KEY__', kind: 'level', title: 'M' } })],
  ];

  for (const key of NASTY_KEYS) {
    it(`«${key}» in every record position: inert, and either kept whole or refused cleanly`, () => {
      for (const [, where] of placements) {
        const text = withKey(where, key);
        const outcome = attempt(() => restoreFromText(text));
        count(tally.badInputs, 'pollution keys in documents');
        checkOutcome(JSON.parse(text), outcome);
        if (!outcome.ok && outcome.error.problems.length) expect(outcome.error.problems.join('\n')).toMatch(/nama khusus JavaScript|format/);
      }
    });
  }

  it('a position or unit id named like an Object.prototype member is refused with the reason', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const text = withKey((d) => (d.units.__KEY__ = { id: '__KEY__', nama: 'Unit' }), key);
      const outcome = attempt(() => restoreFromText(text));
      count(tally.badInputs, 'reserved ids');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.problems.join('\n')).toContain(`ID «${key}» adalah nama khusus JavaScript`);
    }
  });

  it('a reference to a missing «constructor» unit or «toString» superior is repaired, not followed', () => {
    const text = withKey((d) => {
      d.positions[posId].unitId = 'constructor';
      d.positions[posId].superiorId = 'toString';
    }, 'x');
    const outcome = attempt(() => restoreFromText(text));
    count(tally.badInputs, 'reserved references', 1);
    if (!outcome.ok) throw outcome.error;
    const p = outcome.restored.doc.positions[posId];
    expect(p.superiorId).toBeNull();
    expect(Object.hasOwn(outcome.restored.doc.units, p.unitId)).toBe(true);
    expect(outcome.restored.notices.join('\n')).toMatch(/unit yang tidak ada/);
  });

  it('a v1 document with a unit id "__proto__" is refused, not silently emptied', () => {
    const raw = JSON.parse(v1Text) as { units: { id: string }[]; positions: { unit: string }[] };
    raw.units[1].id = '__proto__';
    for (const p of raw.positions) if (p.unit === 'u2') p.unit = '__proto__';
    const outcome = attempt(() => restoreFromText(JSON.stringify(raw)));
    count(tally.badInputs, 'reserved ids');
    expect(outcome.ok).toBe(false);
    expectNoPollution();
  });

  it('v1 records with an unusable or duplicate id are refused or reported, never dropped or thrown on', () => {
    const cases: [string, (raw: { units: Record<string, unknown>[]; positions: Record<string, unknown>[] }) => void, 'refused' | 'notice'][] = [
      // found by FUZZ_RUNS=10: String() of an object whose toString is not a function threw a TypeError
      ['an object id whose toString is not callable', (r) => (r.positions[0].id = JSON.parse('{"toString":"","__proto__":"x"}')), 'refused'],
      ['a missing id', (r) => delete r.positions[1].id, 'refused'],
      ['an empty id', (r) => (r.units[0].id = ''), 'refused'],
      ['a kode that is an object', (r) => (r.positions[0].kode = { toString: 1 }), 'refused'],
      ['a duplicate position id', (r) => (r.positions[2].id = r.positions[1].id), 'notice'],
    ];
    for (const [what, damage, expected] of cases) {
      const raw = JSON.parse(v1Text);
      damage(raw);
      const outcome = attempt(() => restore(raw));
      count(tally.badInputs, 'damaged v1 records');
      if (expected === 'refused') expect(outcome.ok, what).toBe(false);
      else {
        if (!outcome.ok) throw outcome.error;
        expect(outcome.restored.notices.join('\n'), what).toMatch(/sudah dipakai/);
      }
    }
  });

  it('a cycle of superiors is cut with a notice', () => {
    const doc = base();
    const [a, b] = Object.keys(doc.positions);
    doc.positions[a].superiorId = b;
    doc.positions[b].superiorId = a;
    const outcome = attempt(() => restore(doc));
    count(tally.badInputs, 'superior cycles');
    if (!outcome.ok) throw outcome.error;
    expect(documentProblems(outcome.restored.doc)).toEqual([]);
    expect(outcome.restored.notices.join('\n')).toMatch(/lingkaran atasan langsung/);
  });

  it('a record whose id is already used under another key is dropped with a notice, not silently', () => {
    const doc = base();
    const [a, b] = Object.keys(doc.units);
    doc.units[b] = { ...doc.units[b], id: a };
    const outcome = attempt(() => restore(doc));
    count(tally.badInputs, 'duplicate ids');
    if (!outcome.ok) throw outcome.error;
    expect(outcome.restored.notices.join('\n')).toMatch(/sudah dipakai/);
  });
});

describe('size limit', { timeout: FUZZ_TIMEOUT }, () => {
  it('a file over the limit is refused before parsing, with the sizes in the message', () => {
    const text = ' '.repeat(MAX_DOCUMENT_FILE_BYTES + 1);
    const r = readDocumentFile(text, 'besar.json');
    count(tally.badInputs, 'oversized files');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/«besar\.json» tidak dapat dibuka: ukurannya .* MB, melebihi batas 25 MB/);
  });
});
