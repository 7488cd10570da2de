// Derived team data (src/model/teams.ts) and the instrument table (DOMAIN §5.1).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  assignmentsOf,
  formatTanggal,
  memberOrigin,
  parseIsoDate,
  PROFILE_IDS,
  restore,
  structureIndex,
  TEAM_SCOPES,
  teamScope,
  teamsAffectedBy,
  type ProfileId,
  type TeamScope,
} from '../../../src/model';
import { INSTRUMENT_REQUIREMENTS, REGULATIONS, requiredInstrument } from '../../../src/rules';
import { bidangTeam, world } from '../rules/tim/helpers';

describe('teamScope (DOMAIN §5)', () => {
  it('is dalam-pd with every member in the owner unit\'s subtree', () => {
    const w = world();
    const t = bidangTeam(w); // members in Bidang A and in Seksi A1 below it
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('dalam-pd');
  });

  it('is lintas-unit with a member from another unit of the same PD', () => {
    const w = world();
    const t = bidangTeam(w);
    w.b.member(t, 'anggota', w.jfB);
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('lintas-unit');
  });

  it('is dalam-pd for a team owned by the PD itself, wherever in the PD its members are', () => {
    const w = world();
    const t = w.b.team('Tim Dinas', w.d.pd);
    w.b.member(t, 'ketua', w.jfB);
    w.b.member(t, 'anggota', w.jfPertama);
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('dalam-pd');
  });

  it('is lintas-pd with a member of another PD, lintas-instansi with a person of another instansi (the widest wins)', () => {
    const w = world();
    const t = bidangTeam(w);
    w.b.member(t, 'anggota', w.jfB);
    w.b.member(t, 'anggota', w.jfK);
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('lintas-pd');
    w.b.external(t, 'anggota', 'Budi', 'Provinsi');
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('lintas-instansi');
  });

  it('ignores members whose position is gone; without an owner it is known only when certain', () => {
    const w = world();
    const t = bidangTeam(w);
    w.b.member(t, 'anggota', 'pos_hilang');
    expect(teamScope(w.b.doc, w.b.doc.teams[t])).toBe('dalam-pd');
    const n = w.b.team('Tanpa Pemilik', null);
    w.b.member(n, 'ketua', w.jfMuda);
    w.b.member(n, 'anggota', w.jfB);
    expect(teamScope(w.b.doc, w.b.doc.teams[n])).toBeNull();
    w.b.member(n, 'anggota', w.jfK);
    expect(teamScope(w.b.doc, w.b.doc.teams[n])).toBe('lintas-pd');
  });

  it('memberOrigin tells owner unit, other unit, other PD, other instansi, or unknown', () => {
    const w = world();
    const t = bidangTeam(w);
    w.b.member(t, 'anggota', w.jfB);
    w.b.member(t, 'anggota', w.jfK);
    w.b.external(t, 'anggota', 'Budi', 'Provinsi');
    w.b.member(t, 'anggota', 'pos_hilang');
    const team = w.b.doc.teams[t];
    const pdOf = structureIndex(w.b.doc).perangkatDaerahOf;
    expect(team.members.map((m) => memberOrigin(w.b.doc, pdOf, team, m))).toEqual([
      'unit-pemilik', 'unit-pemilik', 'unit-pemilik', 'unit-lain', 'pd-lain', 'instansi-lain', null,
    ]);
  });
});

describe('requiredInstrument (DOMAIN §5.1)', () => {
  // profile → scope → "jenis | signatories", transcribed from the table
  const TABLE: Record<ProfileId, Record<TeamScope, string>> = {
    'banjar-39-2024': {
      'dalam-pd': 'surat-tugas | kepala-perangkat-daerah',
      'lintas-unit': 'surat-tugas | kepala-perangkat-daerah',
      'lintas-pd': 'keputusan | sekretaris-daerah',
      'lintas-instansi': 'keputusan | kepala-daerah',
    },
    'palembang-30-2023': {
      'dalam-pd': 'surat-perintah | kepala-perangkat-daerah',
      'lintas-unit': 'surat-perintah | kepala-perangkat-daerah',
      'lintas-pd': 'surat-perintah | sekretaris-daerah',
      'lintas-instansi': 'keputusan | kepala-daerah',
    },
    'serang-23-2023': {
      'dalam-pd': 'keputusan | kepala-perangkat-daerah',
      'lintas-unit': 'keputusan | kepala-perangkat-daerah',
      'lintas-pd': 'keputusan | sekretaris-daerah',
      'lintas-instansi': 'keputusan | ppk',
    },
    nasional: Object.fromEntries(TEAM_SCOPES.map((s) => [s, ' | pejabat-penilai-kinerja pimpinan-unit-organisasi'])) as Record<TeamScope, string>,
    'banjarmasin-147-2023': Object.fromEntries(TEAM_SCOPES.map((s) => [s, ' | pejabat-penilai-kinerja pimpinan-unit-organisasi'])) as Record<TeamScope, string>,
    'padang-panjang-48-2024': Object.fromEntries(TEAM_SCOPES.map((s) => [s, ' | pejabat-penilai-kinerja pimpinan-unit-organisasi'])) as Record<TeamScope, string>,
  };

  it('gives the instrument and signatory of the table for every profile and scope', () => {
    for (const profileId of PROFILE_IDS) {
      for (const scope of TEAM_SCOPES) {
        const r = requiredInstrument(profileId, scope);
        expect(`${r.jenis.join(' ')} | ${r.penandatangan.join(' ')}`, `${profileId} ${scope}`).toBe(TABLE[profileId][scope]);
        expect(r.basis.startsWith(`${REGULATIONS[profileId].short}, `), r.basis).toBe(true);
        expect(INSTRUMENT_REQUIREMENTS[profileId][scope]).toEqual(r);
        expect(r.needsRekomendasiTimVerifikasi).toBe(profileId === 'palembang-30-2023');
      }
    }
  });

  it('names the instrument in words and cites the clause', () => {
    expect(requiredInstrument('banjar-39-2024', 'lintas-instansi')).toMatchObject({
      label: 'Keputusan Bupati',
      basis: 'Perbup Banjar 39/2024, Pasal 14 ayat (1) dan Lampiran bagian IV (format Keputusan Bupati)',
    });
    expect(requiredInstrument('palembang-30-2023', 'lintas-instansi').label).toBe('Keputusan Wali Kota');
    expect(requiredInstrument('serang-23-2023', 'dalam-pd').label).toBe('Keputusan Kepala Unit Organisasi (Kepala Perangkat Daerah)');
    expect(requiredInstrument('nasional', 'lintas-pd').label).toBe('penetapan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi');
  });
});

describe('dates', () => {
  it('reads only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
    for (const bad of ['2026-02-30', '2026-13-01', '23-11-2026', '2026-1-5', '', null]) expect(parseIsoDate(bad)).toBeNull();
    expect(parseIsoDate('2028-02-29')).not.toBeNull();
  });

  it('adds months, clamping to the month\'s end', () => {
    expect(addMonths('2026-01-01', 6)).toBe('2026-07-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(() => addMonths('x', 1)).toThrow(RangeError);
  });

  it('writes dates in Indonesian', () => {
    expect(formatTanggal('2026-11-23')).toBe('23 November 2026');
    expect(formatTanggal('2026-01-01')).toBe('1 Januari 2026');
    expect(formatTanggal('2026-08-17')).toBe('17 Agustus 2026');
    expect(formatTanggal('kemarin')).toBe('kemarin');
  });
});

describe('assignmentsOf and teamsAffectedBy', () => {
  it('lists a position\'s assignments by team name, optionally those current on a day', () => {
    const w = world();
    const a = w.b.team('Tim B', w.d.bidangA, { mulai: '2026-01-01', selesai: '2026-03-31' });
    w.b.member(a, 'ketua', w.jfMuda);
    const b = w.b.team('Tim A', w.d.bidangA, { mulai: '2026-03-01', selesai: '2026-12-31' });
    w.b.member(b, 'anggota', w.jfMuda, { cara: 'pengajuan-sukarela', mulai: '2026-06-01' });
    const all = assignmentsOf(w.b.doc, w.jfMuda);
    expect(all.map((x) => [x.team.nama, x.role, x.cara, x.period])).toEqual([
      ['Tim A', 'anggota', 'pengajuan-sukarela', { mulai: '2026-06-01', selesai: '2026-12-31' }],
      ['Tim B', 'ketua', 'penunjukan', { mulai: '2026-01-01', selesai: '2026-03-31' }],
    ]);
    expect(assignmentsOf(w.b.doc, w.jfMuda, '2026-03-15').map((x) => x.team.nama)).toEqual(['Tim B']);
    expect(assignmentsOf(w.b.doc, w.jfMuda, '2026-07-01').map((x) => x.team.nama)).toEqual(['Tim A']);
    expect(assignmentsOf(w.b.doc, w.jfK)).toEqual([]);
  });

  it('names the teams, members and fields that refer to given positions', () => {
    const w = world();
    const t = bidangTeam(w);
    const u = w.b.team('Tim Lain', w.d.bidangB, { penilaiKinerjaId: w.d.kabidB });
    w.b.member(u, 'ketua', w.jfB);
    const hit = teamsAffectedBy(w.b.doc, [w.jfPertama, w.d.kabidA, w.d.kabidB]);
    expect(hit.map((h) => [h.team.id, h.memberIds, h.fields])).toEqual([
      [t, [`${t}_m2`], ['pimpinanUnitId', 'penilaiKinerjaId']],
      [u, [], ['penilaiKinerjaId']],
    ]);
    expect(teamsAffectedBy(w.b.doc, [])).toEqual([]);
  });
});

describe('schema', () => {
  it('opens a version-2 team written before the Tim Kerja fields existed, filling the new ones', () => {
    const { doc, notices } = restore({
      format: 'petakerja',
      version: 2,
      id: 'doc_lama',
      units: { u1: { id: 'u1', nama: 'Dinas', isPerangkatDaerah: true, tipePd: 'dinas' } },
      positions: { p1: { id: 'p1', nama: 'JF', kind: 'fungsional', jenjang: 'ahli-muda', unitId: 'u1' } },
      teams: {
        t1: {
          id: 't1',
          nama: 'Tim Lama',
          members: [
            { id: 'm1', role: 'ketua', positionId: 'p1' },
            { id: 'm2', role: 'anggota', external: { nama: 'Budi', instansi: 'Provinsi', jabatan: '' } },
          ],
          instrument: { jenis: 'SK Kepala Dinas', nomor: '1', tanggal: null },
        },
      },
    });
    expect(notices).toEqual([]);
    const t = doc.teams.t1;
    expect(t.instrument).toEqual({ jenis: 'SK Kepala Dinas', nomor: '1', tanggal: null, penandatangan: '' });
    expect(t.members[1].external).toEqual({ nama: 'Budi', instansi: 'Provinsi', jabatan: '', nip: '' });
    expect(t.rekomendasiTimVerifikasi).toBeNull();
    expect(t.rincianTugas).toEqual({ penanggungjawab: [], ketua: [], anggota: [] });
  });
});
