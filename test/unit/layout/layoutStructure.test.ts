import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { layoutStructure } from '../../../src/layout/layoutStructure';
import { quickLayout } from '../../../src/layout/quickLayout';
import { isStacked } from '../../../src/layout/geometry';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import type { Point, Workspace } from '../../../src/model';
import {
  DocBuilder,
  blocksOf,
  bounds,
  freeIds,
  linesThroughBlocks,
  notBelowSuperior,
  overlaps,
  wideDinas,
} from './helpers';

const elk = new ELK();

function expectGoodLayout(doc: Workspace, placements: Record<string, Point>): void {
  expect(Object.keys(placements).sort()).toEqual(freeIds(doc));
  const blocks = blocksOf(doc, placements);
  const { width, height } = bounds(blocks);
  expect(width / height).toBeLessThanOrEqual(3);
  expect(overlaps(blocks)).toEqual([]);
  expect(notBelowSuperior(doc, placements)).toEqual([]);
  expect(linesThroughBlocks(doc, placements)).toEqual([]);
}

const pd300 = (tipe: 'dinas' | 'setda' | 'kecamatan' | 'rsud' | 'inspektorat', seed: number) =>
  generateWorkspace({ positions: 300, seed, perangkatDaerah: [tipe], placements: false });

describe('layoutStructure', () => {
  it.each([
    ['dinas', 7],
    ['dinas', 8],
    ['setda', 3],
    ['kecamatan', 3],
    ['rsud', 3],
    ['inspektorat', 5],
  ] as const)('lays out a 300-position %s (seed %i) page-like, without overlaps, subordinates below', async (tipe, seed) => {
    const doc = pd300(tipe, seed);
    expect(Object.keys(doc.positions)).toHaveLength(300);
    expectGoodLayout(doc, await layoutStructure(doc, elk));
  });

  it('is deterministic', async () => {
    const doc = pd300('dinas', 7);
    const a = await layoutStructure(doc, elk);
    const b = await layoutStructure(structuredClone(doc), new ELK());
    expect(b).toEqual(a);
  });

  it('ignores the placements already in the document ("Rapikan" lays out everything)', async () => {
    const doc = pd300('dinas', 8);
    const placed = generateWorkspace({ positions: 300, seed: 8, perangkatDaerah: ['dinas'] });
    expect(await layoutStructure(placed, elk)).toEqual(await layoutStructure(doc, elk));
  });

  it.each([
    [8, 4, 0],
    [8, 4, 5],
    [8, 4, 12],
    [12, 3, 2],
    [3, 20, 1],
    [30, 0, 0],
  ])('keeps wide levels within 3:1 (%i Kabid × %i Kasi, stacks of %i)', async (kabid, kasi, stack) => {
    const doc = wideDinas(kabid, kasi, stack);
    expectGoodLayout(doc, await layoutStructure(doc, elk));
  });

  it('lays out the shipped sample well, and its committed placements are good too', async () => {
    const doc = createDinasContoh();
    expectGoodLayout(doc, await layoutStructure(doc, elk));
    const committed = Object.fromEntries(
      Object.values(doc.positions)
        .filter((p) => p.placement !== null)
        .map((p) => [p.id, p.placement!]),
    );
    expectGoodLayout(doc, committed);
  });

  it('packs several Perangkat Daerah and lone boxes into one page-like picture', async () => {
    const doc = generateWorkspace({ positions: 800, seed: 11, placements: false });
    const b = new DocBuilder();
    for (let i = 0; i < 40; i++) b.add('fungsional', null);
    Object.assign(doc.positions, b.doc.positions);
    Object.assign(doc.units, b.doc.units);
    expectGoodLayout(doc, await layoutStructure(doc, elk));
  });

  it('orders subordinates by kode as text numbers ("1.2" before "1.10")', async () => {
    const b = new DocBuilder();
    const head = b.add('jpt-pratama', null, '1');
    const ten = b.add('administrator', head, '1.10');
    const two = b.add('administrator', head, '1.2');
    for (const id of [ten, two]) b.add('pengawas', b.add('pengawas', id), '');
    const placements = await layoutStructure(b.doc, elk);
    expect(placements[two].x).toBeLessThan(placements[ten].x);
  });

  it('places every position of a superior cycle exactly once, and an empty document gives nothing', async () => {
    const b = new DocBuilder();
    const a = b.add('administrator', null);
    const c = b.add('administrator', a);
    b.doc.positions[a].superiorId = c;
    const x = b.add('pengawas', c);
    b.stack(x, 3);
    const placements = await layoutStructure(b.doc, elk);
    expect(Object.keys(placements).sort()).toEqual([a, c, x].sort());
    expect(overlaps(blocksOf(b.doc, placements))).toEqual([]);
    expect(await layoutStructure(new DocBuilder().doc, elk)).toEqual({});
  });

  it('never places stacked JF/Pelaksana: their place follows their superior', async () => {
    const doc = pd300('kecamatan', 4);
    const placements = await layoutStructure(doc, elk);
    for (const id of Object.keys(placements)) expect(isStacked(doc.positions[id], doc)).toBe(false);
  });
});

describe('quickLayout', () => {
  it.each([300, 2000])('gives a non-overlapping page-like layout of %i positions', (n) => {
    const doc = generateWorkspace({ positions: n, seed: 2, placements: false });
    expectGoodLayout(doc, quickLayout(doc));
  });

  it('handles wide levels', () => {
    const doc = wideDinas(8, 4, 0);
    expectGoodLayout(doc, quickLayout(doc));
  });
});
