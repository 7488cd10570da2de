// TIM-06: Koordinator instead of Ketua. Serang: only in the Perangkat Daerah for penanaman modal (DPMPTSP), held by
// an Administrator, Pengawas or JF of at least Ahli Muda, pendidikan S1, golongan III/d (Pasal 8(4)b, 8(5)).
// Palembang: only where the owner unit is led by a JPT Pratama, held by a JF of at least Ahli Muda, pendidikan S1,
// kinerja baik (Pasal 11(2), (4), (7)). Elsewhere a Koordinator is not provided for (Banjarmasin Pasal 23 revokes
// the sub koordinator). Where the team may not have one at all, the team is at fault (team first); where the holder
// or its position does not qualify, the member is (position first). Readings: Palembang 11(7)d "jenjang ... minimal
// ahli muda dan/atau memiliki pengalaman kerja setara jabatan pengawas" — the experience cannot be judged from
// the data, so the jenjang is what is checked (DOMAIN §5); Serang Pasal 1 angka 18 defines a Koordinator as a JF
// Ahli Madya, but Pasal 8(4)b, the operative clause, admits Administrator/Pengawas/JF Ahli Muda: 8(4)b is applied.
import { POSITION_KIND_LABELS, type Jenjang, type Position, type ProfileId, type Team, type TeamMember } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule, type Report, type RuleContext } from '../types';
import {
  describe,
  golonganMin,
  headOf,
  memberLabel,
  ownerUnit,
  pendidikanMin,
  positionOf,
  PREDIKAT_BAIK,
  reportCriteria,
  teamName,
  unitLabel,
  type Criterion,
} from './common';

/** JF jenjang of at least Ahli Muda; keterampilan jenjang never are. */
const AHLI_MUDA_OR_ABOVE: ReadonlySet<Jenjang> = new Set(['ahli-muda', 'ahli-madya', 'ahli-utama']);

const PROVIDED_FOR: ReadonlySet<ProfileId> = new Set(['serang-23-2023', 'palembang-30-2023']);

function atLeastAhliMuda(p: Position): boolean {
  return p.kind === 'fungsional' && p.jenjang !== null && AHLI_MUDA_OR_ABOVE.has(p.jenjang);
}

function checkKoordinator(ctx: RuleContext, team: Team, m: TeamMember, report: Report): void {
  const profile = ctx.profileId;
  if (!PROVIDED_FOR.has(profile)) {
    report({
      subjects: m.positionId !== null ? [team.id, m.positionId] : [team.id],
      message:
        `Tim ${teamName(team)} dipimpin Koordinator ${memberLabel(ctx, m)}, padahal peraturan ini tidak mengatur ` +
        'Koordinator tim kerja: tim dipimpin oleh Ketua Tim.',
    });
    return;
  }
  const owner = ownerUnit(ctx, team);
  if (!owner) return; // TIM-02 (no owner) or TIM-09 (owner gone)
  if (profile === 'serang-23-2023') {
    const pd = ctx.index.perangkatDaerahOf.get(owner.id);
    if (pd?.tipePd !== 'dpmptsp') {
      report({
        subjects: m.positionId !== null ? [team.id, m.positionId] : [team.id],
        message:
          `Tim ${teamName(team)} dipimpin Koordinator, padahal Koordinator hanya bertugas pada Perangkat Daerah yang ` +
          `menyelenggarakan urusan penanaman modal (DPMPTSP); pemilik kinerja tim ini berada di ${unitLabel(pd)}.`,
      });
      return;
    }
  } else {
    const head = headOf(ctx, owner);
    if (!head || head.kind !== 'jpt-pratama') {
      report({
        subjects: m.positionId !== null ? [team.id, m.positionId] : [team.id],
        message:
          `Tim ${teamName(team)} dipimpin Koordinator, padahal Koordinator hanya dapat dirujuk pada unit organisasi ` +
          `yang dipimpin Pejabat Pimpinan Tinggi Pratama; unit pemilik kinerja ${unitLabel(owner)} ` +
          `${head ? `dipimpin ${describe(head)}` : 'tidak memiliki satu pimpinan'}.`,
      });
      return;
    }
  }
  const p = positionOf(ctx, m);
  if (!p) {
    if (m.positionId !== null) return; // TIM-09
    report({
      severity: 'info',
      subjects: [team.id],
      message:
        `Syarat Koordinator ${memberLabel(ctx, m)} dalam Tim ${teamName(team)} belum dapat diperiksa: data pemangku ` +
        'belum lengkap (jenis jabatan, pendidikan, golongan).',
    });
    return;
  }
  const eligible =
    profile === 'serang-23-2023' ? p.kind === 'administrator' || p.kind === 'pengawas' || atLeastAhliMuda(p) : atLeastAhliMuda(p);
  if (!eligible) {
    report({
      subjects: [p.id, team.id],
      message:
        `${describe(p)} ditunjuk sebagai Koordinator Tim ${teamName(team)}, padahal Koordinator berasal dari ` +
        (profile === 'serang-23-2023'
          ? `${POSITION_KIND_LABELS.administrator}, ${POSITION_KIND_LABELS.pengawas} atau Pejabat Fungsional paling rendah Ahli Muda.`
          : 'Pejabat Fungsional dengan jenjang paling rendah Ahli Muda.'),
    });
    return;
  }
  const criteria: Criterion[] =
    profile === 'serang-23-2023'
      ? [pendidikanMin('S1', 'Strata 1'), golonganMin('III/d', 'Penata Tingkat I')]
      : [pendidikanMin('S1', 'Strata Satu (S1)'), PREDIKAT_BAIK];
  reportCriteria(ctx, team, m, 'Koordinator', criteria, report);
}

export const tim06 = defineTeamRule({
  id: 'TIM-06',
  scope: 'team',
  title: 'Koordinator tim tidak sesuai ketentuan',
  description:
    'Koordinator hanya dikenal di Serang (pada DPMPTSP; Administrator, Pengawas atau JF paling rendah Ahli Muda; S1; ' +
    'golongan paling rendah III/d) dan Palembang (pada unit yang dipimpin JPT Pratama; JF paling rendah Ahli Muda; S1; ' +
    'kinerja baik). Di daerah lain tim dipimpin Ketua.',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'warning',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'warning',
    'banjar-39-2024': 'warning',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan ketua tim kerja (Koordinator tidak diatur)',
    'banjarmasin-147-2023': 'Pasal 11 ayat (3) dan Pasal 23',
    'palembang-30-2023': 'Pasal 11 ayat (2), ayat (4) dan ayat (7)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (3)',
    'banjar-39-2024': 'Pasal 9 ayat (3) dan ayat (6)',
    'serang-23-2023': 'Pasal 8 ayat (4) huruf b dan ayat (5)',
  }),
  docs: {
    clause:
      'Perwali Serang 23/2023 Pasal 8 ayat (5): "Koordinator sebagaimana dimaksud pada ayat pada ayat (4) huruf b ' +
      'bertugas pada Perangkat Daerah yang menyelenggarakan urusan pemerintahan bidang penanaman modal."',
    legalExample: 'Serang: Koordinator Tim Perizinan di DPMPTSP, Penata Perizinan Ahli Muda, S1, golongan III/d.',
    illegalExample: 'Serang: Koordinator pada Dinas Kominfo; Banjar: tim mana pun yang dipimpin Koordinator.',
  },
  checkTeam(ctx, team, report) {
    for (const m of team.members) if (m.role === 'koordinator') checkKoordinator(ctx, team, m, report);
  },
});
