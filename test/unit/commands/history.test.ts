import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  execute,
  moveBoxes,
  record,
  redo,
  undo,
  updatePosition,
  type History,
} from '../../../src/commands';
import { makeFixture } from './fixture';

const rename = (doc: ReturnType<typeof makeFixture>, nama: string) =>
  execute(doc, updatePosition, { id: 'p_kasi_infra', changes: { nama } });

describe('history', () => {
  it('undo and redo on an empty history return null', () => {
    const doc = makeFixture();
    expect(undo(emptyHistory(), doc)).toBeNull();
    expect(redo(emptyHistory(), doc)).toBeNull();
  });

  it('merges entries with the same mergeKey inside the window into one undo step', () => {
    const doc = makeFixture();
    const a = rename(doc, 'K');
    const b = rename(a.doc, 'Ke');
    const c = rename(b.doc, 'Kep');
    let h: History = record(emptyHistory(), a, 'nama:p_kasi_infra', 1000);
    h = record(h, b, 'nama:p_kasi_infra', 1500);
    h = record(h, c, 'nama:p_kasi_infra', 2900); // 1,400 ms after the previous keystroke: still inside
    expect(h.past).toHaveLength(1);
    expect(h.past[0].label).toBe(a.label); // the first label names what the step began with
    const undone = undo(h, c.doc)!;
    expect(undone.doc).toStrictEqual(doc);
    expect(redo(undone.history, undone.doc)!.doc).toStrictEqual(c.doc);
  });

  it('does not merge outside the window or with another key', () => {
    const doc = makeFixture();
    const a = rename(doc, 'A');
    const b = rename(a.doc, 'B');
    const c = rename(b.doc, 'C');
    let h = record(emptyHistory(), a, 'k', 0);
    h = record(h, b, 'k', 5000);
    h = record(h, c, 'other', 5100);
    expect(h.past).toHaveLength(3);
    const once = undo(h, c.doc)!;
    expect(once.doc.positions.p_kasi_infra.nama).toBe('B');
  });

  it('a longer window (a new arrow and its first label) merges however late, but still only with the same key', () => {
    const doc = makeFixture();
    const a = rename(doc, 'A');
    const b = rename(a.doc, 'B');
    const c = rename(b.doc, 'C');
    let h = record(emptyHistory(), a, 'k', 0);
    h = record(h, b, 'k', 60_000, Infinity);
    expect(h.past).toHaveLength(1);
    h = record(h, c, 'other', 60_100, Infinity);
    expect(h.past).toHaveLength(2);
    const once = undo(h, c.doc)!;
    expect(once.doc.positions.p_kasi_infra.nama).toBe('B');
    expect(undo(once.history, once.doc)!.doc).toStrictEqual(doc);
  });

  it('an undone entry never merges with the next command', () => {
    const doc = makeFixture();
    const a = rename(doc, 'A');
    const b = rename(a.doc, 'B');
    let h = record(record(emptyHistory(), a, 'k', 0), b, 'other', 10);
    const undone = undo(h, b.doc)!;
    const redone = redo(undone.history, undone.doc)!;
    const c = rename(redone.doc, 'C');
    h = record(redone.history, c, 'other', 20);
    expect(h.past).toHaveLength(3);
  });

  it('a new command clears the redo list', () => {
    const doc = makeFixture();
    const a = rename(doc, 'A');
    const h = record(emptyHistory(), a);
    const undone = undo(h, a.doc)!;
    expect(undone.history.future).toHaveLength(1);
    const move = execute(undone.doc, moveBoxes, { moves: [{ id: 'p_kadis', placement: { x: 3, y: 3 } }] });
    const after = record(undone.history, move);
    expect(after.future).toHaveLength(0);
    expect(redo(after, move.doc)).toBeNull();
  });

  it('a command that changed nothing is not recorded', () => {
    const doc = makeFixture();
    const same = rename(doc, 'Kepala Seksi Infrastruktur');
    const h = record(emptyHistory(), same);
    expect(h.past).toHaveLength(0);
  });

  it('keeps at most 500 steps', () => {
    let doc = makeFixture();
    let h = emptyHistory();
    for (let i = 0; i < 510; i++) {
      const done = execute(doc, moveBoxes, { moves: [{ id: 'p_kadis', placement: { x: i + 1, y: 0 } }] });
      h = record(h, done);
      doc = done.doc;
    }
    expect(h.past).toHaveLength(500);
  });
});
