// KED-04: superior lines must not close a cycle. One finding per cycle, its members listed from the member with
// the smallest id, each followed by its superior, so the finding is the same however the document is walked.
// A chain rule: the finding belongs to that smallest member and depends only on its chain of superiors.
import type { Position, Workspace } from '../../model';
import { cite } from '../regulations';
import { defineChainRule, type Report } from '../types';
import { name } from './common';

/** Every cycle of superior lines, each as its members in order subordinate → superior. O(n). */
export function findCycles(list: readonly Position[], positions: Workspace['positions']): Position[][] {
  const stamp = new Map<string, number>();
  const cycles: Position[][] = [];
  let run = 0;
  for (const start of list) {
    if (stamp.has(start.id)) continue;
    run++;
    const path: Position[] = [];
    let cursor: Position | undefined = start;
    while (cursor && !stamp.has(cursor.id)) {
      stamp.set(cursor.id, run);
      path.push(cursor);
      cursor = cursor.superiorId === null ? undefined : positions[cursor.superiorId];
    }
    if (cursor && stamp.get(cursor.id) === run) {
      const from = path.indexOf(cursor);
      cycles.push(canonical(path.slice(from)));
    }
  }
  return cycles;
}

/** The cycle through `p` when `p` is its canonical first member (smallest id), else null. O(chain length). */
function cycleLedBy(p: Position, positions: Workspace['positions']): Position[] | null {
  const path: Position[] = [p];
  const seen = new Set<string>([p.id]);
  let cursor = p.superiorId === null ? undefined : positions[p.superiorId];
  while (cursor) {
    if (cursor === p) return path.every((q) => q.id >= p.id) ? path : null;
    if (seen.has(cursor.id) || cursor.id < p.id) return null; // another cycle, or p is not the smallest
    seen.add(cursor.id);
    path.push(cursor);
    cursor = cursor.superiorId === null ? undefined : positions[cursor.superiorId];
  }
  return null;
}

function canonical(cycle: Position[]): Position[] {
  let first = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i].id < cycle[first].id) first = i;
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

function reportCycle(cycle: Position[], report: Report): void {
  const chain = [...cycle, cycle[0]].map(name).join(' → ');
  report({
    subjects: cycle.map((p) => p.id),
    message:
      cycle.length === 1
        ? `${name(cycle[0])} menjadi atasan dirinya sendiri.`
        : `Garis atasan membentuk lingkaran: ${chain}. Setiap jabatan harus berujung pada pimpinan unit teratas.`,
  });
}

export const ked04 = defineChainRule({
  id: 'KED-04',
  scope: 'chain',
  title: 'Garis atasan membentuk lingkaran',
  description:
    'Rangkaian atasan langsung tidak boleh kembali ke jabatan semula; kedudukan dan garis komando berjenjang ' +
    'berujung pada pimpinan unit teratas.',
  defaultSeverity: {
    nasional: 'error',
    'banjarmasin-147-2023': 'error',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'error',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'ketentuan kedudukan (atasan langsung)',
    'banjarmasin-147-2023': 'Pasal 8 ayat (1) dan ayat (2)',
    'palembang-30-2023': 'Pasal 6 ayat (1)',
    'padang-panjang-48-2024': 'Pasal 5 ayat (1)',
    'banjar-39-2024': 'Pasal 8',
    'serang-23-2023': 'Pasal 5 ayat (1) dan ayat (3)',
  }),
  docs: {
    clause:
      'Perwali Palembang 30/2023 Pasal 6 ayat (1): "Kedudukan ... merupakan penggambaran posisi kedudukan Pejabat ' +
      'Fungsional dan Pelaksana dalam struktur organisasi dengan Pejabat Penilai Kinerja sebagai atasan langsung, yang ' +
      'tergambar dalam struktur organisasi." Lingkaran atasan tidak dapat tergambar sebagai struktur organisasi.',
    legalExample: 'Kepala Dinas → Kepala Bidang → Kepala Seksi → Pelaksana.',
    illegalExample: 'Kepala Bidang di bawah Kepala Seksi yang berada di bawah Kepala Bidang itu sendiri.',
  },
  check(ctx, report) {
    for (const cycle of findCycles(ctx.positions(), ctx.doc.positions)) reportCycle(cycle, report);
  },
  checkPosition(ctx, p, report) {
    const cycle = cycleLedBy(p, ctx.doc.positions);
    if (cycle) reportCycle(cycle, report);
  },
});
