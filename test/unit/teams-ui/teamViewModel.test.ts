// Pure helpers of the Tim Kerja view (src/ui/teams/teamViewModel.ts).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { teamsAffectedBy, TeamSchema, type Team, type Workspace } from '../../../src/model';
import { instrumentVerdict, requiredInstrument } from '../../../src/rules/tim/instrument';
import type { Finding } from '../../../src/rules/types';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import {
  assignmentState,
  describeAffected,
  findingsByTeam,
  findingsOfTeam,
  highlightRoles,
  instrumentStatus,
  listTeams,
  newTeamName,
  searchPositions,
  sortedTeams,
  teamLinePath,
  teamLines,
  todayIso,
} from '../../../src/editor/teamViewModel';

function team(input: Omit<z.input<typeof TeamSchema>, 'nama'> & { nama?: string }): Team {
  return TeamSchema.parse({ nama: input.id, ...input });
}

const ketua = { id: 'm1', role: 'ketua' as const, positionId: 'jab_1_3_1' };
const anggota = { id: 'm2', role: 'anggota' as const, positionId: 'jab_1_3_4' };
const luar = { id: 'm3', role: 'anggota' as const, positionId: null, personId: null, external: { nama: 'Siti', instansi: 'BPS', jabatan: '', nip: '' } };

function finding(severity: Finding['severity'], subjects: string[], ruleId = 'TIM-01'): Finding {
  return { ruleId, severity, subjects, message: ruleId, citation: '' };
}

describe('findings per team', () => {
  const teams = { t1: team({ id: 't1' }), t2: team({ id: 't2' }) };
  const findings = [
    finding('info', ['t1']),
    finding('error', ['jab_1', 't1', 't1']),
    finding('warning', ['t2', 'jab_2']),
    finding('error', ['jab_3']),
    finding('warning', ['t9']),
  ];

  it('counts each finding once per team it names, with the worst severity, and ignores other subjects', () => {
    const by = findingsByTeam(findings, teams);
    expect(by.get('t1')).toEqual({ count: 2, worst: 'error' });
    expect(by.get('t2')).toEqual({ count: 1, worst: 'warning' });
    expect(by.has('t9')).toBe(false);
    expect(by.has('jab_1')).toBe(false);
  });

  it('lists the findings of one team in order', () => {
    expect(findingsOfTeam(findings, 't1').map((f) => f.severity)).toEqual(['info', 'error']);
    expect(findingsOfTeam(findings, 'tX')).toEqual([]);
  });
});

describe('searchPositions', () => {
  const { positions } = createDinasContoh();

  it('finds by kode prefix, in kode order (1.3.10 after 1.3.1)', () => {
    expect(searchPositions(positions, '1.3.1').map((p) => p.kode)).toEqual(['1.3.1', '1.3.10']);
  });

  it('finds by nama and by the holder name, ignoring case', () => {
    expect(searchPositions(positions, 'statistisi ahli muda').map((p) => p.kode)).toEqual(['1.4.1']);
    expect(searchPositions(positions, 'TAUFIK').map((p) => p.kode)).toEqual(['1.3.1']);
  });

  it('leaves out excluded positions, keeps to the limit, and finds nothing for an empty query', () => {
    expect(searchPositions(positions, 'pranata komputer', { exclude: new Set(['jab_1_3_1']) }).map((p) => p.kode)).not.toContain('1.3.1');
    expect(searchPositions(positions, 'pranata', { limit: 3 })).toHaveLength(3);
    expect(searchPositions(positions, '   ')).toEqual([]);
  });
});

describe('the active team on the structure', () => {
  it('gives each position its part; a member role wins over the Penanggungjawab field', () => {
    const t = team({ id: 't', penanggungjawabId: 'jab_1', members: [ketua, anggota, luar] });
    expect([...highlightRoles(t)]).toEqual([
      ['jab_1', 'penanggungjawab'],
      ['jab_1_3_1', 'ketua'],
      ['jab_1_3_4', 'anggota'],
    ]);
    const both = team({ id: 't', penanggungjawabId: 'jab_1_3_4', members: [anggota] });
    expect(highlightRoles(both).get('jab_1_3_4')).toBe('anggota');
    expect(highlightRoles(undefined).size).toBe(0);
  });

  it('draws lines from the one leader to every other member that is a position', () => {
    expect(teamLines(team({ id: 't', members: [anggota, ketua, luar] }))).toEqual([{ from: 'jab_1_3_1', to: 'jab_1_3_4' }]);
  });

  it('draws no lines without a leader, with two, or when the leader is a person of another instansi', () => {
    expect(teamLines(team({ id: 't', members: [anggota] }))).toEqual([]);
    expect(teamLines(team({ id: 't', members: [ketua, { ...anggota, role: 'koordinator' }] }))).toEqual([]);
    expect(teamLines(team({ id: 't', members: [{ ...luar, role: 'ketua' }, anggota] }))).toEqual([]);
  });

  it('routes a line beside a shared column and straight between columns', () => {
    const a = { x: 0, y: 0, width: 210, height: 54 };
    expect(teamLinePath(a, { x: 0, y: 124, width: 210, height: 54 })).toMatch(/^M210,27 C\d+/);
    expect(teamLinePath(a, { x: 600, y: 0, width: 220, height: 76 })).toBe('M105,27 L710,38');
  });
});

describe('which teams an edit touches', () => {
  it('names each team with the roles and fields of the positions', () => {
    const doc = {
      teams: {
        b: team({ id: 'b', nama: 'Tim B', members: [anggota] }),
        a: team({ id: 'a', nama: 'Tim A', penanggungjawabId: 'jab_1_3_1', members: [ketua] }),
        c: team({ id: 'c', nama: 'Tim C', members: [luar] }),
      },
    } satisfies Pick<Workspace, 'teams'>;
    const text = describeAffected(teamsAffectedBy(doc, ['jab_1_3_1', 'jab_1_3_4']));
    expect(text).toEqual(['«Tim A» (Ketua; Penanggungjawab)', '«Tim B» (Anggota)']);
  });

  it('lists few teams in full and many with a count', () => {
    expect(listTeams(['A'])).toBe('A');
    expect(listTeams(['A', 'B', 'C'])).toBe('A, B dan C');
    expect(listTeams(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C dan 2 tim lainnya');
  });
});

describe('new teams and the list', () => {
  it('numbers a new name that is taken', () => {
    expect(newTeamName({})).toBe('Tim Kerja baru');
    const teams = { a: team({ id: 'a', nama: 'Tim Kerja baru' }), b: team({ id: 'b', nama: 'tim kerja baru 2' }) };
    expect(newTeamName(teams)).toBe('Tim Kerja baru 3');
  });

  it('sorts teams by name', () => {
    const teams = { x: team({ id: 'x', nama: 'Tim Zeta' }), y: team({ id: 'y', nama: 'Tim Alfa' }) };
    expect(sortedTeams({ teams }).map((t) => t.nama)).toEqual(['Tim Alfa', 'Tim Zeta']);
  });
});

describe('instrumentStatus', () => {
  const lintasPd = requiredInstrument('banjar-39-2024', 'lintas-pd');
  const inst = (jenis: string, penandatangan: string) => ({ jenis, penandatangan, nomor: '', tanggal: null });

  it('compares the declared instrument with the required one as TIM-08 does', () => {
    expect(instrumentStatus(lintasPd, null)).toBe('belum-dicatat');
    expect(instrumentStatus(lintasPd, inst('keputusan', 'sekretaris-daerah'))).toBe('sesuai');
    expect(instrumentStatus(lintasPd, inst('surat-tugas', 'kepala-perangkat-daerah'))).toBe('tidak-sesuai');
    expect(instrumentStatus(lintasPd, inst('keputusan', ''))).toBe('belum-lengkap');
    expect(instrumentStatus(lintasPd, inst('keputusan', 'bupati'))).toBe('tidak-sesuai');
  });

  it('accepts any kind where the profile names none (nasional)', () => {
    const nasional = requiredInstrument('nasional', 'lintas-unit');
    expect(instrumentStatus(nasional, inst('surat-perintah', 'pimpinan-unit-organisasi'))).toBe('sesuai');
    expect(instrumentStatus(nasional, inst('surat-tugas', 'sekretaris-daerah'))).toBe('tidak-sesuai');
  });
});

describe('assignments', () => {
  it('tells whether an assignment runs on a day; a missing bound is open', () => {
    expect(assignmentState({ mulai: '2026-01-01', selesai: '2026-06-30' }, '2026-03-01')).toBe('aktif');
    expect(assignmentState({ mulai: '2026-01-01', selesai: '2026-06-30' }, '2025-12-31')).toBe('belum-mulai');
    expect(assignmentState({ mulai: '2026-01-01', selesai: '2026-06-30' }, '2026-07-01')).toBe('selesai');
    expect(assignmentState({ mulai: null, selesai: null }, '2030-01-01')).toBe('aktif');
  });

  it('writes today as YYYY-MM-DD in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('instrumentVerdict (rules/tim: the one reading of TIM-08 and the team editor)', () => {
  const lintasPd = requiredInstrument('banjar-39-2024', 'lintas-pd');
  it('names text that is not a known code and counts it as not matching', () => {
    const v = instrumentVerdict(lintasPd, { jenis: 'memo', penandatangan: 'sekretaris-daerah' });
    expect(v.status).toBe('tidak-sesuai');
    expect(v.unknown).toEqual(['jenis instrumen «memo» tidak dikenali']);
  });
  it('a matching instrument is sesuai with nothing unknown', () => {
    expect(instrumentVerdict(lintasPd, { jenis: ' keputusan ', penandatangan: 'sekretaris-daerah' })).toEqual({ status: 'sesuai', jenis: 'keputusan', penandatangan: 'sekretaris-daerah', unknown: [] });
  });
});
