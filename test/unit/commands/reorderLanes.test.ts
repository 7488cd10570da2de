// reorderLanes, and the lane commands that move lanes along the cross axis (updateLane index/size, the
// orientation of updateMapMeta): execute → undo → redo, and every placed symbol stays in its lane on the canvas.
import { describe, expect, it } from 'vitest';
import { execute, reorderLanes, updateLane, updateMapMeta } from '../../../src/commands';
import { LF_NODE_SIZE, laneAt, nodeCenter, type LintasFungsiMap, type Workspace } from '../../../src/model';
import { mapFixture } from '../maps/fixture';
import { refusal, roundTrip } from './fixture';

const lf = (doc: Workspace) => doc.maps.m_lf as LintasFungsiMap;

/** Symbols whose lane on the canvas (by their centre) is not the lane they belong to. */
function strays(map: LintasFungsiMap): string[] {
  return map.nodes.filter((n) => n.laneId !== null && n.placement && laneAt(map, nodeCenter(n)!)?.id !== n.laneId).map((n) => n.id);
}

describe('lane.reorder', () => {
  it('moves a lane and the symbols standing in it; the others close up; undo and redo', () => {
    const doc = mapFixture();
    expect(strays(lf(doc))).toEqual([]);
    // lanes: ln_kabid 0–260, ln_kasi 260–520, ln_pd 520–720
    const done = roundTrip(doc, reorderLanes, { mapId: 'm_lf', laneId: 'ln_pd', toIndex: 0 });
    expect(done.label).toBe('Geser lajur «Perangkat Daerah pemohon» ke urutan 1');
    const map = lf(done.doc);
    expect(map.lanes.map((l) => l.id)).toEqual(['ln_pd', 'ln_kabid', 'ln_kasi']);
    const at = (id: string) => map.nodes.find((n) => n.id === id)!.placement;
    expect(at('n_mulai')).toEqual({ x: 25, y: 20 }); // ln_pd 520 → 0
    expect(at('n_putus')).toEqual({ x: 260, y: 200 }); // ln_kabid 0 → 200
    expect(at('n_kerja')).toEqual({ x: 500, y: 320 }); // ln_kasi 260 → 460
    expect(strays(map)).toEqual([]);
    expect(map.nodes.map((n) => n.laneId)).toEqual(lf(doc).nodes.map((n) => n.laneId));
  });

  it('moves rows lanes along y and leaves symbols drawn outside every lane where they are', () => {
    const doc = mapFixture();
    const m = lf(doc);
    m.orientation = 'rows';
    m.nodes = m.nodes.map((n) => (n.placement ? { ...n, placement: { x: n.placement.y, y: n.placement.x } } : n));
    m.nodes.push({ id: 'n_luar', type: 'connector', label: 'A', laneId: null, placement: { x: 40, y: 900 }, sumber: '' });
    const done = roundTrip(doc, reorderLanes, { mapId: 'm_lf', laneId: 'ln_kabid', toIndex: 2 });
    const map = lf(done.doc);
    expect(map.lanes.map((l) => l.id)).toEqual(['ln_kasi', 'ln_pd', 'ln_kabid']);
    expect(map.nodes.find((n) => n.id === 'n_putus')!.placement).toEqual({ x: 200, y: 60 + 460 });
    expect(map.nodes.find((n) => n.id === 'n_kerja')!.placement).toEqual({ x: 320, y: 300 - 260 });
    expect(map.nodes.find((n) => n.id === 'n_luar')!.placement).toEqual({ x: 40, y: 900 });
  });

  it('refuses an index out of range and a missing lane; the same place changes nothing', () => {
    const doc = mapFixture();
    expect(refusal(() => execute(doc, reorderLanes, { mapId: 'm_lf', laneId: 'ln_pd', toIndex: 3 }))).toMatch(/Urutan lajur 4 di luar jangkauan \(1–3\)/);
    expect(refusal(() => execute(doc, reorderLanes, { mapId: 'm_lf', laneId: 'ln_x', toIndex: 0 }))).toMatch(/Lajur dengan id «ln_x»/);
    expect(refusal(() => execute(doc, reorderLanes, { mapId: 'm_l1', laneId: 'ln_pd', toIndex: 0 }))).toMatch(/lintas fungsi/);
    expect(execute(doc, reorderLanes, { mapId: 'm_lf', laneId: 'ln_kasi', toIndex: 1 }).patches).toEqual([]);
  });
});

describe('lanes that grow, move or turn keep their symbols', () => {
  it('updateLane: a wider lane pushes the symbols of the lanes after it', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, updateLane, { mapId: 'm_lf', laneId: 'ln_kabid', changes: { size: 400 } });
    const map = lf(done.doc);
    expect(map.nodes.find((n) => n.id === 'n_putus')!.placement).toEqual({ x: 60, y: 200 });
    expect(map.nodes.find((n) => n.id === 'n_kerja')!.placement).toEqual({ x: 440, y: 320 });
    expect(strays(map)).toEqual([]);
    const moved = roundTrip(doc, updateLane, { mapId: 'm_lf', laneId: 'ln_kasi', changes: { index: 0 } });
    expect(strays(lf(moved.doc))).toEqual([]);
  });

  it('updateMapMeta: turning columns into rows turns each symbol with its lane, clear of the lane headers', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, updateMapMeta, { mapId: 'm_lf', changes: { orientation: 'rows' } });
    const map = lf(done.doc);
    expect(map.orientation).toBe('rows');
    // the activity n_kerja (190×72) at (300, 320): 320 along the flow, centred at 395 across
    expect(map.nodes.find((n) => n.id === 'n_kerja')!.placement).toEqual({ x: 320, y: 395 - 36 });
    expect(strays(map)).toEqual([]);
    // at least as far from the lane headers as before, so a symbol below the header band stays out of it; only
    // where the turned symbols would overlap (n_minta 80 below n_mulai, n_tolak 120 below n_putus: as rows 150 and 130 wide) is one pushed forward
    const before = new Map(lf(doc).nodes.map((n) => [n.id, n.placement!]));
    for (const n of map.nodes) expect(n.placement!.x).toBeGreaterThanOrEqual(before.get(n.id)!.y);
    expect(map.nodes.filter((n) => n.placement!.x !== before.get(n.id)!.y).map((n) => n.id)).toEqual(['n_minta', 'n_tolak']);
    // the order along the flow is kept
    const order = (m: LintasFungsiMap, axis: 'x' | 'y') => [...m.nodes].sort((a, b) => a.placement![axis] - b.placement![axis]).map((n) => n.id);
    expect(order(map, 'x')).toEqual(order(lf(doc), 'y'));
    // turning back: the symbols that kept their place are where they were, the order is the same
    const back = lf(execute(done.doc, updateMapMeta, { mapId: 'm_lf', changes: { orientation: 'columns' } }).doc);
    for (const id of ['n_mulai', 'n_putus', 'n_kerja', 'n_selesai']) expect(back.nodes.find((n) => n.id === id)).toEqual(lf(doc).nodes.find((n) => n.id === id));
    expect(order(back, 'y')).toEqual(order(lf(doc), 'y'));
  });

  it('updateMapMeta: symbols that would stand on each other after the turn move forward along the flow, in order', () => {
    const doc = mapFixture();
    const base = lf(doc);
    // two activities close together down one column lane: 72 high, 100 apart — as rows they are 190 wide
    const crowded = structuredClone(doc);
    const cm = lf(crowded);
    const first = cm.nodes.find((n) => n.id === 'n_kerja')!;
    const second = { ...structuredClone(first), id: 'n_kerja2', label: 'Kegiatan kedua', placement: { x: first.placement!.x, y: first.placement!.y + 100 } };
    cm.nodes.push(second);
    const overlaps = (m: LintasFungsiMap) => {
      const boxes = m.nodes.map((n) => ({ id: n.id, ...LF_NODE_SIZE[n.type], ...n.placement! }));
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id}×${b.id}`));
    };
    expect(overlaps(cm)).toEqual([]);
    const done = roundTrip(crowded, updateMapMeta, { mapId: 'm_lf', changes: { orientation: 'rows' } });
    const map = lf(done.doc);
    expect(overlaps(map)).toEqual([]);
    expect(strays(map)).toEqual([]);
    const a = map.nodes.find((n) => n.id === 'n_kerja')!.placement!;
    const b = map.nodes.find((n) => n.id === 'n_kerja2')!.placement!;
    // the earlier one keeps its turned place, the later one follows it along the flow, in the same lane
    expect(a).toEqual({ x: first.placement!.y, y: first.placement!.x + 95 - 36 });
    expect(b.x).toBeGreaterThanOrEqual(a.x + 190);
    expect(b.y).toBe(a.y);
    expect(base.nodes.length + 1).toBe(map.nodes.length);
  });
});
