// Editing maps as drawn: paste of symbols / boxes with their arrows, deleting a process that has derivatives
// (with them or keeping them as drafts), deleting a lane with its symbols or moving them. execute → undo → redo.
import { describe, expect, it } from 'vitest';
import { CommandError, execute, pasteMapElements, removeLane, removeProcess } from '../../../src/commands';
import { copyMapElements, laneAt, nodeCenter, type LintasFungsiMap, type RelasiMap } from '../../../src/model';
import { roundTrip } from '../commands/fixture';
import { mapFixture } from './fixture';

const lf = (doc: ReturnType<typeof mapFixture>, id = 'm_lf') => doc.maps[id] as LintasFungsiMap;

describe('copyMapElements + pasteMapElements', () => {
  it('copies symbols with the arrows among them and pastes them with fresh ids into the lane under them', () => {
    const doc = mapFixture();
    const clip = copyMapElements(lf(doc), ['n_putus', 'n_kerja', 'n_tolak', 'n_nope'])!;
    expect(clip.kind).toBe('lintas-fungsi');
    if (clip.kind !== 'lintas-fungsi') return;
    expect(clip.nodes.map((n) => n.id)).toEqual(['n_putus', 'n_kerja', 'n_tolak']);
    expect(clip.arrows.map((a) => a.id)).toEqual(['a3', 'a4']);
    let i = 0;
    const done = roundTrip(doc, pasteMapElements, { mapId: 'm_lf', clip, offset: { x: 0, y: 400 }, idFor: (k) => `${k}_${++i}` });
    const map = lf(done.doc);
    expect(map.nodes).toHaveLength(9);
    const pasted = map.nodes.slice(6);
    expect(pasted.map((n) => n.id)).toEqual(['node_1', 'node_2', 'node_3']);
    expect(pasted.map((n) => n.placement)).toEqual([{ x: 60, y: 600 }, { x: 300, y: 720 }, { x: 40, y: 720 }]);
    for (const n of pasted) expect(n.laneId).toBe(laneAt(map, nodeCenter(n)!)!.id);
    const arrows = map.arrows.slice(6);
    expect(arrows.map((a) => [a.source, a.target, a.label])).toEqual([
      ['node_1', 'node_2', 'Ya'],
      ['node_1', 'node_3', 'Tidak'],
    ]);
    expect(done.doc.positions).toBe(doc.positions);
  });

  it('moves pasted symbols into the lane their new place lies in, and refuses an activity outside every lane', () => {
    const doc = mapFixture();
    const clip = copyMapElements(lf(doc), ['n_tolak'])!;
    const moved = execute(doc, pasteMapElements, { mapId: 'm_lf', clip, offset: { x: 540, y: 0 } });
    expect(lf(moved.doc).nodes.at(-1)!.laneId).toBe('ln_pd');
    expect(() => execute(doc, pasteMapElements, { mapId: 'm_lf', clip, offset: { x: 2000, y: 0 } })).toThrow(/di luar lajur/);
  });

  it('pastes relasi boxes with their arrows, and only into a map of the same kind', () => {
    const doc = mapFixture();
    const rel = doc.maps.m_ikp as RelasiMap;
    const clip = copyMapElements(rel, ['b_ikp', 'b_apt'])!;
    const done = roundTrip(doc, pasteMapElements, { mapId: 'm_ikp', clip, offset: { x: 0, y: 400 } });
    const after = done.doc.maps.m_ikp as RelasiMap;
    expect(after.boxes).toHaveLength(5);
    expect(after.boxes.slice(3).map((b) => b.placement)).toEqual([{ x: 0, y: 400 }, { x: 300, y: 400 }]);
    expect(after.arrows).toHaveLength(2);
    expect(after.arrows[1]).toMatchObject({ label: 'Aplikasi', jenis: 'layanan', source: after.boxes[4].id, target: after.boxes[3].id });
    expect(() => execute(doc, pasteMapElements, { mapId: 'm_lf', clip, offset: { x: 0, y: 0 } })).toThrow(CommandError);
    expect(() => execute(doc, pasteMapElements, { mapId: 'm_lf', clip, offset: { x: 0, y: 0 } })).toThrow(/peta relasi lain/);
  });

  it('copies nothing from a level map', () => {
    const doc = mapFixture();
    expect(copyMapElements(doc.maps.m_l1, ['p_apl'])).toBeNull();
  });
});

describe('removeProcess with derivative maps', () => {
  it('keeps the derivative maps as drafts without a parent, and what hangs below them stays with them', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeProcess, { mapId: 'm_l1', processId: 'p_apl', derivatives: 'detach' });
    expect(done.label).toBe('Hapus proses «Layanan Aplikasi», 1 peta turunan menjadi draf lepas');
    expect(done.doc.maps.m_l2.parent).toBeNull();
    expect(done.doc.maps.m_l3.parent).toEqual({ mapId: 'm_l2', processId: 'q_infra' });
    expect(Object.keys(done.doc.maps)).toHaveLength(Object.keys(doc.maps).length);
  });

  it('deletes them with the process by default', () => {
    const doc = mapFixture();
    const done = execute(doc, removeProcess, { mapId: 'm_l1', processId: 'p_apl' });
    expect(done.label).toMatch(/beserta 4 peta turunan/);
    expect(done.doc.maps.m_l2).toBeUndefined();
  });
});

describe('removeLane with symbols', () => {
  it('deletes the symbols with the lane, and their arrows', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeLane, { mapId: 'm_lf', laneId: 'ln_kabid', deleteNodes: true });
    expect(done.label).toBe('Hapus lajur «Kepala Bidang Aptika» beserta 2 simbol');
    const map = lf(done.doc);
    expect(map.nodes.map((n) => n.id)).toEqual(['n_mulai', 'n_minta', 'n_kerja', 'n_selesai']);
    expect(map.arrows.map((a) => a.id)).toEqual(['a1', 'a5']);
  });

  it('moves the symbols into the target lane where they stood in theirs, and the lanes behind close the gap with their symbols', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeLane, { mapId: 'm_lf', laneId: 'ln_kabid', moveNodesTo: 'ln_kasi' });
    const map = lf(done.doc);
    // ln_kabid was 0–260, ln_kasi 260–520, ln_pd 520–720; now ln_kasi 0–260, ln_pd 260–460
    expect(map.nodes.find((n) => n.id === 'n_putus')!.placement).toEqual({ x: 60, y: 200 });
    expect(map.nodes.find((n) => n.id === 'n_kerja')!.placement).toEqual({ x: 40, y: 320 });
    expect(map.nodes.find((n) => n.id === 'n_mulai')!.placement).toEqual({ x: 285, y: 20 });
    for (const n of map.nodes) expect(laneAt(map, nodeCenter(n)!)?.id).toBe(n.laneId);
  });
});
