// Change a map's title, owner unit, orientation (lintas fungsi: the symbols turn with the lanes) or metadata
// (status, SK, year, revision) or, on a lintas fungsi map, its SOP identity block. A map is marked ditetapkan only with the number and date of the SK that enacts it.
import { LF_NODE_SIZE, MapMetaSchema, SopIdentitasSchema, type MapMeta, type SopIdentitas } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { mapTitle, requireMap } from './mapGuards';

export interface MapChanges {
  title?: string;
  ownerUnitId?: string | null;
  /** lintas fungsi only */
  orientation?: 'columns' | 'rows';
  meta?: Partial<MapMeta>;
  /** lintas fungsi only: the SOP AP identity block (PermenPAN 35/2012) */
  sop?: Partial<SopIdentitas>;
}

export interface UpdateMapMetaArgs {
  mapId: string;
  changes: MapChanges;
}

export const updateMapMeta = defineCommand<UpdateMapMetaArgs>({
  id: 'map.updateMeta',
  label: ({ mapId }, doc) => `Ubah data peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, changes }) => {
    const doc = baseOf(draft);
    const map = requireMap(doc, mapId);
    const dm = draft.maps[mapId];
    if (changes.title !== undefined) {
      if (changes.title.trim() === '') throw new CommandError('Judul peta tidak boleh kosong.');
      if (changes.title !== map.title) dm.title = changes.title;
    }
    if (changes.ownerUnitId !== undefined && changes.ownerUnitId !== map.ownerUnitId) {
      if (changes.ownerUnitId !== null && !doc.units[changes.ownerUnitId]) {
        throw new CommandError(`Unit dengan id «${changes.ownerUnitId}» tidak ditemukan dalam dokumen.`);
      }
      dm.ownerUnitId = changes.ownerUnitId;
    }
    if (changes.orientation !== undefined) {
      if (map.kind !== 'lintas-fungsi' || dm.kind !== 'lintas-fungsi') {
        throw new CommandError('Arah lajur hanya berlaku untuk peta lintas fungsi.');
      }
      if (changes.orientation !== map.orientation) {
        dm.orientation = changes.orientation;
        // the flow turns with the lanes: a symbol keeps its centre across the lanes (so its lane) and its distance
        // along the flow from the lane headers (so it stays clear of them); turning back restores it exactly
        const toRows = changes.orientation === 'rows';
        map.nodes.forEach((n, i) => {
          if (!n.placement) return;
          const { width, height } = LF_NODE_SIZE[n.type];
          const { x, y } = n.placement;
          dm.nodes[i].placement = toRows ? { x: y, y: x + width / 2 - height / 2 } : { x: y + height / 2 - width / 2, y: x };
        });
        // a symbol is longer across than along the flow in columns and the other way in rows: where the turned
        // symbols would now stand on each other, the later one along the flow moves forward, clear of the earlier
        separateAlongFlow(dm.nodes, toRows);
      }
    }
    if (changes.sop) {
      if (map.kind !== 'lintas-fungsi' || dm.kind !== 'lintas-fungsi') throw new CommandError('Identitas SOP hanya berlaku untuk peta lintas fungsi.');
      const sop = parseOrRefuse(SopIdentitasSchema, { ...map.sop, ...changes.sop }, `Identitas SOP peta «${map.title}»`);
      for (const key of Object.keys(changes.sop) as (keyof SopIdentitas)[]) {
        if (sop[key] !== map.sop[key]) (dm.sop as Record<keyof SopIdentitas, unknown>)[key] = sop[key];
      }
    }
    if (changes.meta) {
      const meta = parseOrRefuse(MapMetaSchema, { ...map.meta, ...changes.meta }, `Data penetapan peta «${map.title}»`);
      if (meta.status === 'ditetapkan' && (meta.skNomor.trim() === '' || !meta.skTanggal)) {
        throw new CommandError(`Peta «${map.title}» ditetapkan dengan SK: isi nomor dan tanggal SK lebih dahulu.`);
      }
      for (const key of Object.keys(meta) as (keyof MapMeta)[]) {
        if (meta[key] !== map.meta[key]) (dm.meta as Record<keyof MapMeta, unknown>)[key] = meta[key];
      }
    }
  },
});

const GAP = 16;

/**
 * Move symbols forward along the flow (x in rows, y in columns) until none overlaps another, taking them in flow
 * order: a symbol that overlaps nothing keeps its place, so turning a map without crowding is exactly reversible.
 */
function separateAlongFlow(nodes: { type: keyof typeof LF_NODE_SIZE; placement: { x: number; y: number } | null }[], rows: boolean): void {
  const boxes = nodes
    .filter((n) => n.placement)
    .map((n) => ({ n, ...LF_NODE_SIZE[n.type], x: n.placement!.x, y: n.placement!.y }))
    .sort((a, b) => (rows ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x));
  const placed: typeof boxes = [];
  const hits = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
    rows
      ? a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height && b.y < a.y + a.height
      : a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
  for (const box of boxes) {
    const start = rows ? box.x : box.y;
    for (let guard = 0; guard < nodes.length + 1; guard++) {
      const over = placed.filter((p) => hits(box, p));
      if (over.length === 0) break;
      const end = Math.max(...over.map((p) => (rows ? p.x + p.width : p.y + p.height))) + GAP;
      if (rows) box.x = end;
      else box.y = end;
    }
    if ((rows ? box.x : box.y) !== start) box.n.placement = { x: box.x, y: box.y };
    placed.push(box);
  }
}
