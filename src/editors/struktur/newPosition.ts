// What a palette drop creates: the position, and for a structural one dropped under a superior, the new unit
// it heads. Pure: addAndPlace puts it where it covers nothing, as one undo step.
import { addAndPlace } from '../../commands/addAndPlace';
import type { Executed } from '../../commands/command';
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
} from '../../model';

const DEFAULT_NAMES: Record<PositionKind, { jabatan: string; unit: string }> = {
  'jpt-madya': { jabatan: 'Sekretaris Daerah', unit: 'Sekretariat Daerah' },
  'jpt-pratama': { jabatan: 'Kepala Perangkat Daerah baru', unit: 'Perangkat Daerah baru' },
  administrator: { jabatan: 'Kepala Bidang baru', unit: 'Bidang baru' },
  pengawas: { jabatan: 'Kepala Seksi baru', unit: 'Seksi baru' },
  fungsional: { jabatan: 'Pejabat Fungsional baru', unit: '' },
  pelaksana: { jabatan: 'Pelaksana baru', unit: '' },
};

export interface NewPositionRequest {
  kind: PositionKind;
  superiorId: string | null;
  /** where it was dropped, for a box with no superior */
  at: Point | null;
  /** unit to use for a JF/Pelaksana dropped on empty canvas (e.g. the selected box's unit) */
  preferredUnitId: string | null;
}

export function buildNewPosition(doc: Workspace, req: NewPositionRequest): { executed: Executed; positionId: string } {
  const superior = req.superiorId ? doc.positions[req.superiorId] : undefined;
  const names = DEFAULT_NAMES[req.kind];
  const positionId = newId('pos');
  let newUnit: Unit | undefined;
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
      newUnit = unit;
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
        newUnit = unit;
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
      newUnit = unit;
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
  return { executed: addAndPlace(doc, { position, unit: newUnit }), positionId };
}

function topUnitWithoutHead(doc: Workspace): Unit | undefined {
  const index = structureIndex(doc);
  return (index.unitChildren.get(null) ?? []).find(
    (u) => !(index.positionsByUnit.get(u.id) ?? []).some((p) => leadsUnit(p)),
  );
}
