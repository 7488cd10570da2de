// TIM-02: in a team with members from outside the owner unit (lintas unit, lintas PD, lintas instansi) the Ketua
// (or Koordinator) comes from the unit pemilik kinerja — its subtree. The team is at fault (its composition), so
// the team comes first in the subjects. Without a pemilik kinerja the rule cannot judge and says so (info); a team
// with no or several leaders is TIM-01's, a leader whose position is gone TIM-09's.
import { TEAM_SCOPE_LABELS, isLeaderRole } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule, type RuleContext } from '../types';
import { memberLabel, originOf, ownerUnit, positionOf, scopeOf, teamName, unitLabel } from './common';

/** «Bidang A», or «Bidang A» pada «Badan Keuangan» when the unit lies in another Perangkat Daerah than the owner. */
function placeOf(ctx: RuleContext, unitId: string, ownerId: string): string {
  const unit = ctx.doc.units[unitId];
  const pd = ctx.index.perangkatDaerahOf.get(unitId);
  const ownerPd = ctx.index.perangkatDaerahOf.get(ownerId);
  return pd && pd.id !== unitId && pd.id !== ownerPd?.id ? `${unitLabel(unit)} pada ${unitLabel(pd)}` : unitLabel(unit);
}

export const tim02 = defineTeamRule({
  id: 'TIM-02',
  scope: 'team',
  title: 'Ketua tim lintas unit tidak berasal dari unit pemilik kinerja',
  description:
    'Dalam tim kerja yang anggotanya berasal dari lintas unit organisasi, lintas Perangkat Daerah atau lintas instansi, ' +
    'Ketua Tim berasal dari unit organisasi pemilik kinerja (Perbup Banjar: diwajibkan; daerah lain: diutamakan).',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'warning',
    'palembang-30-2023': 'warning',
    'padang-panjang-48-2024': 'warning',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'warning',
  },
  citation: cite({
    nasional: 'ketentuan ketua tim kerja lintas unit organisasi',
    'banjarmasin-147-2023': 'Pasal 11 ayat (3)',
    'palembang-30-2023': 'Pasal 11 ayat (5)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (3)',
    'banjar-39-2024': 'Pasal 9 ayat (3)',
    'serang-23-2023': 'Pasal 13 ayat (1)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 9 ayat (3): "Penugasan dalam tim kerja ... yang anggotanya berasal dari lintas Unit ' +
      'Organisasi dan/atau lintas Instansi Pemerintah, Pejabat Fungsional atau Pelaksana yang berperan sebagai ketua tim ' +
      'diwajibkan berasal dari Unit Organisasi pemilik kinerja."',
    legalExample: 'Tim lintas Perangkat Daerah milik Bidang Anggaran BPKAD, diketuai Analis Keuangan dari Bidang Anggaran.',
    illegalExample: 'Tim yang sama diketuai Pranata Komputer dari Dinas Kominfo.',
  },
  checkTeam(ctx, team, report) {
    if (team.ownerUnitId === null) {
      report({
        severity: 'info',
        subjects: [team.id],
        message:
          `Tim ${teamName(team)} belum menentukan unit pemilik kinerja, sehingga asal Ketua Tim dan lingkup tim ` +
          'belum dapat diperiksa.',
      });
      return;
    }
    const owner = ownerUnit(ctx, team);
    if (!owner) return; // TIM-09
    const leaders = team.members.filter((m) => isLeaderRole(m.role));
    if (leaders.length !== 1) return; // TIM-01
    const scope = scopeOf(ctx, team);
    if (scope === null || scope === 'dalam-pd') return;
    const leader = leaders[0];
    const origin = originOf(ctx, team, leader);
    if (origin === null || origin === 'unit-pemilik') return;
    const p = positionOf(ctx, leader);
    const from = p ? `berasal dari ${placeOf(ctx, p.unitId, owner.id)}` : `berasal dari ${leader.external?.instansi || 'instansi lain'}`;
    const verb = ctx.profileId === 'banjar-39-2024' ? 'diwajibkan' : 'diutamakan';
    report({
      subjects: p ? [team.id, p.id] : [team.id],
      message:
        `Tim ${teamName(team)} bersifat ${TEAM_SCOPE_LABELS[scope]}, tetapi ${leader.role === 'koordinator' ? 'Koordinator' : 'Ketua'} ` +
        `${memberLabel(ctx, leader)} ${from}, bukan dari unit pemilik kinerja ${unitLabel(owner)}. Ketua tim kerja ` +
        `lintas unit ${verb} berasal dari unit organisasi pemilik kinerja.`,
    });
  },
});
