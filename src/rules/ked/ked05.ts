// KED-05: a Pelaksana sits under a Pengawas; directly under an Administrator only when that Administrator has no
// Pengawas under them. Palembang (Pasal 6 ayat (4)) and Banjar (Lampiran I, butir 4–5) list only those two places
// for a Pelaksana, so under those profiles a Pelaksana directly under a JPT is reported here too.
import type { Position, ProfileId } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report, type RuleContext } from '../types';
import { describe, hasPengawasUnder, isJpt, superiorOf } from './common';

/** Profiles whose text allows a Pelaksana only under a Pengawas, or an Administrator without one. */
const ONLY_PENGAWAS_OR_ADMINISTRATOR: ReadonlySet<ProfileId> = new Set(['palembang-30-2023', 'banjar-39-2024']);

function judge(ctx: RuleContext, sub: Position, sup: Position, report: Report): void {
  if (sub.kind !== 'pelaksana') return;
  if (sup.kind === 'administrator') {
    if (!hasPengawasUnder(ctx, sup.id)) return;
    report({
      subjects: [sub.id, sup.id],
      message:
        `${describe(sub)} berkedudukan langsung di bawah ${describe(sup)}, padahal ada Pejabat Pengawas di bawah ` +
        `${describe(sup)}; Pelaksana berkedudukan di bawah Pejabat Pengawas, dan di bawah Pejabat Administrator ` +
        'hanya dalam hal tidak ada Pejabat Pengawas.',
    });
  } else if (isJpt(sup.kind) && ONLY_PENGAWAS_OR_ADMINISTRATOR.has(ctx.profileId)) {
    report({
      subjects: [sub.id, sup.id],
      message:
        `${describe(sub)} berkedudukan langsung di bawah ${describe(sup)}; Pelaksana berkedudukan di bawah Pejabat ` +
        'Pengawas, atau di bawah Pejabat Administrator dalam hal tidak ada Pejabat Pengawas.',
    });
  }
}

export const ked05 = definePositionRule({
  id: 'KED-05',
  scope: 'position',
  title: 'Pelaksana langsung di bawah Administrator yang membawahi Pengawas',
  description:
    'Pelaksana berkedudukan di bawah Pejabat Pengawas. Di bawah Pejabat Administrator hanya bila tidak ada ' +
    'Pejabat Pengawas di bawah Administrator itu (karena penyederhanaan struktur atau penyetaraan jabatan).',
  defaultSeverity: {
    nasional: 'warning',
    'banjarmasin-147-2023': 'warning',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'off',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'warning',
  },
  citation: cite({
    nasional: 'pola kedudukan Pelaksana',
    'banjarmasin-147-2023': 'Lampiran I huruf b angka 3',
    'palembang-30-2023': 'Pasal 6 ayat (4)',
    'padang-panjang-48-2024': 'Pasal 5 ayat (1) (tidak mengatur pola kedudukan Pelaksana)',
    'banjar-39-2024': 'Lampiran I (A–D angka 1 huruf c butir 4 dan 5)',
    'serang-23-2023': 'Pasal 6 huruf b angka 2',
  }),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 6 ayat (4): "a. pejabat Pelaksana berkedudukan dibawah Pejabat Pengawas yang ' +
      'berperan selaku Pejabat Penilai Kinerja; dan b. jabatan Pelaksana berkedudukan dibawah Pejabat Administrator ' +
      'yang berperan selaku Pejabat Penilai Kinerja, dalam hal tidak ada Jabatan Pengawas ..."',
    legalExample: 'Pelaksana di bawah Kepala Bidang yang tidak membawahi Kepala Seksi.',
    illegalExample: 'Pelaksana langsung di bawah Kepala Bidang yang membawahi Kepala Seksi.',
  },
  checkPosition(ctx, p, report) {
    const sup = superiorOf(ctx, p);
    if (sup) judge(ctx, p, sup, report);
  },
  placement(ctx, sub, sup, report) {
    judge(ctx, sub, sup, report);
  },
});
