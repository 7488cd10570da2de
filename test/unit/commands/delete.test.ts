import { describe, expect, it } from 'vitest';
import { deletePositions, dependantsOf, execute } from '../../../src/commands';
import { makeFixture, problemsOf, refusal, roundTrip } from './fixture';

describe('position.delete', () => {
  it('reattach: direct subordinates go to the deleted position’s superior; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, deletePositions, { ids: ['p_kasi_infra'], dependants: 'reattach' });
    expect(done.doc.positions.p_kasi_infra).toBeUndefined();
    expect(done.doc.positions.p_pranata_pertama.superiorId).toBe('p_kabid_aptika');
    expect(done.doc.positions.p_teknisi.superiorId).toBe('p_kabid_aptika');
    expect(done.label).toBe('Hapus jabatan «Kepala Seksi Infrastruktur»');
  });

  it('reattach skips deleted superiors to the nearest survivor, or none', () => {
    const doc = makeFixture();
    const chain = execute(doc, deletePositions, { ids: ['p_kabid_aptika', 'p_kasi_infra'], dependants: 'reattach' });
    expect(chain.doc.positions.p_teknisi.superiorId).toBe('p_kadis');
    expect(chain.doc.positions.p_pranata_muda.superiorId).toBe('p_kadis');
    const top = roundTrip(doc, deletePositions, { ids: ['p_kadis'], dependants: 'reattach' });
    expect(top.doc.positions.p_sekretaris.superiorId).toBeNull();
    expect(top.doc.positions.p_kabid_ikp.superiorId).toBeNull();
  });

  it('delete-subtree removes every descendant and leaves the rest alone', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, deletePositions, { ids: ['p_kabid_aptika'], dependants: 'delete-subtree' });
    for (const id of ['p_kabid_aptika', 'p_pranata_muda', 'p_kasi_infra', 'p_pranata_pertama', 'p_teknisi']) {
      expect(done.doc.positions[id]).toBeUndefined();
    }
    expect(Object.keys(done.doc.positions)).toHaveLength(Object.keys(doc.positions).length - 5);
    expect(done.label).toBe('Hapus jabatan «Kepala Bidang Aplikasi Informatika» beserta bawahannya');
  });

  it.each(['reattach', 'delete-subtree'] as const)('leaves no dangling team reference (%s)', (mode) => {
    const doc = makeFixture();
    const done = roundTrip(doc, deletePositions, { ids: ['p_kabid_aptika', 'p_pranata_muda', 'p_kadis'], dependants: mode });
    expect(problemsOf(done.doc)).toEqual([]);
    const team = done.doc.teams.t_sip;
    expect(team.pimpinanUnitId).toBeNull();
    expect(team.penilaiKinerjaId).toBeNull();
    expect(team.penanggungjawabId).toBeNull();
    expect(team.members.map((m) => m.id)).toEqual(
      mode === 'reattach' ? ['m2', 'm3', 'm4'] : ['m4'], // the external member always stays
    );
  });

  it('labels several positions by count', () => {
    const done = execute(makeFixture(), deletePositions, { ids: ['p_teknisi', 'p_analis'], dependants: 'reattach' });
    expect(done.label).toBe('Hapus 2 jabatan');
  });

  it('refuses unknown ids without deleting anything', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, deletePositions, { ids: ['p_teknisi', 'p_nope'], dependants: 'reattach' }))).toMatch(
      /p_nope.*tidak ditemukan/,
    );
  });
});

describe('dependantsOf', () => {
  it('lists direct subordinates outside the deleted set', () => {
    const doc = makeFixture();
    expect(dependantsOf(doc, ['p_kabid_aptika']).map((p) => p.id)).toEqual(['p_pranata_muda', 'p_kasi_infra']);
    expect(dependantsOf(doc, ['p_kabid_aptika', 'p_kasi_infra']).map((p) => p.id)).toEqual([
      'p_pranata_muda',
      'p_pranata_pertama',
      'p_teknisi',
    ]);
    expect(dependantsOf(doc, ['p_teknisi'])).toEqual([]);
  });
});
