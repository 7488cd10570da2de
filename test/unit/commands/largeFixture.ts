// A large generated document for cost checks (no vitest import, so a measuring script can use it too).
import { CURRENT_VERSION, WorkspaceSchema, type Position, type Unit, type Workspace } from '../../../src/model';

/** One Perangkat Daerah per 500 positions: head, 10 Kabid, 4 Kasi each, JF/Pelaksana under the Kasi. */
export function largeDocument(count: number): Workspace {
  const units: Record<string, Unit> = {};
  const positions: Record<string, Position> = {};
  const add = (p: Omit<Position, 'kode' | 'jenjang' | 'memimpinUnitMandiri' | 'substansi' | 'kelasJabatan' | 'kebutuhan' | 'pemangku' | 'bezetting'>) => {
    positions[p.id] = { kode: '', jenjang: p.kind === 'fungsional' ? 'ahli-pertama' : null, memimpinUnitMandiri: false, substansi: '', kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null, ...p };
  };
  let n = 0;
  for (let pd = 0; n < count; pd++) {
    const pdId = `u${pd}`;
    units[pdId] = { id: pdId, nama: `Dinas ${pd}`, parentId: null, isPerangkatDaerah: true, tipePd: 'dinas', pengecualian: false };
    const head = `p${n++}`;
    add({ id: head, nama: `Kepala Dinas ${pd}`, kind: 'jpt-pratama', unitId: pdId, superiorId: null, placement: { x: pd * 5000, y: 0 } });
    for (let b = 0; b < 10 && n < count; b++) {
      const bidang = `${pdId}b${b}`;
      units[bidang] = { id: bidang, nama: `Bidang ${b}`, parentId: pdId, isPerangkatDaerah: false, tipePd: null, pengecualian: false };
      const kabid = `p${n++}`;
      add({ id: kabid, nama: `Kabid ${b}`, kind: 'administrator', unitId: bidang, superiorId: head, placement: { x: b * 400, y: 200 } });
      for (let s = 0; s < 4 && n < count; s++) {
        const seksi = `${bidang}s${s}`;
        units[seksi] = { id: seksi, nama: `Seksi ${s}`, parentId: bidang, isPerangkatDaerah: false, tipePd: null, pengecualian: false };
        const kasi = `p${n++}`;
        add({ id: kasi, nama: `Kasi ${s}`, kind: 'pengawas', unitId: seksi, superiorId: kabid, placement: { x: b * 400, y: 400 + s * 200 } });
        for (let j = 0; j < 11 && n < count; j++) {
          const id = `p${n++}`;
          add({ id, nama: `Staf ${j}`, kind: j % 2 ? 'pelaksana' : 'fungsional', unitId: seksi, superiorId: kasi, placement: null });
        }
      }
    }
  }
  return WorkspaceSchema.parse({ format: 'petakerja', version: CURRENT_VERSION, id: 'doc_large', units, positions });
}
