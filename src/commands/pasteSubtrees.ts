// Paste a clipboard payload: fresh ids, the internal superior links kept, the pasted roots attached under
// `superiorId`. Units are found or re-created:
// - a unit whose id exists in the target document is reused (a paste into the same document or a copy of it);
// - otherwise a unit with the same name under the same (mapped) parent is reused, else it is re-created there;
// - with `unitId`, the roots' units become that unit and the units below them are found/re-created inside it;
// - without `unitId`, pasting under a superior of another Perangkat Daerah moves the copy into the superior's
//   unit (a pasted head gets its own unit, found or re-created by name below the superior's unit), because a
//   kedudukan or komando line may not cross Perangkat Daerah (KED-10);
// - below a root moved by either of the last two rules, a position whose unit is not inside the root's unit
//   joins the root's new unit.
import { leadsUnit, newId, type Point, type Position, type Unit, type Workspace } from '../model';
import { ClipboardSchema, type ClipboardPayload } from './clipboard';
import { defineCommand } from './command';
import {
  baseOf,
  checkedPoint,
  crossPdError,
  freeKode,
  normalizeKindFields,
  parseOrRefuse,
  perangkatDaerahOfUnit,
  positionName,
  requirePosition,
  requireUnit,
  uniqueIds,
  unitName,
  type IdMaker,
} from './guards';

export interface PasteSubtreesArgs {
  /** validated again here: it may come from the system clipboard */
  payload: ClipboardPayload;
  superiorId: string | null;
  /** put the pasted roots into this unit */
  unitId?: string;
  /** where the top-left placed box of the copy goes; by default a paste into its own document shifts by 40,40 */
  at?: Point;
  /** ids for the new records; newId() when absent */
  idFor?: IdMaker;
}

export interface PastePlan {
  units: Unit[];
  positions: Position[];
  /** new ids of the pasted roots, e.g. to select them */
  rootIds: string[];
}

const SAME_DOCUMENT_OFFSET: Point = { x: 40, y: 40 };

type Anchor = { unit: string } | { childOf: string };

/** Maps payload units to target units, creating what is missing. */
class UnitPlanner {
  readonly created: Unit[] = [];
  private readonly createdById = new Map<string, Unit>();
  private readonly resolved = new Map<string, string>();
  private readonly relocatedMemo = new Map<string, boolean>();
  private childrenByParent: Map<string | null, Unit[]> | null = null;

  constructor(
    private readonly doc: Workspace,
    private readonly payloadUnits: Map<string, Unit>,
    private readonly forced: Map<string, Anchor>,
    private readonly makeId: IdMaker,
  ) {}

  lookup = (id: string): Unit | undefined => this.doc.units[id] ?? this.createdById.get(id);

  resolve(payloadUnitId: string): string {
    const known = this.resolved.get(payloadUnitId);
    if (known !== undefined) return known;
    const pu = this.payloadUnits.get(payloadUnitId)!;
    const anchor = this.forced.get(payloadUnitId);
    let target: string;
    if (anchor && 'unit' in anchor) target = anchor.unit;
    else if (anchor) target = this.findOrCreate(pu, anchor.childOf);
    else if (pu.parentId !== null && this.relocated(pu.parentId)) target = this.findOrCreate(pu, this.resolve(pu.parentId));
    else if (this.doc.units[payloadUnitId]) target = payloadUnitId;
    else target = this.findOrCreate(pu, pu.parentId !== null ? this.resolve(pu.parentId) : null);
    this.resolved.set(payloadUnitId, target);
    return target;
  }

  /** True when the unit or one of its ancestors in the payload is anchored somewhere new. */
  relocated(payloadUnitId: string): boolean {
    const known = this.relocatedMemo.get(payloadUnitId);
    if (known !== undefined) return known;
    this.relocatedMemo.set(payloadUnitId, false); // cycle guard; the schema refuses cycles anyway
    const pu = this.payloadUnits.get(payloadUnitId);
    const value = this.forced.has(payloadUnitId) || (pu?.parentId != null && this.relocated(pu.parentId));
    this.relocatedMemo.set(payloadUnitId, value);
    return value;
  }

  private findOrCreate(pu: Unit, parentId: string | null): string {
    const siblings = this.children().get(parentId) ?? [];
    const same = siblings.find((u) => u.nama === pu.nama);
    if (same) return same.id;
    const unit: Unit = { ...pu, id: this.makeId('unit', pu.id), parentId };
    this.created.push(unit);
    this.createdById.set(unit.id, unit);
    siblings.push(unit);
    this.children().set(parentId, siblings);
    return unit.id;
  }

  private children(): Map<string | null, Unit[]> {
    if (!this.childrenByParent) {
      this.childrenByParent = new Map();
      for (const u of Object.values(this.doc.units)) {
        const list = this.childrenByParent.get(u.parentId);
        if (list) list.push(u);
        else this.childrenByParent.set(u.parentId, [u]);
      }
    }
    return this.childrenByParent;
  }
}

/** What a paste adds to the document. Pure; throws CommandError when the paste is refused. */
export function planPaste(doc: Workspace, args: PasteSubtreesArgs): PastePlan {
  const payload = parseOrRefuse(ClipboardSchema, args.payload, 'Isi papan klip (salinan PetaKerja)');
  const superior = args.superiorId !== null ? requirePosition(doc, args.superiorId) : null;
  if (args.unitId !== undefined) requireUnit(doc, args.unitId);
  const at = args.at !== undefined ? checkedPoint(args.at) : undefined;
  const makeId = uniqueIds(
    args.idFor ?? ((prefix) => newId(prefix)),
    (id) => id in doc.positions || id in doc.units,
  );

  const payloadUnits = new Map(payload.units.map((u) => [u.id, u]));
  const roots = payload.positions.filter((p) => p.superiorId === null);
  const forced = new Map<string, Anchor>();
  if (args.unitId !== undefined) {
    for (const r of roots) forced.set(r.unitId, { unit: args.unitId });
  } else if (superior) {
    // Dry run without anchors: where would each root land, and is that in the superior's Perangkat Daerah?
    let dryCount = 0;
    const dry = new UnitPlanner(doc, payloadUnits, new Map(), () => `\u0000dry${dryCount++}`);
    const superiorPd = perangkatDaerahOfUnit(dry.lookup, superior.unitId)?.id;
    for (const r of roots) {
      if (perangkatDaerahOfUnit(dry.lookup, dry.resolve(r.unitId))?.id === superiorPd) continue;
      const heads = roots.some((o) => o.unitId === r.unitId && leadsUnit(o));
      if (!forced.has(r.unitId) || heads) {
        forced.set(r.unitId, heads ? { childOf: superior.unitId } : { unit: superior.unitId });
      }
    }
  }

  const planner = new UnitPlanner(doc, payloadUnits, forced, makeId);
  const idMap = new Map(payload.positions.map((p) => [p.id, makeId('pos', p.id)]));
  const placed = payload.positions.flatMap((p) => (p.placement ? [p.placement] : []));
  const shift =
    at && placed.length > 0
      ? {
          x: at.x - placed.reduce((m, p) => Math.min(m, p.x), Infinity),
          y: at.y - placed.reduce((m, p) => Math.min(m, p.y), Infinity),
        }
      : payload.sourceDocId === doc.id && !at
        ? SAME_DOCUMENT_OFFSET
        : { x: 0, y: 0 };
  const usedKode = new Set(Object.values(doc.positions).map((p) => p.kode));

  // A position below a relocated root whose own unit lies outside the relocated unit subtree (e.g. a JF placed
  // in the Dinas unit under a Kabid) goes into its root's new unit, so the copy never reaches back into the
  // Perangkat Daerah it came from.
  const byId = new Map(payload.positions.map((p) => [p.id, p]));
  const rootOf = (p: Position): Position => {
    let cursor = p;
    while (cursor.superiorId !== null) cursor = byId.get(cursor.superiorId)!; // the schema refuses cycles
    return cursor;
  };
  const unitFor = (p: Position): string => {
    const root = rootOf(p);
    if (forced.has(root.unitId) && !planner.relocated(p.unitId)) return planner.resolve(root.unitId);
    return planner.resolve(p.unitId);
  };

  const positions = payload.positions.map((p) =>
    normalizeKindFields({
      ...p,
      id: idMap.get(p.id)!,
      kode: freeKode(usedKode, p.kode),
      unitId: unitFor(p),
      superiorId: p.superiorId === null ? args.superiorId : idMap.get(p.superiorId)!,
      placement: p.placement ? { x: p.placement.x + shift.x, y: p.placement.y + shift.y } : null,
    }),
  );

  if (superior) {
    const superiorPd = perangkatDaerahOfUnit(planner.lookup, superior.unitId);
    for (const p of positions) {
      if (p.superiorId !== superior.id) continue;
      const pd = perangkatDaerahOfUnit(planner.lookup, p.unitId);
      if (pd && superiorPd && pd.id !== superiorPd.id) throw crossPdError(p, pd, superior, superiorPd);
    }
  }
  return {
    units: planner.created,
    positions,
    rootIds: positions.filter((p) => p.superiorId === args.superiorId).map((p) => p.id),
  };
}

export const pasteSubtrees = defineCommand<PasteSubtreesArgs>({
  id: 'position.paste',
  label: ({ payload, superiorId, unitId }, doc) => {
    const count = Array.isArray(payload?.positions) ? payload.positions.length : 0;
    const where =
      superiorId !== null
        ? ` di bawah «${positionName(doc, superiorId)}»`
        : unitId !== undefined
          ? ` ke unit «${unitName(doc, unitId)}»`
          : '';
    return `Tempel ${count} jabatan${where}`;
  },
  recipe: (draft, args) => {
    const plan = planPaste(baseOf(draft), args);
    for (const u of plan.units) draft.units[u.id] = u;
    for (const p of plan.positions) draft.positions[p.id] = p;
  },
});
