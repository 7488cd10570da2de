import { describe, expect, it } from 'vitest';
import { levelKeyboardMove } from '../../../src/layout/levelKeyboard';
import type { LevelMap, ProcessCategory } from '../../../src/model';

const proc = (id: string, kategori: ProcessCategory | null) => ({ id, kode: '', nama: id, kategori, pengampuUnitId: null, sipoc: { supplier: [], input: [], output: [], customer: [] }, keterangan: '' });

function map(): LevelMap {
  return {
    id: 'm', kind: 'level', title: 'L0', level: 0, parent: null, ownerUnitId: null, stakeholders: [],
    processes: [proc('a', 'inti'), proc('m1', 'manajemen'), proc('b', 'inti'), proc('c', 'inti'), proc('x', null)],
  } as unknown as LevelMap;
}

describe('keyboard moves of a process on a peta level', () => {
  it('steps along its band, Shift to the start or end of the band', () => {
    expect(levelKeyboardMove(map(), 'b', 'ArrowRight', false)).toStrictEqual({ kategori: 'inti', bandIndex: 2 });
    expect(levelKeyboardMove(map(), 'b', 'ArrowLeft', false)).toStrictEqual({ kategori: 'inti', bandIndex: 0 });
    expect(levelKeyboardMove(map(), 'a', 'ArrowRight', true)).toStrictEqual({ kategori: 'inti', bandIndex: 2 });
    expect(levelKeyboardMove(map(), 'c', 'ArrowLeft', true)).toStrictEqual({ kategori: 'inti', bandIndex: 0 });
  });

  it('moves into the band above or below at the same place', () => {
    expect(levelKeyboardMove(map(), 'b', 'ArrowUp', false)).toStrictEqual({ kategori: 'manajemen', bandIndex: 1 });
    expect(levelKeyboardMove(map(), 'b', 'ArrowDown', false)).toStrictEqual({ kategori: 'pendukung', bandIndex: 1 });
    expect(levelKeyboardMove(map(), 'x', 'ArrowUp', false)).toStrictEqual({ kategori: 'pendukung', bandIndex: 0 });
  });

  it('refuses past either end, past the top or bottom band, and an unknown process', () => {
    expect(levelKeyboardMove(map(), 'a', 'ArrowLeft', false)).toBeNull();
    expect(levelKeyboardMove(map(), 'c', 'ArrowRight', false)).toBeNull();
    expect(levelKeyboardMove(map(), 'c', 'ArrowRight', true)).toBeNull();
    expect(levelKeyboardMove(map(), 'm1', 'ArrowUp', false)).toBeNull();
    expect(levelKeyboardMove(map(), 'x', 'ArrowDown', false)).toBeNull();
    expect(levelKeyboardMove(map(), 'nope', 'ArrowUp', false)).toBeNull();
  });
});
