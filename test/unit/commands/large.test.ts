// movePosition on a 5,000-position document must stay cheap: only the moved record is replaced (immer shares
// every other position with the previous document), the patches name one field, and nothing O(n²) runs.
import { describe, expect, it } from 'vitest';
import { execute, movePosition } from '../../../src/commands';
import { structureIndex } from '../../../src/model';
import { largeDocument } from './largeFixture';

describe('movePosition on 5,000 positions', () => {
  it('replaces only the moved record and emits one patch', () => {
    const doc = largeDocument(5000);
    expect(Object.keys(doc.positions)).toHaveLength(5000);
    const staff = doc.positions.p3;
    expect(staff.kind).toBe('fungsional');
    expect(staff.superiorId).not.toBe('p1');
    const done = execute(doc, movePosition, { id: 'p3', superiorId: 'p1' });
    expect(done.patches).toStrictEqual([{ op: 'replace', path: ['positions', 'p3', 'superiorId'], value: 'p1' }]);
    expect(done.doc.units).toBe(doc.units);
    expect(done.doc.teams).toBe(doc.teams);
    let shared = 0;
    for (const id of Object.keys(doc.positions)) if (done.doc.positions[id] === doc.positions[id]) shared++;
    expect(shared).toBe(4999);
  });

  // Speed is measured by `npm run bench` (command_5000_ms); this checks many consecutive moves stay consistent.
  it('runs consecutive moves on a large document', () => {
    let doc = largeDocument(5000);
    execute(doc, movePosition, { id: 'p100', superiorId: 'p1' }); // first run freezes the fresh document
    for (let i = 0; i < 50; i++) {
      const id = `p${100 + i}`;
      const target = i % 2 ? 'p1' : 'p2';
      if (doc.positions[id].superiorId === target) continue;
      doc = execute(doc, movePosition, { id, superiorId: target }).doc;
    }
    // The index is still built lazily for whoever reads it next, and sees the last move.
    expect(structureIndex(doc).subordinates.get('p2')?.some((p) => p.id === 'p148')).toBe(true);
  });
});
