// KED-10: a kedudukan or komando line stays inside one Perangkat Daerah (the units of both ends resolve to the
// same enclosingPerangkatDaerahOf unit). Cross-PD work goes through a Tim Kerja. A unit marked as PD inside another
// (a UPT under its Dinas, a Kelurahan under its Kecamatan) belongs to the enclosing PD: the Kepala UPT under the
// Kepala Dinas is legal, and only lines between two PDs that are not nested count (two UPTs of one Dinas are nested
// in the same PD, so a line between them is not KED-10's either).
import { lineKindOf, type Position } from '../../model';
import { cite } from '../regulations';
import { definePositionRule, type Report, type RuleContext } from '../types';
import { describe, pdLabel, superiorOf } from './common';

/** The two Perangkat Daerah when the line sub → sup crosses them, else null. */
export function crossedPerangkatDaerah(ctx: RuleContext, sub: Position, sup: Position) {
  const a = ctx.index.enclosingPerangkatDaerahOf.get(sub.unitId);
  const b = ctx.index.enclosingPerangkatDaerahOf.get(sup.unitId);
  return a && b && a.id !== b.id ? { sub: a, sup: b } : null;
}

export function crossingMessage(ctx: RuleContext, sub: Position, sup: Position): string | null {
  const crossed = crossedPerangkatDaerah(ctx, sub, sup);
  if (!crossed) return null;
  const line = lineKindOf(sub) === 'kedudukan' ? 'Garis kedudukan' : 'Garis komando';
  return (
    `${line} dari ${describe(sub)} pada ${pdLabel(crossed.sub)} ke ${describe(sup)} pada ${pdLabel(crossed.sup)} ` +
    'melintasi Perangkat Daerah; kerja lintas Perangkat Daerah dilakukan melalui Tim Kerja, bukan kedudukan.'
  );
}

function judge(ctx: RuleContext, sub: Position, sup: Position, report: Report): void {
  const message = crossingMessage(ctx, sub, sup);
  if (message) report({ subjects: [sub.id, sup.id], message });
}

export const ked10 = definePositionRule({
  id: 'KED-10',
  scope: 'position',
  title: 'Garis kedudukan/komando melintasi Perangkat Daerah',
  description:
    'Kedudukan dan garis komando disesuaikan dengan struktur organisasi Perangkat Daerah: atasan dan bawahan ' +
    'berada dalam Perangkat Daerah yang sama. Kerja lintas Perangkat Daerah dilakukan melalui Tim Kerja. Unit yang ' +
    'ditandai Perangkat Daerah di dalam Perangkat Daerah lain (UPT di bawah Dinasnya, Kelurahan di bawah ' +
    'Kecamatannya) termasuk Perangkat Daerah yang melingkupinya; hanya garis antara dua Perangkat Daerah yang tidak ' +
    'bersarang yang dihitung melintas.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'kedudukan dalam struktur organisasi Perangkat Daerah',
    'banjarmasin-147-2023': 'Pasal 8 ayat (4)',
    'palembang-30-2023': 'Pasal 6 ayat (1)',
    'padang-panjang-48-2024': 'Pasal 5 ayat (1) dan Pasal 7 ayat (2)',
    'banjar-39-2024': 'Pasal 8 ayat (3)',
    'serang-23-2023': 'Pasal 5 ayat (1)',
  }),
  docs: {
    clause:
      'Perwali Banjarmasin 147/2023 Pasal 8 ayat (4): "Penentuan kedudukan dan tanggung jawab sebagaimana dimaksud ' +
      'pada ayat (1), (2) dan ayat (3) disesuaikan dengan struktur organisasi pada setiap Perangkat Daerah." ' +
      'Perbup Banjar 39/2024 Pasal 8 ayat (3): "... disesuaikan dengan struktur organisasi Perangkat Daerah."',
    legalExample:
      'Pranata Komputer pada Dinas Kominfo di bawah Kepala Seksi pada Dinas Kominfo; Kepala UPT Laboratorium (UPT ' +
      'yang ditandai Perangkat Daerah di dalam Dinas Kesehatan) di bawah Kepala Dinas Kesehatan; Lurah di bawah Camat.',
    illegalExample:
      'Pranata Komputer pada Dinas Kominfo di bawah Kepala Bagian pada Sekretariat Daerah; Lurah pada Kecamatan A di ' +
      'bawah Camat Kecamatan B.',
  },
  checkPosition(ctx, p, report) {
    const sup = superiorOf(ctx, p);
    if (sup) judge(ctx, p, sup, report);
  },
  placement(ctx, sub, sup, report) {
    judge(ctx, sub, sup, report);
  },
});
