// "Rapikan" for a peta relasi: ELK layered left to right (elk.bundled in node).
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { labelSize, layoutRelasi, RELASI_BOX } from '../../../src/layout/relasi';
import { RelasiMapSchema, type RelasiMap } from '../../../src/model';

const elk = new ELK();
const luar = (id: string) => ({ id, ref: { kind: 'luar' as const, nama: id }, placement: null });

function map(boxes: string[], arrows: [string, string, string][]): RelasiMap {
  return RelasiMapSchema.parse({
    id: 'm',
    kind: 'relasi',
    title: 'Uji',
    boxes: boxes.map(luar),
    arrows: arrows.map(([source, target, label], i) => ({ id: `a${i}`, source, target, label })),
  });
}

const overlap = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.abs(p.x - q.x) < RELASI_BOX.width && Math.abs(p.y - q.y) < RELASI_BOX.height;

describe('layoutRelasi', () => {
  it('lays a chain out left to right, every box placed and none overlapping', async () => {
    const m = map(['A', 'B', 'C', 'D', 'lone'], [
      ['A', 'B', 'Dokumen RKA'],
      ['B', 'C', 'Data realisasi anggaran triwulan'],
      ['A', 'D', ''],
      ['D', 'C', 'Layanan'],
    ]);
    const at = await layoutRelasi(m, elk);
    expect(Object.keys(at).sort()).toEqual(['A', 'B', 'C', 'D', 'lone']);
    expect(at.A.x).toBeLessThan(at.B.x);
    expect(at.B.x).toBeLessThan(at.C.x);
    expect(at.D.x).toBeLessThan(at.C.x);
    const ids = Object.keys(at);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(overlap(at[ids[i]], at[ids[j]]), `${ids[i]} ${ids[j]}`).toBe(false);
    // room between layers for the label of the arrow between them
    expect(at.B.x - (at.A.x + RELASI_BOX.width)).toBeGreaterThanOrEqual(labelSize('Dokumen RKA').width);
  });

  it('leaves room for the "tanpa label" the canvas shows on an arrow without a label', async () => {
    const at = await layoutRelasi(map(['A', 'B'], [['A', 'B', '']]), elk);
    expect(at.B.x - (at.A.x + RELASI_BOX.width)).toBeGreaterThanOrEqual(labelSize('tanpa label').width);
  });

  it('is deterministic, ignores arrows with a loose end, and places nothing on an empty map', async () => {
    const m = map(['A', 'B'], [['A', 'B', 'x'], ['A', 'hilang', 'y']]);
    expect(await layoutRelasi(m, elk)).toEqual(await layoutRelasi(m, elk));
    expect(await layoutRelasi(map([], []), elk)).toEqual({});
  });
});
