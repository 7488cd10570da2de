// Change the label of an arrow (Ya/Tidak on a decision's exits; what passes on a relasi arrow, with its jenis).
import { RELASI_JENIS, type RelasiJenis } from '../model';
import { CommandError, defineCommand } from './command';
import { baseOf } from './guards';
import { draftMap, indexOfId, requireMapOf } from './mapGuards';

export interface RelabelArrowArgs {
  mapId: string;
  arrowId: string;
  label: string;
  /** relasi arrows only: dokumen, data or layanan */
  jenis?: RelasiJenis | null;
}

export const relabelArrow = defineCommand<RelabelArrowArgs>({
  id: 'arrow.relabel',
  label: ({ label }) => (label ? `Ubah label panah menjadi «${label}»` : 'Hapus label panah'),
  recipe: (draft, { mapId, arrowId, label, jenis }) => {
    const doc = baseOf(draft);
    const map = requireMapOf(doc, mapId, 'lintas-fungsi', 'relasi');
    if (map.kind === 'relasi') {
      const i = indexOfId(map.arrows, arrowId, 'Panah');
      if (jenis !== undefined && jenis !== null && !RELASI_JENIS.includes(jenis)) {
        throw new CommandError(`Jenis aliran «${jenis}» tidak dikenal (dokumen, data atau layanan).`);
      }
      const da = draftMap(draft, mapId, 'relasi').arrows[i];
      if (label !== map.arrows[i].label) da.label = label;
      if (jenis !== undefined && jenis !== map.arrows[i].jenis) da.jenis = jenis;
      return;
    }
    if (jenis !== undefined) throw new CommandError('Jenis aliran hanya berlaku untuk panah peta relasi.');
    const i = indexOfId(map.arrows, arrowId, 'Panah');
    if (label !== map.arrows[i].label) draftMap(draft, mapId, 'lintas-fungsi').arrows[i].label = label;
  },
});
