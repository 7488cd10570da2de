// KED-06: jenjang placement of Perbup Banjar 39/2024, Lampiran I A–E angka 1 huruf c (DOMAIN.md §4.1). Looks only
// at a JF or Pelaksana whose superior is structural (otherwise KED-01/KED-02 speak). A Pelaksana is judged here
// only in a Kecamatan under an Administrator without a Pengawas: every other misplaced Pelaksana is KED-05's.
import type { Jenjang, Position, TipePd } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report, type RuleContext } from '../types';
import { describe, hasPengawasUnder, isJpt, jenjangLabel, kindLabel, pdOf, superiorOf } from './common';

type Slot = 'jpt' | 'administrator' | 'pengawas';
type Pattern = 'default' | 'dpmptsp' | 'kecamatan';

/** Lampiran I part per PD type: A Setda, B Setwan/Inspektorat/Dinas/Badan/Satpol PP, C DPMPTSP, D RSUD, E Kecamatan. */
function partOf(tipe: TipePd | null | undefined): { part: string; pattern: Pattern } {
  switch (tipe) {
    case 'setda':
      return { part: 'A', pattern: 'default' };
    case 'dpmptsp':
      return { part: 'C', pattern: 'dpmptsp' };
    case 'rsud':
      return { part: 'D', pattern: 'default' };
    // A kelurahan is a perangkat of the kecamatan; its Lurah is a Pengawas, so the Kecamatan pattern fits it.
    case 'kecamatan':
    case 'kelurahan':
      return { part: 'E', pattern: 'kecamatan' };
    default:
      return { part: 'B', pattern: 'default' };
  }
}

const KEAHLIAN_TINGGI: ReadonlySet<Jenjang> = new Set(['ahli-utama', 'ahli-madya']);

/** "penanaman modal" or "PTSP" (also written out) in the JF's substansi. */
export function isSubstansiPenanamanModalAtauPtsp(substansi: string): boolean {
  const s = substansi.toLowerCase();
  return s.includes('penanaman modal') || /\bptsp\b/.test(s) || s.includes('pelayanan terpadu satu pintu');
}

function slotOf(p: Position): Slot | null {
  if (isJpt(p.kind)) return 'jpt';
  if (p.kind === 'administrator') return 'administrator';
  if (p.kind === 'pengawas') return 'pengawas';
  return null;
}

const WHERE: Record<string, string> = {
  jpt: 'Pejabat Pimpinan Tinggi Pratama (kepala Perangkat Daerah, atau Asisten pada Sekretariat Daerah)',
  'jpt:dpmptsp': 'Pejabat Pimpinan Tinggi Pratama (Kepala DPMPTSP)',
  administrator: 'Pejabat Administrator',
  'administrator,jpt': 'Pejabat Administrator (Sekretaris) atau Pejabat satu tingkat di atasnya (Kepala DPMPTSP)',
  'administrator,pengawas': 'Pejabat Pengawas atau Pejabat satu tingkat di atasnya (Pejabat Administrator)',
  pengawas: 'Pejabat Pengawas (Kepala Sub Bagian/Kepala Seksi)',
};

interface Requirement {
  allowed: Slot[];
  who: string;
  where: string;
}

function requirementFor(sub: Position, pattern: Pattern): Requirement | 'tidak-diatur' | null {
  if (sub.kind !== 'fungsional' || sub.jenjang === null) return null;
  const who = kindLabel(sub);
  if (pattern === 'dpmptsp' && isSubstansiPenanamanModalAtauPtsp(sub.substansi)) {
    return { allowed: ['jpt'], who: `${who} substansi penanaman modal/PTSP pada DPMPTSP`, where: WHERE['jpt:dpmptsp'] };
  }
  if (KEAHLIAN_TINGGI.has(sub.jenjang)) {
    if (pattern === 'kecamatan') return 'tidak-diatur';
    return { allowed: ['jpt'], who, where: pattern === 'dpmptsp' ? WHERE['jpt:dpmptsp'] : WHERE.jpt };
  }
  if (sub.jenjang === 'ahli-muda') {
    if (pattern === 'dpmptsp') return { allowed: ['administrator', 'jpt'], who, where: WHERE['administrator,jpt'] };
    return { allowed: ['administrator'], who, where: WHERE.administrator };
  }
  // Ahli Pertama and every keterampilan jenjang.
  if (pattern === 'kecamatan') return { allowed: ['pengawas'], who, where: WHERE.pengawas };
  return { allowed: ['administrator', 'pengawas'], who, where: WHERE['administrator,pengawas'] };
}

function judge(ctx: RuleContext, sub: Position, sup: Position, report: Report): void {
  const supSlot = slotOf(sup);
  if (supSlot === null) return; // not structural: KED-02
  const { part, pattern } = partOf(pdOf(ctx, sub)?.tipePd);
  const source = `Perbup Banjar 39/2024 Lampiran I huruf ${part} angka 1 huruf c`;

  if (sub.kind === 'pelaksana') {
    if (pattern !== 'kecamatan' || supSlot !== 'administrator' || hasPengawasUnder(ctx, sup.id)) return;
    report({
      subjects: [sub.id, sup.id],
      message:
        `${describe(sub)} berada di bawah ${describe(sup)}; menurut ${source}, Pelaksana pada Kecamatan ` +
        `berkedudukan di bawah ${WHERE.pengawas}.`,
    });
    return;
  }

  const req = requirementFor(sub, pattern);
  if (req === null) return;
  if (req === 'tidak-diatur') {
    // Lampiran I E names no place for Ahli Madya/Utama in a Kecamatan: a question to settle, not a proven breach.
    report({
      severity: 'warning',
      subjects: [sub.id, sup.id],
      message:
        `${describe(sub)} berada pada Kecamatan, padahal ${source} tidak mengatur kedudukan ` +
        `JF ${jenjangLabel(sub.jenjang!)} pada Kecamatan; periksa dasar penempatannya.`,
    });
    return;
  }
  if (req.allowed.includes(supSlot)) return;
  report({
    subjects: [sub.id, sup.id],
    message: `${describe(sub)} berada di bawah ${describe(sup)}; menurut ${source}, ${req.who} berkedudukan di bawah ${req.where}.`,
  });
}

export const ked06 = definePositionRule({
  id: 'KED-06',
  scope: 'position',
  title: 'Kedudukan JF tidak sesuai jenjang',
  description:
    'Perbup Banjar 39/2024: JF Ahli Utama/Madya di bawah JPT; Ahli Muda di bawah Administrator; Ahli Pertama dan ' +
    'semua jenjang keterampilan di bawah Pengawas atau Administrator. Pada DPMPTSP semua JF substansi penanaman ' +
    'modal/PTSP di bawah Kepala DPMPTSP dan Ahli Muda boleh di bawah Kepala; pada Kecamatan Ahli Pertama, ' +
    'keterampilan dan Pelaksana hanya di bawah Pengawas.',
  defaultSeverity: {
    nasional: 'off',
    'banjarmasin-147-2023': 'off',
    'palembang-30-2023': 'off',
    'padang-panjang-48-2024': 'off',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'off',
  },
  citation: cite({
    nasional: 'tidak mengatur kedudukan menurut jenjang (pola Perbup Banjar 39/2024 Lampiran I)',
    'banjarmasin-147-2023': 'tidak mengatur kedudukan menurut jenjang (pola Perbup Banjar 39/2024 Lampiran I)',
    'palembang-30-2023': 'tidak mengatur kedudukan menurut jenjang (pola Perbup Banjar 39/2024 Lampiran I)',
    'padang-panjang-48-2024': 'tidak mengatur kedudukan menurut jenjang (pola Perbup Banjar 39/2024 Lampiran I)',
    'banjar-39-2024': 'Lampiran I (A–E angka 1 huruf c)',
    'serang-23-2023': 'tidak mengatur kedudukan menurut jenjang (pola Perbup Banjar 39/2024 Lampiran I)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Lampiran I B angka 1 huruf c: "1) Pejabat Fungsional Ahli Madya berkedudukan di bawah ' +
      'dan bertanggung jawab kepada Pejabat Pimpinan Tinggi Pratama ...; 2) Pejabat Fungsional Ahli Muda berkedudukan ' +
      'di bawah dan bertanggung jawab kepada Pejabat Administrator ...; 3) Pejabat Fungsional Ahli Pertama dan Jabatan ' +
      'Fungsional pada semua jenjang ketegori keterampilan berkedudukan di bawah dan bertanggung jawab kepada Pejabat ' +
      'Pengawas ... atau Pejabat satu tingkat di atasnya". C angka 1 huruf c butir 1): "Pejabat Fungsional Ahli Madya, ' +
      'semua Pejabat Fungsional Substansi Penanaman Modal dan semua Pejabat Fungsional Substansi PTSP berkedudukan di ' +
      'bawah ... Kepala DPMPTSP". E angka 1 huruf c butir 3: "Pelaksana berkedudukan di bawah Pejabat Pengawas".',
    legalExample: 'Dinas: Analis Kebijakan Ahli Muda di bawah Kepala Bidang (Administrator).',
    illegalExample: 'Dinas: Analis Kebijakan Ahli Muda di bawah Kepala Seksi (Pengawas).',
  },
  checkPosition(ctx, p, report) {
    const sup = superiorOf(ctx, p);
    if (sup) judge(ctx, p, sup, report);
  },
  placement(ctx, sub, sup, report) {
    judge(ctx, sub, sup, report);
  },
});
