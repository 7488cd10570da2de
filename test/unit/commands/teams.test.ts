// Team commands (Tim Kerja): execute → undo → redo for each, labels, and refusals.
import { describe, expect, it } from 'vitest';
import {
  addTeamMember,
  createTeam,
  deleteTeam,
  deletePositions,
  duplicateTeam,
  execute,
  planDuplicateTeam,
  removeTeamMember,
  setTeamKetua,
  updateTeam,
  updateTeamMember,
} from '../../../src/commands';
import { teamsAffectedBy } from '../../../src/model';
import { makeFixture, refusal, roundTrip } from './fixture';

describe('team.create', () => {
  it('creates a team with defaults for what is left out; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, createTeam, {
      team: {
        id: 't_humas',
        nama: 'Tim Publikasi',
        ownerUnitId: 'u_ikp',
        members: [{ id: 'a', role: 'ketua', positionId: 'p_pranata_humas' }],
        mulai: '2026-01-01',
        selesai: '2026-06-30',
      },
    });
    const t = done.doc.teams.t_humas;
    expect(t.members[0]).toEqual({ id: 'a', role: 'ketua', positionId: 'p_pranata_humas', personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null });
    expect(t.instrument).toBeNull();
    expect(t.rincianTugas).toEqual({ penanggungjawab: [], ketua: [], anggota: [] });
    expect(done.label).toBe('Buat tim «Tim Publikasi»');
  });

  it('refuses a used id, a missing unit or position, two leaders, one position twice, bad dates and codes', () => {
    const doc = makeFixture();
    const base = { id: 't_x', nama: 'Tim X' };
    expect(refusal(() => execute(doc, createTeam, { team: { ...base, id: 't_sip' } }))).toMatch(/sudah dipakai/);
    expect(refusal(() => execute(doc, createTeam, { team: { ...base, ownerUnitId: 'u_nope' } }))).toMatch(/u_nope/);
    expect(refusal(() => execute(doc, createTeam, { team: { ...base, penilaiKinerjaId: 'p_nope' } }))).toMatch(
      /Pejabat Penilai Kinerja: jabatan dengan id «p_nope»/,
    );
    expect(
      refusal(() =>
        execute(doc, createTeam, {
          team: { ...base, members: [{ id: 'a', role: 'ketua', positionId: 'p_teknisi' }, { id: 'b', role: 'koordinator', positionId: 'p_analis' }] },
        }),
      ),
    ).toMatch(/hanya dapat memiliki satu Ketua atau Koordinator/);
    expect(
      refusal(() =>
        execute(doc, createTeam, {
          team: { ...base, members: [{ id: 'a', role: 'anggota', positionId: 'p_teknisi' }, { id: 'b', role: 'anggota', positionId: 'p_teknisi' }] },
        }),
      ),
    ).toBe('«Teknisi Jaringan» sudah menjadi anggota Tim «Tim X».');
    expect(refusal(() => execute(doc, createTeam, { team: { ...base, selesai: '30/06/2026' } }))).toMatch(/TTTT-BB-HH/);
    expect(
      refusal(() => execute(doc, createTeam, { team: { ...base, instrument: { jenis: 'SK', nomor: '', tanggal: null, penandatangan: '' } } })),
    ).toMatch(/Jenis instrumen «SK» tidak dikenal/);
    expect(refusal(() => execute(doc, createTeam, { team: { ...base, nama: '  ' } }))).toMatch(/Nama tim belum diisi/);
  });
});

describe('team.update', () => {
  it('changes fields, one label per field; undo and redo', () => {
    const doc = makeFixture();
    const renamed = roundTrip(doc, updateTeam, { id: 't_sip', changes: { nama: 'Tim SIP' } });
    expect(renamed.label).toBe('Ubah nama tim «Tim Sistem Informasi Pelayanan» menjadi «Tim SIP»');
    const inst = roundTrip(doc, updateTeam, {
      id: 't_sip',
      changes: { instrument: { jenis: 'surat-tugas', penandatangan: 'kepala-perangkat-daerah', nomor: '800/1/2026', tanggal: '2026-01-02' } },
    });
    expect(inst.doc.teams.t_sip.instrument?.nomor).toBe('800/1/2026');
    expect(inst.label).toBe('Ubah instrumen penetapan tim «Tim Sistem Informasi Pelayanan»');
    const period = roundTrip(doc, updateTeam, { id: 't_sip', changes: { mulai: '2026-01-01', selesai: '2026-12-31', ownerUnitId: 'u_dinas' } });
    expect(period.label).toBe('Ubah tim «Tim Sistem Informasi Pelayanan»');
    expect(period.doc.teams.t_sip.members).toBe(doc.teams.t_sip.members);
  });

  it('records nothing for the same value, and refuses a missing position or a bad date', () => {
    const doc = makeFixture();
    expect(execute(doc, updateTeam, { id: 't_sip', changes: { nama: doc.teams.t_sip.nama } }).patches).toEqual([]);
    expect(refusal(() => execute(doc, updateTeam, { id: 't_sip', changes: { penanggungjawabId: 'p_nope' } }))).toMatch(/p_nope/);
    expect(refusal(() => execute(doc, updateTeam, { id: 't_sip', changes: { mulai: '2026-13-01' } }))).toMatch(/tidak sah/);
    expect(refusal(() => execute(doc, updateTeam, { id: 't_nope', changes: { nama: 'x' } }))).toMatch(/t_nope/);
  });
});

describe('team.delete and team.duplicate', () => {
  it('deletes a team; undo and redo', () => {
    const done = roundTrip(makeFixture(), deleteTeam, { id: 't_sip' });
    expect(done.doc.teams.t_sip).toBeUndefined();
    expect(done.label).toBe('Hapus tim «Tim Sistem Informasi Pelayanan»');
    expect(refusal(() => execute(makeFixture(), deleteTeam, { id: 't_nope' }))).toMatch(/t_nope/);
  });

  it('duplicates a team with fresh member ids and without the instrument; undo and redo', () => {
    const doc = execute(makeFixture(), updateTeam, {
      id: 't_sip',
      changes: { instrument: { jenis: 'surat-tugas', penandatangan: 'kepala-perangkat-daerah', nomor: '1', tanggal: null } },
    }).doc;
    const args = { id: 't_sip', newTeamId: 't_copy', memberIdFor: (_: string, i: number) => `c${i}` };
    const done = roundTrip(doc, duplicateTeam, args);
    const copy = done.doc.teams.t_copy;
    expect(copy.nama).toBe('Tim Sistem Informasi Pelayanan (salinan)');
    expect(copy.members.map((m) => m.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(copy.members.map((m) => m.positionId)).toEqual(doc.teams.t_sip.members.map((m) => m.positionId));
    expect(copy.instrument).toBeNull();
    expect(copy.members[3].external).not.toBe(doc.teams.t_sip.members[3].external);
    expect(done.label).toBe('Gandakan tim «Tim Sistem Informasi Pelayanan»');
    expect(planDuplicateTeam(doc, { id: 't_sip' }).id).toMatch(/^team_/);
    expect(refusal(() => execute(doc, duplicateTeam, { id: 't_sip', newTeamId: 't_sip' }))).toMatch(/sudah dipakai/);
  });
});

describe('team members', () => {
  it('adds a position and a person of another instansi; undo and redo', () => {
    const doc = makeFixture();
    const pos = roundTrip(doc, addTeamMember, { teamId: 't_sip', member: { id: 'm5', role: 'anggota', positionId: 'p_teknisi', cara: 'pengajuan-sukarela' } });
    expect(pos.doc.teams.t_sip.members.at(-1)).toMatchObject({ id: 'm5', positionId: 'p_teknisi', cara: 'pengajuan-sukarela' });
    expect(pos.label).toBe('Tambah «Teknisi Jaringan» sebagai Anggota Tim «Tim Sistem Informasi Pelayanan»');
    const ext = roundTrip(doc, addTeamMember, {
      teamId: 't_sip',
      member: { role: 'anggota', external: { nama: 'Siti Aminah', instansi: 'BPS Kota', jabatan: 'Statistisi Ahli Muda' } },
    });
    const added = ext.doc.teams.t_sip.members.at(-1)!;
    expect(added.id).toMatch(/^mbr_/);
    expect(added.external).toEqual({ nama: 'Siti Aminah', instansi: 'BPS Kota', jabatan: 'Statistisi Ahli Muda', nip: '' });
  });

  it('refuses a second Ketua, a position already in the team, a member naming nobody or both, an unknown team', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, addTeamMember, { teamId: 't_sip', member: { role: 'ketua', positionId: 'p_teknisi' } }))).toMatch(
      /gunakan «Jadikan Ketua»/,
    );
    expect(refusal(() => execute(doc, addTeamMember, { teamId: 't_sip', member: { role: 'anggota', positionId: 'p_pranata_pertama' } }))).toBe(
      '«Pranata Komputer Ahli Pertama» sudah menjadi anggota Tim «Tim Sistem Informasi Pelayanan».',
    );
    expect(refusal(() => execute(doc, addTeamMember, { teamId: 't_sip', member: { role: 'anggota' } }))).toMatch(/Pilih jabatan/);
    expect(
      refusal(() =>
        execute(doc, addTeamMember, {
          teamId: 't_sip',
          member: { role: 'anggota', positionId: 'p_teknisi', personId: null, external: { nama: 'X', instansi: 'Y' } },
        }),
      ),
    ).toMatch(/tidak keduanya/);
    expect(refusal(() => execute(doc, addTeamMember, { teamId: 't_sip', member: { role: 'anggota', external: { nama: 'X', instansi: '' } } }))).toMatch(
      /Instansi «X» belum diisi/,
    );
    expect(refusal(() => execute(doc, addTeamMember, { teamId: 't_nope', member: { role: 'anggota', positionId: 'p_teknisi' } }))).toMatch(/t_nope/);
  });

  it('updates role, cara and period of a member; undo and redo', () => {
    const doc = makeFixture();
    const cara = roundTrip(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm3', changes: { cara: 'pengajuan-sukarela' } });
    expect(cara.label).toBe('Ubah cara penugasan «Pranata Hubungan Masyarakat Ahli Pertama» dalam Tim «Tim Sistem Informasi Pelayanan»');
    const period = roundTrip(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm2', changes: { mulai: '2026-02-01', selesai: '2026-05-31' } });
    expect(period.doc.teams.t_sip.members[1]).toMatchObject({ mulai: '2026-02-01', selesai: '2026-05-31' });
    const demoted = roundTrip(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm1', changes: { role: 'anggota' } });
    expect(demoted.doc.teams.t_sip.members[0].role).toBe('anggota');
    expect(execute(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm2', changes: { cara: 'penunjukan' } }).patches).toEqual([]);
  });

  it('refuses a second leader through an update, an unknown member, a bad date', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm2', changes: { role: 'koordinator' } }))).toMatch(
      /satu Ketua atau Koordinator/,
    );
    expect(refusal(() => execute(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm9', changes: { cara: 'penunjukan' } }))).toMatch(/m9/);
    expect(refusal(() => execute(doc, updateTeamMember, { teamId: 't_sip', memberId: 'm2', changes: { selesai: 'besok' } }))).toMatch(/besok/);
  });

  it('removes a member; undo and redo', () => {
    const done = roundTrip(makeFixture(), removeTeamMember, { teamId: 't_sip', memberId: 'm4' });
    expect(done.doc.teams.t_sip.members.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(done.label).toBe('Keluarkan «Budi» dari Tim «Tim Sistem Informasi Pelayanan»');
    expect(refusal(() => execute(makeFixture(), removeTeamMember, { teamId: 't_sip', memberId: 'm9' }))).toMatch(/m9/);
  });

  it('sets the Ketua: the former Ketua becomes an Anggota, one leader at a time; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, setTeamKetua, { teamId: 't_sip', memberId: 'm2' });
    expect(done.doc.teams.t_sip.members.map((m) => m.role)).toEqual(['anggota', 'ketua', 'anggota', 'anggota']);
    expect(done.label).toBe('Jadikan «Pranata Komputer Ahli Pertama» Ketua Tim «Tim Sistem Informasi Pelayanan»');
    const koord = roundTrip(done.doc, setTeamKetua, { teamId: 't_sip', memberId: 'm2', role: 'koordinator' });
    expect(koord.doc.teams.t_sip.members.map((m) => m.role)).toEqual(['anggota', 'koordinator', 'anggota', 'anggota']);
    expect(execute(doc, setTeamKetua, { teamId: 't_sip', memberId: 'm1' }).patches).toEqual([]);
    expect(refusal(() => execute(doc, setTeamKetua, { teamId: 't_sip', memberId: 'm9' }))).toMatch(/m9/);
  });
});

describe('deleting positions named by a team', () => {
  it('teamsAffectedBy tells which teams lose what; deletePositions then clears exactly that', () => {
    const doc = makeFixture();
    const affected = teamsAffectedBy(doc, ['p_kabid_aptika', 'p_pranata_muda']);
    expect(affected.map((a) => [a.team.id, a.memberIds, a.fields])).toEqual([['t_sip', ['m1'], ['pimpinanUnitId', 'penilaiKinerjaId']]]);
    const done = execute(doc, deletePositions, { ids: ['p_kabid_aptika', 'p_pranata_muda'], dependants: 'reattach' }).doc;
    expect(done.teams.t_sip.members.map((m) => m.id)).toEqual(['m2', 'm3', 'm4']);
    expect(done.teams.t_sip.pimpinanUnitId).toBeNull();
    expect(teamsAffectedBy(doc, ['p_kaban'])).toEqual([]);
  });
});
