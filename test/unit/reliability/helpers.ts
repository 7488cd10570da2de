// Shared by the fault and fuzz suites: what a "full valid document" is, the run counts (scaled by FUZZ_RUNS), and
// the tally each suite writes to reports/reliability/ so docs/reliability.md can quote figures that came from a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { isReservedId, WorkspaceSchema, type Workspace } from '../../../src/model';

/** Multiply every property's run count, e.g. FUZZ_RUNS=20 for a long local hunt; CI uses 1. */
export const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1) || 1);
export const runs = (n: number): number => Math.round(n * SCALE);
/** A property runs hundreds of cases: give it room on a loaded CI machine (vitest's default is 5 s). */
export const FUZZ_TIMEOUT = 120_000 * SCALE;

// a string path: under happy-dom the global URL is the DOM's, which node's fileURLToPath refuses
const REPORT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../reports/reliability/');

export interface Tally {
  /** generated inputs fed to a reader, by reader */
  fuzzCases: Record<string, number>;
  /** hand-written bad inputs (pollution keys, fixtures, size limits …) */
  badInputs: Record<string, number>;
  /** inputs accepted (a full valid document) vs refused cleanly */
  accepted: number;
  refused: number;
  /** faults injected into the storage layer and survived */
  faults: Record<string, number>;
  /** what the system did under those faults (refusals reported to the user, restores) */
  outcomes: Record<string, number>;
  /** documents or changes lost: every test asserts it stays 0 */
  documentsLost: number;
}

/** One tally per test file, written when the file's tests end (a failed assertion fails the test, not the tally). */
export function createTally(name: string): Tally {
  const tally: Tally = { fuzzCases: {}, badInputs: {}, accepted: 0, refused: 0, faults: {}, outcomes: {}, documentsLost: 0 };
  afterAll(() => {
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(join(REPORT_DIR, `unit-${name}.json`), JSON.stringify({ suite: name, scale: SCALE, ...tally }, null, 1) + '\n');
  });
  return tally;
}

export function count(map: Record<string, number>, key: string, n = 1): void {
  map[key] = (map[key] ?? 0) + n;
}

/** fc.assert with the run count recorded under `key` of tally.fuzzCases. */
export function fuzz<T>(tally: Tally, key: string, property: fc.IProperty<T>, numRuns: number): void {
  fc.assert(property, { numRuns: runs(numRuns) });
  count(tally.fuzzCases, key, runs(numRuns));
}

export async function fuzzAsync<T>(tally: Tally, key: string, property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  await fc.assert(property, { numRuns: runs(numRuns) });
  count(tally.fuzzCases, key, runs(numRuns));
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The problems that make `doc` less than a full valid document: the schema, record keys equal to ids, no reserved
 * id, every reference pointing at an own record, no cycle of superiors or parent units. Empty = valid.
 */
export function documentProblems(doc: Workspace): string[] {
  const problems: string[] = [];
  const parsed = WorkspaceSchema.safeParse(doc);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `schema ${i.path.join('.')}: ${i.message}`));
  for (const name of ['units', 'positions', 'teams', 'maps'] as const) {
    const coll = doc[name] as Record<string, { id: string }>;
    if (Object.getPrototypeOf(coll) !== Object.prototype) problems.push(`${name}: prototype changed`);
    for (const key of Object.keys(coll)) {
      if (coll[key].id !== key) problems.push(`${name}.${key}: id ${coll[key].id}`);
      if (isReservedId(key)) problems.push(`${name}.${key}: reserved id`);
    }
  }
  for (const u of Object.values(doc.units)) {
    if (u.parentId !== null && !own(doc.units, u.parentId)) problems.push(`unit ${u.id}: parent ${u.parentId} missing`);
  }
  for (const p of Object.values(doc.positions)) {
    if (!own(doc.units, p.unitId)) problems.push(`position ${p.id}: unit ${p.unitId} missing`);
    if (p.superiorId !== null && !own(doc.positions, p.superiorId)) problems.push(`position ${p.id}: superior ${p.superiorId} missing`);
    if (typeof p.nama !== 'string') problems.push(`position ${p.id}: nama`);
  }
  const cyclic = (start: string, next: (id: string) => string | null) => {
    const seen = new Set<string>();
    for (let c: string | null = start; c !== null; c = next(c)) {
      if (seen.has(c)) return true;
      seen.add(c);
    }
    return false;
  };
  for (const id of Object.keys(doc.positions)) {
    if (cyclic(id, (c) => doc.positions[c]?.superiorId ?? null)) problems.push(`position ${id}: superior cycle`);
  }
  for (const id of Object.keys(doc.units)) {
    if (cyclic(id, (c) => doc.units[c]?.parentId ?? null)) problems.push(`unit ${id}: parent cycle`);
  }
  return problems;
}

export function expectValidDocument(doc: Workspace): void {
  expect(documentProblems(doc)).toEqual([]);
}

/** Nothing any input did reached Object.prototype. */
export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** Words that mean something to JavaScript objects, for ids, keys, cell values and header names. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Text that must stay text: markup, script, formulas, control and bidi characters, very long strings. */
export const NASTY_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '=cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\u202etxt.exe',
  '\u0000\u0001\u0002',
  'a'.repeat(5000),
  '﻿',
  '"',
  ';',
  ',',
  '\r\n',
  'Ünïcödé — «kutip» “dua”',
];
