// Add a symbol to a lintas fungsi map (terminator, activity, decision, off-page connector) or a box to a relasi
// map. A symbol dropped with a placement and no lane takes the lane under its centre (laneAt).
import { laneAt, LfNodeSchema, nodeCenter, RelasiBoxSchema, type LfNode, type RelasiBox, type Workspace } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, refuseTakenId, requireMapOf } from './mapGuards';

export interface AddNodeArgs {
  mapId: string;
  /** an LfNode for a lintas fungsi map, a RelasiBox for a relasi map */
  node: LfNode | RelasiBox;
}

/** A relasi box must stand for something that exists (REL-01 reports what was deleted later). */
export function checkBoxRef(doc: Workspace, box: RelasiBox): void {
  const r = box.ref;
  if (r.kind === 'unit' && !doc.units[r.id]) throw new CommandError(`Unit dengan id «${r.id}» tidak ditemukan dalam dokumen.`);
  if (r.kind === 'luar' && r.nama.trim() === '') throw new CommandError('Pihak luar pada peta relasi perlu nama.');
  if (r.kind === 'process') {
    const m = doc.maps[r.mapId];
    if (m?.kind !== 'level' || !m.processes.some((p) => p.id === r.processId)) {
      throw new CommandError('Proses yang ditunjuk kotak relasi tidak ditemukan pada peta level mana pun.');
    }
  }
}

export const addNode = defineCommand<AddNodeArgs>({
  id: 'node.add',
  label: ({ node }) => ('type' in node ? `Tambah simbol «${node.label || node.type}»` : 'Tambah kotak relasi'),
  recipe: (draft, { mapId, node }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    if (map.kind === 'relasi') {
      const box = parseOrRefuse(RelasiBoxSchema, node, 'Kotak relasi');
      refuseTakenId(map.boxes, box.id, 'kotak');
      checkBoxRef(doc, box);
      draftMap(draft, mapId, 'relasi').boxes.push(box);
      return;
    }
    const n = parseOrRefuse(LfNodeSchema, node, 'Simbol');
    refuseTakenId(map.nodes, n.id, 'simbol');
    if (n.laneId !== null && !map.lanes.some((l) => l.id === n.laneId)) {
      throw new CommandError(`Lajur dengan id «${n.laneId}» tidak ditemukan pada peta ini.`);
    }
    if (n.laneId === null && n.placement) {
      const center = nodeCenter(n);
      n.laneId = center ? (laneAt(map, center)?.id ?? null) : null;
    }
    draftMap(draft, mapId, 'lintas-fungsi').nodes.push(n);
  },
});
