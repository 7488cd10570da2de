// The SOP table of a lintas fungsi map in the PermenPAN 35/2012 (SOP AP) layout: No, Kegiatan, one column per
// pelaksana (a lane) with the step's symbol in its column, Mutu Baku (Kelengkapan, Waktu, Output), Keterangan.
// One row per symbol of the map, in flow order. Pure: no DOM.
//
// Flow order: reverse postorder of a depth-first walk from the start terminators — every step comes after the
// steps that lead to it (loops back aside), a decision's "Ya" branch before its other branches, the end
// terminators last. Symbols no start reaches follow in map order. A decision's exits, and any jump that is not
// to the next row, are written in Keterangan ("Ya: ke No. 5"), since a printed table has no arrows.
import { flowOrder, laneName, type LfArrow, type LfNode, type LintasFungsiMap, type MapMeta, type Workspace } from '../../model';

export type SopSymbol = 'mulai' | 'selesai' | 'kegiatan' | 'keputusan' | 'penghubung';

export interface SopColumn {
  laneId: string;
  /** the pelaksana: the bound position/unit/team/party name, else the lane label */
  nama: string;
}

export interface SopExit {
  /** row number the arrow leads to */
  no: number;
  label: string;
}

export interface SopRow {
  no: number;
  nodeId: string;
  kegiatan: string;
  symbol: SopSymbol;
  /** index into columns; null when neither the symbol nor its neighbours stand in a lane */
  column: number | null;
  kelengkapan: string;
  waktu: string;
  output: string;
  /** the step's own keterangan, then its exits when they are not simply the next row, then its sumber */
  keterangan: string;
  exits: SopExit[];
  sumber: string;
}

export interface SopTable {
  mapId: string;
  title: string;
  meta: MapMeta;
  unitPemilik: string;
  columns: SopColumn[];
  rows: SopRow[];
}

export interface SopOptions {
  /** append each step's sumber to Keterangan (default true) */
  includeSumber?: boolean;
}

const isYes = (label: string) => /^\s*ya\s*$/i.test(label);

const SYMBOL: Record<LfNode['type'], (n: LfNode) => SopSymbol> = {
  terminator: (n) => (n.type === 'terminator' && n.peran === 'selesai' ? 'selesai' : 'mulai'),
  activity: () => 'kegiatan',
  decision: () => 'keputusan',
  connector: () => 'penghubung',
};


export function sopTable(doc: Pick<Workspace, 'positions' | 'units' | 'teams'>, map: LintasFungsiMap, options: SopOptions = {}): SopTable {
  const includeSumber = options.includeSumber ?? true;
  const columns: SopColumn[] = map.lanes.map((l) => ({ laneId: l.id, nama: laneName(doc, l) }));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const nodes = flowOrder(map);
  const rowOf = new Map(nodes.map((n, i) => [n.id, i + 1]));
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, LfArrow[]>();
  const incoming = new Map<string, LfArrow[]>();
  for (const a of map.arrows) {
    if (!byId.has(a.source) || !byId.has(a.target)) continue;
    outgoing.set(a.source, [...(outgoing.get(a.source) ?? []), a]);
    incoming.set(a.target, [...(incoming.get(a.target) ?? []), a]);
  }
  const ownColumn = (n: LfNode | undefined) => (n && n.laneId !== null ? (laneIndex.get(n.laneId) ?? null) : null);
  // A symbol drawn outside the lanes (a terminator, a connector) stands in the column of its neighbour.
  const columnOf = (n: LfNode): number | null => {
    const own = ownColumn(n);
    if (own !== null) return own;
    const near = [...(outgoing.get(n.id) ?? []).map((a) => a.target), ...(incoming.get(n.id) ?? []).map((a) => a.source)];
    for (const id of near) {
      const c = ownColumn(byId.get(id));
      if (c !== null) return c;
    }
    return null;
  };
  const rows = nodes.map((n, i): SopRow => {
    const no = i + 1;
    const exits = (outgoing.get(n.id) ?? [])
      .map((a) => ({ no: rowOf.get(a.target)!, label: a.label.trim() }))
      .sort((a, b) => Number(isYes(b.label)) - Number(isYes(a.label)));
    const notes: string[] = [];
    if ((n.type === 'activity' || n.type === 'decision') && n.keterangan.trim()) notes.push(n.keterangan.trim());
    const plain = exits.length === 1 && exits[0].no === no + 1 && exits[0].label === '';
    if (exits.length > 0 && !plain) {
      notes.push(exits.map((e) => `${e.label ? `${e.label}: ` : ''}ke No. ${e.no}`).join('; '));
    }
    if (includeSumber && n.sumber.trim()) notes.push(`Sumber: ${n.sumber.trim()}`);
    const kegiatan = n.label.trim() || (n.type === 'terminator' ? (n.peran === 'mulai' ? 'Mulai' : 'Selesai') : '');
    return {
      no,
      nodeId: n.id,
      kegiatan,
      symbol: SYMBOL[n.type](n),
      column: columnOf(n),
      kelengkapan: n.type === 'activity' ? n.mutuBaku.kelengkapan : '',
      waktu: n.type === 'activity' ? n.mutuBaku.waktu : '',
      output: n.type === 'activity' ? n.mutuBaku.output : '',
      keterangan: notes.join('. '),
      exits,
      sumber: n.sumber,
    };
  });
  return {
    mapId: map.id,
    title: map.title,
    meta: map.meta,
    unitPemilik: map.ownerUnitId ? (doc.units[map.ownerUnitId]?.nama ?? '') : '',
    columns,
    rows,
  };
}
