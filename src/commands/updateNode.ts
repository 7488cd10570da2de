// Change a symbol of a lintas fungsi map (label, lane, mutu baku, keterangan, sumber, mulai/selesai) or what a
// relasi box stands for. Fields that the symbol's type does not have are refused.
import {
  LfNodeSchema,
  RelasiBoxSchema,
  type LfNode,
  type MutuBaku,
  type RelasiBox,
  type RelasiRef,
} from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { checkBoxRef } from './addNode';
import { draftMap, indexOfId, mapTitle, requireMapOf } from './mapGuards';

export interface NodeChanges {
  label?: string;
  laneId?: string | null;
  sumber?: string;
  keterangan?: string;
  mutuBaku?: Partial<MutuBaku>;
  peran?: 'mulai' | 'selesai';
  /** relasi boxes only */
  ref?: RelasiRef;
}

export interface UpdateNodeArgs {
  mapId: string;
  nodeId: string;
  changes: NodeChanges;
}

const FIELDS: Record<LfNode['type'], (keyof NodeChanges)[]> = {
  terminator: ['label', 'laneId', 'sumber', 'peran'],
  activity: ['label', 'laneId', 'sumber', 'keterangan', 'mutuBaku'],
  decision: ['label', 'laneId', 'sumber', 'keterangan'],
  connector: ['label', 'laneId', 'sumber'],
};

export const updateNode = defineCommand<UpdateNodeArgs>({
  id: 'node.update',
  label: ({ mapId }, doc) => `Ubah simbol pada peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, nodeId, changes }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    const given = (Object.keys(changes) as (keyof NodeChanges)[]).filter((k) => changes[k] !== undefined);
    if (map.kind === 'relasi') {
      const i = indexOfId(map.boxes, nodeId, 'Kotak');
      if (given.some((k) => k !== 'ref')) throw new CommandError('Kotak relasi hanya dapat diganti unit, proses atau pihak luarnya.');
      if (!changes.ref) return;
      const box: RelasiBox = parseOrRefuse(RelasiBoxSchema, { ...map.boxes[i], ref: changes.ref }, 'Kotak relasi');
      checkBoxRef(doc, box);
      if (JSON.stringify(box.ref) !== JSON.stringify(map.boxes[i].ref)) draftMap(draft, mapId, 'relasi').boxes[i].ref = box.ref;
      return;
    }
    const i = indexOfId(map.nodes, nodeId, 'Simbol');
    const before = map.nodes[i];
    const wrong = given.filter((k) => !FIELDS[before.type].includes(k));
    if (wrong.length) throw new CommandError(`Simbol ${before.type} tidak memiliki isian ${wrong.join(', ')}.`);
    if (changes.laneId !== undefined && changes.laneId !== null && !map.lanes.some((l) => l.id === changes.laneId)) {
      throw new CommandError(`Lajur dengan id «${changes.laneId}» tidak ditemukan pada peta ini.`);
    }
    const merged = {
      ...before,
      ...changes,
      id: before.id,
      type: before.type,
      ...(before.type === 'activity' ? { mutuBaku: { ...before.mutuBaku, ...changes.mutuBaku } } : {}),
    };
    const after = parseOrRefuse(LfNodeSchema, merged, 'Simbol');
    const dn = draftMap(draft, mapId, 'lintas-fungsi').nodes[i];
    for (const key of Object.keys(after) as (keyof LfNode)[]) {
      const a = (after as Record<string, unknown>)[key];
      if (JSON.stringify(a) !== JSON.stringify((before as Record<string, unknown>)[key])) (dn as Record<string, unknown>)[key] = a;
    }
  },
});
