// Connect two symbols (lintas fungsi) or two boxes (relasi). Both ends must exist and differ: an arrow with a
// loose end is what LF-02 / REL-01 report, never what a command creates.
import { LfArrowSchema, RelasiArrowSchema, type LfArrow, type RelasiArrow } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf, parseOrRefuse } from './guards';
import { draftMap, mapTitle, refuseTakenId, requireMapOf } from './mapGuards';

export interface AddArrowArgs {
  mapId: string;
  /** a RelasiArrow (with `jenis`) for a relasi map */
  arrow: LfArrow | RelasiArrow;
}

export const addArrow = defineCommand<AddArrowArgs>({
  id: 'arrow.add',
  label: ({ mapId, arrow }, doc) => `Tambah panah${arrow.label ? ` «${arrow.label}»` : ''} pada peta «${mapTitle(doc, mapId)}»`,
  recipe: (draft, { mapId, arrow }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    const ends = new Set<string>((map.kind === 'relasi' ? map.boxes : map.nodes).map((n) => n.id));
    if (!ends.has(arrow.source) || !ends.has(arrow.target)) {
      throw new CommandError('Panah harus menghubungkan dua simbol yang ada pada peta ini.');
    }
    if (arrow.source === arrow.target) throw new CommandError('Panah tidak dapat menghubungkan simbol dengan dirinya sendiri.');
    if (map.kind === 'relasi') {
      const a = parseOrRefuse(RelasiArrowSchema, arrow, 'Panah relasi');
      refuseTakenId(map.arrows, a.id, 'panah');
      draftMap(draft, mapId, 'relasi').arrows.push(a);
    } else {
      const a = parseOrRefuse(LfArrowSchema, arrow, 'Panah');
      refuseTakenId(map.arrows, a.id, 'panah');
      draftMap(draft, mapId, 'lintas-fungsi').arrows.push(a);
    }
  },
});
