// Builders: a template as a lintas fungsi map (ids derived from the map id, symbols placed one row per step in
// their lanes), and applyTemplate, which binds the lanes to the open structure (match.ts).
import { LANE_HEADER, LF_NODE_SIZE, emptySopIdentitas, newId, type LfArrow, type LfNode, type LintasFungsiMap, type MapParent, type Workspace } from '../model';
import { choosePerangkatDaerah, matchLane, type LaneMatchResult } from './match';
import type { LintasFungsiTemplate, TemplateStep } from './types';

const LANE_SIZE = 260;
const ROW = 112;

export interface BuildOptions {
  /** default: a new id */
  mapId?: string;
  /** default: the template's title */
  title?: string;
  ownerUnitId?: string | null;
  parent?: MapParent | null;
}

/** Where each step's arrows go, resolved and checked (a template naming an unknown step is a programming error). */
export function stepTargets(template: LintasFungsiTemplate): Map<string, { target: string; label: string }[]> {
  const keys = new Set(template.steps.map((s) => s.key));
  const out = new Map<string, { target: string; label: string }[]>();
  template.steps.forEach((s, i) => {
    const following = template.steps[i + 1]?.key;
    let targets: { target: string; label: string }[] = [];
    if (s.type === 'keputusan') targets = [{ target: s.ya, label: 'Ya' }, { target: s.tidak, label: 'Tidak' }];
    else if (s.type === 'mulai' || s.type === 'kegiatan') {
      const next = s.next ?? following;
      if (next === undefined) throw new Error(`Templat ${template.id}: langkah «${s.key}» tidak memiliki langkah berikutnya.`);
      targets = [{ target: next, label: '' }];
    }
    for (const t of targets) if (!keys.has(t.target)) throw new Error(`Templat ${template.id}: langkah «${t.target}» tidak ada.`);
    out.set(s.key, targets);
  });
  return out;
}

function node(template: LintasFungsiTemplate, s: TemplateStep, id: string, laneId: string, placement: { x: number; y: number }): LfNode {
  const base = { id, label: s.label, laneId, placement, sumber: `${template.regulation}, ${s.sumber}` };
  switch (s.type) {
    case 'mulai':
    case 'selesai':
      return { ...base, type: 'terminator', peran: s.type };
    case 'keputusan':
      return { ...base, type: 'decision', keterangan: s.keterangan ?? '' };
    case 'kegiatan':
      return {
        ...base,
        type: 'activity',
        mutuBaku: { kelengkapan: s.kelengkapan ?? '', waktu: s.waktu ?? '', output: s.output ?? '' },
        keterangan: s.keterangan ?? '',
      };
  }
}

/** The template as a map with every lane unbound (labels only). */
export function buildTemplateMap(template: LintasFungsiTemplate, options: BuildOptions = {}): LintasFungsiMap {
  const mapId = options.mapId ?? newId('map');
  const laneId = (key: string) => `${mapId}_${key}`;
  const laneIndex = new Map(template.lanes.map((l, i) => [l.key, i]));
  const nodeId = (key: string) => `${mapId}_${key}`;
  const nodes = template.steps.map((s, row) => {
    const lane = laneIndex.get(s.lane);
    if (lane === undefined) throw new Error(`Templat ${template.id}: lajur «${s.lane}» tidak ada.`);
    const size = LF_NODE_SIZE[s.type === 'kegiatan' ? 'activity' : s.type === 'keputusan' ? 'decision' : 'terminator'];
    const placement = { x: lane * LANE_SIZE + (LANE_SIZE - size.width) / 2, y: LANE_HEADER + 24 + row * ROW };
    return node(template, s, nodeId(s.key), laneId(s.lane), placement);
  });
  const arrows: LfArrow[] = [];
  for (const [key, targets] of stepTargets(template)) {
    for (const t of targets) arrows.push({ id: `${mapId}_a${arrows.length + 1}`, source: nodeId(key), target: nodeId(t.target), label: t.label });
  }
  return {
    id: mapId,
    kind: 'lintas-fungsi',
    sop: emptySopIdentitas(),
    title: options.title ?? template.title,
    ownerUnitId: options.ownerUnitId ?? null,
    parent: options.parent ?? null,
    meta: { status: 'draf', skNomor: '', skTanggal: null, tahun: null, revisi: 0 },
    orientation: 'columns',
    lanes: template.lanes.map((l) => ({ id: laneId(l.key), label: l.label, binding: null, size: LANE_SIZE })),
    nodes,
    arrows,
  };
}

export interface ApplyOptions extends BuildOptions {
  /** bind the lanes inside this Perangkat Daerah (any unit of it); default: the first of the template's kinds */
  perangkatDaerahId?: string;
}

export interface LaneReport extends LaneMatchResult {
  laneId: string;
  label: string;
}

export interface AppliedTemplate {
  /** ready for the createMap command */
  map: LintasFungsiMap;
  lanes: LaneReport[];
}

/**
 * The template as a map whose lanes are bound to the open structure where a position matches (see match.ts for
 * the heuristics), to named outside parties, or left as unbound roles. Pure: the caller adds the map with
 * `execute(doc, createMap, { map })`, so it is one undo step.
 */
export function applyTemplateTo(doc: Workspace, template: LintasFungsiTemplate, options: ApplyOptions = {}): AppliedTemplate {
  const pd = choosePerangkatDaerah(doc, template.tipePd, options.perangkatDaerahId);
  const ownerUnitId = options.ownerUnitId !== undefined ? options.ownerUnitId : (pd?.id ?? null);
  const map = buildTemplateMap(template, { ...options, ownerUnitId });
  const ctx = { doc, pd, ownerUnitId, taken: new Set<string>() };
  const lanes = template.lanes.map((l, i): LaneReport => {
    const result = matchLane(ctx, l.label, l.match);
    map.lanes[i].binding = result.binding;
    return { laneId: map.lanes[i].id, label: l.label, ...result };
  });
  return { map, lanes };
}
