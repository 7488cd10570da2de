// Pure helpers of the peta relasi canvas: automatic spots, what a drag stores, box texts, process choices and the
// geometry of arrows between box borders.
import { describe, expect, it } from 'vitest';
import {
  arrowGeometry,
  boxView,
  centredAt,
  dragMoves,
  exitPoint,
  nextFreeSpot,
  parallelOffsets,
  PARALLEL_GAP,
  processOptions,
  RELASI_BOX,
  RELASI_GRID,
  relasiPlacements,
  unitKindLabel,
} from '../../../src/layout/relasiView';
import type { RelasiBox, RelasiMap } from '../../../src/model';
import { mapFixture } from '../maps/fixture';

const box = (id: string, placement: { x: number; y: number } | null): RelasiBox => ({ id, ref: { kind: 'luar', nama: id }, placement });

describe('relasiPlacements', () => {
  it('keeps stored placements and puts unplaced boxes on a grid below them, in map order', () => {
    const at = relasiPlacements({ boxes: [box('a', { x: 100, y: 50 }), box('b', null), box('c', null), box('d', { x: 40, y: 300 })] });
    expect(at.get('a')).toEqual({ x: 100, y: 50 });
    expect(at.get('d')).toEqual({ x: 40, y: 300 });
    const firstRow = 300 + RELASI_GRID.dy;
    expect(at.get('b')).toEqual({ x: 40, y: firstRow });
    expect(at.get('c')).toEqual({ x: 40 + RELASI_GRID.dx, y: firstRow });
  });

  it('starts the grid at the origin when nothing is placed, and wraps after the last column', () => {
    const boxes = Array.from({ length: RELASI_GRID.columns + 1 }, (_, i) => box(`b${i}`, null));
    const at = relasiPlacements({ boxes });
    expect(at.get('b0')).toEqual({ x: 0, y: 0 });
    expect(at.get(`b${RELASI_GRID.columns}`)).toEqual({ x: 0, y: RELASI_GRID.dy });
  });

  it('no two automatic spots overlap each other or a placed box', () => {
    const boxes = [box('p', { x: 0, y: 0 }), ...Array.from({ length: 9 }, (_, i) => box(`u${i}`, null))];
    const rects = [...relasiPlacements({ boxes }).values()];
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const apart = Math.abs(rects[i].x - rects[j].x) >= RELASI_BOX.width || Math.abs(rects[i].y - rects[j].y) >= RELASI_BOX.height;
        expect(apart, `${i} ${j}`).toBe(true);
      }
    }
  });
});

describe('dragMoves', () => {
  it('stores the dragged box where it was dropped and pins every other unplaced box where it is shown', () => {
    const map = { boxes: [box('a', null), box('b', null), box('c', { x: 0, y: 0 })] };
    const shown = relasiPlacements(map);
    const moves = dragMoves(map, [{ id: 'a', to: { x: 500.4, y: 20.6 } }]);
    expect(moves).toEqual([
      { id: 'a', to: { x: 500, y: 21 } },
      { id: 'b', to: shown.get('b') },
    ]);
    // after the move, the pinned box stands where it stood before
    const after = { boxes: map.boxes.map((b) => ({ ...b, placement: moves.find((m) => m.id === b.id)?.to ?? b.placement })) };
    expect(relasiPlacements(after).get('b')).toEqual(shown.get('b'));
  });

  it('moves only what was dragged when every box is placed', () => {
    const map = { boxes: [box('a', { x: 0, y: 0 }), box('b', { x: 300, y: 0 })] };
    expect(dragMoves(map, [{ id: 'b', to: { x: 320, y: 10 } }])).toEqual([{ id: 'b', to: { x: 320, y: 10 } }]);
  });
});

describe('nextFreeSpot and centredAt', () => {
  it('takes the free grid spot closest to the middle of the view', () => {
    expect(nextFreeSpot({ boxes: [] })).toEqual({ x: 0, y: 0 });
    const near = { x: 2 * RELASI_GRID.dx + RELASI_BOX.width / 2, y: 2 * RELASI_GRID.dy + RELASI_BOX.height / 2 + 5 };
    expect(nextFreeSpot({ boxes: [] }, near)).toEqual({ x: 2 * RELASI_GRID.dx, y: 2 * RELASI_GRID.dy });
    // that spot is covered: the next one in the same row, right then left, before the rows above and below
    const covered = { boxes: [box('a', { x: 2 * RELASI_GRID.dx + 30, y: 2 * RELASI_GRID.dy + 10 })] };
    expect(nextFreeSpot(covered, near)).toEqual({ x: 3 * RELASI_GRID.dx, y: 2 * RELASI_GRID.dy });
    covered.boxes.push(box('b', { x: 3 * RELASI_GRID.dx, y: 2 * RELASI_GRID.dy }));
    expect(nextFreeSpot(covered, near)).toEqual({ x: RELASI_GRID.dx, y: 2 * RELASI_GRID.dy });
    covered.boxes.push(box('c', { x: RELASI_GRID.dx, y: 2 * RELASI_GRID.dy }));
    expect(nextFreeSpot(covered, near).x).toBe(2 * RELASI_GRID.dx);
  });

  it('finds a spot even when everything around is taken', () => {
    const boxes: RelasiBox[] = [];
    for (let j = -8; j <= 8; j++) for (let i = -8; i <= 8; i++) boxes.push(box(`b${i}_${j}`, { x: i * RELASI_GRID.dx, y: j * RELASI_GRID.dy }));
    const spot = nextFreeSpot({ boxes });
    expect(boxes.some((b) => b.placement!.x === spot.x && b.placement!.y === spot.y)).toBe(false);
    expect(spot.y).toBe(9 * RELASI_GRID.dy);
  });

  it('centres a dropped box on the drop point', () => {
    expect(centredAt({ x: 300, y: 200 })).toEqual({ x: 300 - RELASI_BOX.width / 2, y: 200 - RELASI_BOX.height / 2 });
  });
});

describe('boxView and unitKindLabel', () => {
  it('names a unit with its kind, an outside party, and a process with its code and level map', () => {
    const doc = mapFixture();
    expect(unitKindLabel(doc, 'u_dinas')).toBe('Perangkat Daerah · Dinas');
    expect(unitKindLabel(doc, 'u_aptika')).toBe('Unit kerja · dipimpin Administrator');
    expect(boxView(doc, { id: 'x', ref: { kind: 'unit', id: 'u_ikp' }, placement: null })).toMatchObject({
      kind: 'unit',
      title: 'Bidang Informasi dan Komunikasi Publik',
      missing: false,
    });
    expect(boxView(doc, box('Masyarakat', null))).toMatchObject({ kind: 'luar', title: 'Masyarakat', subtitle: 'Pihak luar' });
    expect(boxView(doc, { id: 'x', ref: { kind: 'process', mapId: 'm_l1', processId: 'p_apl' }, placement: null })).toMatchObject({
      kind: 'process',
      kode: '02',
      title: 'Layanan Aplikasi',
      subtitle: 'Proses · Peta Level 1 Dinas Kominfo',
    });
  });

  it('marks a box whose unit or process is gone, or an outside party without a name', () => {
    const doc = mapFixture();
    expect(boxView(doc, { id: 'x', ref: { kind: 'unit', id: 'u_hilang' }, placement: null }).missing).toBe(true);
    expect(boxView(doc, { id: 'x', ref: { kind: 'process', mapId: 'm_l1', processId: 'hilang' }, placement: null }).missing).toBe(true);
    expect(boxView(doc, { id: 'x', ref: { kind: 'luar', nama: '  ' }, placement: null }).missing).toBe(true);
  });
});

describe('processOptions', () => {
  it('lists the processes of level maps only, each map in reading order (Manajemen, Inti, Pendukung)', () => {
    const doc = mapFixture();
    const options = processOptions(doc);
    const kinds = new Set(options.map((o) => doc.maps[o.mapId].kind));
    expect(kinds).toEqual(new Set(['level']));
    const l1 = options.filter((o) => o.mapId === 'm_l1').map((o) => o.label);
    expect(l1).toEqual(['01 Perencanaan', '02 Layanan Aplikasi', '03 Umum dan Kepegawaian']);
    expect(processOptions({ maps: { m: (doc.maps.m_ikp as RelasiMap) } })).toEqual([]);
  });
});

describe('arrow geometry', () => {
  const a = { x: 0, y: 0, width: 200, height: 80 };
  const b = { x: 400, y: 0, width: 200, height: 80 };

  it('a ray leaves a rectangle on the side it points to', () => {
    expect(exitPoint(a, { x: 100, y: 40 }, { x: 1, y: 0 })).toEqual({ x: 200, y: 40 });
    expect(exitPoint(a, { x: 100, y: 40 }, { x: 0, y: -1 })).toEqual({ x: 100, y: 0 });
  });

  it('draws from border to border with the label in the middle', () => {
    const g = arrowGeometry(a, b);
    expect(g.source).toEqual({ x: 200, y: 40 });
    expect(g.target).toEqual({ x: 400, y: 40 });
    expect(g.label).toEqual({ x: 300, y: 40 });
    expect(g.path).toBe('M 200,40 L 400,40');
  });

  it('a sideways offset shifts the whole line, capped inside the boxes', () => {
    const g = arrowGeometry(a, b, 20);
    // left of a left-to-right arrow is up on screen
    expect(g.source).toEqual({ x: 200, y: 20 });
    expect(g.target).toEqual({ x: 400, y: 20 });
    const capped = arrowGeometry(a, b, 500);
    expect(capped.source.y).toBeGreaterThanOrEqual(0);
    expect(capped.source.y).toBeLessThan(40);
  });

  it('arrows both ways between two boxes are drawn apart; a lone arrow is not shifted', () => {
    const offsets = parallelOffsets([
      { id: 'ab', source: 'A', target: 'B' },
      { id: 'ba', source: 'B', target: 'A' },
      { id: 'ac', source: 'A', target: 'C' },
    ]);
    expect(offsets.get('ac')).toBe(0);
    const ab = arrowGeometry(a, b, offsets.get('ab'));
    const ba = arrowGeometry(b, a, offsets.get('ba'));
    expect(Math.abs(ab.label.y - ba.label.y)).toBe(PARALLEL_GAP);
    // their labels lean away from each other, off the lines; a lone arrow's label sits on its line
    expect(ab.labelSide.y).toBe(-Math.sign(ba.label.y - ab.label.y));
    expect(ba.labelSide.y).toBe(-ab.labelSide.y);
    expect(ab.labelSide.x).toBe(0);
    expect(arrowGeometry(a, b, offsets.get('ac')).labelSide).toEqual({ x: 0, y: 0 });
  });
});
