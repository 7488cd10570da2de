import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { describeChanges, describeCounts, newMap, versionChanges, versionCounts } from '../../../src/model';
import { makeFixture } from '../commands/fixture';

describe('version summary', () => {
  it('counts jabatan, teams and maps of a version', () => {
    const doc = makeFixture();
    const n = versionCounts(doc);
    expect(n.tim).toBe(1);
    expect(n.peta).toBe(1);
    expect(describeCounts(n)).toBe(`${Object.keys(doc.positions).length} jabatan · 1 tim · 1 peta`);
  });

  it('names the teams and maps that changed and counts the jabatan', () => {
    const older = makeFixture();
    const newer = produce(older, (d) => {
      d.positions.p_kadis!.nama = 'Kepala Dinas Kominfo';
      delete d.positions.p_pranata_humas;
      d.teams.t_sip!.nama = 'Tim SIP';
      d.maps.m_lf = newMap(d, { id: 'm_lf', kind: 'lintas-fungsi', title: 'SOP Perizinan' });
      delete d.maps.m_ikp;
    });
    expect(describeChanges(versionChanges(older, newer))).toStrictEqual([
      'jabatan −1, 1 diubah',
      'tim diubah «Tim SIP»',
      'peta baru «SOP Perizinan»',
      'peta dihapus «Peta Relasi Bidang IKP»',
    ]);
  });

  it('says nothing when only what the summary does not cover differs (the title)', () => {
    const older = makeFixture();
    const newer = produce(older, (d) => {
      d.title = 'Judul baru';
    });
    expect(describeChanges(versionChanges(older, newer))).toStrictEqual([]);
  });

  it('shortens long name lists', () => {
    const older = makeFixture();
    const newer = produce(older, (d) => {
      for (const i of [1, 2, 3, 4, 5]) d.maps[`m${i}`] = newMap(d, { id: `m${i}`, kind: 'relasi', title: `Peta ${i}` });
    });
    expect(describeChanges(versionChanges(older, newer))).toStrictEqual(['peta baru «Peta 1», «Peta 2», «Peta 3» dan 2 lainnya']);
  });
});
