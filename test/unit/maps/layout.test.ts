// "Rapikan" for lintas fungsi maps: ELK layered along the flow, symbols in their lanes (elk.bundled in node), and the SOP mode.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { applyMapLayout, execute } from '../../../src/commands';
import { laneIndexes, layoutLintasFungsi, MIN_LANE_SIZE } from '../../../src/layout/lintasFungsi';
import { flowOrder } from '../../../src/model';
import { LANE_HEADER, laneAt, LF_NODE_SIZE, nodeCenter, type LintasFungsiMap } from '../../../src/model';
import { buildTemplateMap, TEMPLATES } from '../../../src/templates';
import { mapFixture } from './fixture';

const elk = new ELK();

function check(map: LintasFungsiMap, layout: Awaited<ReturnType<typeof layoutLintasFungsi>>): void {
  const sized = { ...map, lanes: map.lanes.map((l) => ({ ...l, size: layout.laneSizes[l.id] })) };
  const laneOf = laneIndexes(map);
  const boxes = map.nodes.map((n) => ({ id: n.id, ...layout.placements[n.id], ...LF_NODE_SIZE[n.type] }));
  for (const l of map.lanes) expect(layout.laneSizes[l.id]).toBeGreaterThanOrEqual(MIN_LANE_SIZE);
  for (const n of map.nodes) {
    const p = layout.placements[n.id];
    expect(p, n.id).toBeDefined();
    // inside its lane (its own, or its neighbour's when drawn outside the lanes), below the headers
    expect(laneAt(sized, nodeCenter(n, p)!)?.id, n.id).toBe(map.lanes[laneOf.get(n.id)!].id);
    expect(map.orientation === 'rows' ? p.x : p.y).toBeGreaterThanOrEqual(LANE_HEADER);
    // the whole box inside the lane, not only its centre
    const span = sized.lanes.slice(0, laneOf.get(n.id)!).reduce((a, l) => a + l.size, 0);
    const [lo, len] = map.orientation === 'rows' ? [p.y, LF_NODE_SIZE[n.type].height] : [p.x, LF_NODE_SIZE[n.type].width];
    expect(lo).toBeGreaterThanOrEqual(span);
    expect(lo + len).toBeLessThanOrEqual(span + layout.laneSizes[map.lanes[laneOf.get(n.id)!].id]);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.id} × ${b.id}`).toBe(false);
    }
  }
}

describe('layoutLintasFungsi', { timeout: 60_000 }, () => {
  it('lays every template out inside its lanes without overlaps, deterministically', async () => {
    for (const t of TEMPLATES) {
      const map = buildTemplateMap(t, { mapId: 'm' });
      const layout = await layoutLintasFungsi(map, elk);
      check(map, layout);
      expect(await layoutLintasFungsi(map, elk)).toEqual(layout);
    }
  });

  it('handles row lanes and symbols drawn outside the lanes', async () => {
    const map = mapFixture().maps.m_lf as LintasFungsiMap;
    const rows = { ...map, orientation: 'rows' as const, nodes: map.nodes.map((n) => (n.type === 'terminator' ? { ...n, laneId: null } : n)) };
    const layout = await layoutLintasFungsi(rows, elk);
    check(rows, layout);
    // the start terminator sits in the lane of the activity it leads to
    expect(laneIndexes(rows).get('n_mulai')).toBe(2);
  });

  it('flows the way the orientation promises: top to bottom in column lanes, left to right in row lanes', async () => {
    const map = mapFixture().maps.m_lf as LintasFungsiMap;
    for (const orientation of ['columns', 'rows'] as const) {
      const m = { ...map, orientation };
      const layout = await layoutLintasFungsi(m, elk);
      check(m, layout);
      const along = (id: string) => (orientation === 'columns' ? layout.placements[id].y : layout.placements[id].x);
      // the fixture has no cycle: every arrow runs forward along the flow
      for (const a of m.arrows) expect(along(a.target), `${orientation} ${a.source} → ${a.target}`).toBeGreaterThan(along(a.source));
    }
  });

  it('SOP mode: one step per row in SOP table order', async () => {
    const map = buildTemplateMap(TEMPLATES[3], { mapId: 'm' });
    const layout = await layoutLintasFungsi(map, elk, { mode: 'sop' });
    check(map, layout);
    const ys = flowOrder(map).map((n) => layout.placements[n.id].y + LF_NODE_SIZE[n.type].height / 2);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
  });

  it('lays out a 300-activity map (the cheaper ELK settings) inside its lanes', async () => {
    const doc = generateWorkspace({ positions: 120, seed: 3, placements: false, lintasFungsi: { activities: 300 } });
    const map = Object.values(doc.maps)[0] as LintasFungsiMap;
    check(map, await layoutLintasFungsi(map, elk));
  });

  it('applies through applyMapLayout as one undoable step', async () => {
    const doc = mapFixture();
    const map = doc.maps.m_lf as LintasFungsiMap;
    const layout = await layoutLintasFungsi(map, elk);
    const done = execute(doc, applyMapLayout, { mapId: 'm_lf', ...layout });
    const after = done.doc.maps.m_lf as LintasFungsiMap;
    for (const n of after.nodes) expect(laneAt(after, nodeCenter(n)!)?.id).toBe(n.laneId);
  });
});
