// Presentation-sequence commands: execute → undo → redo for each, labels, and refusals.
import { describe, expect, it } from 'vitest';
import { addPresentationStep, execute, movePresentationStep, removePresentationStep, renamePresentationStep, splitPresentationStep } from '../../../src/commands';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import type { PresentationStep, Workspace } from '../../../src/model';
import { presentationSteps, stepUnits } from '../../../src/model/presentation';
import { refusal, roundTrip } from '../commands/fixture';
import { mapFixture } from '../maps/fixture';

const subtree: PresentationStep = { id: 's1', title: '', kind: 'struktur', rootId: 'p_kabid_aptika', region: null };
const team: PresentationStep = { id: 's2', title: 'Tim lintas bidang', kind: 'team', teamId: 't_sip' };
const map: PresentationStep = { id: 's3', title: '', kind: 'map', mapId: 'm_lf', region: { x: 0, y: 0, width: 800, height: 500 } };

/** The fixture with the three steps above, in that order. */
function withSteps(): Workspace {
  let doc = mapFixture();
  for (const step of [subtree, team, map]) doc = execute(doc, addPresentationStep, { step }).doc;
  return doc;
}

const ids = (doc: Workspace) => presentationSteps(doc).map((s) => s.id);

describe('presentation.addStep', () => {
  it('gives a document without a sequence its first step; undo leaves no trace', () => {
    const doc = mapFixture();
    expect(doc.presentation).toBeUndefined();
    const done = roundTrip(doc, addPresentationStep, { step: subtree });
    expect(presentationSteps(done.doc)).toEqual([subtree]);
    expect(done.label).toBe('Tambah tampilan presentasi «Struktur di bawah «Kepala Bidang Aplikasi Informatika»»');
  });

  it('adds at the end or before a given place, filling defaults; the label uses the title when there is one', () => {
    const doc = withSteps();
    const atEnd = roundTrip(doc, addPresentationStep, { step: { id: 's4', kind: 'struktur' } });
    expect(ids(atEnd.doc)).toEqual(['s1', 's2', 's3', 's4']);
    expect(presentationSteps(atEnd.doc)[3]).toEqual({ id: 's4', title: '', kind: 'struktur', rootId: null, region: null });
    const first = roundTrip(doc, addPresentationStep, { step: { ...team, id: 's5', title: 'Pembuka' }, index: 0 });
    expect(ids(first.doc)).toEqual(['s5', 's1', 's2', 's3']);
    expect(first.label).toBe('Tambah tampilan presentasi «Pembuka»');
  });

  it('refuses a used id, a missing position, map or team, a bad region and a place outside the list', () => {
    const doc = withSteps();
    expect(refusal(() => execute(doc, addPresentationStep, { step: { ...subtree } }))).toMatch(/«s1» sudah dipakai/);
    expect(refusal(() => execute(doc, addPresentationStep, { step: { ...subtree, id: 'x', rootId: 'p_nope' } }))).toMatch(/Jabatan dengan id «p_nope»/);
    expect(refusal(() => execute(doc, addPresentationStep, { step: { ...map, id: 'x', mapId: 'm_nope' } }))).toMatch(/Peta dengan id «m_nope»/);
    expect(refusal(() => execute(doc, addPresentationStep, { step: { ...team, id: 'x', teamId: 't_nope' } }))).toMatch(/Tim Kerja dengan id «t_nope»/);
    expect(
      refusal(() => execute(doc, addPresentationStep, { step: { ...map, id: 'x', region: { x: 0, y: 0, width: 0, height: 10 } } })),
    ).toMatch(/Tampilan presentasi tidak sah: region\.width/);
    expect(refusal(() => execute(doc, addPresentationStep, { step: { ...subtree, id: 'x' }, index: 4 }))).toMatch(/di luar daftar/);
  });
});

describe('presentation.removeStep', () => {
  it('removes one step; undo puts it back in its place', () => {
    const doc = withSteps();
    const done = roundTrip(doc, removePresentationStep, { id: 's2' });
    expect(ids(done.doc)).toEqual(['s1', 's3']);
    expect(done.label).toBe('Hapus tampilan presentasi «Tim lintas bidang»');
  });

  it('refuses an unknown step, also in a document without a sequence', () => {
    expect(refusal(() => execute(withSteps(), removePresentationStep, { id: 'nope' }))).toMatch(/«nope» tidak ditemukan/);
    expect(refusal(() => execute(mapFixture(), removePresentationStep, { id: 's1' }))).toMatch(/«s1» tidak ditemukan/);
  });
});

describe('presentation.moveStep', () => {
  it('moves a step down and up; undo restores the order', () => {
    const doc = withSteps();
    const down = roundTrip(doc, movePresentationStep, { id: 's1', toIndex: 2 });
    expect(ids(down.doc)).toEqual(['s2', 's3', 's1']);
    expect(down.label).toBe('Pindahkan tampilan presentasi «Struktur di bawah «Kepala Bidang Aplikasi Informatika»» ke urutan 3');
    const up = roundTrip(doc, movePresentationStep, { id: 's3', toIndex: 0 });
    expect(ids(up.doc)).toEqual(['s3', 's1', 's2']);
  });

  it('records nothing for a move to the same place, and refuses a place outside the list', () => {
    const doc = withSteps();
    expect(execute(doc, movePresentationStep, { id: 's2', toIndex: 1 }).patches).toHaveLength(0);
    expect(refusal(() => execute(doc, movePresentationStep, { id: 's2', toIndex: 3 }))).toMatch(/Urutan 4 di luar daftar tampilan presentasi \(1–3\)/);
    expect(refusal(() => execute(doc, movePresentationStep, { id: 's2', toIndex: -1 }))).toMatch(/di luar daftar/);
  });
});

describe('presentation.renameStep', () => {
  it('sets and clears the caption; undo and redo', () => {
    const doc = withSteps();
    const named = roundTrip(doc, renamePresentationStep, { id: 's1', title: 'Kelompok JF Aptika' });
    expect(presentationSteps(named.doc)[0].title).toBe('Kelompok JF Aptika');
    expect(named.label).toBe('Ubah judul tampilan presentasi «Struktur di bawah «Kepala Bidang Aplikasi Informatika»»');
    const cleared = roundTrip(doc, renamePresentationStep, { id: 's2', title: '' });
    expect(presentationSteps(cleared.doc)[1].title).toBe('');
  });

  it('records nothing for the same title, and refuses an unknown step', () => {
    const doc = withSteps();
    expect(execute(doc, renamePresentationStep, { id: 's2', title: 'Tim lintas bidang' }).patches).toHaveLength(0);
    expect(refusal(() => execute(doc, renamePresentationStep, { id: 'nope', title: 'x' }))).toMatch(/tidak ditemukan/);
  });
});

describe('presentation.splitStep', () => {
  it('splits the whole structure of one Perangkat Daerah into a step per unit under its head, in place; undo restores it', () => {
    let doc = withSteps();
    doc = execute(doc, addPresentationStep, { step: { id: 'all', kind: 'struktur' }, index: 1 }).doc;
    const units = stepUnits(doc, presentationSteps(doc)[1]);
    expect(units.length).toBeGreaterThanOrEqual(2);
    const done = roundTrip(doc, splitPresentationStep, { id: 'all' });
    const steps = presentationSteps(done.doc);
    expect(steps.map((s) => s.id)).toEqual(['s1', ...units.map((_, i) => `all-${i + 1}`), 's2', 's3']);
    for (const [i, u] of units.entries()) {
      expect(steps[1 + i]).toEqual({ id: `all-${i + 1}`, title: doc.units[u.unitId].nama, kind: 'struktur', rootId: u.id, region: null });
      // a unit leads others: no step of a lone box
      expect(Object.values(doc.positions).some((p) => p.superiorId === u.id)).toBe(true);
    }
    expect(done.label).toBe(`Pecah tampilan presentasi «Seluruh struktur» menjadi ${units.length} tampilan per unit`);
  });

  it('Kota Contoh (six Perangkat Daerah): the whole structure becomes one step per Perangkat Daerah head', () => {
    let doc = createKotaContoh();
    doc = execute(doc, addPresentationStep, { step: { id: 'all', kind: 'struktur' } }).doc;
    const done = roundTrip(doc, splitPresentationStep, { id: 'all' });
    const roots = presentationSteps(done.doc).filter((s) => s.id.startsWith('all-')).map((s) => (s.kind === 'struktur' ? s.rootId : null));
    const tops = Object.values(doc.positions).filter((p) => p.superiorId === null && Object.values(doc.positions).some((q) => q.superiorId === p.id));
    expect(roots.sort()).toEqual(tops.map((p) => p.id).sort());
    expect(tops.length).toBe(6);
  });

  it('refuses a map or team step, a step with fewer than two units, and an unknown id', () => {
    const doc = withSteps();
    expect(refusal(() => execute(doc, splitPresentationStep, { id: 's2' }))).toMatch(/Hanya tampilan struktur/);
    expect(refusal(() => execute(doc, splitPresentationStep, { id: 's3' }))).toMatch(/Hanya tampilan struktur/);
    // s1 is a Kabid whose subordinates are all stacked JF: nothing to split
    expect(stepUnits(doc, presentationSteps(doc)[0])).toEqual([]);
    expect(refusal(() => execute(doc, splitPresentationStep, { id: 's1' }))).toMatch(/tidak memuat dua unit/);
    expect(refusal(() => execute(doc, splitPresentationStep, { id: 'nope' }))).toMatch(/tidak ditemukan/);
  });
});
