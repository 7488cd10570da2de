// "Gabungkan jabatan yang sama" — the plan (pure). Older files kept one box per person (a slot), so a unit shows
// "Pranata Komputer Ahli Pertama" three times under one Kepala Seksi. The migration never merges (issue 13: nothing
// merged silently); this finds the sibling JF/Pelaksana with the same name, kind and jenjang under the same official
// in the same unit, and says for each group what merging does or why it cannot be merged without a decision.
import { bezettingOf, isKedudukanKind, MAX_JUMLAH, type Position, type Workspace } from '../model';

export interface MergeGroup {
  /** the jabatan kept (first by kode, then id); the others are merged into it */
  keepId: string;
  /** every jabatan of the group, the kept one first */
  ids: string[];
  nama: string;
  unitId: string;
  superiorId: string | null;
  /** K and B after the merge */
  kebutuhan: number;
  bezetting: number;
  /** Bahasa Indonesia; non-empty = the group is not merged */
  blocked: string[];
}

export interface MergePlan {
  groups: MergeGroup[];
  /** groups with no reason against them */
  mergeable: MergeGroup[];
}

const normalName = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

const byKode = (a: Position, b: Position) =>
  a.kode.localeCompare(b.kode, 'id', { numeric: true }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function reasonsAgainst(members: Position[], hasSubordinates: Set<string>): string[] {
  const out: string[] = [];
  const kelas = new Set(members.map((p) => p.kelasJabatan).filter((k) => k !== null));
  if (kelas.size > 1) out.push(`kelas jabatan berbeda (${[...kelas].sort((a, b) => a! - b!).join(', ')})`);
  const substansi = new Set(members.map((p) => p.substansi.trim()).filter((s) => s !== ''));
  if (substansi.size > 1) out.push(`substansi berbeda (${[...substansi].join(', ')})`);
  if (members.some((p) => p.memimpinUnitMandiri)) out.push('salah satunya memimpin unit kerja mandiri');
  if (members.some((p) => hasSubordinates.has(p.id))) out.push('salah satunya membawahi jabatan lain');
  const counted = members.filter((p) => p.pemangku.length === 0 && p.bezetting !== null && p.bezetting > 0);
  const named = members.filter((p) => p.pemangku.length > 0);
  if (counted.length > 0 && named.length > 0) out.push('sebagian mencatat B sebagai jumlah, sebagian dengan nama pemangku');
  const k = members.reduce((n, p) => n + p.kebutuhan, 0);
  if (k > MAX_JUMLAH) out.push(`jumlah K ${k} melebihi batas ${MAX_JUMLAH}`);
  return out;
}

export function planMergeJabatan(doc: Workspace): MergePlan {
  const hasSubordinates = new Set<string>();
  const buckets = new Map<string, Position[]>();
  for (const p of Object.values(doc.positions)) {
    if (p.superiorId !== null) hasSubordinates.add(p.superiorId);
    if (!isKedudukanKind(p.kind) || normalName(p.nama) === '') continue;
    const key = JSON.stringify([p.unitId, p.superiorId, p.kind, p.jenjang, normalName(p.nama)]);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(p);
  }
  const groups: MergeGroup[] = [];
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    list.sort(byKode);
    const keep = list[0];
    groups.push({
      keepId: keep.id,
      ids: list.map((p) => p.id),
      nama: keep.nama,
      unitId: keep.unitId,
      superiorId: keep.superiorId,
      kebutuhan: list.reduce((n, p) => n + p.kebutuhan, 0),
      bezetting: list.reduce((n, p) => n + bezettingOf(p), 0),
      blocked: reasonsAgainst(list, hasSubordinates),
    });
  }
  const kodeOf = (id: string) => doc.positions[id].kode;
  groups.sort((a, b) => kodeOf(a.keepId).localeCompare(kodeOf(b.keepId), 'id', { numeric: true }));
  return { groups, mergeable: groups.filter((g) => g.blocked.length === 0) };
}
