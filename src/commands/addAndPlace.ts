// Compound: what a palette drop creates — the position, for a structural one dropped under a superior the new unit
// it heads, and for a free box (not stacked under its superior) a spot clear of the others. One undo step.
import { placeNewBox } from '../layout/placeNewBox';
import { addPosition } from './addPosition';
import { addUnit } from './addUnit';
import { CommandError, defineCompound, execute, executeAll, type Executed } from './command';
import { moveBoxes } from './moveBoxes';
import {
  isStructural,
  newId,
  structureIndex,
  leadsUnit,
  type Point,
  type Position,
  type PositionKind,
  type Unit,
  type Workspace,
  isKedudukanKind,
} from '../model';

const DEFAULT_NAMES: Record<PositionKind, { jabatan: string; unit: string }> = {
  'jpt-madya': { jabatan: 'Sekretaris Daerah', unit: 'Sekretariat Daerah' },
  'jpt-pratama': { jabatan: 'Kepala Perangkat Daerah baru', unit: 'Perangkat Daerah baru' },
  administrator: { jabatan: 'Kepala Bidang baru', unit: 'Bidang baru' },
  pengawas: { jabatan: 'Kepala Seksi baru', unit: 'Seksi baru' },
  fungsional: { jabatan: 'Pejabat Fungsional baru', unit: '' },
  pelaksana: { jabatan: 'Pelaksana baru', unit: '' },
};

export interface AddAndPlaceArgs {
  /** the new position's id (the caller selects it afterwards) */
  positionId: string;
  kind: PositionKind;
  superiorId: string | null;
  /** where it was dropped, for a box with no superior */
  at: Point | null;
  /** unit to use for a JF/Pelaksana dropped on empty canvas (e.g. the selected box's unit) */
  preferredUnitId: string | null;
}

export const addAndPlace = defineCompound<AddAndPlaceArgs>({
  id: 'position.addAndPlace',
  build: (doc, args) => {
    const executed = buildNewPosition(doc, args);
    const p = executed.doc.positions[args.positionId];
    const stacked = isKedudukanKind(p.kind) && p.superiorId !== null;
    if (stacked || p.placement !== null) return executed;
    return executeAll(doc, executed.label, [
      () => executed,
      (d) => execute(d, moveBoxes, { moves: [{ id: args.positionId, placement: placeNewBox(d, args.positionId) }] }),
    ]);
  },
});

function buildNewPosition(doc: Workspace, req: AddAndPlaceArgs): Executed {
  const superior = req.superiorId ? doc.positions[req.superiorId] : undefined;
  if (req.superiorId && !superior) throw new CommandError('Jabatan atasan tidak ada lagi dalam dokumen.');
  const names = DEFAULT_NAMES[req.kind];
  const positionId = req.positionId;
  const steps: ((d: Workspace) => Executed)[] = [];
  let unitId: string;

  if (isStructural(req.kind)) {
    if (superior) {
      unitId = newId('unit');
      const unit: Unit = {
        id: unitId,
        nama: names.unit,
        parentId: superior.unitId,
        isPerangkatDaerah: false,
        tipePd: null,
        pengecualian: false,
      };
      steps.push((d) => execute(d, addUnit, { unit }));
    } else {
      const headless = topUnitWithoutHead(doc);
      if (headless) unitId = headless.id;
      else {
        unitId = newId('unit');
        const unit: Unit = {
          id: unitId,
          nama: names.unit,
          parentId: null,
          isPerangkatDaerah: true,
          tipePd: 'dinas',
          pengecualian: false,
        };
        steps.push((d) => execute(d, addUnit, { unit }));
      }
    }
  } else if (superior) {
    unitId = superior.unitId;
  } else {
    const preferred = req.preferredUnitId && doc.units[req.preferredUnitId] ? req.preferredUnitId : null;
    const first = Object.values(doc.units)[0];
    if (preferred) unitId = preferred;
    else if (first) unitId = first.id;
    else {
      unitId = newId('unit');
      const unit: Unit = {
        id: unitId,
        nama: 'Perangkat Daerah baru',
        parentId: null,
        isPerangkatDaerah: true,
        tipePd: 'dinas',
        pengecualian: false,
      };
      steps.push((d) => execute(d, addUnit, { unit }));
    }
  }

  const position: Position = {
    id: positionId,
    kode: '',
    nama: names.jabatan,
    kind: req.kind,
    jenjang: req.kind === 'fungsional' ? 'ahli-pertama' : null,
    unitId,
    superiorId: superior ? superior.id : null,
    memimpinUnitMandiri: false,
    substansi: '',
    kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
    placement: req.at,
  };
  steps.push((d) => execute(d, addPosition, { position }));
  return executeAll(doc, `Tambah jabatan «${position.nama}»`, steps);
}

function topUnitWithoutHead(doc: Workspace): Unit | undefined {
  const index = structureIndex(doc);
  return (index.unitChildren.get(null) ?? []).find(
    (u) => !(index.positionsByUnit.get(u.id) ?? []).some((p) => leadsUnit(p)),
  );
}
