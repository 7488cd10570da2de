import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { execute, restoreVersion } from '../../../src/commands';
import { newMap, type Workspace } from '../../../src/model';
import { makeFixture, refusal, roundTrip } from './fixture';

const TAKEN = Date.UTC(2026, 11, 7, 8, 30);

describe('document.restoreVersion', () => {
  it('replaces the content with the version as one step: undo brings back what was there, redo the version', () => {
    const current = makeFixture();
    const version = produce(current, (d) => {
      d.title = 'Judul lama';
      d.positions.p_kadis!.nama = 'Kepala Dinas (lama)';
      delete d.teams.t_sip;
      d.maps.m_lama = newMap(d, { id: 'm_lama', kind: 'relasi', title: 'Peta relasi lama' });
    });
    const done = roundTrip(current, restoreVersion, { version, takenAt: TAKEN });
    expect(done.doc).toStrictEqual(version);
    expect(done.label).toMatch(/^Pulihkan versi dari /);
    // only the parts that differ are in the undo step
    expect(new Set(done.patches.map((p) => p.path[0]))).toStrictEqual(new Set(['title', 'positions', 'teams', 'maps']));
  });

  it('drops parts the version does not have (a later schema field such as notes)', () => {
    const current: Workspace = { ...makeFixture(), notes: {} };
    const version = makeFixture();
    const done = roundTrip(current, restoreVersion, { version, takenAt: TAKEN });
    expect('notes' in done.doc).toBe(false);
  });

  it("refuses another document's version", () => {
    const other = { ...makeFixture(), id: 'doc_lain' };
    expect(refusal(() => execute(makeFixture(), restoreVersion, { version: other, takenAt: TAKEN }))).toMatch(/dokumen lain/);
  });
});
