import { describe, expect, it } from 'vitest';
import { generateCsv, generateWorkspace, mulberry32 } from '../../../bench/generate';
import { isStacked } from '../../../src/layout/geometry';
import { WorkspaceSchema, isStructural, restore, structureIndex } from '../../../src/model';
import { blocksOf, overlaps } from '../layout/helpers';

describe('mulberry32', () => {
  it('is deterministic per seed and spreads over [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
});

describe('generateWorkspace', () => {
  it('gives the same document for the same seed, another for another seed', () => {
    const a = JSON.stringify(generateWorkspace({ positions: 500, seed: 9 }));
    expect(JSON.stringify(generateWorkspace({ positions: 500, seed: 9 }))).toBe(a);
    expect(JSON.stringify(generateWorkspace({ positions: 500, seed: 10 }))).not.toBe(a);
  });

  it.each([500, 2000, 5000])('makes exactly %i positions that pass WorkspaceSchema and restore() cleanly', (n) => {
    const doc = generateWorkspace({ positions: n, seed: 1 });
    expect(Object.keys(doc.positions)).toHaveLength(n);
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
    expect(restore(JSON.parse(JSON.stringify(doc))).notices).toEqual([]);
  });

  it('spreads over several kinds of Perangkat Daerah with realistic structure', () => {
    const doc = generateWorkspace({ positions: 2000, seed: 1 });
    const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
    expect(pds.length).toBeGreaterThanOrEqual(8);
    const tipes = new Set(pds.map((u) => u.tipePd));
    for (const t of ['setda', 'inspektorat', 'dinas', 'badan', 'kecamatan']) expect(tipes).toContain(t);
    const index = structureIndex(doc);
    // Each PD is one tree; stacks of JF/Pelaksana stay within 25 (KED-09) and sit under structural officials.
    expect(index.roots.length).toBe(pds.length);
    for (const [supId, subs] of index.subordinates) {
      const stacked = subs.filter((s) => isStacked(s, doc));
      expect(stacked.length).toBeLessThanOrEqual(25);
      if (stacked.length > 0) expect(isStructural(doc.positions[supId].kind)).toBe(true);
    }
    const kinds = Object.values(doc.positions).map((p) => p.kind);
    const share = (k: string) => kinds.filter((x) => x === k).length / kinds.length;
    expect(share('fungsional')).toBeGreaterThan(0.5);
    expect(share('pelaksana')).toBeGreaterThan(0.1);
    const withHolder = Object.values(doc.positions).filter((p) => p.pemangku.length > 0).length;
    expect(withHolder / kinds.length).toBeGreaterThan(0.4);
    const kodes = Object.values(doc.positions).map((p) => p.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
  });

  it('gives one Perangkat Daerah of the asked type, with placements that do not overlap', () => {
    const doc = generateWorkspace({ positions: 300, seed: 7, perangkatDaerah: ['kecamatan'] });
    const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
    expect(pds.map((u) => u.tipePd)).toEqual(['kecamatan']);
    const placements = Object.fromEntries(
      Object.values(doc.positions)
        .filter((p) => p.placement)
        .map((p) => [p.id, p.placement!]),
    );
    for (const p of Object.values(doc.positions)) expect(p.placement !== null).toBe(!isStacked(p, doc));
    expect(overlaps(blocksOf(doc, placements))).toEqual([]);
    const bare = generateWorkspace({ positions: 300, seed: 7, perangkatDaerah: ['kecamatan'], placements: false });
    expect(Object.values(bare.positions).every((p) => p.placement === null)).toBe(true);
  });
});

describe('generateCsv', () => {
  it('writes the §8.1 columns, one row per position, atasan naming an existing kode', () => {
    const csv = generateCsv(500, 3);
    expect(csv).toBe(generateCsv(500, 3));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'kode,nama_jabatan,jenis,jenjang,unit,tipe_pd,atasan,memimpin_unit_mandiri,substansi,pengecualian,nama,nip,pendidikan,golongan,kelas_jabatan,predikat_kinerja,pengalaman_tahun',
    );
    expect(lines).toHaveLength(501);
    // Simple split is enough to read kode and atasan: the generator never puts quotes in kode/nama_jabatan/jenis.
    const doc = generateWorkspace({ positions: 500, seed: 3, placements: false });
    const kodes = new Set(Object.values(doc.positions).map((p) => p.kode));
    for (const line of lines.slice(1)) {
      const [kode] = line.split(',');
      expect(kodes.has(kode)).toBe(true);
    }
    for (const p of Object.values(doc.positions)) {
      if (p.superiorId) expect(csv).toContain(`,${doc.positions[p.superiorId].kode},`);
    }
    expect(csv).toMatch(/"[^"]*, S\.E\."/); // holder names with a comma are quoted
  });
});
