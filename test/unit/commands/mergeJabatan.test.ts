// "Gabungkan jabatan yang sama": the preview (groups, blocked groups with reasons) and the command (K summed,
// pemangku joined, teams/maps/notes re-pointed; one undo step).
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { execute, mergeJabatan, planMergeJabatan } from '../../../src/commands';
import { bezettingOf, ProcessMapSchema, refsOf, refsOfAny, TeamSchema, type LintasFungsiMap, type Pemangku, type SubprosesMap, type Workspace } from '../../../src/model';
import { createKotaContoh } from '../../../src/samples/kotaContoh';
import { DocBuilder, dinas } from '../rules/helpers/build';
import { refusal, roundTrip } from './fixture';

const person = (id: string, nama: string): Pemangku => ({
  id,
  nama,
  nip: '',
  pendidikan: null,
  golongan: null,
  predikatKinerja: null,
  pengalamanTahun: null,
});

/** Three "Pranata Komputer Ahli Pertama" slots under one Kepala Seksi (an old one-box-per-person file), one elsewhere. */
function slots() {
  const b = new DocBuilder();
  const d = dinas(b);
  const a = b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi, { id: 'pk1' });
  const c = b.jf('ahli-pertama', 'Pranata  komputer ahli pertama ', d.seksi, d.kasi, { id: 'pk2' });
  const e = b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi, { id: 'pk3' });
  b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.bidangB, d.kabidB, { id: 'pkB' }); // another official
  b.jf('ahli-muda', 'Pranata Komputer Ahli Muda', d.seksi, d.kasi, { id: 'pkMuda' }); // another jenjang
  const doc = b.build();
  doc.positions[a].pemangku = [person('o1', 'Andi')];
  doc.positions[a].kelasJabatan = 8;
  doc.positions[c].pemangku = [person('o2', 'Budi')];
  doc.positions[e].kebutuhan = 2; // K 2, nobody yet
  doc.teams.t1 = TeamSchema.parse({
    id: 't1',
    nama: 'Tim SPBE',
    ownerUnitId: d.bidangA,
    pimpinanUnitId: d.kabidA,
    members: [
      { id: 'm1', positionId: 'pk2', personId: null, role: 'anggota' },
      { id: 'm2', positionId: 'pk1', personId: 'o1', role: 'ketua' },
    ],
  });
  return { doc, d };
}

describe('planMergeJabatan', () => {
  it('groups siblings with the same name, kind and jenjang under one official in one unit, the first by kode kept', () => {
    const { doc } = slots();
    const plan = planMergeJabatan(doc);
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]).toMatchObject({ keepId: 'pk1', ids: ['pk1', 'pk2', 'pk3'], kebutuhan: 4, bezetting: 2, blocked: [] });
    expect(plan.mergeable).toHaveLength(1);
  });

  it('blocks a group with different kelas, one that leads a unit kerja mandiri, or a count mixed with names, saying why', () => {
    const { doc } = slots();
    const blocked = produce(doc, (d) => {
      d.positions.pk3.kelasJabatan = 9;
      d.positions.pk2.memimpinUnitMandiri = true;
    });
    const g = planMergeJabatan(blocked).groups[0];
    expect(g.blocked).toEqual(['kelas jabatan berbeda (8, 9)', 'salah satunya memimpin unit kerja mandiri']);
    expect(planMergeJabatan(blocked).mergeable).toEqual([]);
    const mixed = produce(doc, (d) => void (d.positions.pk3.bezetting = 2));
    expect(planMergeJabatan(mixed).groups[0].blocked).toEqual(['sebagian mencatat B sebagai jumlah, sebagian dengan nama pemangku']);
  });

  it('finds the six groups of Kota Contoh, none blocked', () => {
    const plan = planMergeJabatan(createKotaContoh());
    expect(plan.groups).toHaveLength(6);
    expect(plan.mergeable).toHaveLength(6);
  });

  it('finds nothing in a document without duplicates', () => {
    const b = new DocBuilder();
    dinas(b);
    expect(planMergeJabatan(b.build()).groups).toEqual([]);
  });
});

describe('mergeJabatan', () => {
  it('sums K, joins the pemangku and re-points team members to the kept jabatan and person; undo and redo exact', () => {
    const { doc } = slots();
    const done = roundTrip(doc, mergeJabatan, { keepIds: ['pk1'] });
    const kept = done.doc.positions.pk1;
    expect(done.doc.positions.pk2).toBeUndefined();
    expect(done.doc.positions.pk3).toBeUndefined();
    expect(kept.kebutuhan).toBe(4);
    expect(kept.pemangku.map((p) => p.id)).toEqual(['o1', 'o2']);
    expect(bezettingOf(kept)).toBe(2);
    expect(kept.kelasJabatan).toBe(8);
    // m1 named the one-holder jabatan pk2: it now names Budi in pk1
    expect(done.doc.teams.t1.members).toEqual([
      expect.objectContaining({ id: 'm1', positionId: 'pk1', personId: 'o2' }),
      expect.objectContaining({ id: 'm2', positionId: 'pk1', personId: 'o1' }),
    ]);
    expect(done.label).toBe('Gabungkan jabatan yang sama');
    expect(planMergeJabatan(done.doc).groups).toEqual([]);
  });

  it('sums count-only bezetting and re-points lanes, pengampu and notes', () => {
    const { doc } = slots();
    const counted = produce(doc, (d) => {
      for (const id of ['pk1', 'pk2']) d.positions[id].pemangku = [];
      d.positions.pk1.bezetting = 1;
      d.positions.pk2.bezetting = 2;
      d.notes = {
        n1: {
          id: 'n1', author: 'Reviu', at: '2026-12-07T10:00:00Z', status: 'terbuka', text: 'Cek K', replies: [],
          subject: { kind: 'element', id: 'pk3', mapId: null, label: 'Pranata Komputer Ahli Pertama' },
        },
      } as unknown as Workspace['notes'];
    });
    const done = roundTrip(counted, mergeJabatan, { keepIds: ['pk1'] });
    expect(done.doc.positions.pk1.bezetting).toBe(3);
    expect(bezettingOf(done.doc.positions.pk1)).toBe(3);
    expect(done.doc.notes!.n1.subject).toMatchObject({ kind: 'element', id: 'pk1' });
  });

  it('re-points a lane (keeping what it was bound as, so LF-06 still sees later change) and a pengampu through the reference table', () => {
    const { doc } = slots();
    const boundAs = { nama: 'Pranata Komputer Ahli Pertama', positionKind: doc.positions.pk2.kind, unitId: doc.positions.pk2.unitId };
    const withMaps = produce(doc, (d) => {
      d.maps.lf = ProcessMapSchema.parse({
        id: 'lf', kind: 'lintas-fungsi', title: 'SOP', ownerUnitId: null, parent: null, level: 1,
        lanes: [{ id: 'l1', binding: { kind: 'position', id: 'pk2', boundAs } }],
      });
      d.maps.sub = ProcessMapSchema.parse({
        id: 'sub', kind: 'subproses', title: 'Sub', ownerUnitId: null, parent: null, level: 1,
        steps: [{ id: 's1', nama: 'Periksa', pengampuId: 'pk3' }],
      });
    });
    expect(refsOf(withMaps, 'pk2').map((s) => s.kind).sort()).toEqual(['lane', 'team-member']);
    const done = roundTrip(withMaps, mergeJabatan, { keepIds: ['pk1'] });
    const lane = (done.doc.maps.lf as LintasFungsiMap).lanes[0];
    expect(lane.binding).toEqual({ kind: 'position', id: 'pk1', boundAs });
    expect((done.doc.maps.sub as SubprosesMap).steps[0].pengampuId).toBe('pk1');
    // nothing names a merged jabatan any more
    expect(refsOfAny(done.doc, ['pk2', 'pk3'])).toEqual([]);
  });

  it('merges all six Kota Contoh groups in one step', () => {
    const doc = createKotaContoh();
    const plan = planMergeJabatan(doc);
    const before = Object.keys(doc.positions).length;
    const done = roundTrip(doc, mergeJabatan, { keepIds: plan.mergeable.map((g) => g.keepId) });
    expect(Object.keys(done.doc.positions)).toHaveLength(before - 6);
    expect(done.label).toBe('Gabungkan 6 kelompok jabatan yang sama');
  });

  it('refuses a blocked or vanished group with an Indonesian message, changing nothing', () => {
    const { doc } = slots();
    const blocked = produce(doc, (d) => void (d.positions.pk3.kelasJabatan = 9));
    expect(refusal(() => execute(blocked, mergeJabatan, { keepIds: ['pk1'] }))).toBe(
      '«Pranata Komputer Ahli Pertama» tidak dapat digabung: kelas jabatan berbeda (8, 9).',
    );
    expect(refusal(() => execute(doc, mergeJabatan, { keepIds: ['pkB'] }))).toMatch(/tidak ditemukan lagi/);
  });
});
