// Add a position (and the unit it heads, when it brings one) where it covers nothing: a JF or Pelaksana under an
// official joins its stack, and boxes the grown stack would cover move down; a free box without a placement gets
// the next free spot under its superior (or right of everything). One undo step.
import type { Position, Unit, Workspace } from '../model';
import { makeRoom } from '../layout/placeClear';
import { placeNewBox } from '../layout/placeNewBox';
import { isStacked } from '../layout/geometry';
import { addPosition } from './addPosition';
import { addUnit } from './addUnit';
import { execute, executeAll, type Executed } from './command';
import { moveBoxes } from './moveBoxes';

export interface AddAndPlaceArgs {
  position: Position;
  /** the new unit the position heads, added first */
  unit?: Unit;
}

export function addAndPlace(doc: Workspace, { position, unit }: AddAndPlaceArgs): Executed {
  const steps: ((d: Workspace) => Executed)[] = [];
  if (unit) steps.push((d) => execute(d, addUnit, { unit }));
  steps.push((d) => execute(d, addPosition, { position }));
  steps.push((d) => {
    const p = d.positions[position.id];
    if (isStacked(p, d) || p.placement !== null) return execute(d, moveBoxes, { moves: [] });
    return execute(d, moveBoxes, { moves: [{ id: p.id, placement: placeNewBox(d, p.id) }] });
  });
  steps.push((d) => {
    const changed = [position.id, ...(position.superiorId ? [position.superiorId] : [])];
    return execute(d, moveBoxes, { moves: [...makeRoom(d, changed)].map(([id, placement]) => ({ id, placement })) });
  });
  return executeAll(doc, `Tambah jabatan «${position.nama}»`, steps);
}
