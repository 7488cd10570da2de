// Builders for the TIM rule tests: the KED DocBuilder plus teams, members and holder data, a small two-PD world,
// and the DOMAIN.md §5 severity table transcribed by hand (so the rules' tables are checked against the contract).
import type { PemangkuData, ProfileId, Team, TeamMember, TeamRole } from '../../../../src/model';
import type { Finding, Rule, Severity } from '../../../../src/rules';
import { requiredInstrument } from '../../../../src/rules';
import { teamScope } from '../../../../src/model';
import { DocBuilder, dinas } from '../helpers/build';
import { PROFILE_ORDER } from '../helpers/table';
import { verifyRule, type InvalidCase } from '../helpers/verifyRule';

export { PROFILE_ORDER };

/** DOMAIN.md §5, columns N, BJM, PLG, PP, BJR, SRG; for "I/E" the ceiling (E) is what the rule is configured with. */
export const TIM_TABLE: Record<string, string> = {
  'TIM-01': 'E E E E E E',
  'TIM-02': 'W W W W E W',
  'TIM-03': 'W – E E E E',
  'TIM-04': 'W – W W W E',
  'TIM-05': '– – E – E E',
  'TIM-06': 'W W E W W E',
  'TIM-07': '– – – – E –',
  'TIM-08': 'I I W I W W',
  'TIM-09': 'E E E E E E',
  'TIM-10': 'W E W W E W',
  'TIM-11': 'I/E I/E I/E I/E I/E I/E',
};

const LETTER: Record<string, Severity | 'off'> = { E: 'error', W: 'warning', I: 'info', '–': 'off' };

/** The configured severity: the cell's letter, or the higher of "I/E" (the rule's ceiling). */
export function timSeverity(ruleId: string, profile: ProfileId): Severity | 'off' {
  const cell = TIM_TABLE[ruleId].split(' ')[PROFILE_ORDER.indexOf(profile)];
  const parts = cell.split('/');
  return LETTER[parts[parts.length - 1]];
}

/** A person's data with the kelas of the jabatan they hold, as the TIM criteria read them. */
export type Holder = PemangkuData & { kelasJabatan: number | null };

export const GOOD_HOLDER: Holder = {
  nama: 'Rina Wulandari',
  nip: '198501012010012001',
  pendidikan: 'S1',
  golongan: 'III/c',
  kelasJabatan: 8,
  predikatKinerja: 'baik',
  pengalamanTahun: 8,
};

export class TeamDocBuilder extends DocBuilder {
  private teamCounter = 0;

  team(nama: string, ownerUnitId: string | null, fields: Partial<Omit<Team, 'id' | 'nama' | 'ownerUnitId'>> & { id?: string } = {}): string {
    this.teamCounter++;
    const id = fields.id ?? `t${this.teamCounter}`;
    this.doc.teams[id] = {
      id,
      nama,
      targetKinerja: 'Target kinerja uji',
      ownerUnitId,
      pimpinanUnitId: null,
      penilaiKinerjaId: null,
      penanggungjawabId: null,
      members: [],
      mulai: '2026-01-01',
      selesai: '2026-06-30',
      instrument: null,
      rekomendasiTimVerifikasi: null,
      rincianTugas: { penanggungjawab: [], ketua: [], anggota: [] },
      ...fields,
    };
    return id;
  }

  member(teamId: string, role: TeamRole, positionId: string, fields: Partial<TeamMember> = {}): string {
    const team = this.doc.teams[teamId];
    const id = fields.id ?? `${teamId}_m${team.members.length + 1}`;
    team.members.push({ id, role, positionId, personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null, ...fields });
    return id;
  }

  external(teamId: string, role: TeamRole, nama: string, instansi: string, fields: Partial<TeamMember> = {}): string {
    const team = this.doc.teams[teamId];
    const id = fields.id ?? `${teamId}_m${team.members.length + 1}`;
    team.members.push({
      id,
      role,
      positionId: null,
      personId: null,
      external: { nama, instansi, jabatan: 'Pranata Komputer Ahli Muda', nip: '' },
      cara: 'penunjukan',
      mulai: null,
      selesai: null,
      ...fields,
    });
    return id;
  }

  holder(positionId: string, holder: Partial<Holder> | null): this {
    const p = this.doc.positions[positionId];
    if (holder === null) {
      p.pemangku = [];
      p.kelasJabatan = null;
    } else {
      const { kelasJabatan, ...person } = { ...GOOD_HOLDER, ...holder };
      p.pemangku = [{ id: `${positionId}-pemangku-1`, ...person }];
      p.kelasJabatan = kelasJabatan;
    }
    return this;
  }

  /** Declare the instrument the profile requires for the team's current scope (and Palembang's recommendation). */
  declareRequired(teamId: string, profile: ProfileId = this.doc.profileId): this {
    const team = this.doc.teams[teamId];
    const scope = teamScope(this.doc, team);
    if (scope === null) throw new Error('team scope unknown');
    const need = requiredInstrument(profile, scope);
    team.instrument = {
      jenis: need.jenis[0] ?? 'surat-tugas',
      penandatangan: need.penandatangan[0],
      nomor: '800/12/2026',
      tanggal: '2025-12-20',
    };
    team.rekomendasiTimVerifikasi = { nomor: '100/TV/2025', tanggal: '2025-12-15' };
    return this;
  }
}

/**
 * Two Perangkat Daerah of one Pemda. Dinas Kominfo (`d`): Kepala (JPT) → Kepala Bidang A (with Seksi A1 and its
 * Kepala Seksi) and Kepala Bidang B; staff in Bidang A, Seksi A1 and Bidang B. Badan Keuangan (`k`): the same
 * skeleton with one JF. Every staff position has a holder meeting all criteria.
 */
export function world(profile: ProfileId = 'nasional') {
  const b = new TeamDocBuilder(profile);
  const d = dinas(b);
  const jfMuda = b.jf('ahli-muda', 'Pranata Komputer Ahli Muda', d.bidangA, d.kabidA);
  const jfPertama = b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi);
  const pelaksana = b.pos('pelaksana', 'Pengelola Data', d.seksi, d.kasi);
  const jfB = b.jf('ahli-pertama', 'Statistisi Ahli Pertama', d.bidangB, d.kabidB);
  const pelB = b.pos('pelaksana', 'Pengadministrasi Perkantoran', d.bidangB, d.kabidB);
  const k = dinas(b, 'badan', 'Badan Keuangan');
  const jfK = b.jf('ahli-pertama', 'Analis Keuangan Ahli Pertama', k.bidangA, k.kabidA);
  for (const id of [jfMuda, jfPertama, pelaksana, jfB, pelB, jfK]) b.holder(id, {});
  return { b, d, k, jfMuda, jfPertama, pelaksana, jfB, pelB, jfK };
}

export type World = ReturnType<typeof world>;

/** A team of Bidang A: Ketua the JF Ahli Muda, Anggota the JF Ahli Pertama and the Pelaksana of Seksi A1. */
export function bidangTeam(w: World, nama = 'Tim Aplikasi Layanan'): string {
  const t = w.b.team(nama, w.d.bidangA, {
    pimpinanUnitId: w.d.kabidA,
    penilaiKinerjaId: w.d.kabidA,
    penanggungjawabId: w.d.kepala,
  });
  w.b.member(t, 'ketua', w.jfMuda);
  w.b.member(t, 'anggota', w.jfPertama);
  w.b.member(t, 'anggota', w.pelaksana);
  return t;
}

export interface TimCase {
  doc: InvalidCase['doc'];
  expect: Partial<Finding>[];
  name?: string;
}

/**
 * verifyRule for the given profiles with the table's severity for expectations that give none; where the table
 * says off, every case must give nothing.
 */
export function acrossTim(rule: Rule, cases: { valid: InvalidCase['doc'][]; invalid: TimCase[] }, profiles: ProfileId[] = PROFILE_ORDER): void {
  for (const profile of profiles) {
    const severity = timSeverity(rule.id, profile);
    if (severity === 'off') {
      verifyRule(rule, { profile, valid: [...cases.valid, ...cases.invalid.map((c) => c.doc)], invalid: [] });
    } else {
      verifyRule(rule, {
        profile,
        valid: cases.valid,
        invalid: cases.invalid.map((c) => ({ ...c, expect: c.expect.map((e) => ({ severity, ...e })) })),
      });
    }
  }
}
