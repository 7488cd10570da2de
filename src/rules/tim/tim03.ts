// TIM-03: who may be Ketua Tim, by the kind of position. Banjarmasin lets any official (JPT, Administrator,
// Pengawas, JF, Pelaksana) lead; Palembang, Padang Panjang and Banjar a JF or Pelaksana; Serang also an
// Administrator or Pengawas ("Pejabat Administrasi"). A Koordinator is TIM-06's; a person of another instansi has no
// kind in this structure and is not judged here. The member is at fault: its position comes first.
import { POSITION_KIND_LABELS, type PositionKind, type ProfileId } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import { describe, positionOf, teamName } from './common';

const JF_PELAKSANA: readonly PositionKind[] = ['fungsional', 'pelaksana'];

const ALLOWED: Record<ProfileId, readonly PositionKind[]> = {
  nasional: JF_PELAKSANA,
  'banjarmasin-147-2023': ['jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'],
  'palembang-30-2023': JF_PELAKSANA,
  'padang-panjang-48-2024': JF_PELAKSANA,
  'banjar-39-2024': JF_PELAKSANA,
  'serang-23-2023': ['administrator', 'pengawas', 'fungsional', 'pelaksana'],
};

function allowedText(kinds: readonly PositionKind[]): string {
  const labels = kinds.map((k) => POSITION_KIND_LABELS[k]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} atau ${labels[labels.length - 1]}` : labels[0];
}

export const tim03 = defineTeamRule({
  id: 'TIM-03',
  scope: 'team',
  title: 'Jabatan Ketua Tim tidak sesuai',
  description:
    'Ketua Tim Kerja berasal dari jabatan yang ditentukan daerahnya: Pejabat Fungsional atau Pelaksana (Palembang, ' +
    'Padang Panjang, Banjar, dan ketentuan nasional); di Serang juga Pejabat Administrator atau Pengawas; di ' +
    'Banjarmasin semua jabatan.',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'off',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan ketua tim kerja (Pejabat Fungsional atau Pelaksana)',
    'banjarmasin-147-2023': 'Pasal 11 ayat (3)',
    'palembang-30-2023': 'Pasal 11 ayat (3)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (3)',
    'banjar-39-2024': 'Pasal 9 ayat (3) dan ayat (6)',
    'serang-23-2023': 'Pasal 12 ayat (4)',
  }),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 11 ayat (3): "Ketua tim kerja sebagaimana dimaksud pada ayat (1) huruf a, dapat ' +
      'berasal dari: a. Jabatan Fungsional; dan b. Jabatan Pelaksana."',
    legalExample: 'Ketua Tim: Pranata Komputer Ahli Muda (Pejabat Fungsional).',
    illegalExample: 'Ketua Tim: Kepala Seksi Infrastruktur (Pengawas) di bawah Perwali Palembang.',
  },
  checkTeam(ctx, team, report) {
    const allowed = ALLOWED[ctx.profileId];
    for (const m of team.members) {
      if (m.role !== 'ketua') continue;
      const p = positionOf(ctx, m);
      if (!p || allowed.includes(p.kind)) continue;
      report({
        subjects: [p.id, team.id],
        message:
          `${describe(p)} ditunjuk sebagai Ketua Tim ${teamName(team)}, padahal Ketua Tim Kerja berasal dari ` +
          `${allowedText(allowed)}.`,
      });
    }
  },
});
