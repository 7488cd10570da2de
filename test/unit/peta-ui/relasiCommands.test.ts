// The commands the peta relasi canvas runs, on a relasi map: execute → undo → redo (roundTrip), with what the
// canvas relies on — a drag stores the unplaced boxes too, Rapikan places every box in one step, Delete on a box
// takes its arrows, an arrow's label and jenis change together.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { addArrow, applyMapLayout, moveNodes, relabelArrow, removeArrows, removeNodes } from '../../../src/commands';
import { dragMoves, relasiPlacements } from '../../../src/layout/relasiView';
import { layoutRelasi } from '../../../src/layout/relasi';
import type { RelasiMap, Workspace } from '../../../src/model';
import { roundTrip } from '../commands/fixture';
import { mapFixture } from '../maps/fixture';

const rel = (doc: Workspace) => doc.maps.m_ikp as RelasiMap;

/** The fixture's relasi map with two more boxes never placed (as the old list editor made them). */
function withUnplaced(): Workspace {
  const doc = mapFixture();
  rel(doc).boxes.push({ id: 'b_bkd', ref: { kind: 'unit', id: 'u_bkd' }, placement: null }, { id: 'b_ang', ref: { kind: 'unit', id: 'u_anggaran' }, placement: null });
  return doc;
}

describe('relasi commands run by the canvas', () => {
  it('one drag is one step that also pins the unplaced boxes where they were shown', () => {
    const doc = withUnplaced();
    const shown = relasiPlacements(rel(doc));
    const moves = dragMoves(rel(doc), [{ id: 'b_masy', to: { x: 600, y: 40 } }]);
    const done = roundTrip(doc, moveNodes, { mapId: 'm_ikp', moves });
    // one box dragged: the undo step names the map, not the three boxes it stores
    expect(done.label).toBe('Pindahkan kotak pada peta «Peta Relasi Bidang IKP»');
    const boxes = rel(done.doc).boxes;
    expect(boxes.find((b) => b.id === 'b_masy')!.placement).toEqual({ x: 600, y: 40 });
    expect(boxes.find((b) => b.id === 'b_bkd')!.placement).toEqual(shown.get('b_bkd'));
    expect(boxes.find((b) => b.id === 'b_ang')!.placement).toEqual(shown.get('b_ang'));
  });

  it('Rapikan (ELK, left to right) places every box in one step; the giver stands left of the receiver', async () => {
    const doc = withUnplaced();
    rel(doc).arrows.push({ id: 'ra2', source: 'b_ikp', target: 'b_masy', label: 'Informasi publik', jenis: 'layanan' });
    const placements = await layoutRelasi(rel(doc), new ELK());
    expect(Object.keys(placements).sort()).toEqual(rel(doc).boxes.map((b) => b.id).sort());
    // ra1 b_apt → b_ikp, ra2 b_ikp → b_masy: layers left to right
    expect(placements.b_apt.x).toBeLessThan(placements.b_ikp.x);
    expect(placements.b_ikp.x).toBeLessThan(placements.b_masy.x);
    const done = roundTrip(doc, applyMapLayout, { mapId: 'm_ikp', placements });
    expect(rel(done.doc).boxes.every((b) => b.placement !== null)).toBe(true);
  });

  it('a new arrow starts without a label; label and jenis are set afterwards, and Delete removes it', () => {
    const doc = mapFixture();
    const added = roundTrip(doc, addArrow, { mapId: 'm_ikp', arrow: { id: 'ra2', source: 'b_ikp', target: 'b_masy', label: '', jenis: null } });
    const labelled = roundTrip(added.doc, relabelArrow, { mapId: 'm_ikp', arrowId: 'ra2', label: 'Siaran pers', jenis: 'dokumen' });
    expect(rel(labelled.doc).arrows[1]).toMatchObject({ label: 'Siaran pers', jenis: 'dokumen' });
    const removed = roundTrip(labelled.doc, removeArrows, { mapId: 'm_ikp', ids: ['ra2'] });
    expect(rel(removed.doc).arrows.map((a) => a.id)).toEqual(['ra1']);
  });

  it('deleting a box takes the arrows that touch it, and undo brings both back', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeNodes, { mapId: 'm_ikp', ids: ['b_ikp'] });
    expect(done.label).toBe('Hapus kotak');
    expect(rel(done.doc).boxes.map((b) => b.id)).toEqual(['b_apt', 'b_masy']);
    expect(rel(done.doc).arrows).toEqual([]);
  });
});
