// KED-07: after penyederhanaan birokrasi a Perangkat Daerah keeps two structural levels (its head is level 1).
// A structural position at level 3 or deeper is reported unless its unit, or a unit above it inside the same
// Perangkat Daerah, is marked pengecualian (the mark is set on the unit that keeps extra levels, so it covers the
// units below it). A chain broken by a cycle is left to KED-04. A chain rule: a finding depends only on the
// position's chain of superiors.
import { isStructural, type Position, type Unit } from '../../model';
import { cite } from '../regulations';
import { defineChainRule, type Report, type RuleContext } from '../types';
import { describe, pdLabel, pdOf, superiorOf, unitName } from './common';

/** The structural superior inside the same Perangkat Daerah, which continues the chain; otherwise undefined. */
function chainParent(ctx: RuleContext, p: Position): Position | undefined {
  const sup = superiorOf(ctx, p);
  if (!sup || !isStructural(sup.kind)) return undefined;
  return pdOf(ctx, sup) === pdOf(ctx, p) ? sup : undefined;
}

/** Level of every structural position; positions on or below a cycle get none (-1). O(n). */
function levels(ctx: RuleContext): Map<string, number> {
  const level = new Map<string, number>();
  const walking = new Map<string, number>();
  let run = 0;
  for (const start of ctx.positions()) {
    if (!isStructural(start.kind) || level.has(start.id)) continue;
    run++;
    const path: Position[] = [];
    let cursor: Position | undefined = start;
    let base = 0;
    while (cursor) {
      const known = level.get(cursor.id);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (walking.get(cursor.id) === run) {
        base = -1;
        break;
      }
      walking.set(cursor.id, run);
      path.push(cursor);
      cursor = chainParent(ctx, cursor);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      if (base !== -1) base++;
      level.set(path[i].id, base);
    }
  }
  return level;
}

/** Level of one structural position by walking its chain; -1 on or below a cycle. O(depth). */
function levelOf(ctx: RuleContext, p: Position): number {
  const seen = new Set<string>([p.id]);
  let level = 1;
  for (let cursor = chainParent(ctx, p); cursor; cursor = chainParent(ctx, cursor)) {
    if (seen.has(cursor.id)) return -1;
    seen.add(cursor.id);
    level++;
  }
  return level;
}

/** The unit (the position's or one above it within the PD) marked pengecualian, if any. */
function exemptingUnit(ctx: RuleContext, unitId: string): Unit | undefined {
  const pd = ctx.index.perangkatDaerahOf.get(unitId);
  const seen = new Set<string>();
  let cursor: Unit | undefined = ctx.doc.units[unitId];
  while (cursor && !seen.has(cursor.id)) {
    if (cursor.pengecualian) return cursor;
    if (cursor === pd || cursor.parentId === null) return undefined;
    seen.add(cursor.id);
    cursor = ctx.doc.units[cursor.parentId];
  }
  return undefined;
}

function reportDeep(ctx: RuleContext, p: Position, sup: Position, level: number, report: Report): void {
  if (level < 3 || exemptingUnit(ctx, p.unitId)) return;
  report({
    subjects: [p.id, sup.id],
    message:
      `${describe(p)} berada pada level struktur ke-${level} di ${pdLabel(pdOf(ctx, p))} (kepala Perangkat Daerah ` +
      `= level 1), sedangkan unit ${unitName(ctx.doc.units[p.unitId])} tidak ditandai pengecualian; setelah ` +
      'penyederhanaan birokrasi Unit Organisasi terdiri dari 2 (dua) level struktur.',
  });
}

export const ked07 = defineChainRule({
  id: 'KED-07',
  scope: 'chain',
  title: 'Struktur lebih dari dua level tanpa pengecualian',
  description:
    'Setelah penyederhanaan birokrasi setiap Unit Organisasi terdiri dari dua level struktur. Jabatan struktural ' +
    'pada level ketiga atau lebih dalam Perangkat Daerah hanya sah pada unit yang ditandai pengecualian ' +
    '(PermenPANRB 25/2021).',
  defaultSeverity: {
    nasional: 'info',
    'banjarmasin-147-2023': 'info',
    'palembang-30-2023': 'info',
    'padang-panjang-48-2024': 'info',
    'banjar-39-2024': 'info',
    'serang-23-2023': 'info',
  },
  citation: cite({
    nasional: 'penyesuaian sistem kerja setelah penyederhanaan struktur organisasi; PermenPANRB 25/2021',
    'banjarmasin-147-2023': 'Pasal 1 angka 11 dan Pasal 3 ayat (1) huruf a; PermenPANRB 25/2021',
    'palembang-30-2023': 'Pasal 2 ayat (1); PermenPANRB 25/2021',
    'padang-panjang-48-2024': 'Pasal 2 ayat (2); PermenPANRB 25/2021',
    'banjar-39-2024': 'Pasal 7 ayat (4) dan Lampiran huruf A; PermenPANRB 25/2021',
    'serang-23-2023': 'Lampiran (Mekanisme Kerja) dan Pasal 6 huruf e; PermenPANRB 25/2021',
  }),
  docs: {
    clause:
      'Perwali Serang 23/2023 Lampiran: "Dengan penyederhanaan birokrasi, setiap Unit Organisasi terdiri dari 2 (dua) ' +
      'level struktur ... Penyederhanaan struktur pada beberapa Unit Organisasi masih dimungkinkan untuk memiliki ' +
      'lebih dari 2 (dua) level struktur. Pengecualian ini dilakukan pada Unit Organisasi dengan kriteria sebagaimana ' +
      'diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2021".',
    legalExample: 'Kepala Dinas (1) → Kepala Bidang (2); atau Kepala Sub Bagian (3) pada Sekretariat yang ditandai pengecualian.',
    illegalExample: 'Kepala Dinas (1) → Kepala Bidang (2) → Kepala Seksi (3) pada bidang yang tidak ditandai pengecualian.',
  },
  check(ctx, report) {
    const level = levels(ctx);
    for (const p of ctx.positions()) {
      const l = level.get(p.id);
      if (l === undefined || l < 3) continue;
      reportDeep(ctx, p, chainParent(ctx, p)!, l, report);
    }
  },
  checkPosition(ctx, p, report) {
    if (!isStructural(p.kind)) return;
    const l = levelOf(ctx, p);
    if (l >= 3) reportDeep(ctx, p, chainParent(ctx, p)!, l, report);
  },
  placement(ctx, sub, sup, report) {
    if (!isStructural(sub.kind) || !isStructural(sup.kind) || pdOf(ctx, sup) !== pdOf(ctx, sub)) return;
    // O(depth): walk up from the new superior; a cycle there is KED-04's, not ours.
    let level = 2;
    const seen = new Set<string>([sub.id]);
    let cursor = chainParent(ctx, sup);
    for (; cursor; cursor = chainParent(ctx, cursor)) {
      if (seen.has(cursor.id)) return;
      seen.add(cursor.id);
      level++;
    }
    reportDeep(ctx, sub, sup, level, report);
  },
});
