import { describe, expect, it } from 'vitest';
import { addUnit, execute, removeUnit, updateUnit } from '../../../src/commands';
import type { Workspace } from '../../../src/model';
import { mapFixture } from '../maps/fixture';
import { makeFixture, refusal, roundTrip, unit } from './fixture';

describe('unit.add', () => {
  it('adds a sub-unit, undo and redo', () => {
    const doc = makeFixture();
    const u = unit({ id: 'u_sandi', nama: 'Seksi Persandian', parentId: 'u_aptika' });
    const done = roundTrip(doc, addUnit, { unit: u });
    expect(done.doc.units.u_sandi).toStrictEqual(u);
    expect(done.label).toBe('Tambah unit «Seksi Persandian»');
  });

  it('adds a top-level Perangkat Daerah', () => {
    const u = unit({ id: 'u_kec', nama: 'Kecamatan Utara', isPerangkatDaerah: true, tipePd: 'kecamatan' });
    expect(roundTrip(makeFixture(), addUnit, { unit: u }).doc.units.u_kec.parentId).toBeNull();
  });

  it('refuses a missing parent, a used id and an invalid unit', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, addUnit, { unit: unit({ id: 'u_x', nama: 'X', parentId: 'u_nope' }) }))).toMatch(
      /induk .*u_nope/,
    );
    expect(refusal(() => execute(doc, addUnit, { unit: unit({ id: 'u_dinas', nama: 'X' }) }))).toMatch(/sudah dipakai/);
    expect(refusal(() => execute(doc, addUnit, { unit: unit({ id: '', nama: 'X' }) }))).toMatch(/tidak sah/);
  });
});

describe('unit.update', () => {
  it('renames, changes tipe, pengecualian and PD status; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, updateUnit, { id: 'u_infra', changes: { nama: 'Seksi Jaringan' } });
    expect(done.label).toBe('Ubah nama unit «Seksi Infrastruktur» menjadi «Seksi Jaringan»');
    const flags = roundTrip(doc, updateUnit, { id: 'u_aptika', changes: { pengecualian: true } });
    expect(flags.doc.units.u_aptika.pengecualian).toBe(true);
    expect(flags.label).toBe('Ubah pengecualian unit «Bidang Aplikasi Informatika»');
    const pd = roundTrip(doc, updateUnit, { id: 'u_bkd', changes: { tipePd: 'dinas', isPerangkatDaerah: true } });
    expect(pd.doc.units.u_bkd.tipePd).toBe('dinas');
  });

  it('moves a unit under another parent, or to the top', () => {
    const doc = makeFixture();
    expect(roundTrip(doc, updateUnit, { id: 'u_media', changes: { parentId: 'u_aptika' } }).doc.units.u_media.parentId).toBe(
      'u_aptika',
    );
    expect(roundTrip(doc, updateUnit, { id: 'u_media', changes: { parentId: null } }).doc.units.u_media.parentId).toBeNull();
  });

  it('refuses a parent cycle, itself as parent, a missing parent, an unknown unit and an invalid tipe', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, updateUnit, { id: 'u_dinas', changes: { parentId: 'u_infra' } }))).toMatch(
      /berada di dalam/,
    );
    expect(refusal(() => execute(doc, updateUnit, { id: 'u_aptika', changes: { parentId: 'u_aptika' } }))).toMatch(
      /berada di dalam/,
    );
    expect(refusal(() => execute(doc, updateUnit, { id: 'u_aptika', changes: { parentId: 'u_nope' } }))).toMatch(/u_nope/);
    expect(refusal(() => execute(doc, updateUnit, { id: 'u_nope', changes: { nama: 'x' } }))).toMatch(/u_nope/);
    expect(
      refusal(() => execute(doc, updateUnit, { id: 'u_aptika', changes: { tipePd: 'kementerian' as never } })),
    ).toMatch(/tidak sah/);
  });
});

describe('unit.remove', () => {
  it('hands positions, sub-units and owned teams/maps to the parent; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, removeUnit, { id: 'u_aptika' });
    expect(done.doc.units.u_aptika).toBeUndefined();
    expect(done.doc.positions.p_kabid_aptika.unitId).toBe('u_dinas');
    expect(done.doc.positions.p_pranata_muda.unitId).toBe('u_dinas');
    expect(done.doc.positions.p_kasi_infra.unitId).toBe('u_infra');
    expect(done.doc.units.u_infra.parentId).toBe('u_dinas');
    expect(done.doc.teams.t_sip.ownerUnitId).toBe('u_dinas');
    expect(done.label).toBe('Hapus unit «Bidang Aplikasi Informatika»');
    const withMap = roundTrip(doc, removeUnit, { id: 'u_ikp' });
    expect(withMap.doc.maps.m_ikp.ownerUnitId).toBe('u_dinas');
  });

  it('hands the place of the unit in the maps to its parent: pengampu, SIPOC parties, lanes and relasi boxes', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeUnit, { id: 'u_ikp' });
    const names = (d: Workspace, unitId: string) => JSON.stringify(d.maps).split(`"${unitId}"`).length - 1;
    expect(names(doc, 'u_ikp')).toBeGreaterThan(2);
    expect(names(done.doc, 'u_ikp')).toBe(0);
    const aptika = roundTrip(doc, removeUnit, { id: 'u_aptika' });
    const level = Object.values(aptika.doc.maps).flatMap((m) => (m.kind === 'level' ? m.processes : []));
    expect(level.find((p) => p.id === 'p_apl')?.pengampuUnitId).toBe('u_dinas');
    const relasi = Object.values(aptika.doc.maps).find((m) => m.kind === 'relasi');
    expect(relasi?.kind === 'relasi' && relasi.boxes.find((b) => b.id === 'b_apt')?.ref).toEqual({ kind: 'unit', id: 'u_dinas' });
  });

  it('removes an empty top-level unit', () => {
    const doc = execute(makeFixture(), addUnit, { unit: unit({ id: 'u_empty', nama: 'Kosong', isPerangkatDaerah: true }) }).doc;
    expect(roundTrip(doc, removeUnit, { id: 'u_empty' }).doc.units.u_empty).toBeUndefined();
  });

  it('refuses a top-level unit that still holds positions or sub-units, and an unknown unit', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, removeUnit, { id: 'u_dinas' }))).toBe(
      'Unit teratas «Dinas Komunikasi dan Informatika» masih berisi 1 jabatan dan 3 sub-unit. Pindahkan atau hapus isinya lebih dahulu.',
    );
    expect(refusal(() => execute(doc, removeUnit, { id: 'u_nope' }))).toMatch(/u_nope/);
  });
});

describe('a new document is named after its first unit', () => {
  it('the first unit names a document still called "Dokumen baru"; renaming that unit renames it; undo restores', async () => {
    const { emptyWorkspace, UNTITLED_DOCUMENT } = await import('../../../src/model');
    const doc = emptyWorkspace();
    expect(doc.title).toBe(UNTITLED_DOCUMENT);
    const u = unit({ id: 'u_kominfo', nama: 'Dinas Komunikasi dan Informatika', isPerangkatDaerah: true, tipePd: 'dinas' });
    const added = roundTrip(doc, addUnit, { unit: u });
    expect(added.doc.title).toBe('Dinas Komunikasi dan Informatika');
    const renamed = roundTrip(added.doc, updateUnit, { id: 'u_kominfo', changes: { nama: 'Dinas Kominfo' } });
    expect(renamed.doc.title).toBe('Dinas Kominfo');
    // a second unit, or a document the user named, keeps its title
    const second = execute(added.doc, addUnit, { unit: unit({ id: 'u_b', nama: 'Badan Lain', isPerangkatDaerah: true, tipePd: 'badan' }) });
    expect(second.doc.title).toBe('Dinas Komunikasi dan Informatika');
    const named = execute({ ...doc, title: 'Rancangan SOTK 2027' }, addUnit, { unit: u });
    expect(named.doc.title).toBe('Rancangan SOTK 2027');
    const renamedNamed = execute(named.doc, updateUnit, { id: 'u_kominfo', changes: { nama: 'Dinas Kominfo' } });
    expect(renamedNamed.doc.title).toBe('Rancangan SOTK 2027');
  });
});
