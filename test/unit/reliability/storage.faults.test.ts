// Fault injection into the storage layer, model-based: random sequences of edits, saves, opens, snapshots,
// restores and removals while the storage fills up, refuses writes, or has its content damaged. After every step
// the store must agree with an oracle of what it acknowledged: an acknowledged save is never lost, a refused one
// changes nothing, and no operation throws.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../../src/io/storage/autosave';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import type { Workspace } from '../../../src/model';
import { edited, sampleDoc } from '../storage/fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';
import { count, createTally, FUZZ_TIMEOUT, documentProblems, fuzz, type Tally } from './helpers';

const tally: Tally = createTally('storage');

type Fault = 'none' | 'quota-tight' | 'quota-zero' | 'refuse-doc' | 'refuse-index' | 'security' | 'corrupt-text' | 'corrupt-schema';

const faultArb = fc.constantFrom<Fault>('none', 'none', 'none', 'quota-tight', 'quota-zero', 'refuse-doc', 'refuse-index', 'security', 'corrupt-text', 'corrupt-schema');

type Op =
  | { kind: 'edit'; doc: number; name: string }
  | { kind: 'open'; doc: number }
  | { kind: 'restore-last-good'; doc: number }
  | { kind: 'remove'; doc: number }
  | { kind: 'time'; minutes: number }
  | { kind: 'fault'; fault: Fault; doc: number }
  | { kind: 'heal' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), doc: fc.nat(2), name: fc.string({ maxLength: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), doc: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore-last-good' as const), doc: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('fault' as const), fault: faultArb, doc: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('heal' as const) }) },
);

describe('DocumentStore under injected faults (model-based)', { timeout: FUZZ_TIMEOUT }, () => {
  it('never throws, never loses an acknowledged save, and a refused save changes nothing', () => {
    fuzz(
      tally,
      'storage: operation sequences under faults',
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 40 }), (ops) => {
        const storage = new MemoryStorageArea();
        let t = 1_000_000;
        const store = new DocumentStore(storage, { tabId: 'tab_a', now: () => t, snapshots: { max: 4, intervalMs: 3 * 60_000 } });
        const docs: Workspace[] = [0, 1, 2].map((i) => ({ ...sampleDoc(`Dokumen ${i}`, 4), id: `doc_${i}` }));
        // oracle: the document each id holds in storage as far as the store told us, and the revision we hold
        const acknowledged = new Map<string, Workspace>();
        const revisions = new Map<string, number>();
        const damaged = new Set<string>();
        for (const d of docs) {
          const r = store.create(d);
          if (!r.ok) throw new Error(r.message);
          acknowledged.set(d.id, d);
          revisions.set(d.id, r.revision);
        }
        const heal = () => {
          storage.quota = Number.POSITIVE_INFINITY;
          storage.failWhen = null;
          storage.error = () => new DOMException('quota', 'QuotaExceededError');
        };

        for (const op of ops) {
          const id = `doc_${'doc' in op ? op.doc : 0}`;
          switch (op.kind) {
            case 'edit': {
              const base = acknowledged.get(id);
              if (!base || damaged.has(id)) break;
              const next = edited(base, op.name);
              const r = store.save(next, revisions.get(id) ?? 0);
              if (r.ok) {
                acknowledged.set(id, next);
                revisions.set(id, r.revision);
              } else {
                count(tally.outcomes, `save refused (${r.reason})`);
                expect(['quota', 'conflict']).toContain(r.reason);
              }
              break;
            }
            case 'open': {
              const r = store.load(id);
              if (r.ok) {
                expect(damaged.has(id)).toBe(false);
                store.snapshot(id, 'open');
              } else if (acknowledged.has(id)) {
                expect(r.reason).toBe('corrupt');
                expect(damaged.has(id)).toBe(true);
                if (r.reason === 'corrupt') expect(r.rawText.length).toBeGreaterThan(0);
              }
              break;
            }
            case 'restore-last-good': {
              if (!acknowledged.has(id)) break;
              const good = store.lastGoodSnapshot(id);
              if (!good) break;
              const r = store.restoreSnapshot(id, good.info.key);
              if (r.ok) {
                acknowledged.set(id, good.doc);
                revisions.set(id, r.revision);
                damaged.delete(id);
                count(tally.outcomes, 'restored from history');
              } else {
                count(tally.outcomes, `restore refused (${r.reason})`);
              }
              break;
            }
            case 'remove': {
              if (!acknowledged.has(id)) break;
              const r = store.remove(id);
              if (r.ok) {
                acknowledged.delete(id);
                damaged.delete(id);
              } else count(tally.outcomes, 'remove refused (write refused)');
              break;
            }
            case 'time':
              t += op.minutes * 60_000;
              break;
            case 'fault':
              if (op.fault !== 'none') count(tally.faults, op.fault);
              if (op.fault === 'quota-tight') storage.quota = storage.used() + 200;
              else if (op.fault === 'quota-zero') storage.quota = storage.used();
              else if (op.fault === 'refuse-doc') storage.failWhen = (key) => key.startsWith('petakerja:doc:');
              else if (op.fault === 'refuse-index') storage.failWhen = (key) => key === 'petakerja:index';
              else if (op.fault === 'security') {
                storage.error = () => new DOMException('The operation is insecure.', 'SecurityError');
                storage.failWhen = () => true;
              } else if ((op.fault === 'corrupt-text' || op.fault === 'corrupt-schema') && acknowledged.has(id)) {
                // damage from outside the app (another program, a disk error): the store must notice, not crash
                const text = storage.getItem(`petakerja:doc:${id}`) ?? '';
                storage.poke(
                  `petakerja:doc:${id}`,
                  op.fault === 'corrupt-text' ? text.slice(0, Math.floor(text.length / 2)) : text.replace('"kind":"jpt-pratama"', '"kind":"raja"'),
                );
                damaged.add(id);
              }
              break;
            case 'heal':
              heal();
              break;
          }

          // ---- invariants after every step
          const listed = new Set(store.list().map((d) => d.id));
          for (const [docId, doc] of acknowledged) {
            expect(listed.has(docId), `${docId} listed`).toBe(true);
            const loaded = store.load(docId);
            if (damaged.has(docId)) {
              expect(loaded.ok).toBe(false);
              continue;
            }
            if (!loaded.ok) {
              tally.documentsLost++;
              throw new Error(`${docId} lost: ${loaded.message}`);
            }
            expect(loaded.doc).toEqual(doc);
            expect(documentProblems(loaded.doc)).toEqual([]);
            expect(loaded.revision).toBe(revisions.get(docId));
          }
          for (const id of listed) expect(acknowledged.has(id), `${id} not removed`).toBe(true);
        }
      }),
      300,
    );
  });
});

describe('autosave under injected faults', { timeout: FUZZ_TIMEOUT }, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('whatever fails meanwhile, the last edit is stored once the storage accepts writes again', () => {
    fuzz(
      tally,
      'autosave: edit sequences under faults',
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('edit' as const), name: fc.string({ maxLength: 20 }) }),
            fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
            fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const, 'flush' as const, 'full' as const, 'free' as const) }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (steps) => {
          const storage = new MemoryStorageArea();
          const store = new DocumentStore(storage, { tabId: 'tab_a' });
          const autosave = createAutosave({ store });
          let doc = sampleDoc('Autosave', 3);
          const created = store.create(doc);
          if (!created.ok) throw new Error(created.message);
          autosave.track(doc.id, created.revision);
          for (const s of steps) {
            if (s.kind === 'edit') {
              doc = edited(doc, s.name);
              autosave.schedule(doc);
            } else if (s.kind === 'wait') vi.advanceTimersByTime(s.ms);
            else if (s.kind === 'pause') autosave.pause();
            else if (s.kind === 'resume') autosave.resume();
            else if (s.kind === 'flush') autosave.flush();
            else if (s.kind === 'full') {
              count(tally.faults, 'autosave: storage full');
              storage.quota = storage.used();
            } else storage.quota = Number.POSITIVE_INFINITY;
            // while a change is unsaved, the status says so
            if (autosave.hasUnsavedChanges()) expect(autosave.status).not.toBe('saved');
          }
          storage.quota = Number.POSITIVE_INFINITY;
          autosave.resume();
          // the page is hidden or closed: attachPageLifecycle calls flush() (a localStorage store settles at once)
          void autosave.flush();
          expect(autosave.hasUnsavedChanges()).toBe(false);
          const loaded = store.load(doc.id);
          if (!loaded.ok || loaded.doc.positions.p1.nama !== doc.positions.p1.nama) tally.documentsLost++;
          expect(loaded.ok && loaded.doc).toEqual(doc);
          autosave.dispose();
        },
      ),
      300,
    );
  });
});
